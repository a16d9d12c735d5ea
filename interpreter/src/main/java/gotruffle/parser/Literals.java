package gotruffle.parser;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * Values of Go literal tokens. Literal text ({@code BasicLit.raw}) is a "byte string": the
 * source bytes as ISO-8859-1 chars, so string literals keep their exact UTF-8 bytes. The
 * front end has already rejected malformed literals, so these methods assume well-formed input.
 */
public final class Literals {
    private Literals() {
    }

    /** The bytes of a string literal ({@code "..."} with escapes, or a raw {@code `...`} without CRs). */
    public static byte[] unquoteString(String raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length());
        if (raw.charAt(0) == '`') {
            for (int i = 1; i < raw.length() - 1; i++) {
                char c = raw.charAt(i);
                if (c != '\r') {
                    out.write(c);
                }
            }
            return out.toByteArray();
        }
        int end = raw.length() - 1;
        for (int i = 1; i < end; ) {
            char c = raw.charAt(i);
            if (c != '\\') {
                out.write(c);
                i++;
                continue;
            }
            char e = raw.charAt(i + 1);
            switch (e) {
                case 'x' -> {
                    out.write(Integer.parseInt(raw.substring(i + 2, i + 4), 16));
                    i += 4;
                }
                case 'u', 'U' -> {
                    int n = e == 'u' ? 4 : 8;
                    int cp = Integer.parseInt(raw.substring(i + 2, i + 2 + n), 16);
                    out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                    i += 2 + n;
                }
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    out.write(Integer.parseInt(raw.substring(i + 1, i + 4), 8));
                    i += 4;
                }
                default -> {
                    out.write(simpleEscape(e));
                    i += 2;
                }
            }
        }
        return out.toByteArray();
    }

    /** The code point of a rune literal such as {@code 'a'}, {@code '\n'}, {@code '\u00e9'} or {@code 'é'}. */
    public static int runeValue(String raw) {
        String body = raw.substring(1, raw.length() - 1);
        if (body.charAt(0) != '\\') {
            String s = new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            return s.codePointAt(0);
        }
        char e = body.charAt(1);
        return switch (e) {
            case 'x' -> Integer.parseInt(body.substring(2, 4), 16);
            case 'u' -> Integer.parseInt(body.substring(2, 6), 16);
            case 'U' -> Integer.parseInt(body.substring(2, 10), 16);
            case '0', '1', '2', '3', '4', '5', '6', '7' -> Integer.parseInt(body.substring(1, 4), 8);
            default -> simpleEscape(e);
        };
    }

    static int simpleEscape(char e) {
        return switch (e) {
            case 'a' -> 7;
            case 'b' -> 8;
            case 'f' -> 12;
            case 'n' -> 10;
            case 'r' -> 13;
            case 't' -> 9;
            case 'v' -> 11;
            default -> e; // \\ \' \"
        };
    }

    /** The value of an integer literal (decimal, 0x, 0o, 0b, legacy octal; '_' separators allowed). */
    public static BigInteger intValue(String raw) {
        String s = raw.replace("_", "");
        if (s.length() > 1 && s.charAt(0) == '0') {
            char p = Character.toLowerCase(s.charAt(1));
            if (p == 'x') {
                return new BigInteger(s.substring(2), 16);
            } else if (p == 'b') {
                return new BigInteger(s.substring(2), 2);
            } else if (p == 'o') {
                return new BigInteger(s.substring(2), 8);
            }
            return new BigInteger(s.substring(1), 8);
        }
        return new BigInteger(s);
    }

    /** The exact value of a floating-point literal, including hexadecimal ones like {@code 0x1.8p-3}. */
    public static BigDecimal floatValue(String raw) {
        String s = raw.replace("_", "");
        if (s.length() > 1 && s.charAt(0) == '0' && (s.charAt(1) == 'x' || s.charAt(1) == 'X')) {
            String body = s.substring(2);
            int p = Math.max(body.indexOf('p'), body.indexOf('P'));
            int exp = p < 0 ? 0 : Integer.parseInt(body.substring(p + 1).replace("+", ""));
            String mant = p < 0 ? body : body.substring(0, p);
            int dot = mant.indexOf('.');
            if (dot >= 0) {
                exp -= 4 * (mant.length() - dot - 1);
                mant = mant.substring(0, dot) + mant.substring(dot + 1);
            }
            BigDecimal m = new BigDecimal(mant.isEmpty() ? BigInteger.ZERO : new BigInteger(mant, 16));
            return exp >= 0 ? m.multiply(new BigDecimal(BigInteger.TWO.pow(exp)))
                    : m.divide(new BigDecimal(BigInteger.TWO.pow(-exp)));
        }
        return new BigDecimal(s);
    }

    /**
     * The value of the imaginary part of an imaginary literal such as {@code 2.5i} or {@code 0x10i}.
     * For backward compatibility a decimal-digits-only part with a leading 0 is decimal, not octal.
     */
    public static BigDecimal imagValue(String raw) {
        String s = raw.substring(0, raw.length() - 1);
        String t = s.replace("_", "");
        boolean allDigits = t.chars().allMatch(Character::isDigit);
        if (allDigits) {
            return new BigDecimal(t);
        }
        boolean prefixed = t.length() > 1 && t.charAt(0) == '0' && "xXbBoO".indexOf(t.charAt(1)) >= 0;
        boolean hexFloat = prefixed && (t.charAt(1) == 'x' || t.charAt(1) == 'X')
                && (t.contains(".") || t.contains("p") || t.contains("P"));
        if (prefixed && !hexFloat) {
            return new BigDecimal(intValue(s));
        }
        return floatValue(s);
    }

    /** Decodes a byte string (one char per byte) as UTF-8, e.g. for messages. */
    public static String utf8(String byteString) {
        return new String(byteString.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    public static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
