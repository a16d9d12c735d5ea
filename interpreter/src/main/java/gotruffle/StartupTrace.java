package gotruffle;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;

/**
 * Start-up phases on stderr when GOTRUFFLE_STARTUP_TRACE is set (bench/RESULTS.md's start-up
 * breakdown): wall milliseconds since the JVM started and since the previous mark, and the
 * process's CPU time (all threads: on a loaded machine wall time mostly measures the others).
 * Off, a mark is one static boolean test.
 */
public final class StartupTrace {
    private static final boolean ON = System.getenv("GOTRUFFLE_STARTUP_TRACE") != null;
    private static long last;
    private static long lastCpu;

    private StartupTrace() {}

    public static boolean on() {
        return ON;
    }

    public static void mark(String phase) {
        if (ON) {
            print(phase);
        }
    }

    private static synchronized void print(String phase) {
        long now = System.currentTimeMillis();
        long start = ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli).orElse(now);
        long since = last == 0 ? now - start : now - last;
        last = now;
        long cpu = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(0L);
        long thread = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
        System.err.printf("startup: %6d ms  +%5d ms  cpu %6d ms  +%5d ms  thread %6d ms  %s%n", now - start, since, cpu, cpu - lastCpu, thread, phase);
        lastCpu = cpu;
    }
}
