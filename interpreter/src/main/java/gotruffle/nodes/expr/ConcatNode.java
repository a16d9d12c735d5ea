package gotruffle.nodes.expr;

import com.oracle.truffle.api.frame.VirtualFrame;
import gotruffle.nodes.ExprNode;
import gotruffle.values.GoStrings;

/** String concatenation (byte-strings concatenate as Java strings; either operand may be a view). */
public final class ConcatNode extends ExprNode {
    @Child private ExprNode left;
    @Child private ExprNode right;

    public ConcatNode(ExprNode left, ExprNode right) {
        this.left = left;
        this.right = right;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return GoStrings.concat(left.execute(frame), right.execute(frame));
    }
}
