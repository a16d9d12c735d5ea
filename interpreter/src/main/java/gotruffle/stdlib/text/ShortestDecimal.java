package gotruffle.stdlib.text;

/**
 * The shortest decimal that parses back to a given float64/float32, as strconv picks it for
 * precision -1: the fewest significant digits that lie inside the value's rounding interval
 * (interval ends included only when the mantissa is even, as IEEE round-half-even would map them
 * back to it), and among those the one closest to the exact value, ties to an even last digit.
 *
 * <p>Fast path: since JDK 19 Double.toString/Float.toString produce exactly that decimal whenever
 * it has at least 2 digits (they may prefer a closer 2-digit decimal when 1 digit would do), so their
 * output is trusted unless it has exactly 2 significant digits and the value is denormal (only then
 * can a 1-digit decimal also be in range). Otherwise, and on older JDKs, an exact digit search is used.
 */
final class ShortestDecimal {
    private static final boolean JDK_SHORTEST = Runtime.version().feature() >= 19;

    private ShortestDecimal() {
    }

    /**
     * @param value     the absolute value (finite, non-zero), a float32 value when bitSize is 32
     * @param mant      integer mantissa including the implicit bit
     * @param exp       unbiased exponent such that value = mant * 2^(exp - mantBits)
     * @param mantBits  23 or 52
     * @param bias      -127 or -1023
     */
    static DecimalDigits shortest(double value, long mant, int exp, int mantBits, int bias, boolean float32) {
        if (JDK_SHORTEST) {
            DecimalDigits fast = fromJdk(float32 ? Float.toString((float) value) : Double.toString(value));
            // A 2-digit answer can only hide a 1-digit one when the rounding interval is wider than
            // a unit in the second digit, which needs a denormal with few mantissa bits.
            if (fast.nd != 2 || mant >= (1L << mantBits)) {
                return fast;
            }
        }
        return exactShortest(mant, exp, mantBits, bias);
    }

    /** Parses JDK output such as "123.456", "1.0E-5" or "9.999E22" into trimmed digits. */
    private static DecimalDigits fromJdk(String s) {
        byte[] d = new byte[s.length() + 1];
        int nd = 0;
        int dp = 0;
        boolean sawDot = false;
        int i = 0;
        int n = s.length();
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                sawDot = true;
                continue;
            }
            if (c == 'E') {
                break;
            }
            if (c == '0' && nd == 0) {
                if (sawDot) {
                    dp--; // leading zero after the point shifts the point
                }
                continue;
            }
            d[nd++] = (byte) c;
            if (!sawDot) {
                dp++;
            }
        }
        if (i < n) {
            dp += Integer.parseInt(s.substring(i + 1));
        }
        return new DecimalDigits(d, nd, dp);
    }

    /** Exact search: try 1, 2, ... significant digits until truncating or rounding up v stays in the interval. */
    static DecimalDigits exactShortest(long mant, int exp, int mantBits, int bias) {
        int e2 = exp - mantBits;
        DecimalDigits v = DecimalDigits.exact(mant, e2);
        // Halfway to the next float up.
        DecimalDigits upper = DecimalDigits.exact(2 * mant + 1, e2 - 1);
        // Halfway to the next float down; the gap below is half as wide at a power of two (except at the smallest normal exponent).
        int minExp = bias + 1;
        DecimalDigits lower;
        if (mant > (1L << mantBits) || exp == minExp) {
            lower = DecimalDigits.exact(2 * mant - 1, e2 - 1);
        } else {
            lower = DecimalDigits.exact(4 * mant - 1, e2 - 2);
        }
        boolean inclusive = (mant & 1) == 0;
        for (int p = 1; p < v.nd; p++) {
            DecimalDigits down = v.copy();
            down.roundDown(p);
            DecimalDigits up = v.copy();
            up.roundUp(p);
            int cl = DecimalDigits.compare(down, lower);
            int cu = DecimalDigits.compare(up, upper);
            boolean okDown = cl > 0 || (inclusive && cl == 0);
            boolean okUp = cu < 0 || (inclusive && cu == 0);
            if (okDown && okUp) {
                v.round(p);
                return v;
            } else if (okDown) {
                return down;
            } else if (okUp) {
                return up;
            }
        }
        return v;
    }
}
