package gotruffle.testprograms;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import gotruffle.launcher.GoldenOutcome;
import gotruffle.launcher.GoldenProgram;
import gotruffle.launcher.GoldenRunner;
import gotruffle.launcher.GoldenSuite;
import gotruffle.launcher.GoldenVariant;
import gotruffle.launcher.ProgramRunner;

/**
 * Teaching programs whose output Go 1.19 prints the same on every run only because of its
 * scheduler's order (newproc and goready put a G in runnext, thieves leave runnext alone for a
 * while, a goroutine that finishes within microseconds is not preempted). Each runs
 * {@value #RUNS} times with GOMAXPROCS=1 and with GOMAXPROCS=2 and must print Go's output every
 * time (the golden suite runs them once per setting). Also the exit race of a panic while main
 * returns.
 */
class SchedulingOrderTest {
    static final int RUNS = 20;

    static final List<String> PROGRAMS = List.of(
            "concurrency/wg_print_order",
            "concurrency/atomic_store_order",
            "concurrency/cond_broadcast_subscribers",
            "concurrency/alphabet_gomaxprocs1",
            "concurrency/buffered_producer_order",
            "concurrency/mutex_handoff_order",
            "concurrency/close_wake_order",
            // not an order but a race at exit: main returning while a goroutine's panic runs its
            // deferred calls must wait for the panic (Go's runningPanicDefers/panicking), exit 2
            "panics/panic_while_main_returns");

    static final List<GoldenVariant> SETTINGS = List.of(GoldenVariant.GOMAXPROCS_1,
            new GoldenVariant("GOMAXPROCS=2", Map.of("GOMAXPROCS", "2")));

    @TestFactory
    Stream<DynamicTest> sameOutputEveryRun() throws IOException {
        String basedir = System.getProperty("basedir");
        Path root = (basedir != null ? Path.of(basedir) : Path.of("")).toAbsolutePath();
        GoldenSuite suite = GoldenRunner.discover(root);
        // bounded: each run has its own limit, far above the second or so these programs need on a
        // quiet machine (a whole --no-daemon run of one took 45-70 s at load 37: the limit is a hang
        // guard, not a speed check)
        GoldenRunner runner = new GoldenRunner(ProgramRunner.GO, Duration.ofSeconds(120));
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : PROGRAMS) {
            GoldenProgram program = suite.programs().stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
            for (GoldenVariant setting : SETTINGS) {
                tests.add(dynamicTest(name + " x" + RUNS + " [" + setting.label() + "]", () -> {
                    assertTrue(program != null, "no golden program " + name + " under " + root);
                    for (int i = 1; i <= RUNS; i++) {
                        GoldenOutcome o = runner.run(program, setting);
                        if (o.status() != GoldenOutcome.Status.PASSED) {
                            fail("run " + i + " of " + RUNS + " differs from Go's output:\n" + o.report());
                        }
                    }
                }));
            }
        }
        return tests.stream();
    }
}
