package gotruffle.launcher;

import com.oracle.truffle.api.Truffle;
import gotruffle.GoLanguage;
import gotruffle.StartupTrace;
import gotruffle.runtime.sched.StackOverflowExit;
import gotruffle.stdlib.text.Utf8;
import org.graalvm.polyglot.Engine;

import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A JVM started ahead of the next {@code ./gotruffle run} (scripts/standby.sh starts it after
 * each run): it warms up (engine, Graal, the compiler's own Java code) by running the training
 * program, then waits for one client and runs that client's command line exactly as {@link
 * Main#main} would, as if it were the client process: the client's working directory (sent
 * with the request, made the context's and the process's), the client's environment (sent with
 * the request: the program's os.Environ, GOMAXPROCS, GODEBUG; the script hands a run only to a
 * standby whose own environment has the same variables of the JVM's, see standby_jvm_vars),
 * the same JVM, umask and limits, and the client's own
 * standard streams, taken from the client with pidfd_getfd and installed as fds 0, 1 and 2, so
 * the program reads and writes the very files, pipes and terminal of the client. The exit code
 * goes back to the client, which exits with it; signals the client gets are forwarded here.
 * One run per standby: nothing of one program can leak into the next.
 *
 * <p>The directory DIR holds two FIFOs made by the script: {@code req}, where the client writes
 * its pid, working directory, environment and arguments (a count, then NUL-terminated fields of
 * bytes, kept as {@link OsBytes} keeps them), and {@code rep}, where this
 * writes {@code started} once the streams are taken and then the exit code. The standby
 * publishes itself by renaming DIR to its final name; a client claims it by renaming it again,
 * and an idle standby leaves the same way (whoever renames first wins).
 */
public final class Standby {
    private static final long SYS_PIDFD_OPEN = 434;
    private static final long SYS_PIDFD_GETFD = 438;
    private static final long CLAIM_GRACE_MILLIS = 10_000;
    /**
     * Checked and built before the client comes (compiler.PreparedPrelude), with their imports:
     * the packages most programs import (testprograms/, bench/). One the program does not
     * import costs it nothing (it is neither initialized nor visible).
     */
    private static final List<String> PREPARED_PACKAGES = List.of("fmt", "strings", "sync", "errors", "sort", "os", "time", "io",
            "strconv", "bufio", "math", "sync/atomic", "bytes", "unicode", "unicode/utf8", "math/rand");

    private Standby() {}

    /** Arguments: DIR (as made by the script), the name to publish it as, idle seconds, training program. */
    public static void main(String[] args) throws Throwable {
        Path dir = Path.of(args[0]);
        Path published = Path.of(args[1]);
        long idleMillis = Long.parseLong(args[2]) * 1000;
        Path training = Path.of(args[3]);

        Native nat = new Native();
        warmUp(training, nat);
        // The JIT warm-up takes seconds: it runs while the standby waits, so that a run started
        // right after the previous one finds this standby ready; a client's claim stops it.
        CountDownLatch claim = new CountDownLatch(1);
        // Both FIFOs opened read-write, which never blocks: renaming the directory cannot race an open.
        RandomAccessFile req = new RandomAccessFile(dir.resolve("req").toFile(), "rw");
        RandomAccessFile rep = new RandomAccessFile(dir.resolve("rep").toFile(), "rw");
        try {
            Files.move(dir, published);
        } catch (IOException e) {
            cleanUp(dir); // another standby of the same kind is waiting already
            Runtime.getRuntime().halt(0);
        }
        Thread idle = new Thread(() -> {
            try {
                Thread.sleep(idleMillis);
                Path gone = published.resolveSibling("expired." + ProcessHandle.current().pid());
                try {
                    Files.move(published, gone); // fails when a client claimed it meanwhile
                } catch (IOException claimed) {
                    // A claiming client writes its request at once; a standby retired by the
                    // script (renamed, then signalled) must not wait for one forever.
                    Thread.sleep(CLAIM_GRACE_MILLIS);
                    Runtime.getRuntime().halt(0);
                }
                cleanUp(gone);
                Runtime.getRuntime().halt(0);
            } catch (InterruptedException e) {
                // the request came: keep serving
            }
        }, "standby-idle");
        idle.setDaemon(true);
        idle.start();
        Thread jit = new Thread(() -> {
            warmUpJit(training.resolveSibling("jit-warmup.go"), claim);
            markWarm(published);
        }, "standby-jit-warm-up");
        jit.setDaemon(true);
        jit.start();

        // Blocks until a client has claimed the directory and written its request.
        List<String> request;
        try {
            request = readRequest(new FileInputStream(req.getFD()));
        } catch (IOException | RuntimeException e) {
            request = null;
        }
        idle.interrupt();
        claim.countDown();
        // The client's program must not wait behind the warm-up's compilations (they share
        // Truffle's compiler thread): the one running now, and what the training run left queued.
        // On a thread of its own: the cancel reaches Truffle's internals, and nothing there may
        // hold up the client's run (one served run at load 50 never started after the claim).
        Thread cancel = new Thread(() -> StartupTrace.mark("standby: compilations cancelled at the claim: "
                + cancelCompilations("standby claimed")), "standby-cancel-warm-up");
        cancel.setDaemon(true);
        cancel.start();
        if (request == null || request.size() < 2) {
            Runtime.getRuntime().halt(0); // the client, seeing no "started", runs the program itself
            return;
        }
        long clientPid;
        Path cwd;
        Map<String, String> env = new HashMap<>();
        String[] argv;
        try {
            // pid, working directory, the count of the client's variables, those, arguments
            clientPid = Long.parseLong(request.get(0));
            cwd = Path.of(request.get(1));
            int n = Integer.parseInt(request.get(2));
            for (String kv : request.subList(3, 3 + n)) {
                int eq = kv.indexOf('=', 1);
                if (eq > 0) {
                    env.putIfAbsent(kv.substring(0, eq), kv.substring(eq + 1)); // as OsBytes reads /proc
                }
            }
            argv = request.subList(3 + n, request.size()).toArray(new String[0]);
            // The process's own directory too (what the OS resolves relative names against);
            // Java's user.dir stays, but the program sees only the context's (TruffleFile).
            nat.chdir(cwd.toString());
            nat.takeStandardStreams(clientPid);
        } catch (Throwable t) {
            rep.write("refused\n".getBytes(StandardCharsets.US_ASCII)); // the client runs it itself
            Runtime.getRuntime().halt(0);
            return;
        }
        watchClient(clientPid);
        StartupTrace.mark("standby: request taken");
        rep.write("started\n".getBytes(StandardCharsets.US_ASCII));
        if (Main.isRun(argv)) {
            StackOverflowExit.ownProcess(c -> exitNow(rep, c)); // Go's stack overflow: no unwind (issue 12)
        }
        int code = Main.execute(argv, ProgramRunner.GO,
                new FileInputStream(FileDescriptor.in),
                new FileOutputStream(FileDescriptor.out),
                new FileOutputStream(FileDescriptor.err),
                cwd, Map.copyOf(env));
        System.out.flush();
        System.err.flush();
        GoProgramRunner.closeEngine(); // what would happen at exit, before the client exits
        rep.write((code + "\n").getBytes(StandardCharsets.US_ASCII));
        Runtime.getRuntime().halt(code); // the client removes the directory it claimed
    }

    /** Hands the exit code to the client and ends at once, without closing the engine. */
    private static void exitNow(RandomAccessFile rep, int code) {
        System.out.flush();
        System.err.flush();
        try {
            rep.write((code + "\n").getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            // the client sees no code and reports the standby lost
        }
        Runtime.getRuntime().halt(code);
    }

    /** The training program, run once with its output discarded. */
    private static void warmUp(Path training, Native nat) {
        OutputStream nul = OutputStream.nullOutputStream();
        Main.execute(new String[]{"run", training.toString()}, ProgramRunner.GO,
                InputStream.nullInputStream(), nul, nul, Path.of("").toAbsolutePath());
        nat.warmUp();
        try {
            GoProgramRunner.preparePrelude(PREPARED_PACKAGES);
        } catch (RuntimeException e) {
            StartupTrace.mark("standby: prelude not prepared: " + e.getMessage()); // the client's run checks it all
        }
        System.gc();
    }

    /**
     * Graal is Java code that HotSpot compiles as it runs: a fresh JVM's first Truffle
     * compilations take seconds, and the training run compiles only a couple of functions, so
     * the client's hot code would wait for a cold compiler (bench/RESULTS.md, issue 10). This
     * runs scripts/jit-warmup.go in a throwaway engine that compiles in the foreground (each
     * compilation done before the program goes on), for its time budget (system property
     * gotruffle.jitwarmup.ms, default 3000; 0: none) or until {@code stop} opens (the program's
     * stdin ends then); the warm compiler stays for the client. The shared engine's options are
     * untouched. Returns whether the program ran (exit 0).
     */
    static boolean warmUpJit(Path program, CountDownLatch stop) {
        if (!Files.isRegularFile(program)) {
            return false;
        }
        String budget = System.getProperty("gotruffle.jitwarmup.ms", "3000");
        if (stop.getCount() == 0) {
            return false; // claimed before it began: its parse and check would only slow the client
        }
        OutputStream nul = OutputStream.nullOutputStream();
        int code;
        try (Engine engine = Engine.newBuilder(GoLanguage.ID)
                .allowExperimentalOptions(true) // BackgroundCompilation; should it go, build() fails: no warm-up
                .option("engine.WarnInterpreterOnly", "false")
                .option("engine.BackgroundCompilation", "false")
                .build()) {
            if (stop.getCount() == 0) {
                return false; // (claimed while the engine was made)
            }
            code = Main.execute(new String[]{"run", program.toString(), budget}, req -> GoProgramRunner.run(req, () -> engine),
                    endsAt(stop, Long.parseLong(budget)), nul, nul, Path.of("").toAbsolutePath());
        } catch (RuntimeException e) {
            StartupTrace.mark("standby: no JIT warm-up: " + e.getMessage()); // still a standby
            return false;
        }
        StartupTrace.mark("standby: JIT warm-up done, exit code " + code);
        return code == 0;
    }

    /**
     * Says "warm" to scripts/standby.sh (`./gotruffle --wait-standby`, and so bench/run, waits
     * for it): a file in the published directory, made only while nobody has claimed it (the
     * path is gone once a client renamed the directory).
     */
    private static void markWarm(Path published) {
        try {
            Files.createFile(published.resolve("warm"));
        } catch (IOException e) {
            // claimed or retired meanwhile
        }
    }

    /**
     * Cancels every Truffle compilation queued or running in this JVM, as closing an engine
     * cancels its own (Truffle has no public API for it: its runtime's, reached by reflection,
     * on the class path in both ways ./gotruffle starts the JVM). A running compilation stops
     * at the compiler's next check. Returns how many targets were cancelled, -1 when the
     * runtime is not the optimizing one or its API changed (then nothing is cancelled).
     */
    static int cancelCompilations(String reason) {
        try {
            Object runtime = Truffle.getRuntime();
            ClassLoader loader = runtime.getClass().getClassLoader();
            Class<?> optimized = Class.forName("com.oracle.truffle.runtime.OptimizedTruffleRuntime", false, loader);
            Class<?> queueClass = Class.forName("com.oracle.truffle.runtime.BackgroundCompileQueue", false, loader);
            Class<?> engineData = Class.forName("com.oracle.truffle.runtime.EngineData", false, loader);
            Class<?> target = Class.forName("com.oracle.truffle.runtime.OptimizedCallTarget", false, loader);
            Object queue = optimized.getMethod("getCompileQueue").invoke(runtime);
            if (queue == null) {
                return 0;
            }
            // null: the targets of every engine
            Collection<?> targets = (Collection<?>) queueClass.getMethod("getAllTargets", engineData).invoke(queue, (Object) null);
            Method cancel = target.getMethod("cancelCompilation", CharSequence.class);
            int n = 0;
            for (Object t : targets) {
                if ((boolean) cancel.invoke(t, reason)) {
                    n++;
                }
            }
            return n;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return -1;
        }
    }

    /** A stdin that ends when {@code stop} opens, or after {@code millis} (the program's budget). */
    private static InputStream endsAt(CountDownLatch stop, long millis) {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                try {
                    stop.await(millis, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return -1;
            }
        };
    }

    /** Count, then that many NUL-terminated fields. */
    private static List<String> readRequest(InputStream in) throws IOException {
        List<String> fields = new ArrayList<>();
        ByteArrayOutputStream cur = new ByteArrayOutputStream();
        int expected = -1;
        int b;
        while ((b = in.read()) >= 0) {
            if (b != 0) {
                cur.write(b);
                continue;
            }
            String field = Utf8.fromOsBytes(cur.toByteArray(), 0, cur.size()); // bytes and all (OsBytes)
            cur.reset();
            if (expected < 0) {
                expected = Integer.parseInt(field);
            } else {
                fields.add(field);
            }
            if (fields.size() == expected) {
                return fields;
            }
        }
        return null;
    }

    /** A client that dies (kill -9, closed terminal) takes its program with it, as it would without the standby. */
    private static void watchClient(long pid) {
        Thread t = new Thread(() -> {
            ProcessHandle client = ProcessHandle.of(pid).orElse(null);
            while (client != null && client.isAlive()) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
            Runtime.getRuntime().halt(137);
        }, "standby-client-watch");
        t.setDaemon(true);
        t.start();
    }

    private static void cleanUp(Path dir) {
        try {
            for (String f : new String[]{"req", "rep", "pid", "warm"}) {
                Files.deleteIfExists(dir.resolve(f));
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // the script removes what is left
        }
    }

    /** The few system calls this needs, through the foreign function API. */
    private static final class Native {
        private final MethodHandle syscall;
        private final MethodHandle dup2;
        private final MethodHandle close;
        private final MethodHandle chdir;

        Native() {
            Linker linker = Linker.nativeLinker();
            SymbolLookup libc = linker.defaultLookup();
            syscall = linker.downcallHandle(libc.find("syscall").orElseThrow(),
                    FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG,
                            ValueLayout.JAVA_LONG),
                    Linker.Option.firstVariadicArg(1));
            dup2 = linker.downcallHandle(libc.find("dup2").orElseThrow(),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
            close = linker.downcallHandle(libc.find("close").orElseThrow(),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
            chdir = linker.downcallHandle(libc.find("chdir").orElseThrow(),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
        }

        void chdir(String dir) throws Throwable {
            try (Arena arena = Arena.ofConfined()) {
                if ((int) chdir.invokeExact(arena.allocateFrom(dir)) != 0) {
                    throw new IOException("chdir failed: " + dir);
                }
            }
        }

        /** The calls once on our own process, so they are linked before a client waits. */
        void warmUp() {
            try {
                long pidfd = (long) syscall.invokeExact(SYS_PIDFD_OPEN, ProcessHandle.current().pid(), 0L, 0L);
                if (pidfd >= 0) {
                    long fd = (long) syscall.invokeExact(SYS_PIDFD_GETFD, pidfd, 2L, 0L);
                    if (fd >= 0) {
                        int r = (int) dup2.invokeExact((int) fd, (int) fd);
                        r = (int) close.invokeExact((int) fd);
                    }
                    int r = (int) close.invokeExact((int) pidfd);
                }
            } catch (Throwable t) {
                // takeStandardStreams reports it
            }
        }

        /** Makes fds 0, 1, 2 the client's (the same open files: offsets, modes and terminals are shared). */
        void takeStandardStreams(long pid) throws Throwable {
            long pidfd = (long) syscall.invokeExact(SYS_PIDFD_OPEN, pid, 0L, 0L);
            if (pidfd < 0) {
                throw new IOException("pidfd_open failed");
            }
            int[] fds = new int[3];
            for (int i = 0; i < 3; i++) {
                long fd = (long) syscall.invokeExact(SYS_PIDFD_GETFD, pidfd, (long) i, 0L);
                if (fd < 0) {
                    throw new IOException("pidfd_getfd failed");
                }
                fds[i] = (int) fd;
            }
            for (int i = 0; i < 3; i++) {
                if ((int) dup2.invokeExact(fds[i], i) != i) {
                    throw new IOException("dup2 failed");
                }
                int r = (int) close.invokeExact(fds[i]);
            }
            int r = (int) close.invokeExact((int) pidfd);
        }
    }
}
