package gotruffle.nodes.expr;

import com.oracle.truffle.api.frame.VirtualFrame;
import gotruffle.nodes.ExprNode;

/** len/cap of an array or array pointer whose operand has calls or receives: the operand is evaluated, the result is the array's length. */
public final class EvalThenConstNode extends ExprNode {
    @Child private ExprNode operand;
    private final long value;

    public EvalThenConstNode(ExprNode operand, long value) {
        this.operand = operand;
        this.value = value;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return executeLong(frame);
    }

    @Override
    public long executeLong(VirtualFrame frame) {
        operand.execute(frame);
        return value;
    }
}
