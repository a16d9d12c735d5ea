package gotruffle.compiler;

import gotruffle.GoLanguage;
import gotruffle.StartupTrace;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Standard packages checked and built before the program is known: a standby JVM, idle until
 * its client comes, prepares the packages most programs import, so the client's run only
 * checks its own code (bench/RESULTS.md, issue 10: ~70 ms of a served hello world were fmt and
 * its imports, checked again for each program). One program takes them ({@link #take}); the
 * nodes hold their package variables, so they serve no second one.
 *
 * <p>Nothing of the client is in them: building the prelude reads no argument, environment
 * variable or working directory (those come from the client's own context, made at the claim;
 * the prepared nodes run only there). The prepared compiler belongs to the language instance
 * that made it, which later contexts of the same engine share (ContextPolicy.SHARED).
 */
public final class PreparedPrelude {
    /** The name of the source whose evaluation prepares the packages its lines name. */
    public static final String SOURCE_NAME = "<gotruffle prepare prelude>";

    private record Prepared(GoLanguage language, boolean eager, Compiler compiler) {}

    private static final AtomicReference<Prepared> SLOT = new AtomicReference<>();

    private PreparedPrelude() {}

    /** Checks and builds the packages (import paths) for the next program; a failure only costs that program the work. */
    public static void prepare(GoLanguage language, List<String> paths, boolean eager) {
        try {
            SLOT.set(new Prepared(language, eager, new Compiler(language).eagerPrelude(eager).prepare(paths)));
            StartupTrace.mark("prelude prepared: " + paths.size() + " packages asked for");
        } catch (RuntimeException | StackOverflowError e) {
            SLOT.set(null);
            StartupTrace.mark("prelude not prepared: " + e);
        }
    }

    /** Whether prepared packages wait for a program. */
    public static boolean waiting() {
        return SLOT.get() != null;
    }

    /**
     * The prepared compiler, once, if it was made by this language instance with the same
     * eagerness; else a new one (a standby's JIT warm-up runs in an engine of its own and
     * leaves it to the client).
     */
    static Compiler take(GoLanguage language, boolean eager) {
        Prepared p = SLOT.get();
        if (p != null && p.language == language && p.eager == eager && SLOT.compareAndSet(p, null)) {
            StartupTrace.mark("prepared prelude taken");
            return p.compiler;
        }
        return new Compiler(language).eagerPrelude(eager);
    }
}
