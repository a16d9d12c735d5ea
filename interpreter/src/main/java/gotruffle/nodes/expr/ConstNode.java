package gotruffle.nodes.expr;

import com.oracle.truffle.api.frame.VirtualFrame;
import gotruffle.nodes.ExprNode;

/** A constant value (typed constants are folded by the checker; this carries the result). */
public final class ConstNode extends ExprNode {
    private final Object value;
    private final long longValue;
    private final double doubleValue;

    public ConstNode(Object value) {
        this.value = value;
        this.longValue = value instanceof Long l ? l : 0;
        this.doubleValue = value instanceof Double d ? d : 0;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return value;
    }

    @Override
    public long executeLong(VirtualFrame frame) {
        return longValue;
    }

    @Override
    public double executeDouble(VirtualFrame frame) {
        return doubleValue;
    }

    @Override
    public boolean executeBoolean(VirtualFrame frame) {
        return (Boolean) value;
    }
}
