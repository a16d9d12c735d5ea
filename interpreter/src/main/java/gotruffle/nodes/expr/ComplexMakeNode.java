package gotruffle.nodes.expr;

import com.oracle.truffle.api.frame.VirtualFrame;
import gotruffle.nodes.ExprNode;
import gotruffle.values.GoComplex;

/** The builtin complex(r, i) on float operands; complex64 when the operands are float32. */
public final class ComplexMakeNode extends ExprNode {
    private final boolean c64;
    @Child private ExprNode re;
    @Child private ExprNode im;

    public ComplexMakeNode(boolean c64, ExprNode re, ExprNode im) {
        this.c64 = c64;
        this.re = re;
        this.im = im;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        double r = re.executeDouble(frame);
        double i = im.executeDouble(frame);
        return c64 ? new GoComplex((float) r, (float) i) : new GoComplex(r, i);
    }
}
