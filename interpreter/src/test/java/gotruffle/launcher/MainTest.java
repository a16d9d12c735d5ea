package gotruffle.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, with a fake interpreter. */
class MainTest {
    @TempDir Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<RunRequest> requests = new ArrayList<>();

    private int main(ProgramRunner runner, String... args) {
        return Main.execute(args, req -> {
            requests.add(req);
            return runner.run(req);
        }, new ByteArrayInputStream(new byte[0]), out, err, dir);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anEscapingExceptionIsOneLineAndExit70() throws IOException {
        Files.writeString(dir.resolve("x.go"), "package main\n");
        int code = main(req -> {
            throw new IllegalStateException("node rewrite failed\n  at some place");
        }, "run", "x.go");
        assertEquals(70, code);
        assertEquals("gotruffle: internal error: node rewrite failed at some place"
                + " (rerun with --verbose for the Java stack trace)\n", stderr());
        assertEquals("", stdout());
    }

    @Test
    void verboseShowsTheJavaTrace() throws IOException {
        Files.writeString(dir.resolve("x.go"), "package main\n");
        int code = main(req -> {
            throw new StackOverflowError();
        }, "--verbose", "run", "x.go");
        assertEquals(70, code);
        assertTrue(stderr().startsWith("gotruffle: internal error: java.lang.StackOverflowError\n"), stderr());
        assertTrue(stderr().contains("\tat "), stderr());
    }

    @Test
    void runPassesFilesArgumentsAndTheExitCode() throws IOException {
        Files.writeString(dir.resolve("x.go"), "package main\n");
        Files.writeString(dir.resolve("y.go"), "package main\n");
        int code = main(req -> {
            try {
                req.out().write("hi\n".getBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return 3;
        }, "run", "x.go", "y.go", "a", "-v", "--verbose", "b.go");
        assertEquals(3, code);
        assertEquals("hi\n", stdout());
        RunRequest req = requests.getFirst();
        assertEquals(List.of("./x.go", "./y.go"), req.files());
        assertEquals(List.of("a", "-v", "--verbose", "b.go"), req.args());
        assertEquals(dir, req.workDir());
        assertFalse(req.verbose());
    }

    @Test
    void doubleDashEndsTheFileList() throws IOException {
        Files.writeString(dir.resolve("x.go"), "package main\n");
        assertEquals(0, main(req -> 0, "run", "x.go", "--", "data.go", "-n"));
        assertEquals(List.of("data.go", "-n"), requests.getFirst().args());
    }

    @Test
    void aFolderIsPassedOnAsThePackageToLoad() throws IOException {
        Path pkg = Files.createDirectories(dir.resolve("cmd/tool"));
        for (String f : List.of("b.go", "a.go", "a_test.go", "_skip.go", "notes.txt")) Files.writeString(pkg.resolve(f), "");
        assertEquals(0, main(req -> 0, "--verbose", "run", "cmd/tool", "arg"));
        // the interpreter's loader lists its files (build constraints) and finds its module
        assertEquals(List.of("cmd/tool"), requests.getFirst().files());
        assertEquals(List.of("arg"), requests.getFirst().args());
        assertTrue(requests.getFirst().verbose());
    }

    @Test
    void aFolderWithoutGoFilesIsALauncherError() throws IOException {
        Path pkg = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(pkg.resolve("_draft.go"), "");
        assertEquals(1, main(req -> 0, "run", "docs"));
        assertEquals("gotruffle: no Go files in docs\n", stderr());
        assertTrue(requests.isEmpty());
    }

    @Test
    void goDisplayNamesFollowTheGoToolchain() {
        Path cwd = Path.of("/home/u/proj");
        assertEquals("./x.go", Main.goDisplayName(cwd, Path.of("x.go")));
        assertEquals("./x.go", Main.goDisplayName(cwd, Path.of("/home/u/proj/x.go")));
        assertEquals("sub/x.go", Main.goDisplayName(cwd, Path.of("./sub/x.go")));
        assertEquals("../other/x.go", Main.goDisplayName(cwd, Path.of("/home/u/other/x.go")));
        assertEquals("/x.go", Main.goDisplayName(cwd, Path.of("/x.go")));
    }

    @Test
    void launcherErrorsExitOneWithoutRunning() {
        assertEquals(1, main(req -> 0, "run", "missing.go"));
        assertEquals("gotruffle: stat missing.go: no such file or directory\n", stderr());
        assertEquals(1, main(req -> 0, "run"));
        assertTrue(requests.isEmpty());
    }

    @Test
    void filesMustShareOneFolder() throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("a.go"), "");
        Files.writeString(dir.resolve("sub/b.go"), "");
        assertEquals(1, main(req -> 0, "run", "a.go", "sub/b.go"));
        assertEquals("gotruffle: named files must all be in one directory; have . and sub\n", stderr());
        assertTrue(requests.isEmpty());
    }

    @Test
    void badUsageExitsTwo() {
        assertEquals(2, main(req -> 0));
        assertTrue(stderr().contains("Usage: gotruffle"), stderr());
        assertEquals(2, main(req -> 0, "frobnicate"));
    }

    @Test
    void helpListsTheCommands() {
        assertEquals(0, main(req -> 0, "--help"));
        for (String command : List.of("run", "test", "repl", "version", "--verbose")) {
            assertTrue(stdout().contains(command), stdout());
        }
    }

    @Test
    void testCommandPrintsFailuresAndTheSummaryLine() throws IOException {
        Files.writeString(dir.resolve("good.go"), "");
        Files.writeString(dir.resolve("good.out"), "ok\n");
        Files.writeString(dir.resolve("bad.go"), "");
        Files.writeString(dir.resolve("bad.out"), "ok\n");
        int code = main(req -> {
            try {
                req.out().write(req.files().getFirst().equals("./good.go") ? "ok\n".getBytes() : "not ok\n".getBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return 0;
        }, "test", ".");
        assertEquals(1, code);
        String[] lines = stdout().split("\n");
        assertEquals("1 passed, 1 failed", lines[lines.length - 1]);
        assertTrue(stdout().contains("--- FAIL: bad"), stdout());
        assertTrue(stdout().contains("+    1 | not ok"), stdout());
    }

    @Test
    void testCommandPassesWhenEverythingMatches() throws IOException {
        Files.writeString(dir.resolve("good.go"), "");
        Files.writeString(dir.resolve("good.out"), "");
        assertEquals(0, main(req -> 0, "test", dir.toString()));
        assertEquals("1 passed, 0 failed\n", stdout());
    }

    /** Run with the JVM flags of jvm.properties (as Surefire does), the Graal JIT must be active. */
    @Test
    void versionSaysWhetherTheJitIsActive() {
        assertEquals(0, main(req -> 0, "version"));
        assertTrue(stdout().startsWith("GoTruffle " + Main.VERSION + "\n"), stdout());
        assertTrue(stdout().contains("go1.19"), stdout());
        assertTrue(stdout().contains("JVM: "), stdout());
        assertTrue(stdout().contains("Truffle runtime: "), stdout());
        assertFalse(stdout().contains("Interpreted"), "the optimizing runtime is not active:\n" + stdout());
    }
}
