package gotruffle.stdlib.text;

/**
 * strconv quoting of Go 1.19 over byte-strings: Quote, QuoteToASCII, QuoteToGraphic, QuoteRune*,
 * CanBackquote, Unquote, UnquoteChar, QuotedPrefix. Printability is Go's (Unicode 13), see
 * {@link UnicodePrint}. Invalid UTF-8 bytes in a string are escaped as \xHH.
 */
public final class Quote {
    private static final String LOWER_HEX = "0123456789abcdef";

    /** UnquoteChar's result; ok is false where Go returns ErrSyntax. */
    public record UnquotedChar(int value, boolean multibyte, String tail, boolean ok) {
    }

    /** Unquote / QuotedPrefix result; ok is false where Go returns ErrSyntax (value is then ""). */
    public record Unquoted(String value, boolean ok) {
    }

    private static final UnquotedChar BAD_CHAR = new UnquotedChar(0, false, "", false);
    private static final Unquoted BAD = new Unquoted("", false);

    private Quote() {
    }

    public static String quote(String s) {
        return quoteWith(s, '"', false, false);
    }

    public static String quoteToASCII(String s) {
        return quoteWith(s, '"', true, false);
    }

    public static String quoteToGraphic(String s) {
        return quoteWith(s, '"', false, true);
    }

    public static String quoteRune(int r) {
        return quoteRuneWith(r, '\'', false, false);
    }

    public static String quoteRuneToASCII(int r) {
        return quoteRuneWith(r, '\'', true, false);
    }

    public static String quoteRuneToGraphic(int r) {
        return quoteRuneWith(r, '\'', false, true);
    }

    public static String quoteWith(String s, char quote, boolean asciiOnly, boolean graphicOnly) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        appendQuotedWith(sb, s, quote, asciiOnly, graphicOnly);
        return sb.toString();
    }

    public static void appendQuotedWith(StringBuilder buf, String s, char quote, boolean asciiOnly, boolean graphicOnly) {
        buf.append(quote);
        int n = s.length();
        for (int i = 0; i < n;) {
            int r = s.charAt(i);
            int width = 1;
            if (r >= Utf8.RUNE_SELF) {
                long dec = Utf8.decodeRune(s, i, n);
                r = Utf8.rune(dec);
                width = Utf8.width(dec);
            }
            if (width == 1 && r == Utf8.RUNE_ERROR) {
                int b = s.charAt(i);
                buf.append("\\x").append(LOWER_HEX.charAt(b >> 4)).append(LOWER_HEX.charAt(b & 0xF));
            } else {
                appendEscapedRune(buf, r, quote, asciiOnly, graphicOnly);
            }
            i += width;
        }
        buf.append(quote);
    }

    public static String quoteRuneWith(int r, char quote, boolean asciiOnly, boolean graphicOnly) {
        StringBuilder sb = new StringBuilder(8);
        appendQuotedRuneWith(sb, r, quote, asciiOnly, graphicOnly);
        return sb.toString();
    }

    public static void appendQuotedRuneWith(StringBuilder buf, int r, char quote, boolean asciiOnly, boolean graphicOnly) {
        buf.append(quote);
        if (!Utf8.validRune(r)) {
            r = Utf8.RUNE_ERROR;
        }
        appendEscapedRune(buf, r, quote, asciiOnly, graphicOnly);
        buf.append(quote);
    }

    private static void appendEscapedRune(StringBuilder buf, int r, char quote, boolean asciiOnly, boolean graphicOnly) {
        if (r == quote || r == '\\') {
            buf.append('\\').append((char) r);
            return;
        }
        if (asciiOnly) {
            if (r < Utf8.RUNE_SELF && UnicodePrint.isPrint(r)) {
                buf.append((char) r);
                return;
            }
        } else if (UnicodePrint.isPrint(r) || graphicOnly && UnicodePrint.isInGraphicList(r)) {
            Utf8.appendRune(buf, r);
            return;
        }
        switch (r) {
            case 0x07 -> buf.append("\\a");
            case '\b' -> buf.append("\\b");
            case '\f' -> buf.append("\\f");
            case '\n' -> buf.append("\\n");
            case '\r' -> buf.append("\\r");
            case '\t' -> buf.append("\\t");
            case 0x0B -> buf.append("\\v");
            default -> {
                if ((r >= 0 && r < ' ') || r == 0x7F) {
                    buf.append("\\x").append(LOWER_HEX.charAt((r >> 4) & 0xF)).append(LOWER_HEX.charAt(r & 0xF));
                    return;
                }
                if (!Utf8.validRune(r)) {
                    r = 0xFFFD;
                }
                if (r < 0x10000) {
                    buf.append("\\u");
                    for (int s = 12; s >= 0; s -= 4) {
                        buf.append(LOWER_HEX.charAt((r >> s) & 0xF));
                    }
                } else {
                    buf.append("\\U");
                    for (int s = 28; s >= 0; s -= 4) {
                        buf.append(LOWER_HEX.charAt((r >> s) & 0xF));
                    }
                }
            }
        }
    }

    /** CanBackquote: single line, no control characters other than tab, no backquote, valid UTF-8, no BOM. */
    public static boolean canBackquote(String s) {
        int n = s.length();
        for (int i = 0; i < n;) {
            long dec = Utf8.decodeRune(s, i, n);
            int r = Utf8.rune(dec);
            int wid = Utf8.width(dec);
            i += wid;
            if (wid > 1) {
                if (r == 0xFEFF) {
                    return false; // BOMs are invisible
                }
                continue;
            }
            if (r == Utf8.RUNE_ERROR) {
                return false;
            }
            if ((r < ' ' && r != '\t') || r == '`' || r == 0x7F) {
                return false;
            }
        }
        return true;
    }

    private static int unhex(int c) {
        if ('0' <= c && c <= '9') {
            return c - '0';
        } else if ('a' <= c && c <= 'f') {
            return c - 'a' + 10;
        } else if ('A' <= c && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** UnquoteChar(s, quote): decodes the first character or escape of s. quote is '\'', '"' or 0. */
    public static UnquotedChar unquoteChar(String s, int quote) {
        if (s.isEmpty()) {
            return BAD_CHAR;
        }
        int c = s.charAt(0);
        if (c == quote && (quote == '\'' || quote == '"')) {
            return BAD_CHAR;
        }
        if (c >= Utf8.RUNE_SELF) {
            long dec = Utf8.decodeRune(s);
            return new UnquotedChar(Utf8.rune(dec), true, s.substring(Utf8.width(dec)), true);
        }
        if (c != '\\') {
            return new UnquotedChar(c, false, s.substring(1), true);
        }
        if (s.length() <= 1) {
            return BAD_CHAR;
        }
        c = s.charAt(1);
        int p = 2; // index of the rest
        int value;
        boolean multibyte = false;
        switch (c) {
            case 'a' -> value = 0x07;
            case 'b' -> value = '\b';
            case 'f' -> value = '\f';
            case 'n' -> value = '\n';
            case 'r' -> value = '\r';
            case 't' -> value = '\t';
            case 'v' -> value = 0x0B;
            case 'x', 'u', 'U' -> {
                int n = c == 'x' ? 2 : c == 'u' ? 4 : 8;
                if (s.length() - p < n) {
                    return BAD_CHAR;
                }
                int v = 0;
                for (int j = 0; j < n; j++) {
                    int x = unhex(s.charAt(p + j));
                    if (x < 0) {
                        return BAD_CHAR;
                    }
                    v = v << 4 | x;
                }
                p += n;
                if (c != 'x') {
                    if (!Utf8.validRune(v)) {
                        return BAD_CHAR;
                    }
                    multibyte = true;
                }
                value = v; // \x is a single byte, possibly not UTF-8
            }
            case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                int v = c - '0';
                if (s.length() - p < 2) {
                    return BAD_CHAR;
                }
                for (int j = 0; j < 2; j++) {
                    int x = s.charAt(p + j) - '0';
                    if (x < 0 || x > 7) {
                        return BAD_CHAR;
                    }
                    v = (v << 3) | x;
                }
                p += 2;
                if (v > 255) {
                    return BAD_CHAR;
                }
                value = v;
            }
            case '\\' -> value = '\\';
            case '\'', '"' -> {
                if (c != quote) {
                    return BAD_CHAR;
                }
                value = c;
            }
            default -> {
                return BAD_CHAR;
            }
        }
        return new UnquotedChar(value, multibyte, s.substring(p), true);
    }

    /** Unquote: interprets a single-quoted, double-quoted or backquoted Go literal. */
    public static Unquoted unquote(String s) {
        String[] outRem = new String[2];
        if (!unquote(s, true, outRem) || !outRem[1].isEmpty()) {
            return BAD;
        }
        return new Unquoted(outRem[0], true);
    }

    /** QuotedPrefix: the quoted literal (verbatim, with quotes) at the start of s. */
    public static Unquoted quotedPrefix(String s) {
        String[] outRem = new String[2];
        if (!unquote(s, false, outRem)) {
            return BAD;
        }
        return new Unquoted(outRem[0], true);
    }

    /** Parses a quoted literal at the start of in; fills outRem = {out, rest}; false on syntax error. */
    private static boolean unquote(String in, boolean unescape, String[] outRem) {
        if (in.length() < 2) {
            return false;
        }
        char quote = in.charAt(0);
        int end = in.indexOf(quote, 1);
        if (end < 0) {
            return false;
        }
        end++; // just past the first candidate closing quote; escapes may move it later
        switch (quote) {
            case '`' -> {
                String out;
                if (!unescape) {
                    out = in.substring(0, end);
                } else if (in.lastIndexOf('\r', end - 1) < 0) {
                    out = in.substring(1, end - 1);
                } else {
                    // Carriage returns are discarded from raw strings.
                    StringBuilder sb = new StringBuilder(end);
                    for (int i = 1; i < end - 1; i++) {
                        if (in.charAt(i) != '\r') {
                            sb.append(in.charAt(i));
                        }
                    }
                    out = sb.toString();
                }
                outRem[0] = out;
                outRem[1] = in.substring(end);
                return true;
            }
            case '"', '\'' -> {
                String body = in.substring(1, end - 1);
                if (body.indexOf('\\') < 0 && body.indexOf('\n') < 0) {
                    boolean valid;
                    if (quote == '"') {
                        valid = Utf8.validString(body);
                    } else {
                        long dec = Utf8.decodeRune(body);
                        int n = Utf8.width(dec);
                        valid = 1 + n + 1 == end && (Utf8.rune(dec) != Utf8.RUNE_ERROR || n != 1);
                    }
                    if (valid) {
                        outRem[0] = unescape ? body : in.substring(0, end);
                        outRem[1] = in.substring(end);
                        return true;
                    }
                }
                StringBuilder buf = unescape ? new StringBuilder(end) : null;
                String rest = in.substring(1);
                while (!rest.isEmpty() && rest.charAt(0) != quote) {
                    // Unescaped newlines are not allowed.
                    if (rest.charAt(0) == '\n') {
                        return false;
                    }
                    UnquotedChar uc = unquoteChar(rest, quote);
                    if (!uc.ok) {
                        return false;
                    }
                    rest = uc.tail;
                    if (buf != null) {
                        if (uc.value < Utf8.RUNE_SELF || !uc.multibyte) {
                            buf.append((char) uc.value);
                        } else {
                            Utf8.appendRune(buf, uc.value);
                        }
                    }
                    if (quote == '\'') {
                        break; // a character literal holds one character
                    }
                }
                if (rest.isEmpty() || rest.charAt(0) != quote) {
                    return false;
                }
                rest = rest.substring(1);
                outRem[0] = buf != null ? buf.toString() : in.substring(0, in.length() - rest.length());
                outRem[1] = rest;
                return true;
            }
            default -> {
                return false;
            }
        }
    }
}
