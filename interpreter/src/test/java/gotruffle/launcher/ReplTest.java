package gotruffle.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The REPL's live session driven through its input handler, as `gotruffle repl < script` runs
 * it: state lives on without re-running earlier inputs, functions see prompt variables,
 * failures leave the session as it was, interrupts, background goroutines, completion and
 * every :command.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ReplTest {
    @TempDir Path cwd;

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private Repl repl;

    private Repl repl() {
        if (repl == null) {
            repl = new Repl(cwd, Map.of(), false, false, InputStream0.EMPTY,
                    new PrintStream(outBytes, true, StandardCharsets.UTF_8), new PrintStream(errBytes, true, StandardCharsets.UTF_8), null);
            assertTrue(repl.start(), "the session starts");
        }
        return repl;
    }

    @AfterEach
    void close() {
        if (repl != null) {
            repl.stop();
        }
    }

    private static final class InputStream0 {
        static final InputStream EMPTY = new ByteArrayInputStream(new byte[0]);
    }

    private synchronized String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    private synchronized String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    /** Enters one input; returns {stdout, stderr} it produced. */
    private String[] enter(String input) {
        Repl r = repl();
        int o = out().length();
        int e = err().length();
        assertTrue(r.handle(input), "the session goes on after `" + input + "`");
        return new String[] {out().substring(o), err().substring(e)};
    }

    private void expect(String input, String stdout) {
        String[] r = enter(input);
        assertEquals(stdout, r[0], "stdout of `" + input + "` (stderr: " + r[1] + ")");
        assertEquals("", r[1], "stderr of `" + input + "`");
    }

    /** Waits (bounded) until the condition holds; the REPL's output arrives from other threads. */
    private static void await(String what, Supplier<Boolean> condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.get()) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting for " + what);
            Thread.onSpinWait();
            try {
                Thread.sleep(5);
            } catch (InterruptedException ex) {
                throw new AssertionError(ex);
            }
        }
    }

    @Test
    void stateLivesOnAndNothingRunsTwice() {
        expect("counter := 0", "");
        expect("func inc() { counter++ }", "");
        expect("inc()", "");
        expect("fmt.Println(\"side effect\")", "side effect\n");
        expect("inc()", "");
        expect("counter", ": 2 (int)\n");
        // a value from the clock is read once: a replaying REPL would see a new time
        expect("t := time.Now()", "");
        String first = enter("t.UnixNano()")[0];
        expect("time.Sleep(2 * time.Millisecond)", "");
        assertEquals(first, enter("t.UnixNano()")[0]);
        assertEquals(1, out().split("side effect", -1).length - 1, out());
    }

    @Test
    void functionsSeePromptVariablesAndRedeclaringShadows() {
        expect("n := 5", "");
        expect("func addN(x int) int { return x + n }", "");
        expect("addN(1)", ": 6 (int)\n");
        expect("n = 10", "");
        expect("addN(1)", ": 11 (int)\n");
        expect("n := \"text\"", "");
        expect("n", ": \"text\" (string)\n");
        expect("addN(1)", ": 11 (int)\n"); // compiled earlier: keeps the int n
        expect("type P struct{ X, Y int }", "");
        expect("func (p P) Sum() int { return p.X + p.Y }", "");
        expect("p := P{1, 2}", "");
        expect("p.Sum()", ": 3 (int)\n");
        expect("fmt.Sprint(p)", ": \"{1 2}\" (string)\n");
        expect("func (p P) String() string { return \"P!\" }", "");
        expect("fmt.Sprint(p)", ": \"P!\" (string)\n"); // a method added later is seen at run time
        expect("strconv.Atoi(\"12\")", ": 12 <nil> (int, error)\n");
        expect("ch := make(chan int, 1)", "");
        assertTrue(enter("go func() { ch <- 1 }()\nfunc n2() int { return 2 }")[1].startsWith("2:"), "statements and a declaration in one input");
        expect("len(ch)", ": 0 (int)\n"); // nothing of it ran
    }

    @Test
    void aMethodDeclaredAgainReplacesTheEarlierOneEverywhere() {
        expect("type T struct{ x int }", "");
        expect("func (t T) Get() int { return t.x }", "");
        expect("type G interface{ Get() int }", "");
        expect("v := T{3}", "");
        expect("var g G = v", "");
        expect("f := v.Get", "");
        expect("func show() { fmt.Println(v.Get(), g.Get(), f()) }", "");
        for (int i = 0; i < 3; i++) {
            expect("show()", "3 3 3\n"); // the call sites' caches now hold the first declaration
        }
        // compiled earlier or not, direct, through the interface or a method value: the new body
        expect("func (t T) Get() int { return t.x * 10 }", "");
        expect("show()", "30 30 30\n");
        // another signature would break the code checked against the first one
        String[] other = enter("func (t T) Get() string { return \"s\" }");
        assertTrue(other[1].contains("method T.Get redeclared with another signature"), other[1]);
        // a failing input leaves the method as it was
        assertTrue(enter("func (t T) Get() int { return nosuch }")[1].contains("undefined: nosuch"));
        expect("show()", "30 30 30\n");
        expect("func (t *T) Inc() { t.x++ }", "");
        expect("func (t *T) Inc() { t.x += 100 }", "");
        expect("v.Inc()", "");
        expect("v.x", ": 103 (int)\n");
    }

    @Test
    void methodsOfAGenericTypeAddedLaterReachItsInstances() {
        expect("type L[T any] struct{ v T }", "");
        expect("func (l L[T]) Get() T { return l.v }", "");
        expect("x := L[int]{1}", "");
        // instances hold the first body: a second declaration is refused at once, not at the next instance
        assertTrue(enter("func (l L[T]) Get() T { var z T; return z }")[1].contains("method L.Get already declared"));
        expect("fmt.Println(L[string]{\"s\"}.Get(), x.Get())", "s 1\n");
        expect("func (l *L[T]) Set(v T) { l.v = v }", "");
        expect("x.Set(9)", "");
        expect("x.Get()", ": 9 (int)\n");
        expect("var s interface{ Set(int) } = &x", "");
        // a failed input leaves no method behind, on the type or on its instances
        assertTrue(enter("func (l L[T]) Bad() T { return nosuch }")[1].contains("undefined: nosuch"));
        expect("func (l L[T]) Bad() int { return 3 }", "");
        expect("x.Bad() + L[bool]{}.Bad()", ": 6 (int)\n");
    }

    @Test
    void dotImportsWorkAsInFiles() {
        expect("import . \"strings\"", "");
        expect("ToUpper(\"go\")", ": \"GO\" (string)\n");
        expect("import (\n\t. \"fmt\"\n\t. \"math\"\n)", "");
        expect("Println(Sqrt(16), Repeat(\"ab\", 2))", "4 abab\n");
        // a later declaration shadows a dot-imported name, as at package level in a file
        expect("func Repeat(s string, n int) string { return \"mine\" }", "");
        expect("Println(Repeat(\"x\", 3))", "mine\n");
        // unexported names stay the package's
        assertTrue(enter("isSeparator")[1].contains("undefined: isSeparator"));
    }

    @Test
    void failuresLeaveTheSessionAsItWas() {
        expect("x := 1", "");
        String[] undefined = enter("y + 1");
        assertEquals("", undefined[0]);
        assertEquals("1:1: undefined: y\n", undefined[1]);
        // a failing input declares nothing, even names before the error
        String[] half = enter("a := 1\nb := nosuch");
        assertEquals("2:6: undefined: nosuch\n", half[1]);
        assertTrue(enter("a")[1].contains("undefined: a"));
        String[] panic = enter("z := 5\npanic(\"boom\")");
        assertTrue(panic[1].startsWith("panic: boom\n\ngoroutine "), panic[1]);
        assertTrue(enter("z")[1].contains("undefined: z"));
        String[] deadlock = enter("<-make(chan int)");
        assertTrue(deadlock[1].startsWith("fatal error: all goroutines are asleep - deadlock!"), deadlock[1]);
        String[] syntax = enter("x +* 2");
        assertTrue(syntax[1].startsWith("1:"), syntax[1]);
        expect("x", ": 1 (int)\n");
    }

    @Test
    void anInterruptStopsTheInputAndTheSessionGoesOn() throws Exception {
        expect("x := 7", "");
        expect("func spin() { defer fmt.Println(\"deferred ran\"); for {} }", "");
        CompletableFuture<String[]> running = CompletableFuture.supplyAsync(() -> enter("spin()"));
        await("the input to run", () -> repl.session().goroutines().contains("running the current input"));
        assertTrue(repl.interrupt());
        String[] r = running.get(30, TimeUnit.SECONDS);
        assertEquals("deferred ran\n", r[0]);
        assertTrue(r[1].contains("interrupted"), r[1]);
        expect("x", ": 7 (int)\n");
        // blocked in a sleep: the input is abandoned at once
        CompletableFuture<String[]> sleeping = CompletableFuture.supplyAsync(() -> enter("time.Sleep(time.Hour)"));
        await("the input to sleep", () -> repl.session().goroutines().contains("[sleep]"));
        assertTrue(repl.interrupt());
        assertTrue(sleeping.get(30, TimeUnit.SECONDS)[1].contains("interrupted"));
        expect("x + 1", ": 8 (int)\n");
    }

    @Test
    void goroutinesKeepRunningAndPrintInTheBackground() {
        expect("done := make(chan bool)", "");
        expect("go func() { <-done; fmt.Println(\"background\") }()", "");
        await("the goroutine to block", () -> repl.session().goroutines().contains("[chan receive]"));
        String listing = enter(":goroutines")[0];
        assertTrue(listing.matches("goroutine \\d+ \\[chan receive\\] created by main.input2 at <input 2>:1\n"), listing);
        enter("close(done)"); // the goroutine may print before or after the input returns
        await("the goroutine's output", () -> out().contains("background\n"));
        await("the goroutine to end", () -> enter(":goroutines")[0].equals("no goroutines\n"));
        expect("stop := make(chan bool)", "");
        expect("go func() { <-stop }()", "");
        await("the goroutine to block", () -> repl.session().goroutines().contains("[chan receive]"));
        String[] kill = enter(":kill all");
        assertTrue(kill[0].matches("goroutine \\d+ \\[chan receive\\]: stops when it wakes\n"), kill[0]);
    }

    @Test
    void completionOffersNamesMembersKeywordsAndCommands() {
        expect("type Person struct { Name string; age int }", "");
        expect("func (p *Person) Greet() string { return \"hi \" + p.Name }", "");
        expect("person := &Person{Name: \"Ann\"}", "");
        ReplCompleter c = new ReplCompleter(repl::completeGo, cwd);
        assertTrue(c.candidates("strings.ToU", "strings.ToU").contains("strings.ToUpper"));
        assertEquals(List.of("person.Greet", "person.Name", "person.age"), c.candidates("person.", "person."));
        assertTrue(c.candidates("pers", "pers").contains("person"));
        assertTrue(c.candidates("fo", "fo").contains("for"));
        assertEquals(List.of(":goroutines", ":gomaxprocs"), c.candidates(":go", ":go"));
        assertTrue(c.candidates(":type strings.Rep", "strings.Rep").contains("strings.Repeat"));
    }

    @Test
    void commands() throws IOException {
        assertTrue(enter(":help")[0].contains(":load FILE.go|DIR"));
        expect("v := []string{\"a\"}", "");
        assertEquals("v (variable of type []string)\n", enter(":type v")[0]);
        String doc = enter(":doc strings.Cut")[0];
        assertTrue(doc.startsWith("func Cut(s, sep string) (before, after string, found bool)\n"), doc);
        String vars = enter(":vars")[0];
        assertTrue(vars.contains("v = [a] ([]string)\n"), vars);
        String time = enter(":time v = append(v, \"b\")")[0];
        assertTrue(time.matches("time: [0-9.]+(ns|µs|ms|s)\n"), time);
        expect("len(v)", ": 2 (int)\n");
        assertTrue(enter(":gomaxprocs 1")[0].startsWith("GOMAXPROCS 1 (was "));
        expect("runtime.GOMAXPROCS(0)", ": 1 (int)\n");
        Files.writeString(cwd.resolve("prog.go"), """
                package main

                import "fmt"

                var greeting = "hello"

                func Greet(name string) string { return greeting + ", " + name }

                func main() { fmt.Println("main ran") }
                """);
        String[] load = enter(":load prog.go");
        assertEquals("loaded prog.go\n", load[0], load[1]);
        expect("Greet(\"go\")", ": \"hello, go\" (string)\n");
        expect("main()", "main ran\n");
        expect("package main\n\nfunc Sq(n int) int { return n * n }\n", ""); // a whole file pasted
        expect("Sq(Sq(2))", ": 16 (int)\n");
        assertEquals("session reset\n", enter(":reset")[0]);
        assertTrue(enter("v")[1].contains("undefined: v"));
        assertTrue(enter(":nonsense")[1].startsWith("unknown command"));
        assertFalse(repl.handle(":quit"));
    }

    @Test
    void osExitEndsTheSessionWithItsCode() {
        assertFalse(repl().handle("fmt.Print(\"bye\")\nos.Exit(3)"));
        assertEquals(3, repl.stop());
        assertEquals("bye", out());
        repl = null;
    }

    @Test
    void aScriptRunsWithoutPromptsAndStrictStopsAtTheFirstFailure() throws IOException {
        String script = "x := 1\nfunc f(n int) int {\n\treturn n * 2\n}\nf(x)\ny\nf(2)\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Repl(cwd, Map.of(), false, false, new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), null).run();
        assertEquals(0, code);
        assertEquals(": 2 (int)\n: 4 (int)\n", out.toString(StandardCharsets.UTF_8));
        assertEquals("1:1: undefined: y\n", err.toString(StandardCharsets.UTF_8));
        out.reset();
        code = new Repl(cwd, Map.of(), false, true, new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), null).run();
        assertEquals(1, code);
        assertEquals(": 2 (int)\n", out.toString(StandardCharsets.UTF_8));
    }
}
