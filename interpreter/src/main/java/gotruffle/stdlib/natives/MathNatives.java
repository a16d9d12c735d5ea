package gotruffle.stdlib.natives;

import gotruffle.nodes.call.FloatNative;
import gotruffle.nodes.call.Native;
import gotruffle.stdlib.algo.GoAmd64Math;
import gotruffle.stdlib.algo.GoMath;

import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/** Natives of package math. */
public final class MathNatives {
    private MathNatives() {}

    public static void register(Map<String, Native> t) {
        t.put("math.Inf", (ctx, fiber, a) -> (Long) a[0] >= 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY);
        t.put("math.NaN", (ctx, fiber, a) -> GoMath.NAN);
        t.put("math.Float64bits", (ctx, fiber, a) -> Double.doubleToRawLongBits((Double) a[0]));
        t.put("math.Float64frombits", (ctx, fiber, a) -> Double.longBitsToDouble((Long) a[0]));
        t.put("math.Float32bits", (ctx, fiber, a) -> (long) Float.floatToRawIntBits((float) (double) (Double) a[0]) & 0xFFFFFFFFL);
        t.put("math.Float32frombits", (ctx, fiber, a) -> (double) Float.intBitsToFloat((int) (long) (Long) a[0]));
        t.put("math.Signbit", (ctx, fiber, a) -> GoMath.signbit((Double) a[0]));
        t.put("math.Abs", new FloatNative.Unary(Math::abs, true));
        t.put("math.Copysign", new FloatNative.Binary(Math::copySign, true));
        t.put("math.Sqrt", new FloatNative.Unary(Math::sqrt, true));
        unary(t, "Cbrt", GoMath::cbrt);
        binary(t, "Pow", GoMath::pow);
        t.put("math.Pow10", (ctx, fiber, a) -> {
            long n = (Long) a[0];
            if (n < -323) {
                return 0.0;
            }
            if (n > 308) {
                return Double.POSITIVE_INFINITY;
            }
            // Go multiplies two table entries (each a correctly rounded power of ten).
            if (n >= 0) {
                return Double.parseDouble("1e" + (n / 32 * 32)) * Double.parseDouble("1e" + (n % 32));
            }
            long m = -n;
            return Double.parseDouble("1e-" + (m / 32 * 32)) / Double.parseDouble("1e" + (m % 32));
        });
        unary(t, "Exp", GoAmd64Math::exp);
        unary(t, "Exp2", GoMath::exp2);
        unary(t, "Expm1", StrictMath::expm1);
        unary(t, "Log", GoAmd64Math::log);
        unary(t, "Log2", GoMath::log2);
        unary(t, "Log10", GoMath::log10);
        unary(t, "Log1p", x -> x < -1 || Double.isNaN(x) ? GoMath.NAN : StrictMath.log1p(x));
        unary(t, "Logb", x -> {
            if (x == 0) {
                return Double.NEGATIVE_INFINITY;
            }
            if (Double.isInfinite(x)) {
                return Double.POSITIVE_INFINITY;
            }
            if (Double.isNaN(x)) {
                return x;
            }
            return ilogb(x);
        });
        t.put("math.Ilogb", (ctx, fiber, a) -> {
            double x = (Double) a[0];
            if (x == 0) {
                return (long) Integer.MIN_VALUE;
            }
            if (Double.isNaN(x)) {
                return (long) Integer.MAX_VALUE;
            }
            if (Double.isInfinite(x)) {
                return (long) Integer.MAX_VALUE;
            }
            return (long) ilogb(x);
        });
        t.put("math.Floor", new FloatNative.Unary(Math::floor, true));
        t.put("math.Ceil", new FloatNative.Unary(Math::ceil, true));
        unary(t, "Trunc", x -> Double.isNaN(x) || Double.isInfinite(x) ? x : (x < 0 ? Math.ceil(x) : Math.floor(x)));
        unary(t, "Round", GoMath::round);
        unary(t, "RoundToEven", GoMath::roundToEven);
        binary(t, "Mod", (x, y) -> {
            if (y == 0 || Double.isInfinite(x) || Double.isNaN(x) || Double.isNaN(y)) {
                return GoMath.NAN;
            }
            return x % y; // fmod is exact, so Go's loop and Java's % agree
        });
        binary(t, "Remainder", (x, y) -> {
            if (Double.isNaN(x) || Double.isNaN(y) || Double.isInfinite(x) || y == 0) {
                return GoMath.NAN;
            }
            if (Double.isInfinite(y)) {
                return x;
            }
            return Math.IEEEremainder(x, y);
        });
        binary(t, "Max", GoMath::max);
        binary(t, "Min", GoMath::min);
        binary(t, "Dim", (x, y) -> {
            double v = x - y;
            return v <= 0 ? 0 : v;
        });
        binary(t, "Hypot", GoMath::hypot);
        t.put("math.FMA", (ctx, fiber, a) -> Math.fma((Double) a[0], (Double) a[1], (Double) a[2]));
        unary(t, "Sin", GoMath::sin);
        unary(t, "Cos", GoMath::cos);
        unary(t, "Tan", GoMath::tan);
        unary(t, "Asin", GoMath::asin);
        unary(t, "Acos", GoMath::acos);
        unary(t, "Atan", GoMath::atan);
        binary(t, "Atan2", GoMath::atan2);
        unary(t, "Sinh", GoMath::sinh);
        unary(t, "Cosh", GoMath::cosh);
        unary(t, "Tanh", GoMath::tanh);
        unary(t, "Asinh", GoMath::asinh);
        unary(t, "Acosh", GoMath::acosh);
        unary(t, "Atanh", GoMath::atanh);
        t.put("math.Modf", (ctx, fiber, a) -> {
            double f = (Double) a[0];
            return new Object[]{GoMath.modfInt(f), GoMath.modfFrac(f)};
        });
        t.put("math.Frexp", (ctx, fiber, a) -> {
            long[] e = new long[1];
            double frac = GoMath.frexp((Double) a[0], e);
            return new Object[]{frac, e[0]};
        });
        t.put("math.Ldexp", (ctx, fiber, a) -> GoMath.ldexp((Double) a[0], (Long) a[1]));
        binary(t, "Nextafter", (x, y) -> {
            if (Double.isNaN(x) || Double.isNaN(y)) {
                return GoMath.NAN;
            }
            if (x == y) {
                return x;
            }
            if (x == 0) {
                return Math.copySign(Double.MIN_VALUE, y);
            }
            long b = Double.doubleToRawLongBits(x);
            return Double.longBitsToDouble((y > x) == (x > 0) ? b + 1 : b - 1);
        });
        t.put("math.Nextafter32", (ctx, fiber, a) -> {
            float x = (float) (double) (Double) a[0];
            float y = (float) (double) (Double) a[1];
            if (Float.isNaN(x) || Float.isNaN(y)) {
                return (double) (float) GoMath.NAN;
            }
            if (x == y) {
                return (double) x;
            }
            if (x == 0) {
                return (double) Math.copySign(Float.MIN_VALUE, y);
            }
            int b = Float.floatToRawIntBits(x);
            return (double) Float.intBitsToFloat((y > x) == (x > 0) ? b + 1 : b - 1);
        });
    }

    /** Go's ilogb for finite non-zero x: the binary exponent, subnormals normalised. */
    private static int ilogb(double x) {
        return Math.getExponent(x) == Double.MIN_EXPONENT - 1
                ? Math.getExponent(x * 0x1p52) - 52
                : Math.getExponent(x);
    }

    private static void unary(Map<String, Native> t, String name, DoubleUnaryOperator f) {
        t.put("math." + name, new FloatNative.Unary(f, false));
    }

    private static void binary(Map<String, Native> t, String name, DoubleBinaryOperator f) {
        t.put("math." + name, new FloatNative.Binary(f, false));
    }
}
