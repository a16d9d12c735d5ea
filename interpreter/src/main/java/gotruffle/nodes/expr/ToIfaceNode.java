package gotruffle.nodes.expr;

import com.oracle.truffle.api.frame.VirtualFrame;
import gotruffle.nodes.ExprNode;
import gotruffle.types.Type;
import gotruffle.values.Iface;

/** Conversion of a concrete value to an interface: pairs it with its static (now dynamic) type. */
public final class ToIfaceNode extends ExprNode {
    private final Type type;
    @Child private ExprNode x;

    public ToIfaceNode(Type type, ExprNode x) {
        this.type = type;
        this.x = x;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return new Iface(type, x.execute(frame));
    }
}
