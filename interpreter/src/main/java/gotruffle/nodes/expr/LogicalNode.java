package gotruffle.nodes.expr;

import com.oracle.truffle.api.frame.VirtualFrame;
import gotruffle.nodes.ExprNode;

/** && and || with short-circuit evaluation. */
public final class LogicalNode extends ExprNode {
    private final boolean and;
    @Child private ExprNode left;
    @Child private ExprNode right;

    public LogicalNode(boolean and, ExprNode left, ExprNode right) {
        this.and = and;
        this.left = left;
        this.right = right;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return executeBoolean(frame);
    }

    @Override
    public boolean executeBoolean(VirtualFrame frame) {
        boolean l = left.executeBoolean(frame);
        if (and) {
            return l && right.executeBoolean(frame);
        }
        return l || right.executeBoolean(frame);
    }
}
