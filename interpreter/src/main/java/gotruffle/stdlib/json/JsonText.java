package gotruffle.stdlib.json;

import gotruffle.stdlib.text.FloatFormat;
import gotruffle.stdlib.text.Utf8;

/**
 * JSON text on byte-strings (Java strings of chars 0..255, the interpreter's string form):
 * Go's string escaping, HTML escaping, Compact, Indent, float formatting, number syntax, the
 * unquoting of string literals and base64 for []byte.
 */
final class JsonText {
    private static final String HEX = "0123456789abcdef";

    private JsonText() {}

    /** Bytes written as is inside a JSON string (with and without HTML escaping). */
    private static boolean safe(int b, boolean escapeHTML) {
        if (b < 0x20 || b == '"' || b == '\\') {
            return false;
        }
        return !escapeHTML || (b != '<' && b != '>' && b != '&');
    }

    /** Appends s as a JSON string literal: control characters, quotes and backslashes escaped, invalid UTF-8 as \ufffd, U+2028/2029 escaped. */
    static void appendString(StringBuilder out, String s, boolean escapeHTML) {
        out.append('"');
        int start = 0;
        int n = s.length();
        for (int i = 0; i < n;) {
            int b = s.charAt(i);
            if (b < 0x80) {
                if (safe(b, escapeHTML)) {
                    i++;
                    continue;
                }
                out.append(s, start, i).append('\\');
                switch (b) {
                    case '\\', '"' -> out.append((char) b);
                    case '\n' -> out.append('n');
                    case '\r' -> out.append('r');
                    case '\t' -> out.append('t');
                    default -> out.append("u00").append(HEX.charAt(b >> 4)).append(HEX.charAt(b & 0xF));
                }
                i++;
                start = i;
                continue;
            }
            long d = Utf8.decodeRune(s, i, n);
            int r = Utf8.rune(d), size = Utf8.width(d);
            if (r == Utf8.RUNE_ERROR && size == 1) {
                out.append(s, start, i).append("\\ufffd");
                i++;
                start = i;
                continue;
            }
            if (r == 0x2028 || r == 0x2029) {
                out.append(s, start, i).append("\\u202").append(HEX.charAt(r & 0xF));
                i += size;
                start = i;
                continue;
            }
            i += size;
        }
        out.append(s, start, n).append('"');
    }

    /** HTMLEscape: <, >, & and U+2028/2029 as \\u escapes (everywhere, as Go does). */
    static String htmlEscape(String src) {
        StringBuilder out = null;
        int start = 0;
        int n = src.length();
        for (int i = 0; i < n; i++) {
            int c = src.charAt(i);
            if (c == '<' || c == '>' || c == '&') {
                if (out == null) {
                    out = new StringBuilder(n + 16);
                }
                out.append(src, start, i).append("\\u00").append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
                start = i + 1;
            }
            if (c == 0xE2 && i + 2 < n && src.charAt(i + 1) == 0x80 && (src.charAt(i + 2) & ~1) == 0xA8) {
                if (out == null) {
                    out = new StringBuilder(n + 16);
                }
                out.append(src, start, i).append("\\u202").append(HEX.charAt(src.charAt(i + 2) & 0xF));
                start = i + 3;
            }
        }
        if (out == null) {
            return src;
        }
        return out.append(src, start, n).toString();
    }

    /** Compact (with HTML escaping when escape): the result, or null with the scanner's error set. */
    static String compact(String src, boolean escape, JsonScanner scan) {
        StringBuilder out = new StringBuilder(src.length());
        scan.reset();
        int start = 0;
        int n = src.length();
        for (int i = 0; i < n; i++) {
            int c = src.charAt(i);
            if (escape && (c == '<' || c == '>' || c == '&')) {
                out.append(src, start, i).append("\\u00").append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
                start = i + 1;
            }
            if (escape && c == 0xE2 && i + 2 < n && src.charAt(i + 1) == 0x80 && (src.charAt(i + 2) & ~1) == 0xA8) {
                out.append(src, start, i).append("\\u202").append(HEX.charAt(src.charAt(i + 2) & 0xF));
                start = i + 3;
            }
            int v = scan.step(c);
            if (v >= JsonScanner.SKIP_SPACE) {
                if (v == JsonScanner.ERROR) {
                    break;
                }
                if (start < i) {
                    out.append(src, start, i);
                }
                start = i + 1;
            }
        }
        if (scan.eof() == JsonScanner.ERROR) {
            return null;
        }
        if (start < n) {
            out.append(src, start, n);
        }
        return out.toString();
    }

    private static void newline(StringBuilder out, String prefix, String indent, int depth) {
        out.append('\n').append(prefix);
        for (int i = 0; i < depth; i++) {
            out.append(indent);
        }
    }

    /** Indent: the result, or null with the scanner's error set. */
    static String indent(String src, String prefix, String indent, JsonScanner scan) {
        StringBuilder out = new StringBuilder(src.length() * 2);
        scan.reset();
        boolean needIndent = false;
        int depth = 0;
        for (int i = 0; i < src.length(); i++) {
            int c = src.charAt(i);
            scan.bytes++;
            int v = scan.step(c);
            if (v == JsonScanner.SKIP_SPACE) {
                continue;
            }
            if (v == JsonScanner.ERROR) {
                break;
            }
            if (needIndent && v != JsonScanner.END_OBJECT && v != JsonScanner.END_ARRAY) {
                needIndent = false;
                depth++;
                newline(out, prefix, indent, depth);
            }
            if (v == JsonScanner.CONTINUE) {
                out.append((char) c);
                continue;
            }
            switch (c) {
                case '{', '[' -> {
                    needIndent = true;
                    out.append((char) c);
                }
                case ',' -> {
                    out.append(',');
                    newline(out, prefix, indent, depth);
                }
                case ':' -> out.append(": ");
                case '}', ']' -> {
                    if (needIndent) {
                        needIndent = false; // suppress indent in empty object/array
                    } else {
                        depth--;
                        newline(out, prefix, indent, depth);
                    }
                    out.append((char) c);
                }
                default -> out.append((char) c);
            }
        }
        if (scan.eof() == JsonScanner.ERROR) {
            return null;
        }
        return out.toString();
    }

    /** A float as encoding/json writes it: like ES6, shortest digits, exponent form below 1e-6 and from 1e21 on. */
    static void appendFloat(StringBuilder out, double f, int bits) {
        double abs = Math.abs(f);
        char fmt = 'f';
        if (abs != 0) {
            if (bits == 64 && (abs < 1e-6 || abs >= 1e21) || bits == 32 && ((float) abs < 1e-6f || (float) abs >= 1e21f)) {
                fmt = 'e';
            }
        }
        String s = FloatFormat.formatFloat(f, fmt, -1, bits);
        if (fmt == 'e') {
            // clean up e-09 to e-9
            int n = s.length();
            if (n >= 4 && s.charAt(n - 4) == 'e' && s.charAt(n - 3) == '-' && s.charAt(n - 2) == '0') {
                s = s.substring(0, n - 2) + s.charAt(n - 1);
            }
        }
        out.append(s);
    }

    /** Whether s is a valid JSON number literal. */
    static boolean isValidNumber(String s) {
        int i = 0, n = s.length();
        if (n == 0) {
            return false;
        }
        if (s.charAt(0) == '-') {
            i++;
            if (i == n) {
                return false;
            }
        }
        char c = s.charAt(i);
        if (c == '0') {
            i++;
        } else if (c >= '1' && c <= '9') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
        } else {
            return false;
        }
        if (i + 1 < n && s.charAt(i) == '.' && isDigit(s.charAt(i + 1))) {
            i += 2;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
        }
        if (i + 1 < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (s.charAt(i) == '+' || s.charAt(i) == '-') {
                i++;
                if (i == n) {
                    return false;
                }
            }
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
        }
        return i == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int hex4(String s, int i) {
        if (i + 6 > s.length() || s.charAt(i) != '\\' || s.charAt(i + 1) != 'u') {
            return -1;
        }
        int r = 0;
        for (int k = i + 2; k < i + 6; k++) {
            int d = Character.digit(s.charAt(k), 16);
            if (d < 0) {
                return -1;
            }
            r = r * 16 + d;
        }
        return r;
    }

    /** The contents of the quoted JSON string s[from:to] (quotes included), or null if malformed. */
    static String unquote(String s, int from, int to) {
        if (to - from < 2 || s.charAt(from) != '"' || s.charAt(to - 1) != '"') {
            return null;
        }
        int i = from + 1, end = to - 1;
        // fast path: nothing to unescape and valid UTF-8
        int r = i;
        while (r < end) {
            int c = s.charAt(r);
            if (c == '\\' || c == '"' || c < ' ') {
                break;
            }
            if (c < 0x80) {
                r++;
                continue;
            }
            long d = Utf8.decodeRune(s, r, end);
            if (Utf8.rune(d) == Utf8.RUNE_ERROR && Utf8.width(d) == 1) {
                break;
            }
            r += Utf8.width(d);
        }
        if (r == end) {
            return s.substring(i, end);
        }
        StringBuilder b = new StringBuilder(end - i + 8);
        b.append(s, i, r);
        while (r < end) {
            int c = s.charAt(r);
            if (c == '\\') {
                r++;
                if (r >= end) {
                    return null;
                }
                switch (s.charAt(r)) {
                    case '"', '\\', '/', '\'' -> b.append(s.charAt(r++));
                    case 'b' -> {
                        b.append('\b');
                        r++;
                    }
                    case 'f' -> {
                        b.append('\f');
                        r++;
                    }
                    case 'n' -> {
                        b.append('\n');
                        r++;
                    }
                    case 'r' -> {
                        b.append('\r');
                        r++;
                    }
                    case 't' -> {
                        b.append('\t');
                        r++;
                    }
                    case 'u' -> {
                        r--;
                        int rr = hex4(s.substring(0, end), r);
                        if (rr < 0) {
                            return null;
                        }
                        r += 6;
                        if (rr >= 0xD800 && rr < 0xE000) {
                            int rr1 = hex4(s.substring(0, end), r);
                            if (rr < 0xDC00 && rr1 >= 0xDC00 && rr1 < 0xE000) {
                                r += 6;
                                Utf8.appendRune(b, 0x10000 + ((rr - 0xD800) << 10) + (rr1 - 0xDC00));
                                break;
                            }
                            rr = Utf8.RUNE_ERROR;
                        }
                        Utf8.appendRune(b, rr);
                    }
                    default -> {
                        return null;
                    }
                }
            } else if (c == '"' || c < ' ') {
                return null;
            } else if (c < 0x80) {
                b.append((char) c);
                r++;
            } else {
                long d = Utf8.decodeRune(s, r, end);
                r += Utf8.width(d);
                Utf8.appendRune(b, Utf8.rune(d));
            }
        }
        return b.toString();
    }

    private static final String B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    /** base64.StdEncoding of the bytes of s. */
    static void appendBase64(StringBuilder out, String s) {
        int n = s.length(), i = 0;
        for (; i + 3 <= n; i += 3) {
            int v = s.charAt(i) << 16 | s.charAt(i + 1) << 8 | s.charAt(i + 2);
            out.append(B64.charAt(v >> 18 & 63)).append(B64.charAt(v >> 12 & 63)).append(B64.charAt(v >> 6 & 63)).append(B64.charAt(v & 63));
        }
        int rem = n - i;
        if (rem > 0) {
            int v = s.charAt(i) << 16 | (rem == 2 ? s.charAt(i + 1) << 8 : 0);
            out.append(B64.charAt(v >> 18 & 63)).append(B64.charAt(v >> 12 & 63));
            out.append(rem == 2 ? B64.charAt(v >> 6 & 63) : '=').append('=');
        }
    }

    /**
     * base64.StdEncoding.Decode of s (\r and \n are skipped as Go skips them): the decoded
     * byte-string, or a Long: the offset Go's CorruptInputError reports.
     */
    static Object decodeBase64(String s) {
        StringBuilder out = new StringBuilder(s.length() * 3 / 4);
        int si = 0, n = s.length();
        while (true) {
            int[] q = new int[4];
            int dlen = 4;
            for (int j = 0; j < 4; j++) {
                if (si == n) {
                    if (j == 0) {
                        return out.toString();
                    }
                    return (long) (si - j);
                }
                int c = s.charAt(si++);
                int v = B64.indexOf(c);
                if (v >= 0) {
                    q[j] = v;
                    continue;
                }
                if (c == '\n' || c == '\r') {
                    j--;
                    continue;
                }
                if (c != '=' || j < 2) {
                    return (long) (si - 1);
                }
                if (j == 2) {
                    // "==": the second '=' must follow, newlines aside
                    while (si < n && (s.charAt(si) == '\n' || s.charAt(si) == '\r')) {
                        si++;
                    }
                    if (si == n) {
                        return (long) n;
                    }
                    if (s.charAt(si) != '=') {
                        return (long) (si - 1);
                    }
                    si++;
                }
                while (si < n && (s.charAt(si) == '\n' || s.charAt(si) == '\r')) {
                    si++;
                }
                if (si < n) {
                    return (long) si; // data after the padding
                }
                dlen = j;
                break;
            }
            int val = q[0] << 18 | q[1] << 12 | q[2] << 6 | q[3];
            out.append((char) (val >> 16 & 0xFF));
            if (dlen >= 3) {
                out.append((char) (val >> 8 & 0xFF));
            }
            if (dlen == 4) {
                out.append((char) (val & 0xFF));
            }
            if (dlen < 4) {
                return out.toString();
            }
        }
    }
}
