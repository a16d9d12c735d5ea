package gotruffle.nodes.expr;

import com.oracle.truffle.api.frame.VirtualFrame;
import gotruffle.nodes.ExprNode;
import gotruffle.values.Values;

/** Materializes an aggregate value (struct/array) as a new object: Go's value semantics on stores. */
public final class CopyNode extends ExprNode {
    @Child private ExprNode x;

    public CopyNode(ExprNode x) {
        this.x = x;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return Values.copyAggregate(x.execute(frame));
    }
}
