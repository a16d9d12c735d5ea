package gotruffle.nodes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;
import gotruffle.GoContext;
import gotruffle.GoLanguage;
import gotruffle.StartupTrace;
import gotruffle.nodes.call.UnwindWarmup;
import gotruffle.nodes.conc.Goroutines;
import gotruffle.runtime.sched.Sched;
import gotruffle.runtime.sched.SchedConfig;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a whole program: has the front end ({@link FrontEnd}) load, check and build the
 * program the manifest names, runs package initialization and main.main, and turns the
 * outcome into the exit code. Compile errors are printed like Go's (exit 1); an unrecovered
 * panic prints Go's report (exit 2); os.Exit ends with its code.
 */
public final class ProgramRootNode extends RootNode {
    private final Source source;

    /**
     * The front end: loads, checks and builds the program the manifest names (one path per
     * line) in the context's working directory and environment. It reports errors itself and
     * then yields null. It lives above the nodes (GoLanguage wires in the compiler's), so that
     * nodes never call the parser or the compiler.
     */
    @FunctionalInterface
    public interface FrontEnd {
        Program build(GoContext ctx, List<String> targets);
    }

    /** A checked and built program: its package initializers in order, then main.main. */
    public record Program(List<RootCallTarget> inits, RootCallTarget main) {}

    private final FrontEnd frontEnd;

    public ProgramRootNode(GoLanguage language, Source source, FrontEnd frontEnd) {
        super(language);
        this.source = source;
        this.frontEnd = frontEnd;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return run();
    }

    // The build runs here, per execution, not in GoLanguage.parse: the manifest names files
    // read in this context's working directory, and Truffle caches parse results per source.
    @TruffleBoundary
    private int run() {
        GoContext ctx = GoContext.get(this);
        StartupTrace.mark("context created, program source evaluated");
        try {
            List<String> targets = new ArrayList<>();
            for (String name : source.getCharacters().toString().split("\n")) {
                if (!name.isEmpty()) {
                    targets.add(name);
                }
            }
            Program p;
            try {
                p = frontEnd.build(ctx, targets);
            } catch (OutOfMemoryError e) {
                // a zero value built ahead (an array too long for the heap): Go's fatal error,
                // as its first allocation of it would be
                return OutOfMemory.beforeStart(ctx);
            }
            return p == null ? 1 : execute(ctx, p);
        } finally {
            StartupTrace.mark("program ran");
            ctx.flushOut();
        }
    }

    /** Runs package initialization and main.main as goroutine 1 on the M:N scheduler. */
    private int execute(GoContext ctx, Program p) {
        UnwindWarmup.run(getLanguage(GoLanguage.class)); // a stack overflow must unwind fast (issue 12)
        ctx.monoBase = System.nanoTime();
        Sched sched = newSched(ctx);
        return sched.runMain(g -> {
            Fiber main = new Fiber(g, g.id());
            g.interpData = main;
            Goroutines.run(ctx, g, main, () -> {
                for (RootCallTarget init : p.inits()) {
                    init.call(main, null);
                }
                p.main().call(main, null);
                sched.mainReturning(g);
            });
        });
    }

    /**
     * An M's thread. Truffle's threads print what ends them with a handler of their own (not the
     * JVM's default, GoProgramRunner's): after Go's out-of-memory report, an M leaving the context
     * can fail in the exhausted JIT, and that must not follow Go's report.
     */
    private static Thread newM(GoContext ctx, Runnable r) {
        Thread t = ctx.env.newTruffleThreadBuilder(r).stackSize(SchedConfig.DEFAULT_STACK_SIZE).build();
        Thread.UncaughtExceptionHandler truffles = t.getUncaughtExceptionHandler();
        t.setUncaughtExceptionHandler((thread, e) -> {
            if (!OutOfMemory.isAftermath(e)) {
                truffles.uncaughtException(thread, e);
            }
        });
        return t;
    }

    /** The program's scheduler, set up from its environment (GOMAXPROCS, GODEBUG, GOTRUFFLE_PREEMPT_US). */
    public static Sched newSched(GoContext ctx) {
        Map<String, String> env = ctx.environment();
        SchedConfig.Builder cfg = SchedConfig.builder()
                .err(new PrintStream(new ErrStream(ctx), true))
                .threadFactory(r -> newM(ctx, r))
                .traceback((gp, err) -> err.print(Goroutines.traceback(gp)));
        String procs = env.get("GOMAXPROCS");
        if (procs != null) {
            cfg.gomaxprocsEnv(procs);
        }
        String godebug = env.get("GODEBUG");
        if (godebug != null) {
            cfg.godebug(godebug);
        }
        String quantum = env.get("GOTRUFFLE_PREEMPT_US");
        if (quantum != null) {
            cfg.preemptQuantumNanos(Long.parseLong(quantum) * 1000);
        }
        Sched sched = new Sched(cfg.build());
        ctx.setSched(sched);
        return sched;
    }

    /** stderr for the scheduler's own reports (deadlock, fatal errors, schedtrace), after flushing stdout. */
    private static final class ErrStream extends OutputStream {
        private final GoContext ctx;

        ErrStream(GoContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public void write(int b) {
            write(new byte[]{(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            char[] c = new char[len];
            for (int i = 0; i < len; i++) {
                c[i] = (char) (b[off + i] & 0xFF);
            }
            ctx.writeErr(new String(c));
        }
    }
}
