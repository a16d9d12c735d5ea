package gotruffle.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import gotruffle.nodes.ExprNode;
import gotruffle.nodes.call.FloatNative;

/**
 * A direct call of a FloatNative (math.Sqrt(x), math.Pow(x, y)) as an expression node: the
 * arguments stay unboxed and no call target, argument array or frame is involved.
 */
public final class FloatIntrinsicNode extends ExprNode {
    private final FloatNative fn;
    @Child private ExprNode x;
    @Child private ExprNode y; // null for unary functions

    public FloatIntrinsicNode(FloatNative fn, ExprNode x, ExprNode y) {
        this.fn = fn;
        this.x = x;
        this.y = y;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return executeDouble(frame);
    }

    @Override
    public double executeDouble(VirtualFrame frame) {
        double a = x.executeDouble(frame);
        if (fn instanceof FloatNative.Unary u) {
            return u.inline() ? u.f().applyAsDouble(a) : apply(u, a);
        }
        FloatNative.Binary b = (FloatNative.Binary) fn;
        double c = y.executeDouble(frame);
        return b.inline() ? b.f().applyAsDouble(a, c) : apply(b, a, c);
    }

    @TruffleBoundary
    private static double apply(FloatNative.Unary u, double a) {
        return u.f().applyAsDouble(a);
    }

    @TruffleBoundary
    private static double apply(FloatNative.Binary b, double a, double c) {
        return b.f().applyAsDouble(a, c);
    }
}
