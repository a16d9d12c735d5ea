package gotruffle.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Go frames printed under the goroutine header of panics and fatal errors (the goldens stop
 * at the header, so they are checked here): function names, absolute file and line of each
 * frame, innermost first, and "created by" for goroutines other than main.
 */
class TracebackTest {
    @TempDir Path dir;

    private record Result(int code, String out, String err) {}

    private Result run(String name, String source) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, source);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = GoProgramRunner.run(new RunRequest(List.of(name), dir, List.of(), new ByteArrayInputStream(new byte[0]),
                out, err, Map.of(), false));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private String at(String name, int line) {
        return "\t" + dir.resolve(name).toAbsolutePath().normalize() + ":" + line + " +0x0\n";
    }

    @Test
    void panicInAGoroutineShowsItsFramesAndCreator() throws IOException {
        String src = """
                package main

                type T struct{ m map[string]int }

                func (t *T) set(k string) {
                	t.m[k] = 1
                }

                func f(n int) {
                	if n == 0 {
                		var t T
                		t.set("x")
                	}
                	f(n - 1)
                }

                func main() {
                	done := make(chan bool)
                	go func() {
                		f(2)
                		done <- true
                	}()
                	<-done
                }
                """;
        Result r = run("tb.go", src);
        assertEquals(2, r.code());
        String expected = "panic: assignment to entry in nil map\n\ngoroutine 2 [running]:\n"
                + "main.(*T).set(...)\n" + at("tb.go", 6)
                + "main.f(...)\n" + at("tb.go", 12)
                + "main.f(...)\n" + at("tb.go", 14)
                + "main.f(...)\n" + at("tb.go", 14)
                + "main.main.func1()\n" + at("tb.go", 20)
                + "created by main.main\n" + at("tb.go", 19);
        assertEquals(expected, r.err());
    }

    @Test
    void panicAfterDeferredCallsShowsWherePanicWasCalled() throws IOException {
        String src = """
                package main

                import "fmt"

                func g() {
                	defer fmt.Println("deferred")
                	panic("boom")
                }

                func main() {
                	g()
                }
                """;
        Result r = run("tb2.go", src);
        assertEquals(2, r.code());
        assertEquals("deferred\n", r.out());
        assertEquals("panic: boom\n\ngoroutine 1 [running]:\n"
                + "main.g()\n" + at("tb2.go", 7)
                + "main.main()\n" + at("tb2.go", 11), r.err());
    }

    @Test
    void fatalErrorShowsTheRunningGoroutineAndTheCreatorOfParkedOnes() throws IOException {
        String src = """
                package main

                import (
                	"runtime"
                	"sync"
                )

                func worker(c chan int) {
                	<-c
                }

                func unlock(mu *sync.Mutex) {
                	mu.Unlock()
                }

                func main() {
                	runtime.GOMAXPROCS(1) // with one P, Gosched lets the worker run until it parks
                	c := make(chan int)
                	go worker(c)
                	runtime.Gosched()
                	var mu sync.Mutex
                	unlock(&mu)
                }
                """;
        Result r = run("tb3.go", src);
        assertEquals(2, r.code());
        String err = r.err();
        assertTrue(err.startsWith("fatal error: sync: unlock of unlocked mutex\n\ngoroutine 1 [running]:\n"), err);
        assertTrue(err.contains("main.unlock(...)\n" + at("tb3.go", 13) + "main.main()\n" + at("tb3.go", 22)), err);
        assertTrue(err.contains("goroutine 2 [chan receive]:\ncreated by main.main\n" + at("tb3.go", 19)), err);
    }
}
