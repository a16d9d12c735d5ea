package gotruffle.nodes.expr;

import com.oracle.truffle.api.frame.VirtualFrame;
import gotruffle.nodes.ExprNode;
import gotruffle.values.GoComplex;

/** Unary minus on a complex value: both parts negated (so -0 parts appear, as in Go). */
public final class ComplexNegNode extends ExprNode {
    @Child private ExprNode x;

    public ComplexNegNode(ExprNode x) {
        this.x = x;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        GoComplex c = (GoComplex) x.execute(frame);
        return new GoComplex(-c.re, -c.im);
    }
}
