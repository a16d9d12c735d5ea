package gotruffle.compiler;

import gotruffle.stdlib.text.Utf8;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Values of Go literals from their source text (strings are byte-strings: one char per byte). */
final class Literals {
    private Literals() {}

    static BigInteger parseInt(String raw) {
        String s = raw.replace("_", "");
        if (s.length() > 1 && s.charAt(0) == '0') {
            char c = Character.toLowerCase(s.charAt(1));
            if (c == 'x') {
                return new BigInteger(s.substring(2), 16);
            } else if (c == 'b') {
                return new BigInteger(s.substring(2), 2);
            } else if (c == 'o') {
                return new BigInteger(s.substring(2), 8);
            }
            return new BigInteger(s.substring(1), 8);
        }
        return new BigInteger(s);
    }

    static Const parseFloat(String raw) {
        String s = raw.replace("_", "");
        if (s.startsWith("0x") || s.startsWith("0X")) {
            return Const.ofDouble(Double.parseDouble(s.contains("p") || s.contains("P") ? s : s + "p0"));
        }
        return Const.ofDecimal(new BigDecimal(s));
    }

    /** The value of an imaginary literal's mantissa (the text before the final 'i'). */
    static Const parseImag(String raw) {
        String s = raw.substring(0, raw.length() - 1).replace("_", "");
        String lower = s.toLowerCase();
        boolean prefixed = lower.startsWith("0x") || lower.startsWith("0b") || lower.startsWith("0o");
        if (prefixed && !(lower.startsWith("0x") && (lower.contains(".") || lower.contains("p")))) {
            return Const.ofInt(parseInt(s));
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
