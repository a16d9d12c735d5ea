package gotruffle.nodes.call;

import gotruffle.GoContext;
import gotruffle.nodes.Fiber;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * A native float64 function of one or two float64 arguments (math.Sqrt, math.Pow...). Besides
 * the ordinary native call, the compiler turns a direct call to one into an intrinsic node
 * (builtins.FloatIntrinsicNode) that passes the float unboxed; {@code inline} says whether
 * compiled code may inline the Java function (small, branch-light code) or must call it.
 */
public sealed interface FloatNative extends Native {
    boolean inline();

    record Unary(DoubleUnaryOperator f, boolean inline) implements FloatNative {
        @Override
        public Object call(GoContext ctx, Fiber fiber, Object[] a) {
            return f.applyAsDouble((Double) a[0]);
        }
    }

    record Binary(DoubleBinaryOperator f, boolean inline) implements FloatNative {
        @Override
        public Object call(GoContext ctx, Fiber fiber, Object[] a) {
            return f.applyAsDouble((Double) a[0], (Double) a[1]);
        }
    }
}
