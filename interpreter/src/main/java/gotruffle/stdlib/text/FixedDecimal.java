package gotruffle.stdlib.text;

/**
 * Fast exact fixed-precision rounding for the common cases, using 128-bit integer arithmetic instead
 * of a full multiprecision expansion: round-half-even(mant * 2^e2 * 10^p) for small p. Methods return
 * null when the value is outside the range this handles; the caller then uses the exact expansion in
 * {@link DecimalDigits}. Results are identical by construction (both round the exact binary value).
 */
final class FixedDecimal {
    private static final long[] POW10 = new long[19];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    private FixedDecimal() {
    }

    /** Digits of value = mant * 2^e2 rounded to p digits after the decimal point (%f), or null. */
    static DecimalDigits fraction(long mant, int e2, int p) {
        if (p < 0 || p > 18) {
            return null;
        }
        long n = scaleRound(mant, e2, p);
        if (n < 0) {
            return null;
        }
        return fromLong(n, p);
    }

    /** Digits of value = mant * 2^e2 (mant &gt; 0) rounded to nd significant digits (%e, %g), or null. */
    static DecimalDigits significant(long mant, int e2, int nd, double absValue) {
        if (nd < 1 || nd > 18 || mant == 0) {
            return null;
        }
        int q = (int) Math.floor(Math.log10(absValue)); // decimal exponent estimate; may be off by one
        for (int attempt = 0; attempt < 3; attempt++) {
            int p = nd - 1 - q;
            long n;
            if (p >= 0) {
                if (p > 18) {
                    return null;
                }
                n = scaleRound(mant, e2, p);
            } else {
                if (-p > 18 || e2 < 0 || e2 > 10) {
                    return null;
                }
                n = divRound(mant << e2, POW10[-p]);
            }
            if (n < 0) {
                return null;
            }
            if (n < POW10[nd - 1]) {
                q--; // estimate too high
            } else if (n > POW10[nd]) {
                q++; // estimate too low
            } else {
                // n == 10^nd is a carry (or a low estimate) and means the same value either way.
                return fromLong(n, p);
            }
        }
        return null;
    }

    /** n * 10^-p as digits. */
    private static DecimalDigits fromLong(long n, int p) {
        if (n == 0) {
            return DecimalDigits.zero();
        }
        String s = Long.toString(n);
        byte[] d = new byte[s.length() + 1];
        for (int i = 0; i < s.length(); i++) {
            d[i] = (byte) s.charAt(i);
        }
        return new DecimalDigits(d, s.length(), s.length() - p);
    }

    /** round-half-even(u / d) for u &gt;= 0, d &gt; 0. */
    private static long divRound(long u, long d) {
        long q = u / d;
        long r = u - q * d;
        long twice = r << 1; // r < d < 2^60, no overflow
        if (twice > d || (twice == d && (q & 1) == 1)) {
            q++;
        }
        return q;
    }

    /** round-half-even(mant * 2^e2 * 10^p), or -1 if the result does not fit in a long. mant &lt; 2^53, 0 &lt;= p &lt;= 18. */
    private static long scaleRound(long mant, int e2, int p) {
        long t = POW10[p];
        if (e2 >= 0) {
            if (e2 > 10) {
                return -1;
            }
            long v = mant << e2;
            long hi = Math.multiplyHigh(v, t);
            long lo = v * t;
            return hi != 0 || lo < 0 ? -1 : lo;
        }
        int s = -e2;
        // 128-bit product P = mant * t, then round P / 2^s.
        long hi = Math.multiplyHigh(mant, t);
        long lo = mant * t;
        if (s >= 128) {
            return 0; // P < 2^117 is below half of 2^s
        }
        long q;
        int cmp; // remainder compared with half of 2^s
        if (s < 64) {
            if ((hi >>> s) != 0) {
                return -1;
            }
            q = (hi << (64 - s)) | (lo >>> s);
            long rem = lo & ((1L << s) - 1);
            cmp = Long.compareUnsigned(rem, 1L << (s - 1));
        } else {
            int s2 = s - 64;
            q = hi >>> s2;
            long remHi = s2 == 0 ? 0 : hi & ((1L << s2) - 1);
            if (s2 == 0) {
                cmp = Long.compareUnsigned(lo, 1L << 63);
            } else {
                long halfHi = 1L << (s2 - 1);
                int c = Long.compareUnsigned(remHi, halfHi);
                cmp = c != 0 ? c : (lo == 0 ? 0 : 1);
            }
        }
        if (q < 0) {
            return -1;
        }
        if (cmp > 0 || (cmp == 0 && (q & 1) == 1)) {
            q++;
            if (q < 0) {
                return -1;
            }
        }
        return q;
    }
}
