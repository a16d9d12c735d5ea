package gotruffle.nodes.expr;

import com.oracle.truffle.api.frame.VirtualFrame;
import gotruffle.nodes.ExprNode;
import gotruffle.nodes.RuntimePanics;

/**
 * An index or slice bound of a 64-bit unsigned type: passes the value through unchanged; it only
 * marks the operand so a failed bounds check prints it as Go does (unsigned, never negative).
 */
public final class UnsignedIndexNode extends ExprNode implements RuntimePanics.UnsignedOperand {
    @Child private ExprNode value;

    public UnsignedIndexNode(ExprNode value) {
        this.value = value;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return value.executeLong(frame);
    }

    @Override
    public long executeLong(VirtualFrame frame) {
        return value.executeLong(frame);
    }
}
