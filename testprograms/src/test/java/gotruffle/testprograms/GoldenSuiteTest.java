package gotruffle.testprograms;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;

import gotruffle.launcher.GoldenOutcome;
import gotruffle.launcher.GoldenProgram;
import gotruffle.launcher.GoldenRunner;
import gotruffle.launcher.GoldenSuite;
import gotruffle.launcher.GoldenVariant;
import gotruffle.launcher.ProgramRunner;

/**
 * One test per golden program under testprograms/ (every NAME.go with a NAME.out), run by the
 * interpreter in-process and compared with what real Go 1.19 printed, the same comparison as
 * {@code ./gotruffle test}. Programs under concurrency/ and net/ run again with GOMAXPROCS=1 and with
 * GOMAXPROCS=2 plus a 200 µs preemption quantum, so scheduling bugs show up in ordinary runs. A program listed in a KNOWN_FAILURES file is
 * reported as skipped while it fails and as a failure once it passes (remove it from the list).
 *
 * <p>Programs under standalone/ are left to {@code ./gotruffle test testprograms/standalone}
 * (a JVM each): the stack overflow test exhausts native memory when it follows the rest of the
 * suite in one JVM (an open problem, see README).
 *
 * <p>{@code -Dgotruffle.golden.timeout=SECONDS} changes the per-program limit (default 60).
 */
class GoldenSuiteTest {

    private static Path moduleDir() {
        // Surefire sets basedir; its working directory is the module folder as well.
        String basedir = System.getProperty("basedir");
        return (basedir != null ? Path.of(basedir) : Path.of("")).toAbsolutePath();
    }

    private static Duration timeout() {
        return Duration.ofSeconds(Long.getLong("gotruffle.golden.timeout", GoldenRunner.DEFAULT_TIMEOUT.toSeconds()));
    }

    @TestFactory
    Stream<DynamicNode> goldenPrograms() throws IOException {
        Path root = moduleDir();
        GoldenSuite suite = GoldenRunner.discover(root);
        GoldenRunner runner = new GoldenRunner(ProgramRunner.GO, timeout());
        List<DynamicNode> nodes = new ArrayList<>();
        for (String problem : suite.problems()) {
            nodes.add(dynamicTest(GoldenRunner.KNOWN_FAILURES, () -> fail(problem)));
        }
        if (suite.programs().isEmpty()) {
            nodes.add(dynamicTest("golden programs exist", () -> fail("no NAME.go with NAME.out under " + root)));
        }
        // standalone/ programs need a JVM of their own (.ci/run runs them with ./gotruffle test)
        nodes.add(dynamicContainer("default", suite.programs().stream()
                .filter(p -> !p.name().startsWith("standalone/"))
                .map(p -> test(runner, p, GoldenVariant.DEFAULT))));
        nodes.add(dynamicContainer(GoldenVariant.GOMAXPROCS_1.label(), suite.programs().stream()
                .filter(GoldenSuiteTest::schedulingSensitive)
                .map(p -> test(runner, p, GoldenVariant.GOMAXPROCS_1))));
        nodes.add(dynamicContainer(GoldenVariant.TINY_QUANTUM.label(), suite.programs().stream()
                .filter(GoldenSuiteTest::schedulingSensitive)
                .map(p -> test(runner, p, GoldenVariant.TINY_QUANTUM))));
        return nodes.stream();
    }

    /** Programs run again under other scheduler settings: concurrency/ and net/ (the netpoller). */
    private static boolean schedulingSensitive(GoldenProgram p) {
        return p.name().startsWith("concurrency/") || p.name().startsWith("net/");
    }

    private static DynamicTest test(GoldenRunner runner, GoldenProgram program, GoldenVariant variant) {
        return dynamicTest(program.name() + variant.suffix(), program.source().toUri(), () -> {
            GoldenOutcome o = runner.run(program, variant);
            switch (o.status()) {
                case PASSED -> { }
                case KNOWN_FAILURE -> Assumptions.abort("known failure, listed in " + program.knownFailure());
                case FAILED, UNEXPECTED_PASS -> throw new AssertionFailedError(
                        o.displayName() + " (" + program.source() + "):\n" + o.report(), o.error());
            }
        });
    }
}
