package gotruffle.stdlib.text;

import java.nio.charset.StandardCharsets;

/**
 * Go's unicode/utf8 over GoTruffle byte-strings: a Go string is a Java String whose chars are all
 * 0..255, one char per byte. Decoding follows Go exactly: any ill-formed sequence (bad lead byte,
 * bad continuation, overlong form, surrogate half, beyond U+10FFFF, truncated) decodes as U+FFFD
 * with width 1, so a decoder always makes progress one byte at a time through garbage.
 *
 * <p>Decode results are packed into one long, {@code (width << 32) | rune}, to avoid allocation;
 * unpack with {@link #rune(long)} and {@link #width(long)}.
 */
public final class Utf8 {
    public static final int RUNE_ERROR = 0xFFFD;
    public static final int RUNE_SELF = 0x80;
    public static final int MAX_RUNE = 0x10FFFF;
    public static final int UTF_MAX = 4;

    private static final int SURROGATE_MIN = 0xD800;
    private static final int SURROGATE_MAX = 0xDFFF;

    /** Packed result for an invalid byte: U+FFFD, width 1. */
    private static final long ERROR_1 = pack(RUNE_ERROR, 1);

    private Utf8() {
    }

    private static long pack(int rune, int width) {
        return ((long) width << 32) | (rune & 0xFFFFFFFFL);
    }

    public static int rune(long packed) {
        return (int) packed;
    }

    public static int width(long packed) {
        return (int) (packed >>> 32);
    }

    /** Number of bytes a well-formed sequence starting with lead byte b has; 0 for a non-lead byte. */
    private static int seqLen(int b) {
        if (b < 0x80) {
            return 1;
        } else if (b < 0xC2) {
            return 0; // continuation byte, or C0/C1 which can only start overlong forms
        } else if (b < 0xE0) {
            return 2;
        } else if (b < 0xF0) {
            return 3;
        } else if (b < 0xF5) {
            return 4;
        }
        return 0;
    }

    /** Allowed range of the second byte; the lead bytes E0, ED, F0, F4 narrow it to exclude overlongs, surrogates and > U+10FFFF. */
    private static int secondLo(int lead) {
        return switch (lead) {
            case 0xE0 -> 0xA0;
            case 0xF0 -> 0x90;
            default -> 0x80;
        };
    }

    private static int secondHi(int lead) {
        return switch (lead) {
            case 0xED -> 0x9F;
            case 0xF4 -> 0x8F;
            default -> 0xBF;
        };
    }

    private static boolean isCont(int b) {
        return (b & 0xC0) == 0x80;
    }

    /** Decodes the rune starting at byte index i of s (i &lt; end). Returns (U+FFFD, 0) if i &gt;= end. */
    public static long decodeRune(String s, int i, int end) {
        if (i >= end) {
            return pack(RUNE_ERROR, 0);
        }
        int b0 = s.charAt(i) & 0xFF;
        if (b0 < RUNE_SELF) {
            return pack(b0, 1);
        }
        int n = seqLen(b0);
        if (n == 0 || i + n > end) {
            return ERROR_1; // bad lead byte, or a sequence cut off by the end of input
        }
        int b1 = s.charAt(i + 1) & 0xFF;
        if (b1 < secondLo(b0) || b1 > secondHi(b0)) {
            return ERROR_1;
        }
        if (n == 2) {
            return pack((b0 & 0x1F) << 6 | (b1 & 0x3F), 2);
        }
        int b2 = s.charAt(i + 2) & 0xFF;
        if (!isCont(b2)) {
            return ERROR_1;
        }
        if (n == 3) {
            return pack((b0 & 0x0F) << 12 | (b1 & 0x3F) << 6 | (b2 & 0x3F), 3);
        }
        int b3 = s.charAt(i + 3) & 0xFF;
        if (!isCont(b3)) {
            return ERROR_1;
        }
        return pack((b0 & 0x07) << 18 | (b1 & 0x3F) << 12 | (b2 & 0x3F) << 6 | (b3 & 0x3F), 4);
    }

    public static long decodeRune(String s, int i) {
        return decodeRune(s, i, s.length());
    }

    public static long decodeRune(String s) {
        return decodeRune(s, 0, s.length());
    }

    /** Same as {@link #decodeRune(String, int, int)} for a byte array (a Go []byte). */
    public static long decodeRune(byte[] b, int i, int end) {
        if (i >= end) {
            return pack(RUNE_ERROR, 0);
        }
        int b0 = b[i] & 0xFF;
        if (b0 < RUNE_SELF) {
            return pack(b0, 1);
        }
        int n = seqLen(b0);
        if (n == 0 || i + n > end) {
            return ERROR_1;
        }
        int b1 = b[i + 1] & 0xFF;
        if (b1 < secondLo(b0) || b1 > secondHi(b0)) {
            return ERROR_1;
        }
        if (n == 2) {
            return pack((b0 & 0x1F) << 6 | (b1 & 0x3F), 2);
        }
        int b2 = b[i + 2] & 0xFF;
        if (!isCont(b2)) {
            return ERROR_1;
        }
        if (n == 3) {
            return pack((b0 & 0x0F) << 12 | (b1 & 0x3F) << 6 | (b2 & 0x3F), 3);
        }
        int b3 = b[i + 3] & 0xFF;
        if (!isCont(b3)) {
            return ERROR_1;
        }
        return pack((b0 & 0x07) << 18 | (b1 & 0x3F) << 12 | (b2 & 0x3F) << 6 | (b3 & 0x3F), 4);
    }

    /** RuneStart: true unless b is a continuation byte. */
    public static boolean runeStart(int b) {
        return (b & 0xC0) != 0x80;
    }

    /**
     * Decodes the last rune of s[start:end]. Like Go, looks back at most UTF_MAX bytes for a start
     * byte, and reports (U+FFFD, 1) if the sequence found does not end exactly at end; (U+FFFD, 0)
     * for an empty range.
     */
    public static long decodeLastRune(String s, int start, int end) {
        if (end <= start) {
            return pack(RUNE_ERROR, 0);
        }
        int last = s.charAt(end - 1) & 0xFF;
        if (last < RUNE_SELF) {
            return pack(last, 1);
        }
        int lim = Math.max(end - UTF_MAX, start);
        int p = end - 2;
        while (p >= lim && !runeStart(s.charAt(p) & 0xFF)) {
            p--;
        }
        if (p < start) {
            p = start;
        }
        long r = decodeRune(s, p, end);
        if (p + width(r) != end) {
            return ERROR_1;
        }
        return r;
    }

    public static long decodeLastRune(String s) {
        return decodeLastRune(s, 0, s.length());
    }

    /** ValidRune: in range and not a surrogate half. */
    public static boolean validRune(int r) {
        return (0 <= r && r < SURROGATE_MIN) || (SURROGATE_MAX < r && r <= MAX_RUNE);
    }

    /** RuneLen: bytes needed to encode r, or -1 if r is not a valid rune. */
    public static int runeLen(int r) {
        if (r < 0) {
            return -1;
        } else if (r < 0x80) {
            return 1;
        } else if (r < 0x800) {
            return 2;
        } else if (SURROGATE_MIN <= r && r <= SURROGATE_MAX) {
            return -1;
        } else if (r < 0x10000) {
            return 3;
        } else if (r <= MAX_RUNE) {
            return 4;
        }
        return -1;
    }

    /** Appends the UTF-8 bytes of r (U+FFFD for invalid runes, as Go's EncodeRune) and returns the byte count. */
    public static int appendRune(StringBuilder sb, int r) {
        if (r >= 0 && r < 0x80) {
            sb.append((char) r);
            return 1;
        }
        if (!validRune(r)) {
            r = RUNE_ERROR;
        }
        if (r < 0x800) {
            sb.append((char) (0xC0 | r >> 6));
            sb.append((char) (0x80 | r & 0x3F));
            return 2;
        } else if (r < 0x10000) {
            sb.append((char) (0xE0 | r >> 12));
            sb.append((char) (0x80 | (r >> 6) & 0x3F));
            sb.append((char) (0x80 | r & 0x3F));
            return 3;
        }
        sb.append((char) (0xF0 | r >> 18));
        sb.append((char) (0x80 | (r >> 12) & 0x3F));
        sb.append((char) (0x80 | (r >> 6) & 0x3F));
        sb.append((char) (0x80 | r & 0x3F));
        return 4;
    }

    /** EncodeRune as a byte-string (also Go's string(rune) conversion). */
    public static String encodeRune(int r) {
        if (r >= 0 && r < 0x80) {
            return String.valueOf((char) r);
        }
        StringBuilder sb = new StringBuilder(4);
        appendRune(sb, r);
        return sb.toString();
    }

    /** RuneCount of s[start:end]: each invalid byte counts as one rune. */
    public static int runeCount(String s, int start, int end) {
        int n = 0;
        int i = start;
        while (i < end) {
            int c = s.charAt(i);
            if (c < RUNE_SELF) {
                i++;
            } else {
                i += width(decodeRune(s, i, end));
            }
            n++;
        }
        return n;
    }

    public static int runeCount(String s) {
        return runeCount(s, 0, s.length());
    }

    public static int runeCount(byte[] b, int start, int end) {
        int n = 0;
        int i = start;
        while (i < end) {
            if ((b[i] & 0xFF) < RUNE_SELF) {
                i++;
            } else {
                i += width(decodeRune(b, i, end));
            }
            n++;
        }
        return n;
    }

    /** ValidString: s consists entirely of well-formed UTF-8. */
    public static boolean validString(String s) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            int c = s.charAt(i);
            if (c < RUNE_SELF) {
                i++;
                continue;
            }
            long r = decodeRune(s, i, n);
            if (rune(r) == RUNE_ERROR && width(r) == 1) {
                return false;
            }
            i += width(r);
        }
        return true;
    }

    public static boolean valid(byte[] b, int start, int end) {
        int i = start;
        while (i < end) {
            if ((b[i] & 0xFF) < RUNE_SELF) {
                i++;
                continue;
            }
            long r = decodeRune(b, i, end);
            if (rune(r) == RUNE_ERROR && width(r) == 1) {
                return false;
            }
            i += width(r);
        }
        return true;
    }

    /**
     * FullRune: whether s[i:end] begins with a full encoding of a rune. An invalid encoding counts
     * as full because it decodes as a width-1 error.
     */
    public static boolean fullRune(String s, int i, int end) {
        int n = end - i;
        if (n <= 0) {
            return false;
        }
        int b0 = s.charAt(i) & 0xFF;
        int need = seqLen(b0);
        if (need == 0 || n >= need) {
            return true;
        }
        // Short: it is only "full" if what we have is already known to be invalid.
        if (n > 1) {
            int b1 = s.charAt(i + 1) & 0xFF;
            if (b1 < secondLo(b0) || b1 > secondHi(b0)) {
                return true;
            }
        }
        if (n > 2 && !isCont(s.charAt(i + 2) & 0xFF)) {
            return true;
        }
        return false;
    }

    public static boolean fullRune(String s) {
        return fullRune(s, 0, s.length());
    }

    /**
     * Decodes bytes from the OS (command-line arguments, environment) into a Java string that
     * keeps every byte: valid UTF-8 as its characters, each other byte b as the lone surrogate
     * U+DC00+b (as Python's "surrogateescape"; only U+DC80..U+DCFF occur), which {@link
     * #fromJava} turns back into b. So such strings pass through Java APIs and reach the
     * program as Go would give them, bytes and all.
     */
    public static String fromOsBytes(byte[] b, int from, int to) {
        String bytes = new String(b, from, to - from, StandardCharsets.ISO_8859_1);
        StringBuilder sb = new StringBuilder(bytes.length());
        for (int i = 0; i < bytes.length();) {
            long r = decodeRune(bytes, i, bytes.length());
            if (rune(r) == RUNE_ERROR && width(r) == 1) {
                sb.append((char) (ESCAPE_BASE + bytes.charAt(i)));
            } else {
                sb.appendCodePoint(rune(r));
            }
            i += width(r);
        }
        return sb.toString();
    }

    /** Where {@link #fromOsBytes} puts a byte it cannot decode. */
    private static final int ESCAPE_BASE = 0xDC00;

    /**
     * Converts a Java (UTF-16) string to a Go byte-string holding its UTF-8; unpaired surrogates
     * become U+FFFD, but for U+DC80..U+DCFF, a byte escaped by {@link #fromOsBytes}, which
     * become that byte.
     */
    public static String fromJava(String unicode) {
        int n = unicode.length();
        boolean ascii = true;
        for (int i = 0; i < n; i++) {
            if (unicode.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return unicode;
        }
        StringBuilder sb = new StringBuilder(n + 16);
        for (int i = 0; i < n;) {
            char c = unicode.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(unicode.charAt(i + 1))) {
                appendRune(sb, Character.toCodePoint(c, unicode.charAt(i + 1)));
                i += 2;
            } else if (c >= ESCAPE_BASE + 0x80 && c <= ESCAPE_BASE + 0xFF) {
                sb.append((char) (c - ESCAPE_BASE));
                i++;
            } else {
                appendRune(sb, c); // a lone surrogate is not a valid rune: encodes as U+FFFD
                i++;
            }
        }
        return sb.toString();
    }

    /** Converts a Go byte-string to a Java string, decoding UTF-8 the way Go's for-range does (each bad byte is U+FFFD). */
    public static String toJava(String bytes) {
        int n = bytes.length();
        boolean ascii = true;
        for (int i = 0; i < n; i++) {
            if (bytes.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return bytes;
        }
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n;) {
            long r = decodeRune(bytes, i, n);
            sb.appendCodePoint(rune(r));
            i += width(r);
        }
        return sb.toString();
    }
}
