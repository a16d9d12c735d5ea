package gotruffle.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The interactive REPL on a JLine dumb terminal fed through a pipe: prompt, typed-ahead input
 * kept while an input runs and goroutines print, history in $HOME, Ctrl-C (the interrupt hook)
 * on {@code for {}}, Ctrl-D. (A dumb terminal does not complete: Tab completion is tested on
 * the completer, ReplTest, and on a real terminal, scripts/repl-terminal-check.)
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ReplTerminalTest {
    @TempDir Path home;

    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();

    private synchronized String screen() {
        return screen.toString(StandardCharsets.UTF_8);
    }

    /** Waits (bounded) until the screen shows text count times. */
    private void awaitScreen(String text, int count) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (screen().split(Pattern.quote(text), -1).length - 1 < count) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting for `" + text + "` x" + count + " on the screen:\n" + screen());
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void aSessionOnATerminal() throws Exception {
        PipedOutputStream keys = new PipedOutputStream();
        PipedInputStream terminalIn = new PipedInputStream(keys, 1 << 16);
        OutputStream terminalOut = new OutputStream() {
            @Override
            public void write(int b) {
                synchronized (ReplTerminalTest.this) {
                    screen.write(b);
                }
            }
        };
        Terminal terminal = TerminalBuilder.builder().system(false).dumb(true).type("dumb")
                .streams(terminalIn, terminalOut).encoding(StandardCharsets.UTF_8).build();
        PrintStream unused = new PrintStream(OutputStream.nullOutputStream());
        Repl repl = new Repl(home, Map.of("HOME", home.toString()), false, false, null, unused, unused, terminal);
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> {
            try {
                return repl.run();
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        awaitScreen("GoTruffle", 1);
        type(keys, "x := 2\nx\n");
        awaitScreen(": 2 (int)", 1);
        awaitScreen("> ", 1);

        // typed ahead while an input runs and a goroutine prints: the line is kept and runs later
        type(keys, "go func() { time.Sleep(300 * time.Millisecond); fmt.Println(\"from the background\") }()\n");
        type(keys, "x + 4");
        awaitScreen("from the background", 1);
        type(keys, "0\n");
        awaitScreen(": 42 (int)", 1);

        // a standard package needs no import
        type(keys, "strings.ToUpper(\"go\")\n");
        awaitScreen(": \"GO\" (string)", 1);

        // Ctrl-C (the terminal's interrupt hook) stops `for {}`; the session goes on
        type(keys, "for {}\n");
        while (repl.session() == null || !repl.session().goroutines().contains("running the current input")) {
            Thread.sleep(10);
        }
        assertTrue(repl.interrupt());
        awaitScreen("interrupted", 1);
        type(keys, "x\n");
        awaitScreen(": 2 (int)", 2);

        type(keys, "\u0004"); // Ctrl-D at an empty prompt leaves
        assertEquals(0, exit.get(60, TimeUnit.SECONDS));
        String history = Files.readString(home.resolve(".gotruffle_history"));
        assertTrue(history.contains("x := 2") && history.contains("for {}"), history);
    }

    private static void type(OutputStream keys, String text) throws IOException {
        keys.write(text.getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }
}
