package gotruffle.stdlib.natives;

import gotruffle.nodes.RuntimePanics;
import gotruffle.nodes.call.Native;

import java.math.BigInteger;
import java.util.Map;

/** Natives of math/bits: the 64-bit operations the JDK has as intrinsics, and 128/64 division. */
public final class BitsNatives {
    private BitsNatives() {}

    private static final BigInteger TWO64 = BigInteger.ONE.shiftLeft(64);

    public static void register(Map<String, Native> t) {
        t.put("math/bits.LeadingZeros64", (ctx, f, a) -> (long) Long.numberOfLeadingZeros((Long) a[0]));
        t.put("math/bits.TrailingZeros64", (ctx, f, a) -> (long) Long.numberOfTrailingZeros((Long) a[0]));
        t.put("math/bits.OnesCount64", (ctx, f, a) -> (long) Long.bitCount((Long) a[0]));
        t.put("math/bits.Reverse64", (ctx, f, a) -> Long.reverse((Long) a[0]));
        t.put("math/bits.ReverseBytes64", (ctx, f, a) -> Long.reverseBytes((Long) a[0]));
        t.put("math/bits.Mul64", (ctx, f, a) -> {
            long x = (Long) a[0];
            long y = (Long) a[1];
            return new Object[] {Math.unsignedMultiplyHigh(x, y), x * y};
        });
        t.put("math/bits.div128", (ctx, f, a) -> {
            BigInteger n = unsigned((Long) a[0]).shiftLeft(64).or(unsigned((Long) a[1]));
            BigInteger[] qr = n.divideAndRemainder(unsigned((Long) a[2]));
            return new Object[] {qr[0].longValue(), qr[1].longValue()};
        });
        t.put("math/bits.overflowPanic", (ctx, f, a) -> {
            throw RuntimePanics.runtimeError("integer overflow", null);
        });
        t.put("math/bits.divideByZeroPanic", (ctx, f, a) -> {
            throw RuntimePanics.runtimeError("integer divide by zero", null);
        });
    }

    static BigInteger unsigned(long v) {
        BigInteger b = BigInteger.valueOf(v);
        return v < 0 ? b.add(TWO64) : b;
    }
}
