package gotruffle.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gotruffle.GoLanguage;
import gotruffle.runtime.sched.Sched;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.io.IOAccess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Goroutines park in every kind of blocking operation (channel send/receive, receive with ok,
 * range, select receive and send, Mutex, RWMutex read and write, WaitGroup, Cond, a second
 * Once caller, Sleep, timer channels, context Done) and must resume correctly on another M
 * (worker thread): first in the very first execution of each blocking node, on a fresh engine
 * (nothing specialized or compiled yet, Truffle may be specializing the node while it parks),
 * then in Graal-compiled code. The scheduler's test hook hands every goroutine that would
 * resume on the M it parked on to another M, and reports each resume; the test checks that
 * each operation's goroutine parked with the operation's wait reason and resumed on a
 * different M than it parked on.
 */
class BlockingMigrationTest {
    @TempDir Path dir;

    /** goroutine id -> resumes seen: "reason parkM resumeM". */
    private final Map<Long, List<String>> resumes = new ConcurrentHashMap<>();

    @BeforeEach
    void hook() {
        Sched.testResumeHook = (gp, reason, parkM, resumeM) ->
                resumes.computeIfAbsent(gp.id(), k -> new CopyOnWriteArrayList<>()).add(reason + " " + parkM + " " + resumeM);
    }

    @AfterEach
    void unhook() {
        Sched.testResumeHook = null;
    }

    private static final int OPS = 16;

    private String runProgram(Engine engine, int rounds) throws IOException {
        Path file = dir.resolve("blocking_ops.go");
        try (InputStream in = getClass().getResourceAsStream("blocking_ops.go")) {
            Files.write(file, in.readAllBytes());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (Context ctx = Context.newBuilder(GoLanguage.ID).engine(engine)
                .in(new ByteArrayInputStream(new byte[0])).out(out).err(err)
                .arguments(GoLanguage.ID, new String[]{String.valueOf(rounds)})
                .allowIO(IOAccess.ALL).allowCreateThread(true)
                .currentWorkingDirectory(dir.toAbsolutePath())
                .environment(Map.of("GOMAXPROCS", "2")).build()) {
            int code = ctx.eval(Source.newBuilder(GoLanguage.ID, "blocking_ops.go\n", "main").buildLiteral()).asInt();
            assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        }
        String stdout = out.toString(StandardCharsets.UTF_8);
        assertTrue(stdout.endsWith("done\n"), stdout);
        return stdout;
    }

    /** Each announced operation's goroutine parked with its reason and resumed on another M. */
    private void checkMigrations(String stdout, int rounds) {
        int ops = 0;
        List<String> failures = new ArrayList<>();
        for (String line : stdout.split("\n")) {
            if (!line.startsWith("op ")) {
                continue;
            }
            ops++;
            String[] f = line.split(" ");
            String reason = f[3].replace('_', ' ');
            List<String> seen = resumes.getOrDefault(Long.parseLong(f[2]), List.of());
            boolean ok = seen.stream().anyMatch(r -> {
                String[] p = r.split(" ");
                int n = p.length;
                return r.startsWith(reason + " ") && n >= 3 && !p[n - 2].equals(p[n - 1]);
            });
            if (!ok) {
                failures.add(f[1] + " (goroutine " + f[2] + ", wanted a park as \"" + reason + "\" resumed on another M; saw " + seen + ")");
            }
        }
        assertEquals(OPS * rounds, ops, stdout);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void firstExecutionOfEveryBlockingNodeParksAndResumesOnAnotherM() throws IOException {
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            try (Engine engine = Engine.newBuilder(GoLanguage.ID).option("engine.WarnInterpreterOnly", "false").build()) {
                checkMigrations(runProgram(engine, 1), 1);
            }
        });
    }

    @Test
    void compiledBlockingNodesParkAndResumeOnAnotherM() throws IOException {
        assertTimeoutPreemptively(Duration.ofSeconds(300), () -> {
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            String[] impl = {""};
            // every op function compiled at its first call, synchronously; after the deopt of the
            // first round (uninitialized nodes), later rounds block inside compiled code
            try (Engine engine = Engine.newBuilder(GoLanguage.ID).allowExperimentalOptions(true)
                    .option("engine.WarnInterpreterOnly", "false")
                    .option("engine.CompileImmediately", "true")
                    .option("engine.BackgroundCompilation", "false")
                    .option("engine.CompileOnly", "main.op")
                    .option("engine.TraceCompilation", "true")
                    .logHandler(log).build()) {
                impl[0] = engine.getImplementationName();
                checkMigrations(runProgram(engine, 3), 3);
            }
            String trace = log.toString(StandardCharsets.UTF_8);
            for (String fn : List.of("main.opChanSend", "main.opSelectRecv", "main.opMutex", "main.opCond", "main.opOnce",
                    "main.opContextDone")) {
                assertTrue(trace.matches("(?s).*opt done .*id=\\s*\\d+\\s+" + Pattern.quote(fn) + "\\s.*"),
                        fn + " was not compiled (engine " + impl[0] + "):\n" + trace);
            }
        });
    }
}
