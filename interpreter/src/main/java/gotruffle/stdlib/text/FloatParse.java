package gotruffle.stdlib.text;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * strconv.ParseFloat of Go 1.19: Go float-literal syntax (decimal, or hex with a mandatory 'p'
 * exponent; '_' digit separators checked with Go's underscoreOK rule), "inf"/"infinity" with an
 * optional sign and "nan" without one, case-insensitive. Results are correctly rounded (IEEE
 * round-half-even) directly to float64 or float32; overflow gives ±Inf with a range error,
 * underflow gives ±0 with no error.
 */
public final class FloatParse {
    /** ParseFloat's result: value, and error (null on success). On a syntax error value is 0; on a range error ±Inf. */
    public record Result(double value, NumError error) {
        public boolean ok() {
            return error == null;
        }
    }

    /** parseFloatPrefix's result: like {@link Result} plus the number of bytes consumed. */
    public record PrefixResult(double value, int n, NumError error) {
    }

    private static final String FN = "ParseFloat";
    /** Digits kept for exact conversion; more only matter as a sticky "something non-zero follows". */
    private static final int MAX_DIGITS = 800;

    private static final double[] POW10 = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    };
    private static final float[] POW10F = {1e0f, 1e1f, 1e2f, 1e3f, 1e4f, 1e5f, 1e6f, 1e7f, 1e8f, 1e9f, 1e10f};

    private FloatParse() {
    }

    /** strconv.ParseFloat(s, bitSize): bitSize 32 rounds to float32, anything else to float64. */
    public static Result parseFloat(String s, int bitSize) {
        PrefixResult p = parseFloatPrefix(s, bitSize);
        if (p.n != s.length() && (p.error == null || p.error.kind != NumError.Kind.SYNTAX)) {
            return new Result(0, NumError.syntax(FN, s));
        }
        return new Result(p.value, p.error);
    }

    /** Parses the longest float prefix of s (what fmt's scanner and ParseComplex build on). */
    public static PrefixResult parseFloatPrefix(String s, int bitSize) {
        boolean f32 = bitSize == 32;
        int sp = special(s);
        if (sp > 0) {
            return new PrefixResult(specialValue(s), sp, null);
        }
        Literal lit = readFloat(s);
        if (!lit.ok) {
            return new PrefixResult(0, lit.n, NumError.syntax(FN, s));
        }
        double v = lit.hex ? hexToFloat(lit, f32) : decimalToFloat(lit, f32);
        if (Double.isInfinite(v)) {
            return new PrefixResult(v, lit.n, NumError.range(FN, s));
        }
        return new PrefixResult(v, lit.n, null);
    }

    private static int lower(int c) {
        return c | ('x' - 'X');
    }

    /** Length of the prefix that matches prefix (all lower case) ignoring case in s, starting at from. */
    private static int commonPrefixIgnoreCase(String s, int from, String prefix) {
        int n = Math.min(prefix.length(), s.length() - from);
        for (int i = 0; i < n; i++) {
            int c = s.charAt(from + i);
            if ('A' <= c && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != prefix.charAt(i)) {
                return i;
            }
        }
        return n;
    }

    /** Bytes consumed by a leading [+-]inf, [+-]infinity or nan; 0 if none. */
    private static int special(String s) {
        if (s.isEmpty()) {
            return 0;
        }
        int c = s.charAt(0);
        int nsign = 0;
        if (c == '+' || c == '-') {
            nsign = 1;
        } else if (c == 'n' || c == 'N') {
            return commonPrefixIgnoreCase(s, 0, "nan") == 3 ? 3 : 0;
        } else if (c != 'i' && c != 'I') {
            return 0;
        }
        int n = commonPrefixIgnoreCase(s, nsign, "infinity");
        // Anything between "inf" and "infinity" only consumes "inf".
        if (3 < n && n < 8) {
            n = 3;
        }
        return n == 3 || n == 8 ? nsign + n : 0;
    }

    private static double specialValue(String s) {
        int c = s.charAt(0);
        if (c == 'n' || c == 'N') {
            return Double.NaN;
        }
        return c == '-' ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }

    /** The pieces of a scanned literal: value = 0.digits * base^dp, where base is 10, or 2 with hex digits. */
    private static final class Literal {
        boolean ok;
        int n;
        boolean neg;
        boolean hex;
        /** Significant digits (leading zeros dropped), as digit values 0..15, at most MAX_DIGITS of them. */
        byte[] digits = new byte[16];
        int nd;
        /** A non-zero digit was dropped beyond MAX_DIGITS. */
        boolean trunc;
        /** Decimal: position of the point in digits. Hex: the same, in bits. */
        int dp;

        void add(int digit) {
            if (nd < MAX_DIGITS) {
                if (nd == digits.length) {
                    digits = Arrays.copyOf(digits, Math.min(nd * 2, MAX_DIGITS));
                }
                digits[nd++] = (byte) digit;
            } else if (digit != 0) {
                trunc = true;
            }
        }
    }

    /** Scans a Go float literal prefix the way readFloat does (same acceptance and same consumed length). */
    private static Literal readFloat(String s) {
        Literal lit = new Literal();
        int len = s.length();
        int i = 0;
        boolean underscores = false;
        if (i >= len) {
            return lit;
        }
        if (s.charAt(i) == '+') {
            i++;
        } else if (s.charAt(i) == '-') {
            lit.neg = true;
            i++;
        }
        int base = 10;
        char expChar = 'e';
        if (i + 2 < len && s.charAt(i) == '0' && lower(s.charAt(i + 1)) == 'x') {
            base = 16;
            i += 2;
            expChar = 'p';
            lit.hex = true;
        }
        boolean sawDot = false;
        boolean sawDigits = false;
        int nd = 0; // significant digits seen, including any beyond MAX_DIGITS
        int dp = 0;
        loop:
        for (; i < len; i++) {
            int c = s.charAt(i);
            if (c == '_') {
                underscores = true;
            } else if (c == '.') {
                if (sawDot) {
                    break loop;
                }
                sawDot = true;
                dp = nd;
            } else if ('0' <= c && c <= '9') {
                sawDigits = true;
                if (c == '0' && nd == 0) {
                    dp--; // leading zero
                    continue;
                }
                nd++;
                lit.add(c - '0');
            } else if (base == 16 && 'a' <= lower(c) && lower(c) <= 'f') {
                sawDigits = true;
                nd++;
                lit.add(lower(c) - 'a' + 10);
            } else {
                break;
            }
        }
        lit.n = i;
        if (!sawDigits) {
            return lit;
        }
        if (!sawDot) {
            dp = nd;
        }
        if (base == 16) {
            dp *= 4;
        }
        if (i < len && lower(s.charAt(i)) == expChar) {
            i++;
            lit.n = i;
            if (i >= len) {
                return lit;
            }
            int esign = 1;
            if (s.charAt(i) == '+') {
                i++;
            } else if (s.charAt(i) == '-') {
                i++;
                esign = -1;
            }
            lit.n = i;
            if (i >= len || s.charAt(i) < '0' || s.charAt(i) > '9') {
                return lit;
            }
            int e = 0;
            for (; i < len && ('0' <= s.charAt(i) && s.charAt(i) <= '9' || s.charAt(i) == '_'); i++) {
                if (s.charAt(i) == '_') {
                    underscores = true;
                    continue;
                }
                // Like Go, stop accumulating once the exponent is absurd; the result is 0 or Inf anyway.
                if (e < 10000) {
                    e = e * 10 + s.charAt(i) - '0';
                }
            }
            dp += e * esign;
        } else if (base == 16) {
            lit.n = i;
            return lit; // hex floats must have a p exponent
        }
        lit.n = i;
        if (underscores && !IntParse.underscoreOK(s, 0, i)) {
            return lit;
        }
        lit.dp = dp;
        lit.ok = true;
        return lit;
    }

    // ---- decimal -> binary ----

    private static double decimalToFloat(Literal lit, boolean f32) {
        double zero = lit.neg ? -0.0 : 0.0;
        double inf = lit.neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        if (lit.nd == 0) {
            return zero;
        }
        if (lit.dp > 310) {
            return inf;
        }
        if (lit.dp < -330) {
            return zero;
        }
        int k = lit.dp - lit.nd; // value = M * 10^k with M the digits as an integer
        if (!lit.trunc && lit.nd <= 15) {
            long m = 0;
            for (int i = 0; i < lit.nd; i++) {
                m = m * 10 + lit.digits[i];
            }
            // One correctly rounded IEEE operation on exact operands is correctly rounded overall.
            if (f32) {
                if (m < (1 << 24) && k >= -10 && k <= 10) {
                    float f = (float) m;
                    f = k >= 0 ? f * POW10F[k] : f / POW10F[-k];
                    return lit.neg ? -(double) f : (double) f;
                }
            } else if (k >= -22 && k <= 22) {
                double f = (double) m;
                f = k >= 0 ? f * POW10[k] : f / POW10[-k];
                return lit.neg ? -f : f;
            }
        }
        StringBuilder sb = new StringBuilder(lit.nd + 1);
        for (int i = 0; i < lit.nd; i++) {
            sb.append((char) ('0' + lit.digits[i]));
        }
        if (lit.trunc) {
            sb.append('1'); // sticky: something non-zero lies beyond the kept digits
            k--;
        }
        BigInteger m = new BigInteger(sb.toString());
        BigInteger q;
        int scale; // value ~= q * 2^-scale
        boolean sticky = false;
        if (k >= 0) {
            q = m.multiply(BigInteger.TEN.pow(k));
            scale = 0;
        } else {
            BigInteger den = BigInteger.TEN.pow(-k);
            // Enough quotient bits for the mantissa plus guard bits.
            scale = Math.max(0, 64 + den.bitLength() - m.bitLength());
            BigInteger[] qr = m.shiftLeft(scale).divideAndRemainder(den);
            q = qr[0];
            sticky = qr[1].signum() != 0;
        }
        return roundBinary(q, scale, sticky, lit.neg, f32);
    }

    /**
     * Rounds q * 2^-scale (plus a sticky non-zero tail) to the nearest float64/float32, ties to even.
     * Returns ±Inf on overflow.
     */
    private static double roundBinary(BigInteger q, int scale, boolean sticky, boolean neg, boolean f32) {
        int precision = f32 ? 24 : 53;
        int minExp = f32 ? -126 : -1022;
        int maxExp = f32 ? 127 : 1023;
        int b = q.bitLength();
        if (b == 0) {
            return neg ? -0.0 : 0.0;
        }
        int e = b - 1 - scale; // exponent of the leading bit
        int lsbExp = Math.max(e - precision + 1, minExp - precision + 1);
        int drop = lsbExp + scale; // low bits of q below the kept mantissa
        long mant;
        if (drop <= 0) {
            mant = q.shiftLeft(-drop).longValueExact();
        } else {
            mant = q.shiftRight(drop).longValue();
            // Round half to even using the dropped bits and the sticky tail.
            boolean half = q.testBit(drop - 1);
            boolean rest = sticky || q.getLowestSetBit() < drop - 1;
            if (half && (rest || (mant & 1) == 1)) {
                mant++;
                if (mant == (1L << precision)) {
                    mant >>= 1;
                    lsbExp++;
                }
            }
        }
        if (mant == 0) {
            return neg ? -0.0 : 0.0;
        }
        int topExp = lsbExp + (63 - Long.numberOfLeadingZeros(mant));
        if (topExp > maxExp) {
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        double v = f32 ? (double) Math.scalb((float) mant, lsbExp) : Math.scalb((double) mant, lsbExp);
        return neg ? -v : v;
    }

    // ---- hex -> binary ----

    private static double hexToFloat(Literal lit, boolean f32) {
        if (lit.nd == 0) {
            return lit.neg ? -0.0 : 0.0;
        }
        // value = 0.h1h2... (hex) * 2^dp = H * 2^(dp - 4*nd)
        BigInteger h = BigInteger.ZERO;
        for (int i = 0; i < lit.nd; i++) {
            h = h.shiftLeft(4).or(BigInteger.valueOf(lit.digits[i]));
        }
        long exp2 = (long) lit.dp - 4L * lit.nd;
        if (exp2 + h.bitLength() > 2000) {
            return lit.neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (exp2 + h.bitLength() < -2000) {
            return lit.neg ? -0.0 : 0.0;
        }
        if (exp2 >= 0) {
            return roundBinary(h.shiftLeft((int) exp2), 0, lit.trunc, lit.neg, f32);
        }
        return roundBinary(h, (int) -exp2, lit.trunc, lit.neg, f32);
    }
}
