package gotruffle.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import gotruffle.runtime.sched.G;

/**
 * Cooperative preemption points (Go 1.14+ behaviour: a goroutine in a tight loop still yields).
 * The scheduler's sysmon sets a flag on the goroutine and counts it in a JVM-wide counter;
 * polling costs one load of that counter and a predictable branch at loop back-edges and
 * function entries. The same poll unwinds a goroutine the REPL interrupts.
 */
public final class Preemption {
    private Preemption() {}

    public static final class Poll extends Node {
        public void poll(VirtualFrame frame) {
            if (G.anyPreemptPending()) {
                G g = ((Fiber) frame.getArguments()[0]).g;
                // a time slice that ran out still grants some polls to cold (interpreted) code
                boolean compiled = CompilerDirectives.inCompiledCode();
                if (g.preemptRequested() && (compiled ? g.pollMustYieldCompiled() : g.pollMustYield())) {
                    doYield(g, compiled);
                }
            }
        }

        @CompilerDirectives.TruffleBoundary
        private static void doYield(G g, boolean compiled) {
            if (compiled) {
                g.yieldPreempted();
            } else {
                g.yieldIfPreempted();
            }
            if (g.takeUnwind()) {
                // the REPL stops this goroutine (Ctrl-C, :kill): unwind like runtime.Goexit
                throw GoPanic.interrupt();
            }
        }
    }
}
