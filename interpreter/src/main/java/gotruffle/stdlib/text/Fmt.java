package gotruffle.stdlib.text;

import java.nio.charset.StandardCharsets;

/**
 * The raw formatter of Go 1.19's fmt/format.go (the {@code fmt} struct): formatting flags, width and
 * precision, plus the primitive formatting routines, all writing byte-strings into {@link #buf}.
 * Higher-level verb dispatch lives in {@link PrintVerbs}; format-string handling in {@link Printf}.
 */
public final class Fmt {
    static final String LDIGITS = "0123456789abcdefx";
    static final String UDIGITS = "0123456789ABCDEFX";

    public StringBuilder buf;

    public boolean widPresent;
    public boolean precPresent;
    public boolean minus;
    public boolean plus;
    public boolean sharp;
    public boolean space;
    public boolean zero;
    /** %+v: set instead of plus by the verb parser. */
    public boolean plusV;
    /** %#v: set instead of sharp by the verb parser. */
    public boolean sharpV;

    public int wid;
    public int prec;

    public Fmt(StringBuilder buf) {
        this.buf = buf;
    }

    public Fmt() {
        this(new StringBuilder());
    }

    /** clearflags: resets the boolean flags (like Go, wid and prec values are left alone; only the *Present flags matter). */
    public void clearFlags() {
        widPresent = false;
        precPresent = false;
        minus = false;
        plus = false;
        sharp = false;
        space = false;
        zero = false;
        plusV = false;
        sharpV = false;
    }

    /** A snapshot of all flag state, for callers that must restore it (e.g. around a nested print). */
    public long saveFlags() {
        long bits = (widPresent ? 1 : 0) | (precPresent ? 2 : 0) | (minus ? 4 : 0) | (plus ? 8 : 0) | (sharp ? 16 : 0)
                | (space ? 32 : 0) | (zero ? 64 : 0) | (plusV ? 128 : 0) | (sharpV ? 256 : 0);
        return bits;
    }

    public void restoreFlags(long bits) {
        widPresent = (bits & 1) != 0;
        precPresent = (bits & 2) != 0;
        minus = (bits & 4) != 0;
        plus = (bits & 8) != 0;
        sharp = (bits & 16) != 0;
        space = (bits & 32) != 0;
        zero = (bits & 64) != 0;
        plusV = (bits & 128) != 0;
        sharpV = (bits & 256) != 0;
    }

    /** writePadding: n bytes of '0' (if zero) or ' '. */
    public void writePadding(int n) {
        if (n <= 0) {
            return;
        }
        char c = zero ? '0' : ' ';
        for (int i = 0; i < n; i++) {
            buf.append(c);
        }
    }

    /** pad / padString: writes s padded to the width (counted in runes) on the left, or right with minus. */
    public void pad(CharSequence s) {
        if (!widPresent || wid == 0) {
            buf.append(s);
            return;
        }
        int width = wid - runeCount(s);
        if (!minus) {
            writePadding(width);
            buf.append(s);
        } else {
            buf.append(s);
            writePadding(width);
        }
    }

    public void padString(String s) {
        pad(s);
    }

    private static int runeCount(CharSequence s) {
        if (s instanceof String str) {
            return Utf8.runeCount(str);
        }
        return Utf8.runeCount(s.toString());
    }

    public void fmtBoolean(boolean v) {
        padString(v ? "true" : "false");
    }

    /** fmtUnicode: "U+0078", or with sharp "U+0078 'x'" when the rune is printable. u is an unsigned 64-bit pattern. */
    public void fmtUnicode(long u) {
        int p = 4;
        if (precPresent && prec > 4) {
            p = prec;
        }
        StringBuilder hex = new StringBuilder(20);
        String digits = Long.toHexString(u).toUpperCase();
        hex.append("U+");
        for (int i = digits.length(); i < p; i++) {
            hex.append('0');
        }
        hex.append(digits);
        if (sharp && Long.compareUnsigned(u, Utf8.MAX_RUNE) <= 0 && UnicodePrint.isPrint((int) u)) {
            hex.append(" '");
            Utf8.appendRune(hex, (int) u);
            hex.append('\'');
        }
        boolean oldZero = zero;
        zero = false;
        pad(hex);
        zero = oldZero;
    }

    /**
     * fmtInteger: u is the 64-bit pattern; isSigned says whether it is an int64 (else uint64).
     * base is 2, 8, 10 or 16; digits is {@link #LDIGITS} or {@link #UDIGITS}; verb matters only for 'O'.
     */
    public void fmtInteger(long u, int base, boolean isSigned, int verb, String digits) {
        boolean negative = isSigned && u < 0;
        if (negative) {
            u = -u;
        }
        int bufLen = 68;
        if (widPresent || precPresent) {
            bufLen = Math.max(bufLen, 3 + wid + prec); // room for sign and "0x" as well
        }
        char[] b = new char[bufLen];

        // Extra leading zeros come from %.3d or %03d; with both, the zero flag gives way to spaces.
        int p = 0;
        if (precPresent) {
            p = prec;
            if (p == 0 && u == 0) {
                // Precision 0 and value 0 prints nothing but padding.
                boolean oldZero = zero;
                zero = false;
                writePadding(wid);
                zero = oldZero;
                return;
            }
        } else if (zero && widPresent) {
            p = wid;
            if (negative || plus || space) {
                p--; // leave room for the sign
            }
        }

        int i = b.length;
        switch (base) {
            case 10 -> {
                while (Long.compareUnsigned(u, 10) >= 0) {
                    long next = Long.divideUnsigned(u, 10);
                    b[--i] = (char) ('0' + (u - next * 10));
                    u = next;
                }
            }
            case 16 -> {
                while (Long.compareUnsigned(u, 16) >= 0) {
                    b[--i] = digits.charAt((int) (u & 0xF));
                    u >>>= 4;
                }
            }
            case 8 -> {
                while (Long.compareUnsigned(u, 8) >= 0) {
                    b[--i] = (char) ('0' + (u & 7));
                    u >>>= 3;
                }
            }
            case 2 -> {
                while (Long.compareUnsigned(u, 2) >= 0) {
                    b[--i] = (char) ('0' + (u & 1));
                    u >>>= 1;
                }
            }
            default -> throw new IllegalArgumentException("fmt: unknown base; can't happen");
        }
        b[--i] = digits.charAt((int) u);
        while (i > 0 && p > b.length - i) {
            b[--i] = '0';
        }

        if (sharp) {
            switch (base) {
                case 2 -> {
                    b[--i] = 'b';
                    b[--i] = '0';
                }
                case 8 -> {
                    if (b[i] != '0') {
                        b[--i] = '0';
                    }
                }
                case 16 -> {
                    b[--i] = digits.charAt(16);
                    b[--i] = '0';
                }
                default -> {
                }
            }
        }
        if (verb == 'O') {
            b[--i] = 'o';
            b[--i] = '0';
        }
        if (negative) {
            b[--i] = '-';
        } else if (plus) {
            b[--i] = '+';
        } else if (space) {
            b[--i] = ' ';
        }

        // Zero padding was already handled like a precision above (or is overridden by one).
        boolean oldZero = zero;
        zero = false;
        padAscii(b, i, b.length - i);
        zero = oldZero;
    }

    /** pad for ASCII content (rune count == byte count). */
    private void padAscii(char[] b, int off, int len) {
        if (!widPresent || wid == 0) {
            buf.append(b, off, len);
            return;
        }
        int width = wid - len;
        if (!minus) {
            writePadding(width);
            buf.append(b, off, len);
        } else {
            buf.append(b, off, len);
            writePadding(width);
        }
    }

    /** truncateString: keeps at most prec runes when a precision is present. */
    public String truncateString(String s) {
        if (precPresent) {
            int n = prec;
            int len = s.length();
            for (int i = 0; i < len;) {
                n--;
                if (n < 0) {
                    return s.substring(0, i);
                }
                i += s.charAt(i) < Utf8.RUNE_SELF ? 1 : Utf8.width(Utf8.decodeRune(s, i, len));
            }
        }
        return s;
    }

    /** fmtS (also fmtBs, for a []byte given as a byte-string). */
    public void fmtS(String s) {
        padString(truncateString(s));
    }

    /** fmtBs for a byte array slice. */
    public void fmtBs(byte[] b, int off, int len) {
        fmtS(bytesToString(b, off, len));
    }

    static String bytesToString(byte[] b, int off, int len) {
        return new String(b, off, len, StandardCharsets.ISO_8859_1);
    }

    /** fmtSx / fmtBx: hex encoding of the bytes, honouring precision (in bytes), sharp ("0x") and space (separated bytes). */
    public void fmtSx(String s, String digits) {
        int length = s.length();
        if (precPresent && prec < length) {
            length = prec;
        }
        int width = 2 * length;
        if (width > 0) {
            if (space) {
                if (sharp) {
                    width *= 2; // every byte gets its own 0x
                }
                width += length - 1; // separating spaces
            } else if (sharp) {
                width += 2;
            }
        } else {
            // Nothing to encode: just the padding.
            if (widPresent) {
                writePadding(wid);
            }
            return;
        }
        if (widPresent && wid > width && !minus) {
            writePadding(wid - width);
        }
        if (sharp) {
            buf.append('0').append(digits.charAt(16));
        }
        for (int i = 0; i < length; i++) {
            if (space && i > 0) {
                buf.append(' ');
                if (sharp) {
                    buf.append('0').append(digits.charAt(16));
                }
            }
            int c = s.charAt(i) & 0xFF;
            buf.append(digits.charAt(c >> 4)).append(digits.charAt(c & 0xF));
        }
        if (widPresent && wid > width && minus) {
            writePadding(wid - width);
        }
    }

    public void fmtBx(byte[] b, int off, int len, String digits) {
        fmtSx(bytesToString(b, off, len), digits);
    }

    /** fmtQ: double-quoted Go string (ASCII-only with plus), or backquoted with sharp when possible. */
    public void fmtQ(String s) {
        s = truncateString(s);
        if (sharp && Quote.canBackquote(s)) {
            padString("`" + s + "`");
            return;
        }
        if (plus) {
            pad(Quote.quoteToASCII(s));
        } else {
            pad(Quote.quote(s));
        }
    }

    /** fmtC: the integer as a UTF-8 encoded rune (U+FFFD if out of range). c is an unsigned 64-bit pattern. */
    public void fmtC(long c) {
        int r = Long.compareUnsigned(c, Utf8.MAX_RUNE) > 0 ? Utf8.RUNE_ERROR : (int) c;
        pad(Utf8.encodeRune(r));
    }

    /** fmtQc: the integer as a single-quoted Go character literal. */
    public void fmtQc(long c) {
        int r = Long.compareUnsigned(c, Utf8.MAX_RUNE) > 0 ? Utf8.RUNE_ERROR : (int) c;
        if (plus) {
            pad(Quote.quoteRuneToASCII(r));
        } else {
            pad(Quote.quoteRune(r));
        }
    }

    /**
     * fmtFloat: v formatted by strconv with verb ('b','e','E','f','g','G','x','X') and the given default
     * precision (an explicit precision wins), then sign, sharp and padding rules applied.
     */
    public void fmtFloat(double v, int size, int verb, int defaultPrec) {
        int p = precPresent ? prec : defaultPrec;
        StringBuilder num = new StringBuilder(32);
        num.append('+'); // reserve room for a sign
        FloatFormat.appendFloat(num, v, (char) verb, p, size);
        if (num.charAt(1) == '-' || num.charAt(1) == '+') {
            num.deleteCharAt(0);
        }
        // space means a leading space instead of "+" unless plus asks for the sign.
        if (space && num.charAt(0) == '+' && !plus) {
            num.setCharAt(0, ' ');
        }
        // Infinities and NaN are not numbers to be padded with zeros.
        if (num.charAt(1) == 'I' || num.charAt(1) == 'N') {
            boolean oldZero = zero;
            zero = false;
            if (num.charAt(1) == 'N' && !space && !plus) {
                num.deleteCharAt(0); // no sign before NaN unless asked for
            }
            pad(num);
            zero = oldZero;
            return;
        }
        // sharp forces a decimal point and keeps trailing zeros (%g drops them otherwise).
        if (sharp && verb != 'b') {
            int digits = 0;
            if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x') {
                digits = p == -1 ? 6 : p;
            }
            String tail = "";
            boolean hasDecimalPoint = false;
            boolean sawNonzeroDigit = false;
            for (int i = 1; i < num.length(); i++) {
                char c = num.charAt(i);
                if (c == '.') {
                    hasDecimalPoint = true;
                } else if (c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X')) {
                    tail = num.substring(i);
                    num.setLength(i);
                    break;
                } else {
                    if (c != '0') {
                        sawNonzeroDigit = true;
                    }
                    // Count significant digits after the first non-zero digit.
                    if (sawNonzeroDigit) {
                        digits--;
                    }
                }
            }
            if (!hasDecimalPoint) {
                // A lone leading 0 counts as one digit.
                if (num.length() == 2 && num.charAt(1) == '0') {
                    digits--;
                }
                num.append('.');
            }
            while (digits > 0) {
                num.append('0');
                digits--;
            }
            num.append(tail);
        }
        if (plus || num.charAt(0) != '+') {
            // With zero padding the sign goes before the zeros.
            if (zero && widPresent && wid > num.length()) {
                buf.append(num.charAt(0));
                writePadding(wid - num.length());
                buf.append(num, 1, num.length());
                return;
            }
            pad(num);
            return;
        }
        // Positive without a requested sign: drop the '+'.
        pad(num.subSequence(1, num.length()));
    }
}
