package gotruffle.nodes.conc;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;
import gotruffle.nodes.ExprNode;
import gotruffle.nodes.SourceLines;
import gotruffle.nodes.StmtNode;
import gotruffle.runtime.GoRuntimePanic;
import gotruffle.runtime.chan.Chan;
import gotruffle.runtime.chan.Recv;
import gotruffle.runtime.chan.Select;
import gotruffle.runtime.chan.SelectCase;
import gotruffle.runtime.chan.SelectResult;
import gotruffle.runtime.sched.G;

/**
 * select: channel operands and sent values are evaluated in source order, then selectgo picks a
 * ready case at random (or blocks on all). The received value and ok flag go to two slots that
 * the chosen clause's assignment reads, then that clause's body runs.
 */
public final class SelectNode extends StmtNode implements SourceLines.ChildLines {
    /** Line of each case's clause, for stack walks (a panic evaluating a case's channel). */
    public int[] caseLines;

    @Override
    public int lineOf(Node child) {
        for (int i = 0; caseLines != null && i < chans.length && i < caseLines.length; i++) {
            if (chans[i] == child || (sendValues[i] != null && sendValues[i] == child)) {
                return caseLines[i];
            }
        }
        return 0;
    }

    @Children private final ExprNode[] chans;
    @Children private final ExprNode[] sendValues; // null entries for receive cases
    @Children private final StmtNode[] bodies; // per case; the last one is default when hasDefault
    private final boolean hasDefault;
    private final int valueSlot;
    private final int okSlot;

    public SelectNode(ExprNode[] chans, ExprNode[] sendValues, StmtNode[] bodies, boolean hasDefault, int valueSlot, int okSlot) {
        this.chans = chans;
        this.sendValues = sendValues;
        this.bodies = bodies;
        this.hasDefault = hasDefault;
        this.valueSlot = valueSlot;
        this.okSlot = okSlot;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        SelectCase[] cases = new SelectCase[chans.length];
        for (int i = 0; i < chans.length; i++) {
            Chan c = (Chan) chans[i].execute(frame);
            cases[i] = sendValues[i] != null ? SelectCase.send(c, sendValues[i].execute(frame)) : SelectCase.recv(c);
        }
        SelectResult r = select(Goroutines.g(frame), cases);
        int chosen = r.index() < 0 ? chans.length : r.index();
        frame.setObject(valueSlot, r.value());
        frame.setObject(okSlot, r.ok());
        for (int i = 0; i < bodies.length; i++) {
            if (i == chosen) {
                bodies[i].executeVoid(frame);
                return;
            }
        }
    }

    @TruffleBoundary
    private SelectResult select(G g, SelectCase[] cases) {
        if (cases.length == 0 && !hasDefault) {
            Select.block(g);
        }
        try {
            if (cases.length == 1) {
                // Go compiles a one-case select to the plain channel operation (so a deadlock
                // reports "chan receive", not "select"), and one case + default to selectnb*
                SelectCase c = cases[0];
                if (c.isSend()) {
                    if (!hasDefault) {
                        Chan.chansend(g, c.c(), c.value());
                        return new SelectResult(0, null, false);
                    }
                    return Chan.selectnbsend(g, c.c(), c.value()) ? new SelectResult(0, null, false) : new SelectResult(-1, null, false);
                }
                if (!hasDefault) {
                    Recv r = Chan.chanrecv2(g, c.c());
                    return new SelectResult(0, r.value(), r.ok());
                }
                Recv r = Chan.selectnbrecv(g, c.c());
                return r == null ? new SelectResult(-1, null, false) : new SelectResult(0, r.value(), r.ok());
            }
            return Select.selectgo(g, cases, hasDefault);
        } catch (GoRuntimePanic e) {
            throw ChanNodes.panic(e, this);
        }
    }
}
