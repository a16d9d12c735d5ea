package gotruffle.nodes.expr;

import com.oracle.truffle.api.frame.VirtualFrame;
import gotruffle.nodes.ExprNode;
import gotruffle.types.Type;

/** A type switch's case test: is the interface's dynamic type T (or does it implement interface T)? */
public final class TypeTestNode extends ExprNode {
    @Child private TypeAssertNode test;

    public TypeTestNode(ExprNode x, Type t, Type src) {
        this.test = new TypeAssertNode(x, src, t, true);
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return executeBoolean(frame);
    }

    @Override
    public boolean executeBoolean(VirtualFrame frame) {
        return (Boolean) ((Object[]) test.execute(frame))[1];
    }
}
