package gotruffle.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

/**
 * Cooperative preemption points (Go 1.14+ behaviour: a goroutine in a tight loop still yields).
 * The scheduler's sysmon sets a volatile flag on the goroutine; polling it costs one load and
 * a predictable branch at loop back-edges and function entries.
 */
public final class Preemption {
    private Preemption() {}

    /** Hook set by the scheduler integration; checks the flag of the fiber's goroutine. */
    public interface Hook {
        boolean requested(Fiber fiber);

        void yield(Fiber fiber);
    }

    private static volatile Hook hook;

    public static void install(Hook h) {
        hook = h;
    }

    public static final class Poll extends Node {
        public void poll(VirtualFrame frame) {
            Hook h = hook;
            if (h != null) {
                Fiber f = (Fiber) frame.getArguments()[0];
                if (h.requested(f)) {
                    CompilerDirectives.transferToInterpreter();
                    h.yield(f);
                }
            }
        }
    }
}
