package gotruffle.nodes.conc;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import gotruffle.nodes.GoStack;
import gotruffle.nodes.call.DeferredCall;
import gotruffle.nodes.call.FuncRootNode;
import gotruffle.GoContext;
import gotruffle.nodes.Fiber;
import gotruffle.nodes.GoPanic;
import gotruffle.nodes.OutOfMemory;
import gotruffle.nodes.PanicPrinter;
import gotruffle.nodes.control.ExitException;
import gotruffle.nodes.control.GoStackOverflow;
import gotruffle.runtime.sched.G;
import gotruffle.runtime.sched.GoBody;
import gotruffle.runtime.sched.Goexit;
import gotruffle.runtime.sched.Sched;
import gotruffle.runtime.sched.StackOverflowExit;

/**
 * The glue between interpreted code and the scheduler: the running goroutine is the G of the
 * Fiber passed as frame argument 0 (never the current thread: a goroutine may resume on another
 * M), and a goroutine's body runs a Go function with Go's handling of its end.
 */
public final class Goroutines {
    private Goroutines() {}

    public static G g(VirtualFrame frame) {
        return ((Fiber) frame.getArguments()[0]).g;
    }

    public static G g(Fiber f) {
        return f.g;
    }

    /** The body of a goroutine started by go f(args): runs f; a panic ends the program like Go. */
    public static GoBody body(GoContext ctx, CallTarget target, Object env, Object[] args) {
        return body(ctx, target, env, args, null);
    }

    /** createdBy: the go statement, for the traceback's "created by" line. */
    public static GoBody body(GoContext ctx, CallTarget target, Object env, Object[] args, Node createdBy) {
        return new CallBody(ctx, target, env, args, createdBy);
    }

    /**
     * go f(args) as one class rather than nested lambdas: every Java frame between the
     * continuation's entry and the park is copied into a parked goroutine's stack chunk, so the
     * call is made from here directly, and this is the continuation's entry itself (GoBody.entry:
     * no G.run frame under it; bench/parked.go: 100k parked goroutines).
     */
    private static final class CallBody implements GoBody, Runnable {
        private final GoContext ctx;
        private final CallTarget target;
        /** The call's arguments {fiber, env, args...}, built once: slot 0 is filled when the goroutine starts. */
        private final Object[] call;
        private final Node createdBy;
        /** The goroutine this body is the entry of. */
        private G g;

        CallBody(GoContext ctx, CallTarget target, Object env, Object[] args, Node createdBy) {
            this.ctx = ctx;
            this.target = target;
            this.call = new Object[args.length + 2];
            call[1] = env;
            System.arraycopy(args, 0, call, 2, args.length);
            this.createdBy = createdBy;
        }

        @Override
        public Runnable entry(G gp) {
            this.g = gp;
            return this;
        }

        @Override
        public void run(G gp) {
            this.g = gp;
            run();
        }

        /** The continuation's entry: G.run and the call in one frame. */
        @Override
        public void run() {
            G gp = g;
            Fiber f = newFiber(gp, createdBy);
            call[0] = f;
            try {
                // with no call site (not call(args)): its frame, which saves and restores Truffle's
                // encapsulating node, is the largest of a parked goroutine's Truffle call path
                target.call((Node) null, call);
            } catch (RuntimeException | Error e) {
                try {
                    ended(ctx, gp, f, e);
                } catch (Throwable t) {
                    gp.bodyEnded(t);
                }
            }
        }
    }

    /** The body of a goroutine started by go of a builtin (go close(ch)): runs its action. */
    public static GoBody body(GoContext ctx, DeferredCall call, Node createdBy) {
        return g -> {
            Fiber f = newFiber(g, createdBy);
            run(ctx, g, f, () -> call.invoke(f));
        };
    }

    private static Fiber newFiber(G g, Node createdBy) {
        Fiber f = new Fiber(g, g.id());
        f.createdBy = createdBy;
        g.interpData = f;
        return f;
    }

    static {
        OutOfMemory.prepare(); // its reserve is needed when the heap runs out
    }

    /** Runs code on goroutine g and turns its Go-level ending (panic, os.Exit, stack overflow) into the scheduler's. */
    public static void run(GoContext ctx, G g, Fiber f, Runnable code) {
        try {
            code.run();
        } catch (RuntimeException | Error e) {
            ended(ctx, g, f, e);
        }
    }

    /** A goroutine's code ended with {@code e}: Go's ending for a panic, os.Exit or stack overflow; anything else goes on. */
    private static void ended(GoContext ctx, G g, Fiber f, Throwable e) {
        Sched s = g.sched();
        if (e instanceof GoPanic p) {
            if (p.goexit && p.previous == null) {
                // runtime.Goexit: deferred calls have run; the scheduler ends the goroutine
                throw new Goexit();
            }
            if (!ctx.isSession()) {
                s.startPanicking(); // before the count drops: main must not exit(0) meanwhile
            }
            FuncRootNode.Defers.uncountDefers(f, p);
            if (!s.isExiting()) {
                ctx.writeErr(panicReport(ctx, g, f, p));
            }
            if (ctx.isSession()) {
                throw new Goexit(); // a REPL session outlives a goroutine's panic
            }
            s.exit(g, 2);
        } else if (e instanceof ExitException x) {
            ctx.flushOut();
            s.exit(g, x.code);
        } else if (e instanceof StackOverflowError || e instanceof GoStackOverflow) {
            if (ctx.isSession()) {
                if (!s.isExiting()) {
                    ctx.writeErr(StackOverflowExit.report(g.id()));
                }
                throw new Goexit();
            }
            if (s.claimFatal()) { // the scheduler may have reported it already (StackOverflowExit)
                ctx.writeErr(StackOverflowExit.report(g.id()));
                s.endFatal(g);
            } else {
                s.exit(g, 2);
            }
        } else if (e instanceof Error && OutOfMemory.isHeapExhaustion(e)) {
            throw OutOfMemory.heapExhausted(ctx, f);
        } else if (e instanceof RuntimeException r) {
            throw r;
        } else {
            throw (Error) e;
        }
    }

    /** Go's report of a panic that ended goroutine g: the panics, the header, the frames it left, where g was created. */
    public static String panicReport(GoContext ctx, G g, Fiber f, GoPanic p) {
        StringBuilder sb = new StringBuilder(PanicPrinter.report(ctx, f, p, g.id()));
        GoStack.print(sb, GoStack.of(p));
        printCreatedBy(sb, f);
        return sb.toString();
    }

    /** Go's "created by F" lines of a goroutine's traceback (nothing for main). */
    public static void printCreatedBy(StringBuilder sb, Fiber f) {
        if (f == null || f.createdBy == null) {
            return;
        }
        GoStack.Frame at = GoStack.frame(f.createdBy.getRootNode(), f.createdBy);
        if (at != null) {
            sb.append("created by ").append(at.function()).append('\n');
            sb.append('\t').append(at.file()).append(':').append(at.line()).append(" +0x0\n");
        }
    }

    /**
     * The frames under a goroutine's header in a fatal error report. The goroutine running on
     * this thread (the one that hit the error) is walked. A parked goroutine's frames live in its
     * continuation, which Truffle's frame walk cannot reach from another thread (and keeping a
     * shadow stack would cost every call), so for it only what was kept cheaply is shown: where
     * it was created.
     */
    public static String traceback(G gp) {
        StringBuilder sb = new StringBuilder();
        if (gp.interpData instanceof Fiber f) {
            if (f.fatalStack != null) {
                GoStack.print(sb, f.fatalStack);
            } else if (gp.runningOnCurrentThread()) {
                GoStack.print(sb, GoStack.current(f));
            }
            printCreatedBy(sb, f);
        }
        return sb.toString();
    }
}
