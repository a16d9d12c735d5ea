package gotruffle.compiler;

import gotruffle.parser.Literals;
import gotruffle.stdlib.text.Utf8;

import java.math.BigInteger;

/** Constant values of Go literals from their source text, checked as types2 checks them (strings are byte-strings: one char per byte). */
final class ConstLiterals {
    private ConstLiterals() {}

    /**
     * Decimal exponents beyond this are not kept as exact rationals (10^1000000 has 3.3 million
     * bits); Go switches to 512-bit floats there, which {@link Const} does not have.
     */
    static final int MAX_EXACT_EXPONENT = 1_000_000;

    /** A literal Go accepts but this compiler cannot represent exactly (reported as unsupported). */
    static final class TooLarge extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        TooLarge(String msg) {
            super(msg);
        }
    }

    static Const parseFloat(String raw) {
        String s = raw.replace("_", "");
        boolean hex = s.startsWith("0x") || s.startsWith("0X");
        int base = hex ? 16 : 10;
        int i = hex ? 2 : 0;
        StringBuilder digits = new StringBuilder();
        long frac = 0;
        boolean point = false;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') {
                point = true;
            } else if (Character.digit(c, base) >= 0) {
                digits.append(c);
                frac += point ? 1 : 0;
            } else {
                break;
            }
        }
        BigInteger m = digits.isEmpty() ? BigInteger.ZERO : new BigInteger(digits.toString(), base);
        BigInteger exp = i < s.length() ? new BigInteger(s.substring(i + 1)) : BigInteger.ZERO;
        if (m.signum() == 0) {
            return Const.ofRat(BigInteger.ZERO, BigInteger.ONE);
        }
        // value = m * 2^e2 (hex) or m * 10^e10 (decimal)
        BigInteger e = exp.subtract(BigInteger.valueOf(hex ? 4 * frac : frac));
        // Go parses into a float with a 32-bit binary exponent: beyond it the literal is malformed
        // (too large) or zero (too small).
        double bits = m.bitLength() + e.doubleValue() * (hex ? 1 : Math.log(10) / Math.log(2));
        if (bits > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("malformed constant: " + raw);
        }
        if (bits < Integer.MIN_VALUE) {
            return Const.ofRat(BigInteger.ZERO, BigInteger.ONE);
        }
        int n = e.intValueExact();
        if (Math.abs(hex ? n / 3 : n) > MAX_EXACT_EXPONENT) {
            throw new TooLarge("unsupported: floating-point constant " + raw + " (decimal exponent beyond " + MAX_EXACT_EXPONENT + ")");
        }
        BigInteger scale = hex ? BigInteger.ONE.shiftLeft(Math.abs(n)) : BigInteger.TEN.pow(Math.abs(n));
        return n >= 0 ? Const.ofRat(m.multiply(scale), BigInteger.ONE) : Const.ofRat(m, scale);
    }

    /** The value of an imaginary literal's mantissa (the text before the final 'i'). */
    static Const parseImag(String raw) {
        String s = raw.substring(0, raw.length() - 1).replace("_", "");
        String lower = s.toLowerCase();
        boolean prefixed = lower.startsWith("0x") || lower.startsWith("0b") || lower.startsWith("0o");
        if (prefixed && !(lower.startsWith("0x") && (lower.contains(".") || lower.contains("p")))) {
            return Const.ofInt(Literals.intValue(s));
        }
        // decimal mantissas with a leading 0 stay decimal ("0123i" is 123i), as Go keeps them
        return parseFloat(s);
    }

    static long parseRune(String raw) {
        String body = raw.substring(1, raw.length() - 1);
        if (body.charAt(0) == '\\') {
            long[] r = new long[1];
            int[] end = new int[1];
            escape(body, 0, r, end, '\'');
            if (end[0] != body.length()) {
                throw new IllegalArgumentException("more than one character in rune literal");
            }
            return r[0];
        }
        long dr = Utf8.decodeRune(body, 0);
        if (Utf8.width(dr) != body.length()) {
            throw new IllegalArgumentException("more than one character in rune literal");
        }
        return Utf8.rune(dr);
    }

    static String parseString(String raw) {
        if (raw.charAt(0) == '`') {
            return raw.substring(1, raw.length() - 1).replace("\r", "");
        }
        String body = raw.substring(1, raw.length() - 1);
        if (body.indexOf('\\') < 0) {
            return body;
        }
        StringBuilder sb = new StringBuilder();
        long[] r = new long[1];
        int[] end = new int[1];
        for (int i = 0; i < body.length();) {
            char c = body.charAt(i);
            if (c != '\\') {
                sb.append(c);
                i++;
                continue;
            }
            boolean isByte = escape(body, i, r, end, '"');
            if (isByte) {
                sb.append((char) r[0]);
            } else {
                sb.append(Utf8.encodeRune((int) r[0]));
            }
            i = end[0];
        }
        return sb.toString();
    }

    /** Decodes one escape at s[i] ('\\'); returns true when it denotes a byte (\x, octal) rather than a rune. */
    private static boolean escape(String s, int i, long[] out, int[] end, char quote) {
        char c = s.charAt(i + 1);
        switch (c) {
            case 'a' -> { out[0] = 7; end[0] = i + 2; return false; }
            case 'b' -> { out[0] = 8; end[0] = i + 2; return false; }
            case 'f' -> { out[0] = 12; end[0] = i + 2; return false; }
            case 'n' -> { out[0] = 10; end[0] = i + 2; return false; }
            case 'r' -> { out[0] = 13; end[0] = i + 2; return false; }
            case 't' -> { out[0] = 9; end[0] = i + 2; return false; }
            case 'v' -> { out[0] = 11; end[0] = i + 2; return false; }
            case '\\' -> { out[0] = '\\'; end[0] = i + 2; return false; }
            case '\'', '"' -> {
                if (c != quote) {
                    throw new IllegalArgumentException("unknown escape sequence");
                }
                out[0] = c;
                end[0] = i + 2;
                return false;
            }
            case 'x' -> {
                out[0] = Integer.parseInt(s.substring(i + 2, i + 4), 16);
                end[0] = i + 4;
                return true;
            }
            case 'u' -> {
                out[0] = Integer.parseInt(s.substring(i + 2, i + 6), 16);
                end[0] = i + 6;
                checkRune(out[0]);
                return false;
            }
            case 'U' -> {
                out[0] = Long.parseLong(s.substring(i + 2, i + 10), 16);
                end[0] = i + 10;
                checkRune(out[0]);
                return false;
            }
            default -> {
                if (c >= '0' && c <= '7') {
                    int v = Integer.parseInt(s.substring(i + 1, i + 4), 8);
                    if (v > 255) {
                        throw new IllegalArgumentException("octal escape value " + v + " > 255");
                    }
                    out[0] = v;
                    end[0] = i + 4;
                    return true;
                }
                throw new IllegalArgumentException("unknown escape sequence");
            }
        }
    }

    private static void checkRune(long r) {
        if (r > 0x10FFFF || (r >= 0xD800 && r < 0xE000)) {
            throw new IllegalArgumentException("escape sequence is invalid Unicode code point");
        }
    }
}
