package gotruffle.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

/**
 * A Go expression. The checker knows every static type, so a parent calls the execute method of
 * the value's representation (long for every integer kind, double for floats, boolean) and the
 * node for that type overrides it without boxing; execute() is the boxed, generic path.
 */
public abstract class ExprNode extends Node {
    public abstract Object execute(VirtualFrame frame);

    public long executeLong(VirtualFrame frame) {
        return (Long) execute(frame);
    }

    public double executeDouble(VirtualFrame frame) {
        return (Double) execute(frame);
    }

    public boolean executeBoolean(VirtualFrame frame) {
        return (Boolean) execute(frame);
    }
}
