package gotruffle.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The golden comparer and runner, driven by fake programs instead of the interpreter. */
class GoldenRunnerTest {
    @TempDir Path root;

    private void write(String relative, String content) throws IOException {
        Path p = root.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
    }

    /** A fake program: writes the given stdout and stderr and returns the exit code. */
    private static ProgramRunner printing(String stdout, String stderr, int exit) {
        return req -> {
            try {
                req.out().write(stdout.getBytes(StandardCharsets.UTF_8));
                req.err().write(stderr.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return exit;
        };
    }

    private GoldenOutcome runOnly(ProgramRunner runner) throws IOException {
        GoldenSuite suite = GoldenRunner.discover(root);
        assertEquals(1, suite.programs().size(), suite.programs().toString());
        return new GoldenRunner(runner, Duration.ofSeconds(10)).run(suite.programs().getFirst(), GoldenVariant.DEFAULT);
    }

    @Test
    void matchingRunPassesAndIsRunLikeRecordGolden() throws IOException {
        write("basics/hello.go", "package main\n");
        write("basics/hello.out", "hello\n");
        write("basics/hello.in", "input line\n");
        RunRequest[] seen = new RunRequest[1];
        GoldenOutcome o = runOnly(req -> {
            seen[0] = req;
            try {
                req.out().write(req.in().readAllBytes().length == 11 ? "hello\n".getBytes() : "no stdin\n".getBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return 0;
        });
        assertEquals(GoldenOutcome.Status.PASSED, o.status(), o.report());
        assertEquals("basics/hello", o.program().name());
        assertEquals(List.of("./hello.go"), seen[0].files());
        assertEquals(root.resolve("basics").toAbsolutePath(), seen[0].workDir().toAbsolutePath());
        assertEquals(List.of(), seen[0].args());
    }

    @Test
    void stdoutIsComparedByteForByteWithAReadableDiff() throws IOException {
        write("p.go", "");
        write("p.out", "one\ntwo\nthree\nfour\n");
        GoldenOutcome o = runOnly(printing("one\ntwo\nthre3\nfour\n", "", 0));
        assertEquals(GoldenOutcome.Status.FAILED, o.status());
        String report = o.report();
        assertTrue(report.contains("stdout differs at line 3"), report);
        assertTrue(report.contains("-    3 | three"), report);
        assertTrue(report.contains("+    3 | thre3"), report);
        assertTrue(report.contains("     2 | two"), report);

        GoldenOutcome missingNewline = runOnly(printing("one\ntwo\nthree\nfour", "", 0));
        assertEquals(GoldenOutcome.Status.FAILED, missingNewline.status());
        assertTrue(missingNewline.report().contains("four  (no newline at end)"), missingNewline.report());

        GoldenOutcome trailingSpace = runOnly(printing("one\ntwo\nthree \nfour\n", "", 0));
        assertEquals(GoldenOutcome.Status.FAILED, trailingSpace.status());
        assertTrue(trailingSpace.report().contains("three·"), trailingSpace.report());
    }

    @Test
    void stderrIsCutAfterTheFirstGoroutineHeaderAndAddressesAreMasked() throws IOException {
        write("panics/p.go", "");
        write("panics/p.out", "before\n");
        write("panics/p.err", "panic: (main.T) 0xc000014090\n\ngoroutine 1 [running]:\n");
        write("panics/p.exit", "2\n");
        String actualErr = "panic: (main.T) 0x10a2f\n\ngoroutine 1 [running]:\nmain.main()\n\t/x/p.go:5 +0x1d\n"
                + "\ngoroutine 7 [chan receive]:\n";
        assertEquals(GoldenOutcome.Status.PASSED, runOnly(printing("before\n", actualErr, 2)).status());

        GoldenOutcome wrongMessage = runOnly(printing("before\n", "panic: (main.U) 0x10a2f\n\ngoroutine 1 [running]:\n", 2));
        assertEquals(GoldenOutcome.Status.FAILED, wrongMessage.status());
        assertTrue(wrongMessage.report().contains("stderr"), wrongMessage.report());

        GoldenOutcome wrongExit = runOnly(printing("before\n", actualErr, 1));
        assertEquals(List.of("exit code: expected 2, got 1"), wrongExit.differences());
    }

    @Test
    void missingErrAndExitFilesMeanEmptyStderrAndExitZero() throws IOException {
        write("q.go", "");
        write("q.out", "");
        assertEquals(GoldenOutcome.Status.PASSED, runOnly(printing("", "", 0)).status());
        GoldenOutcome noisy = runOnly(printing("", "warning\n", 0));
        assertEquals(GoldenOutcome.Status.FAILED, noisy.status());
        assertEquals(GoldenOutcome.Status.FAILED, runOnly(printing("", "", 3)).status());
    }

    @Test
    void normalizationFollowsRecordGoldensAwk() {
        assertEquals("", GoldenComparer.truncateAfterGoroutineHeader(""));
        assertEquals("a\nb\n", GoldenComparer.truncateAfterGoroutineHeader("a\nb"));
        assertEquals("x\n\ngoroutine 12 [select]:\n",
                GoldenComparer.truncateAfterGoroutineHeader("x\n\ngoroutine 12 [select]:\nframes\n"));
        // Only a whole header line counts.
        assertEquals("say goroutine 1 [running]: now\nmore\n",
                GoldenComparer.truncateAfterGoroutineHeader("say goroutine 1 [running]: now\nmore\n"));
        assertEquals("at 0x<addr> and 0x<addr>", GoldenComparer.maskAddresses("at 0xc00001a0b0 and 0x1"));
    }

    @Test
    void knownFailuresMustStillFail() throws IOException {
        write("a.go", "");
        write("a.out", "a\n");
        write("sub/b.go", "");
        write("sub/b.out", "b\n");
        write("sub/c.go", "");
        write("sub/c.out", "c\n");
        write("KNOWN_FAILURES", "# not yet\nsub/b   # fmt width\n");
        write("sub/KNOWN_FAILURES", "c\n\n");
        GoldenSuite suite = GoldenRunner.discover(root);
        assertEquals(List.of(), suite.problems());
        assertEquals(List.of("a", "sub/b", "sub/c"), suite.programs().stream().map(GoldenProgram::name).toList());
        GoldenRunner runner = new GoldenRunner(req -> {
            String file = req.files().getFirst();
            try {
                // a and c print what their goldens say; b prints something else.
                req.out().write((file.equals("./b.go") ? "B\n" : file.substring(2, 3) + "\n").getBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return 0;
        }, Duration.ofSeconds(10));
        GoldenOutcome a = runner.run(suite.programs().get(0), GoldenVariant.DEFAULT);
        GoldenOutcome b = runner.run(suite.programs().get(1), GoldenVariant.DEFAULT);
        GoldenOutcome c = runner.run(suite.programs().get(2), GoldenVariant.DEFAULT);
        assertEquals(GoldenOutcome.Status.PASSED, a.status());
        assertEquals(GoldenOutcome.Status.KNOWN_FAILURE, b.status());
        assertTrue(b.ok());
        assertEquals(GoldenOutcome.Status.UNEXPECTED_PASS, c.status());
        assertFalse(c.ok());
        assertTrue(c.report().contains("now passes: remove \"c\" from"), c.report());
    }

    @Test
    void aKnownFailureEntryWithoutProgramIsAProblem() throws IOException {
        write("a.go", "");
        write("a.out", "");
        write("KNOWN_FAILURES", "a\ngone\n");
        GoldenSuite suite = GoldenRunner.discover(root);
        assertEquals(1, suite.problems().size());
        assertTrue(suite.problems().getFirst().contains("KNOWN_FAILURES:2: \"gone\" names no program"), suite.problems().toString());
    }

    @Test
    void discoveryNeedsAnOutFileAndSkipsTargetAndHiddenFolders() throws IOException {
        write("lib.go", "");
        write("main.go", "");
        write("main.out", "");
        write("target/copy.go", "");
        write("target/copy.out", "");
        write(".git/x.go", "");
        write(".git/x.out", "");
        assertEquals(List.of("main"), GoldenRunner.discover(root).programs().stream().map(GoldenProgram::name).toList());
        // A single file works too.
        assertEquals(List.of("main"), GoldenRunner.discover(root.resolve("main.go")).programs().stream().map(GoldenProgram::name).toList());
    }

    @Test
    void aModuleFolderWithGoldensBesideItIsOneProgramRunAsGoRunDot() throws IOException {
        write("modules/fanin/go.mod", "module concurrency\n");
        write("modules/fanin/main.go", "package main\n");
        write("modules/fanin/patterns/fanin/fanin.go", "package fanin\n");
        write("modules/fanin/patterns/fanin/old.go", "");
        write("modules/fanin/patterns/fanin/old.out", ""); // inside a program: not a program of its own
        write("modules/fanin.out", "merged\n");
        write("modules/fanin.in", "x\n");
        write("modules/nogoldens/go.mod", "module n\n"); // no nogoldens.out: not a program
        write("modules/nogoldens/main.go", "package main\n");
        RunRequest[] seen = new RunRequest[1];
        GoldenOutcome o = runOnly(req -> {
            seen[0] = req;
            try {
                req.out().write(req.in().readAllBytes().length == 2 ? "merged\n".getBytes() : "no stdin\n".getBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return 0;
        });
        assertEquals(GoldenOutcome.Status.PASSED, o.status(), o.report());
        assertEquals("modules/fanin", o.program().name());
        assertTrue(o.program().isModule());
        assertEquals(List.of("."), seen[0].files());
        assertEquals(root.resolve("modules/fanin").toAbsolutePath(), seen[0].workDir().toAbsolutePath());
        // the folder itself can be named
        assertEquals(List.of("fanin"), GoldenRunner.discover(root.resolve("modules/fanin")).programs().stream().map(GoldenProgram::name).toList());
    }

    @Test
    void aHangingProgramTimesOutInsteadOfHanging() throws IOException {
        write("slow.go", "");
        write("slow.out", "");
        CountDownLatch never = new CountDownLatch(1);
        GoldenSuite suite = GoldenRunner.discover(root);
        long start = System.nanoTime();
        GoldenOutcome o = new GoldenRunner(req -> {
            while (true) {
                try {
                    never.await();
                } catch (InterruptedException ignored) {
                    // a program that ignores interrupts must not hang the suite either
                }
            }
        }, Duration.ofMillis(300)).run(suite.programs().getFirst(), GoldenVariant.DEFAULT);
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 5);
        assertEquals(GoldenOutcome.Status.FAILED, o.status());
        assertTrue(o.report().contains("timed out"), o.report());
    }

    @Test
    void anEscapingExceptionIsAFailureNotACrash() throws IOException {
        write("boom.go", "");
        write("boom.out", "");
        GoldenOutcome o = runOnly(req -> {
            throw new IllegalStateException("checker bug");
        });
        assertEquals(GoldenOutcome.Status.FAILED, o.status());
        assertTrue(o.report().contains("checker bug"), o.report());
        assertTrue(o.error() instanceof IllegalStateException);
    }

    @Test
    void variantsAddToTheEnvironment() throws IOException {
        write("c.go", "");
        write("c.out", "1\n");
        GoldenSuite suite = GoldenRunner.discover(root);
        GoldenRunner runner = new GoldenRunner(req -> {
            try {
                req.out().write((req.env().getOrDefault("GOMAXPROCS", "unset") + "\n").getBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return 0;
        }, Duration.ofSeconds(10));
        assertEquals(GoldenOutcome.Status.PASSED, runner.run(suite.programs().getFirst(), GoldenVariant.GOMAXPROCS_1).status());
    }
}
