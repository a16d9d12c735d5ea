package gotruffle.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * REPL sessions whose synthesized programs are compiled and run by the real Go toolchain:
 * proves the programs are valid Go with the semantics the REPL promises. Skipped where Go is
 * not installed.
 */
class ReplWithGoToolTest {
    @TempDir Path cwd;

    private Repl repl;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void needsGo() {
        assumeTrue(GoToolRunner.available(), "the go command is not installed");
    }

    /** Enters one input and returns {stdout, stderr} it produced. */
    private String[] enter(String input) throws IOException {
        if (repl == null) repl = new Repl(new GoToolRunner(), cwd, false);
        out.reset();
        err.reset();
        repl.handle(input, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    private void expect(String input, String stdout) throws IOException {
        String[] r = enter(input);
        assertEquals(stdout, r[0], "stdout of `" + input + "` (stderr: " + r[1] + ")");
        assertEquals("", r[1], "stderr of `" + input + "`");
    }

    @Test
    void valuesPersistAndExpressionsPrint() throws IOException {
        expect("x := 40", "");
        expect("x + 2", ": 42\n");
        expect("x++", "");
        expect("x", ": 41\n");
        expect("var v []string", "");
        expect("v = append(v, \"a\", \"b\")", "");
        expect("len(v)", ": 2\n");
        expect("x := \"shadowed\"", "");
        expect("x", ": shadowed\n");
        expect("func() int { return 7 }()", ": 7\n");
    }

    @Test
    void declarationsImportsAndReplacedFunctions() throws IOException {
        expect("import \"strings\"", "");
        expect("strings.ToUpper(\"go\")", ": GO\n");
        expect("strings.Cut(\"k=v\", \"=\")", ": k v true\n");
        expect("func sq(n int) int {\n\treturn n * n\n}", "");
        expect("sq(12)", ": 144\n");
        expect("func sq(n int) int { return -n }", "");
        expect("sq(12)", ": -12\n");
        expect("type P struct{ x int }", "");
        expect("func (p P) Get() int { return p.x }", "");
        expect("P{3}.Get()", ": 3\n");
        String[] missing = enter("import \"nosuchpkg/really\"");
        assertTrue(missing[1].startsWith("1:8: "), missing[1]);
        expect("sq(2)", ": -2\n");
    }

    @Test
    void earlierOutputIsNotRepeated() throws IOException {
        expect("import \"fmt\"", "");
        expect("fmt.Println(\"once\")", "once\n");
        expect("for i := 0; i < 3; i++ {\n\tfmt.Print(i)\n}", "012");
        expect("1", ": 1\n");
        String[] toStderr = enter("println(\"to stderr\")");
        assertEquals("", toStderr[0]);
        assertEquals("to stderr\n", toStderr[1]);
        expect("2", ": 2\n");
    }

    @Test
    void failingInputsAreShownAndDropped() throws IOException {
        expect("x := 1", "");
        String[] undefined = enter("y + 1");
        assertEquals("", undefined[0]);
        assertEquals("1:1: undefined: y\n", undefined[1]);
        String[] panic = enter("panic(\"boom\")");
        assertTrue(panic[1].startsWith("panic: boom\n\ngoroutine 1 [running]:\n"), panic[1]);
        assertTrue(panic[1].endsWith("exit status 2\n"), panic[1]);
        String[] multiLine = enter("if x > 0 {\n\tx = \"s\"\n}");
        assertTrue(multiLine[1].startsWith("2:6: "), multiLine[1]);
        String[] exit = enter("import \"os\"");
        assertEquals("", exit[1]);
        String[] early = enter("os.Exit(0)");
        assertTrue(early[1].contains("ended the program early"), early[1]);
        // None of the failures stayed in the session.
        expect("x", ": 1\n");
    }
}
