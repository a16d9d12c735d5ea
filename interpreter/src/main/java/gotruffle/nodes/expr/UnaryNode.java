package gotruffle.nodes.expr;

import com.oracle.truffle.api.frame.VirtualFrame;
import gotruffle.nodes.ExprNode;
import gotruffle.types.Kind;

/** -x, ^x, !x on integers, floats, booleans. */
public final class UnaryNode extends ExprNode {
    public enum Op { NEG_INT, NEG_FLOAT, COMPLEMENT, NOT }

    private final Op op;
    private final Kind kind;
    @Child private ExprNode x;

    public UnaryNode(Op op, Kind kind, ExprNode x) {
        this.op = op;
        this.kind = kind;
        this.x = x;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return switch (op) {
            case NEG_INT, COMPLEMENT -> executeLong(frame);
            case NEG_FLOAT -> executeDouble(frame);
            case NOT -> executeBoolean(frame);
        };
    }

    @Override
    public long executeLong(VirtualFrame frame) {
        long v = x.executeLong(frame);
        return IntNorm.norm(kind, op == Op.NEG_INT ? -v : ~v);
    }

    @Override
    public double executeDouble(VirtualFrame frame) {
        return -x.executeDouble(frame);
    }

    @Override
    public boolean executeBoolean(VirtualFrame frame) {
        return !x.executeBoolean(frame);
    }
}
