package gotruffle.nodes.expr;

import com.oracle.truffle.api.frame.VirtualFrame;
import gotruffle.nodes.ExprNode;
import gotruffle.types.Type;
import gotruffle.values.Values;

/** The zero value of a type, as a variable declared without a value starts: a fresh copy per evaluation for aggregates (they must not be shared). */
public final class ZeroNode extends ExprNode {
    private final Object zero;
    private final boolean aggregate;

    public ZeroNode(Type type) {
        this.zero = Values.zero(type);
        this.aggregate = type.isAggregate();
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return aggregate ? Values.copyAggregate(zero) : zero;
    }

    @Override
    public long executeLong(VirtualFrame frame) {
        return 0;
    }

    @Override
    public double executeDouble(VirtualFrame frame) {
        return 0;
    }

    @Override
    public boolean executeBoolean(VirtualFrame frame) {
        return false;
    }
}
