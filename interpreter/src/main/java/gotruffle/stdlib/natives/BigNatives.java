package gotruffle.stdlib.natives;

import gotruffle.nodes.GoPanic;
import gotruffle.nodes.call.Native;
import gotruffle.types.Basic;
import gotruffle.values.GoSlice;
import gotruffle.values.Iface;

import java.math.BigInteger;
import java.util.Map;

/**
 * Natives of math/big: Go's Int is a sign and a little-endian []Word magnitude; these convert
 * it to BigInteger, compute, and convert back (normalized: no leading zero words, nil for 0).
 */
public final class BigNatives {
    private BigNatives() {}

    private static final int ADD = 0, SUB = 1, MUL = 2, QUO = 3, REM = 4, DIV = 5, MOD = 6, AND = 7, OR = 8, XOR = 9, AND_NOT = 10;
    private static final String DIGITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    public static void register(Map<String, Native> t) {
        t.put("math/big.calc", (ctx, f, a) -> {
            BigInteger x = signed((Boolean) a[1], a[2]);
            BigInteger y = signed((Boolean) a[3], a[4]);
            int op = (int) (long) (Long) a[0];
            if (op >= QUO && op <= MOD && y.signum() == 0) {
                throw new GoPanic(new Iface(Basic.STRING, "division by zero"));
            }
            BigInteger r = switch (op) {
                case ADD -> x.add(y);
                case SUB -> x.subtract(y);
                case MUL -> x.multiply(y);
                case QUO -> x.divide(y);
                case REM -> x.remainder(y);
                case DIV -> euclidQuo(x, y);
                case MOD -> x.mod(y.abs());
                case AND -> x.and(y);
                case OR -> x.or(y);
                case XOR -> x.xor(y);
                case AND_NOT -> x.andNot(y);
                default -> throw new IllegalArgumentException("math/big: op " + op);
            };
            return result(r);
        });
        t.put("math/big.bit", (ctx, f, a) -> signed((Boolean) a[0], a[1]).testBit((int) (long) (Long) a[2]) ? 1L : 0L);
        t.put("math/big.setBit", (ctx, f, a) -> {
            BigInteger x = signed((Boolean) a[0], a[1]);
            int i = (int) (long) (Long) a[2];
            return result((Long) a[3] != 0 ? x.setBit(i) : x.clearBit(i));
        });
        t.put("math/big.shift", (ctx, f, a) -> {
            BigInteger x = signed((Boolean) a[0], a[1]);
            int n = (int) (long) (Long) a[2];
            return result(n >= 0 ? x.shiftLeft(n) : x.shiftRight(-n));
        });
        t.put("math/big.expNN", (ctx, f, a) -> {
            BigInteger x = magnitude(a[0]);
            BigInteger y = magnitude(a[1]);
            BigInteger m = magnitude(a[2]);
            // Go's order of special cases: mod 1, y == 0, x == 0, x == 1
            if (m.equals(BigInteger.ONE)) {
                return null;
            }
            if (y.signum() == 0) {
                return words(BigInteger.ONE);
            }
            if (x.signum() == 0 || x.equals(BigInteger.ONE)) {
                return words(x);
            }
            return words(m.signum() == 0 ? x.pow(y.intValueExact()) : x.modPow(y, m));
        });
        t.put("math/big.gcdNative", (ctx, f, a) -> {
            // extended Euclid on (A, B), A >= B, tracking the cofactor of |a| (as Go's lehmerGCD)
            BigInteger aa = magnitude(a[0]);
            BigInteger bb = magnitude(a[1]);
            BigInteger ua = BigInteger.ONE;
            BigInteger ub = BigInteger.ZERO;
            BigInteger x = aa;
            BigInteger y = bb;
            if (x.compareTo(y) < 0) {
                x = bb;
                y = aa;
                ua = BigInteger.ZERO;
                ub = BigInteger.ONE;
            }
            while (y.signum() != 0) {
                BigInteger[] qr = x.divideAndRemainder(y);
                x = y;
                y = qr[1];
                BigInteger t2 = ua.subtract(qr[0].multiply(ub));
                ua = ub;
                ub = t2;
            }
            return new Object[] {ua.signum() < 0, words(ua.abs()), words(x)};
        });
        t.put("math/big.sqrt", (ctx, f, a) -> words(magnitude(a[0]).sqrt()));
        t.put("math/big.probablyPrime", (ctx, f, a) -> {
            BigInteger x = magnitude(a[0]);
            int n = (int) Math.min(1000, (Long) a[1]);
            return x.isProbablePrime(Math.max(64, 2 * n));
        });
        t.put("math/big.mulRange", (ctx, f, a) -> {
            long lo = (Long) a[0];
            long hi = (Long) a[1];
            BigInteger p = BigInteger.ONE;
            for (long i = lo; Long.compareUnsigned(i, hi) <= 0; i++) {
                p = p.multiply(unsigned(i));
                if (i == hi) {
                    break;
                }
            }
            return words(p);
        });
        t.put("math/big.text", (ctx, f, a) -> {
            BigInteger x = magnitude(a[0]);
            int base = (int) (long) (Long) a[1];
            if (base <= 36) {
                return x.toString(base);
            }
            if (x.signum() == 0) {
                return "0";
            }
            StringBuilder sb = new StringBuilder();
            BigInteger b = BigInteger.valueOf(base);
            while (x.signum() > 0) {
                BigInteger[] qr = x.divideAndRemainder(b);
                sb.append(DIGITS.charAt(qr[1].intValue()));
                x = qr[0];
            }
            return sb.reverse().toString();
        });
        t.put("math/big.ratFloat", (ctx, f, a) -> ratFloat((Boolean) a[0], magnitude(a[1]), magnitude(a[2]), (Boolean) a[3]));
        t.put("math/big.fromDigits", (ctx, f, a) -> {
            byte[] d = ByteSlices.toBytes(a[0]);
            int base = (int) (long) (Long) a[1];
            if (base <= 36 && d.length > 0) {
                char[] c = new char[d.length];
                for (int i = 0; i < d.length; i++) {
                    c[i] = DIGITS.charAt(d[i]);
                }
                return words(new BigInteger(new String(c), base));
            }
            BigInteger x = BigInteger.ZERO;
            BigInteger b = BigInteger.valueOf(base);
            for (byte v : d) {
                x = x.multiply(b).add(BigInteger.valueOf(v));
            }
            return words(x);
        });
    }

    /**
     * ±a/b (b > 0) as a float64 (or float32) and whether it is exact, computed as Go's
     * quotToFloat64/32 does it: a quotient of mantissa+2 bits, denormalized only down to the
     * smallest subnormal exponent, rounded to nearest even, then scaled (values far below the
     * subnormal range therefore report exact when the division was, as in Go).
     */
    private static Object[] ratFloat(boolean neg, BigInteger a, BigInteger b, boolean single) {
        int msize = single ? 23 : 52;
        int msize1 = msize + 1;
        int msize2 = msize1 + 1;
        int ebias = single ? 127 : 1023;
        int emin = 1 - ebias;
        if (a.signum() == 0) {
            return new Object[] {0.0, true};
        }
        int exp = a.bitLength() - b.bitLength();
        int shift = msize2 - exp;
        BigInteger[] qr = (shift > 0 ? a.shiftLeft(shift) : a).divideAndRemainder(shift < 0 ? b.shiftLeft(-shift) : b);
        long mantissa = qr[0].longValue();
        boolean haveRem = qr[1].signum() != 0;
        if (mantissa >>> msize2 == 1) {
            if ((mantissa & 1) == 1) {
                haveRem = true;
            }
            mantissa >>>= 1;
            exp++;
        }
        if (emin - msize <= exp && exp <= emin) {
            int s = emin - (exp - 1);
            long lost = mantissa & ((1L << s) - 1);
            haveRem = haveRem || lost != 0;
            mantissa >>>= s;
            exp = 2 - ebias;
        }
        boolean exact = !haveRem;
        if ((mantissa & 1) != 0) {
            exact = false;
            if (haveRem || (mantissa & 2) != 0) {
                mantissa++;
                if (mantissa >= 1L << msize2) {
                    mantissa >>>= 1;
                    exp++;
                }
            }
        }
        mantissa >>>= 1;
        double f = Math.scalb((double) mantissa, exp - msize1);
        if (single) {
            f = (float) f;
        }
        if (Double.isInfinite(f)) {
            exact = false;
        }
        return new Object[] {neg ? -f : f, exact};
    }

    /** Euclidean quotient: x = q*y + m with 0 <= m < |y|. */
    private static BigInteger euclidQuo(BigInteger x, BigInteger y) {
        BigInteger[] qr = x.divideAndRemainder(y);
        if (qr[1].signum() < 0) {
            return y.signum() > 0 ? qr[0].subtract(BigInteger.ONE) : qr[0].add(BigInteger.ONE);
        }
        return qr[0];
    }

    private static BigInteger unsigned(long w) {
        return BitsNatives.unsigned(w);
    }

    /** The magnitude held in a []Word (little-endian 64-bit words). */
    static BigInteger magnitude(Object slice) {
        GoSlice s = (GoSlice) slice;
        if (s == null || s.len == 0) {
            return BigInteger.ZERO;
        }
        long[] st = (long[]) s.store;
        byte[] be = new byte[s.len * 8 + 1]; // leading zero byte: positive
        for (int i = 0; i < s.len; i++) {
            long w = st[s.off + i];
            int at = be.length - 8 * (i + 1);
            for (int k = 0; k < 8; k++) {
                be[at + k] = (byte) (w >>> (56 - 8 * k));
            }
        }
        return new BigInteger(be);
    }

    private static BigInteger signed(boolean neg, Object abs) {
        BigInteger m = magnitude(abs);
        return neg ? m.negate() : m;
    }

    /** A normalized []Word of |x| (nil for 0). */
    static GoSlice words(BigInteger x) {
        x = x.abs();
        if (x.signum() == 0) {
            return null;
        }
        byte[] be = x.toByteArray(); // big-endian, possibly with a leading zero byte
        int n = (x.bitLength() + 63) / 64;
        long[] w = new long[n];
        for (int i = 0; i < be.length; i++) {
            int fromEnd = be.length - 1 - i; // byte position from the least significant end
            if (fromEnd / 8 < n) {
                w[fromEnd / 8] |= (be[i] & 0xFFL) << (8 * (fromEnd % 8));
            }
        }
        return new GoSlice(w, 0, n, n);
    }

    private static Object[] result(BigInteger r) {
        return new Object[] {r.signum() < 0, words(r)};
    }
}
