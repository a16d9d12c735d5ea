package gotruffle.launcher;

import java.util.Map;

/**
 * A setting the golden suite runs under: the same programs and goldens, a different environment
 * (e.g. {@code GOMAXPROCS=1}), so scheduler-dependent bugs show up in ordinary test runs.
 *
 * @param label shown after the program's name; empty for the default run
 * @param env   variables added to (or replacing ones in) the inherited environment
 */
public record GoldenVariant(String label, Map<String, String> env) {
    public static final GoldenVariant DEFAULT = new GoldenVariant("", Map.of());
    public static final GoldenVariant GOMAXPROCS_1 = new GoldenVariant("GOMAXPROCS=1", Map.of("GOMAXPROCS", "1"));
    /** Two Ps and a 200 µs preemption quantum (Go's is 10 ms): many more goroutine switches per run. */
    public static final GoldenVariant TINY_QUANTUM = new GoldenVariant("GOMAXPROCS=2 quantum=200us",
            Map.of("GOMAXPROCS", "2", "GOTRUFFLE_PREEMPT_US", "200"));

    public String suffix() {
        return label.isEmpty() ? "" : " [" + label + "]";
    }
}
