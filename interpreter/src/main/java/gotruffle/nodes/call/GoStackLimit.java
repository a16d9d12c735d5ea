package gotruffle.nodes.call;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import gotruffle.GoContext;
import gotruffle.nodes.Fiber;
import gotruffle.nodes.ProgramRootNode;
import gotruffle.runtime.sched.G;
import gotruffle.runtime.sched.Sched;

/**
 * Go's limit on a goroutine's stack. Go grows a stack by doubling and stops with "goroutine
 * stack exceeds 1000000000-byte limit" when the next size would pass 1e9 bytes, i.e. when more
 * than 512 MiB are in use. Each Go call here adds an estimate of the frame Go would push (a
 * return address plus a word per frame slot: Go keeps locals, spilled arguments and
 * temporaries in its frame), but at least MIN_FRAME_BYTES: Go's small frames (24-64 bytes)
 * would allow 10-20 million activations, and an activation here costs far more than Go's
 * (1-2 KB of Java stack and heap while interpreted, ~100 bytes compiled), so the floor keeps
 * the deepest stack near a million small frames (about 1-2 GB at worst) and reached in seconds.
 */
public final class GoStackLimit {
    private GoStackLimit() {}

    /** Used bytes at which Go's stack cannot double any more (1 GiB would exceed 1e9). */
    public static final long MAX_STACK_BYTES = 512L << 20;

    /** 512 MiB / 512 B: 1,048,576 activations of a small function. */
    static final long MIN_FRAME_BYTES = 512;

    /**
     * Go ends the program at once, without unwinding. Unwinding a million frames here takes
     * long (each compiled activation deoptimizes as the exception passes), so the report is
     * printed and the exit requested before the caller throws: the program ends while the
     * goroutine unwinds. A REPL session outlives the overflow, so there the goroutine just
     * unwinds (Goroutines.run reports it).
     */
    /** Goroutines still unwinding after a stack overflow ended the program (see overflow). */
    private static final java.util.concurrent.atomic.AtomicInteger UNWINDING = new java.util.concurrent.atomic.AtomicInteger();

    /** The program ended while a goroutine still unwinds from a stack overflow: its thread may outlive the context. */
    public static boolean unwinding() {
        return UNWINDING.get() > 0;
    }

    /** Called by the goroutine that overflowed once it has unwound. */
    public static void unwound(Fiber fiber) {
        if (fiber.overflowed) {
            fiber.overflowed = false;
            UNWINDING.decrementAndGet();
        }
    }

    @TruffleBoundary
    static void overflow(Node node, Fiber fiber) {
        GoContext ctx = GoContext.get(node);
        if (ctx.isSession() || !(fiber.g instanceof G g)) {
            return;
        }
        Sched s = g.sched();
        if (!s.isExiting()) {
            ctx.writeErr(ProgramRootNode.stackOverflowReport(g.id()));
            fiber.overflowed = true;
            UNWINDING.incrementAndGet();
            s.exit(null, 2);
        }
    }

    static long frameBytes(int slots) {
        return Math.max(MIN_FRAME_BYTES, 8L + 8L * slots);
    }
}
