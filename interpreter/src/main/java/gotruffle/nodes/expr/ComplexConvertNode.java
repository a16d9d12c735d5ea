package gotruffle.nodes.expr;

import com.oracle.truffle.api.frame.VirtualFrame;
import gotruffle.nodes.ExprNode;
import gotruffle.values.GoComplex;

/** Conversion between complex types: to complex64 rounds both parts to float32. */
public final class ComplexConvertNode extends ExprNode {
    private final boolean toC64;
    @Child private ExprNode x;

    public ComplexConvertNode(boolean toC64, ExprNode x) {
        this.toC64 = toC64;
        this.x = x;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        GoComplex c = (GoComplex) x.execute(frame);
        return toC64 ? c.toComplex64() : c;
    }
}
