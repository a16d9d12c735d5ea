package gotruffle.stdlib.text;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * A non-negative decimal number as ASCII digits d[0..nd) with the decimal point dp digits from the
 * left (value = 0.d[0]d[1]... * 10^dp), like strconv's decimal/decimalSlice. Trailing zeros are
 * never kept, and nd == 0 means zero.
 */
final class DecimalDigits {
    byte[] d;
    int nd;
    int dp;

    DecimalDigits(byte[] d, int nd, int dp) {
        this.d = d;
        this.nd = nd;
        this.dp = dp;
        trim();
    }

    static DecimalDigits zero() {
        return new DecimalDigits(new byte[1], 0, 0);
    }

    /** Exact decimal expansion of mant * 2^exp2 (every binary fraction has a finite decimal one). */
    static DecimalDigits exact(long mant, int exp2) {
        if (mant == 0) {
            return zero();
        }
        String digits;
        int dp;
        if (exp2 >= 0) {
            if (exp2 < 11 && mant < (1L << 52)) {
                digits = Long.toString(mant << exp2);
            } else {
                digits = BigInteger.valueOf(mant).shiftLeft(exp2).toString();
            }
            dp = digits.length();
        } else {
            // mant / 2^k == mant * 5^k / 10^k
            int k = -exp2;
            digits = BigInteger.valueOf(mant).multiply(BigInteger.valueOf(5).pow(k)).toString();
            dp = digits.length() - k;
        }
        byte[] b = new byte[digits.length() + 1]; // +1: room for a carry in roundUp
        for (int i = 0; i < digits.length(); i++) {
            b[i] = (byte) digits.charAt(i);
        }
        return new DecimalDigits(b, digits.length(), dp);
    }

    DecimalDigits copy() {
        return new DecimalDigits(d.clone(), nd, dp);
    }

    private void trim() {
        while (nd > 0 && d[nd - 1] == '0') {
            nd--;
        }
        if (nd == 0) {
            dp = 0;
        }
    }

    /** Whether cutting to n digits should round up: above half, or exactly half and the kept digit is odd (round half to even). */
    boolean shouldRoundUp(int n) {
        if (d[n] != '5' || n + 1 != nd) {
            return d[n] >= '5';
        }
        // Exactly halfway (digits are exact and trimmed, so nothing follows the 5).
        return n > 0 && (d[n - 1] - '0') % 2 == 1;
    }

    /** Rounds to n significant digits (no-op if n &lt; 0 or there are already at most n digits). */
    void round(int n) {
        if (n < 0 || n >= nd) {
            return;
        }
        if (shouldRoundUp(n)) {
            roundUp(n);
        } else {
            roundDown(n);
        }
    }

    void roundDown(int n) {
        if (n < 0 || n >= nd) {
            return;
        }
        nd = n;
        trim();
    }

    void roundUp(int n) {
        if (n < 0 || n >= nd) {
            return;
        }
        int i = n - 1;
        while (i >= 0 && d[i] == '9') {
            i--;
        }
        if (i < 0) {
            // All nines: becomes 1 followed by zeros, one place further left.
            d[0] = '1';
            nd = 1;
            dp++;
            return;
        }
        d[i]++;
        nd = i + 1;
    }

    /** Compares two values (both non-negative). */
    static int compare(DecimalDigits a, DecimalDigits b) {
        if (a.nd == 0 || b.nd == 0) {
            return Integer.compare(a.nd == 0 ? 0 : 1, b.nd == 0 ? 0 : 1);
        }
        if (a.dp != b.dp) {
            return Integer.compare(a.dp, b.dp);
        }
        int n = Math.max(a.nd, b.nd);
        for (int i = 0; i < n; i++) {
            int x = i < a.nd ? a.d[i] : '0';
            int y = i < b.nd ? b.d[i] : '0';
            if (x != y) {
                return Integer.compare(x, y);
            }
        }
        return 0;
    }

    @Override
    public String toString() {
        return "0." + new String(d, 0, nd, StandardCharsets.ISO_8859_1) + "e" + dp;
    }
}
