package gotruffle.runtime;

import gotruffle.runtime.sched.GoBody;
import gotruffle.runtime.sched.Sched;
import gotruffle.runtime.sched.SchedConfig;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Runs a Java "Go program" on a fresh scheduler and captures its exit code and stderr. */
public final class GoRun {
    private GoRun() {
    }

    public record Result(int code, String err) {
    }

    public static Result run(int procs, GoBody main) {
        return run(SchedConfig.builder().gomaxprocs(procs), main);
    }

    public static Result run(SchedConfig.Builder cfg, GoBody main) {
        return run(cfg, main, Duration.ofSeconds(30));
    }

    public static Result run(SchedConfig.Builder cfg, GoBody main, Duration timeout) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Sched s = new Sched(cfg.err(err).build());
        int code = assertTimeoutPreemptively(timeout, () -> s.runMain(main));
        return new Result(code, bytes.toString(StandardCharsets.UTF_8));
    }
}
