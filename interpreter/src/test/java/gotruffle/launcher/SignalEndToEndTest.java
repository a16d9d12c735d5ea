package gotruffle.launcher;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ctrl-C and kill on a running program, end to end: the launcher runs in a JVM of its own, the
 * test waits for the program's "ready" line (no sleeps), sends the signal with kill(1) and
 * checks what a shell would see. Expected results are those of the same programs built by Go
 * 1.19 (src/test/resources/gotruffle/signals): a program that asked for the signal receives it
 * on its channel; one that did not dies of it (exit status 128+signal, nothing printed).
 */
class SignalEndToEndTest {
    private static final long READY_TIMEOUT_S = 180; // JVM start-up and compilation on a loaded machine
    private static final long EXIT_TIMEOUT_S = 60;

    record Outcome(String stdout, String stderr, int exit) {}

    /** A thread per blocking read (the common pool may have a single thread on a 2-core machine). */
    private static final Executor READER = task -> {
        Thread t = new Thread(task, "signal-test-reader");
        t.setDaemon(true);
        t.start();
    };

    @Test
    void interruptReachesNotifyChannel() throws Exception {
        Outcome o = runAndSignal("notify_wait.go", "INT");
        assertEquals("ready\ngot interrupt\n", o.stdout());
        assertEquals("", o.stderr());
        assertEquals(0, o.exit());
    }

    @Test
    void terminateReachesNotifyChannel() throws Exception {
        Outcome o = runAndSignal("notify_wait.go", "TERM");
        assertEquals("ready\ngot terminated\n", o.stdout());
        assertEquals(0, o.exit());
    }

    @Test
    void interruptKillsProgramThatDidNotAsk() throws Exception {
        Outcome o = runAndSignal("no_notify.go", "INT");
        assertEquals("ready\n", o.stdout());
        assertEquals("", o.stderr());
        assertEquals(130, o.exit());
    }

    @Test
    void terminateKillsProgramThatDidNotAsk() throws Exception {
        Outcome o = runAndSignal("no_notify.go", "TERM");
        assertEquals("ready\n", o.stdout());
        assertEquals(143, o.exit());
    }

    @Test
    void interruptCancelsNotifyContext() throws Exception {
        Outcome o = runAndSignal("notify_context.go", "INT");
        assertEquals("ready\nshutting down: context canceled\n", o.stdout());
        assertEquals(3, o.exit());
    }

    /** Starts `gotruffle run prog`, waits for its first line "ready", sends SIGsig, collects the rest. */
    private static Outcome runAndSignal(String prog, String sig) throws IOException, InterruptedException, URISyntaxException {
        Path file = Path.of(SignalEndToEndTest.class.getResource("/gotruffle/signals/" + prog).toURI());
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!a.startsWith("-agentlib") && !a.startsWith("-javaagent")) {
                cmd.add(a);
            }
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "run", file.toString()));
        Process p = new ProcessBuilder(cmd).directory(file.getParent().toFile()).start();
        p.getOutputStream().close();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()), READER);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> {
                try {
                    return out.readLine();
                } catch (IOException e) {
                    return null;
                }
            }, READER);
            String ready;
            try {
                ready = first.get(READY_TIMEOUT_S, TimeUnit.SECONDS);
            } catch (TimeoutException | ExecutionException e) {
                p.destroyForcibly();
                throw new AssertionError("no ready line from " + prog + "; stderr: " + err.getNow(""));
            }
            assertEquals("ready", ready, () -> "stderr: " + err.join());
            Process kill = new ProcessBuilder("kill", "-" + sig, Long.toString(p.pid())).inheritIO().start();
            assertEquals(0, kill.waitFor());
            boolean done = p.waitFor(EXIT_TIMEOUT_S, TimeUnit.SECONDS);
            if (!done) {
                p.destroyForcibly();
            }
            assertTrue(done, prog + " did not end after SIG" + sig);
            StringBuilder rest = new StringBuilder(ready).append('\n');
            for (String line; (line = out.readLine()) != null; ) {
                rest.append(line).append('\n');
            }
            return new Outcome(rest.toString(), err.join(), p.exitValue());
        }
    }

    private static String readAll(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
