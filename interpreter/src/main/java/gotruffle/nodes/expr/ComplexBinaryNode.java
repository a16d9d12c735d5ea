package gotruffle.nodes.expr;

import com.oracle.truffle.api.frame.VirtualFrame;
import gotruffle.nodes.ExprNode;
import gotruffle.values.GoComplex;

/**
 * complex64/complex128 arithmetic. complex64 results are rounded to float32 per part after each
 * operation (products and quotients are computed in float64 first, as Go does); division follows
 * Go's runtime complex128div (Smith's algorithm plus C99's fix-ups for infinities and zeros).
 */
public final class ComplexBinaryNode extends ExprNode {
    public enum Op { ADD, SUB, MUL, DIV }

    private final Op op;
    private final boolean c64;
    @Child private ExprNode left;
    @Child private ExprNode right;

    public ComplexBinaryNode(Op op, boolean c64, ExprNode left, ExprNode right) {
        this.op = op;
        this.c64 = c64;
        this.left = left;
        this.right = right;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        GoComplex x = (GoComplex) left.execute(frame);
        GoComplex y = (GoComplex) right.execute(frame);
        return apply(op, c64, x, y);
    }

    public static GoComplex apply(Op op, boolean c64, GoComplex x, GoComplex y) {
        GoComplex r = switch (op) {
            case ADD -> new GoComplex(x.re + y.re, x.im + y.im);
            case SUB -> new GoComplex(x.re - y.re, x.im - y.im);
            // complex64 products are computed in float64 and rounded once, like Go's compiler does
            case MUL -> new GoComplex(x.re * y.re - x.im * y.im, x.re * y.im + x.im * y.re);
            case DIV -> div(x, y);
        };
        return c64 ? r.toComplex64() : r;
    }

    public static GoComplex div(GoComplex n, GoComplex m) {
        double e, f;
        if (Math.abs(m.re) >= Math.abs(m.im)) {
            double ratio = m.im / m.re;
            double denom = m.re + ratio * m.im;
            e = (n.re + n.im * ratio) / denom;
            f = (n.im - n.re * ratio) / denom;
        } else {
            double ratio = m.re / m.im;
            double denom = m.im + ratio * m.re;
            e = (n.re * ratio + n.im) / denom;
            f = (n.im * ratio - n.re) / denom;
        }
        if (Double.isNaN(e) && Double.isNaN(f)) {
            double a = n.re, b = n.im, c = m.re, d = m.im;
            double inf = Double.POSITIVE_INFINITY;
            if (c == 0 && d == 0 && (!Double.isNaN(a) || !Double.isNaN(b))) {
                e = Math.copySign(inf, c) * a;
                f = Math.copySign(inf, c) * b;
            } else if ((Double.isInfinite(a) || Double.isInfinite(b)) && Double.isFinite(c) && Double.isFinite(d)) {
                a = infToOne(a);
                b = infToOne(b);
                e = inf * (a * c + b * d);
                f = inf * (b * c - a * d);
            } else if ((Double.isInfinite(c) || Double.isInfinite(d)) && Double.isFinite(a) && Double.isFinite(b)) {
                c = infToOne(c);
                d = infToOne(d);
                e = 0 * (a * c + b * d);
                f = 0 * (b * c - a * d);
            }
        }
        return new GoComplex(e, f);
    }

    private static double infToOne(double v) {
        return Math.copySign(Double.isInfinite(v) ? 1.0 : 0.0, v);
    }
}
