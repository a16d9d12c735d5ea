package gotruffle.nodes.expr;

import com.oracle.truffle.api.frame.VirtualFrame;
import gotruffle.nodes.ExprNode;

/** x == nil / x != nil: nil is Java's null for every type that has it. */
public final class NilCompareNode extends ExprNode {
    @Child private ExprNode x;
    private final boolean eq;

    public NilCompareNode(ExprNode x, boolean eq) {
        this.x = x;
        this.eq = eq;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return executeBoolean(frame);
    }

    @Override
    public boolean executeBoolean(VirtualFrame frame) {
        return (x.execute(frame) == null) == eq;
    }
}
