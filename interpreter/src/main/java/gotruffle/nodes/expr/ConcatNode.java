package gotruffle.nodes.expr;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import gotruffle.nodes.ExprNode;

/** String concatenation (byte-strings concatenate as Java strings). */
public final class ConcatNode extends ExprNode {
    @Child private ExprNode left;
    @Child private ExprNode right;

    public ConcatNode(ExprNode left, ExprNode right) {
        this.left = left;
        this.right = right;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return concat((String) left.execute(frame), (String) right.execute(frame));
    }

    @TruffleBoundary
    private static String concat(String a, String b) {
        return a.concat(b);
    }
}
