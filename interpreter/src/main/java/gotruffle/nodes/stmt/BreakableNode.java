package gotruffle.nodes.stmt;

import com.oracle.truffle.api.frame.VirtualFrame;
import gotruffle.nodes.StmtNode;
import gotruffle.nodes.control.BreakException;

/** A switch, select or labeled block that a break leaves. */
public final class BreakableNode extends StmtNode {
    @Child StmtNode body; // (TailReturns reads it)
    private final Object target;

    public BreakableNode(StmtNode body, Object target) {
        this.body = body;
        this.target = target;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        try {
            body.executeVoid(frame);
        } catch (BreakException b) {
            if (b.target != target) {
                throw b;
            }
        }
    }
}
