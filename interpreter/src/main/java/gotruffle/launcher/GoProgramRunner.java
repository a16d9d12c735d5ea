package gotruffle.launcher;

import gotruffle.GoLanguage;
import gotruffle.StartupTrace;
import gotruffle.compiler.PreparedPrelude;
import gotruffle.nodes.OutOfMemory;
import gotruffle.runtime.GcPacer;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.io.IOAccess;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs one Go program in a fresh polyglot context and returns its exit code: 0, the argument
 * of os.Exit, 1 for compile errors (printed in Go's format), 2 for panics and fatal errors,
 * 70 for internal errors of the interpreter (one line, plus the Java trace with --verbose).
 */
public final class GoProgramRunner {
    /** Deep Go recursion runs on this thread's Java stack. */
    private static final long MAIN_STACK_BYTES = 1L << 30;
    private static final long STOP_WAIT_MILLIS = 10_000;
    private static volatile Engine sharedEngine;

    private GoProgramRunner() {}

    static {
        // After Go's "out of memory" report, threads of the engine (the JIT's, polyglot threads
        // leaving the context) may die of the same exhausted heap: Go's fatal error has said all
        // there is to say, so their Java traces are not printed after it.
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            if (OutOfMemory.isAftermath(e)) {
                return;
            }
            if (previous != null) {
                previous.uncaughtException(thread, e);
            } else {
                System.err.print("Exception in thread \"" + thread.getName() + "\" "); // the JVM's own format
                e.printStackTrace(System.err);
            }
        });
    }

    /** One engine per JVM: compiled code and prelude call targets are reused by later programs (the golden suite). */
    static Engine engine() {
        Engine e = sharedEngine;
        if (e == null) {
            synchronized (GoProgramRunner.class) {
                e = sharedEngine;
                if (e == null) {
                    e = newEngine();
                    sharedEngine = e;
                    StartupTrace.mark("engine created");
                }
            }
        }
        return e;
    }

    /**
     * Truffle's compile queue takes first-tier compilations before last-tier ones: a program's
     * first compiled code (its loops with their leaf callees inlined) no longer waits behind the
     * last-tier compilations of the functions that got hot first. In a standby-like JVM, alternated
     * with the default in one JVM at load 35-50, the first repetition's goroutine CPU was lower in
     * each of 10 rounds (spectral-norm, fib, fannkuch; bench/RESULTS.md, "Leaf functions inlined
     * by Graal's first tier"). The option is experimental: where it does not exist (another Truffle,
     * the interpreter-only runtime) the engine is built without it.
     */
    private static Engine newEngine() {
        try {
            return Engine.newBuilder(GoLanguage.ID).option("engine.WarnInterpreterOnly", "false")
                    .allowExperimentalOptions(true).option("engine.TraversingQueueFirstTierPriority", "true").build();
        } catch (IllegalArgumentException e) {
            return Engine.newBuilder(GoLanguage.ID).option("engine.WarnInterpreterOnly", "false").build();
        }
    }

    /** The context that prepared the next program's prelude (kept open: its language instance holds the work). */
    private static Context preparing;

    /**
     * Checks and builds the standard packages {@code paths} name (and their imports) in the
     * shared engine now, for the next program of this JVM (compiler.PreparedPrelude): a standby
     * does it while it waits for its client. Made in a context of its own, with nothing of the
     * client; the program's context, made later, shares its language instance.
     */
    static void preparePrelude(List<String> paths) {
        Context ctx = Context.newBuilder(GoLanguage.ID).engine(engine()).allowIO(IOAccess.ALL).allowCreateThread(true).build();
        ctx.eval(Source.newBuilder(GoLanguage.ID, String.join("\n", paths), PreparedPrelude.SOURCE_NAME).cached(false).buildLiteral());
        preparing = ctx;
    }

    /** Closes the shared engine, as the JVM's exit would (Standby: before the client exits). */
    static void closeEngine() {
        Engine e = sharedEngine;
        if (e != null) {
            try {
                e.close();
            } catch (RuntimeException ignored) {
                // exiting anyway
            }
        }
    }

    public static int run(RunRequest req) {
        return run(req, GoProgramRunner::engine);
    }

    /** The same in another engine (Standby's JIT warm-up: an engine with options of its own). */
    static int run(RunRequest req, Supplier<Engine> engine) {
        GcPacer.start(); // the heap stays near the live data, as Go's (jvm.properties lets it grow far)
        int oomReports = OutOfMemory.reports();
        AtomicReference<Integer> code = new AtomicReference<>(70);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                code.set(runHere(req, engine));
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "go-main", MAIN_STACK_BYTES);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            // Our caller gives up (a time limit): the scheduler ends the program when its main
            // thread is interrupted, so it does not keep running after we return.
            t.interrupt();
            try {
                t.join(STOP_WAIT_MILLIS);
            } catch (InterruptedException again) {
                // give up waiting
            }
            Thread.currentThread().interrupt();
            return 70;
        }
        if (failure.get() != null) {
            if (OutOfMemory.reports() != oomReports) {
                return 2; // Go's fatal out-of-memory report was written; what failed after it is the same exhaustion
            }
            internalError(req, failure.get());
            return 70;
        }
        return code.get();
    }

    private static int runHere(RunRequest req, Supplier<Engine> engine) {
        StringBuilder manifest = new StringBuilder();
        for (String f : req.files()) {
            manifest.append(f).append('\n');
        }
        Context.Builder b = Context.newBuilder(GoLanguage.ID)
                .engine(engine.get())
                .in(req.in())
                .out(req.out())
                .err(req.err())
                .arguments(GoLanguage.ID, req.args().toArray(new String[0]))
                .allowIO(IOAccess.ALL)
                .allowCreateThread(true)
                .currentWorkingDirectory(req.workDir().toAbsolutePath())
                .environment(req.env());
        OutOfMemory.prepare();
        int oomReports = OutOfMemory.reports();
        try (Context ctx = b.build()) {
            Source src = Source.newBuilder(GoLanguage.ID, manifest.toString(), "main").buildLiteral();
            return ctx.eval(src).asInt();
        } catch (PolyglotException e) {
            if (e.isExit()) {
                return e.getExitStatus();
            }
            if (OutOfMemory.reports() != oomReports) {
                return 2; // the program ended with Go's fatal error; the heap ran out elsewhere too (the JIT shares it)
            }
            if (OutOfMemory.isHeapExhaustion(e)) {
                new PrintStream(req.err(), true, StandardCharsets.UTF_8).print("fatal error: runtime: out of memory\n");
                return 2;
            }
            internalError(req, e);
            return 70;
        } catch (OutOfMemoryError e) {
            // the heap ran out outside the program's evaluation (e.g. closing the context): Go's
            // fatal error once, never an internal error after it
            if (OutOfMemory.reports() == oomReports) {
                new PrintStream(req.err(), true, StandardCharsets.UTF_8).print("fatal error: runtime: out of memory\n");
            }
            return 2;
        }
    }

    private static void internalError(RunRequest req, Throwable e) {
        PrintStream err = new PrintStream(req.err(), true, StandardCharsets.UTF_8);
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        err.println("gotruffle: internal error: " + msg.lines().findFirst().orElse("") + " (rerun with --verbose for the Java stack trace)");
        if (req.verbose()) {
            e.printStackTrace(err);
        }
    }
}
