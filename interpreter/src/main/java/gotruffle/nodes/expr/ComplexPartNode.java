package gotruffle.nodes.expr;

import com.oracle.truffle.api.frame.VirtualFrame;
import gotruffle.nodes.ExprNode;
import gotruffle.values.GoComplex;

/** The builtins real(c) and imag(c) on a non-constant complex value. */
public final class ComplexPartNode extends ExprNode {
    private final boolean imag;
    @Child private ExprNode x;

    public ComplexPartNode(boolean imag, ExprNode x) {
        this.imag = imag;
        this.x = x;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return executeDouble(frame);
    }

    @Override
    public double executeDouble(VirtualFrame frame) {
        GoComplex c = (GoComplex) x.execute(frame);
        return imag ? c.im : c.re;
    }
}
