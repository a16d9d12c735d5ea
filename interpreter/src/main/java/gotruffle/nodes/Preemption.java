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
            if (CompilerDirectives.injectBranchProbability(CompilerDirectives.SLOWPATH_PROBABILITY, G.anyPreemptPending())) {
                G g = ((Fiber) frame.getArguments()[0]).g;
                if (g.preemptRequested()) {
                    if (CompilerDirectives.inCompiledCode()) {
                        // out of line: inlined, the grace and count bookkeeping was over half the
                        // IR of a compiled loop (twice per nested loop), for a path taken rarely
                        yieldCompiled(g);
                    } else if (g.pollMustYield()) {
                        // a time slice that ran out still grants some polls to cold (interpreted) code
                        doYield(g, false);
                    }
                }
            }
        }

        @CompilerDirectives.TruffleBoundary
        private static void yieldCompiled(G g) {
            if (g.pollMustYieldCompiled()) {
                doYield(g, true);
            }
        }

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
