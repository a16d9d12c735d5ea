package gotruffle.stdlib.natives;

import gotruffle.nodes.call.FuncRootNode;
import gotruffle.nodes.call.Native;
import gotruffle.stdlib.text.Utf8;
import gotruffle.values.GoFunc;
import gotruffle.values.GoSlice;

import java.util.Map;

/**
 * Natives of package bufio: the Scanner's hot path. When its split function is one of the
 * package's own (ScanLines, ScanWords, ScanRunes, ScanBytes), Scan finds the next token in what
 * is buffered here in one call, instead of interpreting the split function per token. This
 * answers only the case "not at EOF, no error" and returns what the Go function would; whenever
 * that would need the rare paths (an invalid or incomplete rune), it reports "no token" and the
 * Go code calls the split function itself, so custom split functions and every edge case keep
 * Go's exact behaviour. For lines, words and bytes its "no token" is the Go function's own answer
 * (only runes leave a case to Go), so Scanner.scan calls it, not the Go function, at each refill.
 */
public final class BufioNatives {
    private BufioNatives() {}

    /** Split kinds (0: any other function, called as Go code). */
    static final int LINES = 1;
    static final int WORDS = 2;
    static final int RUNES = 3;
    static final int BYTES = 4;

    private static final Object[] NO_TOKEN = {0L, null};

    public static void register(Map<String, Native> t) {
        t.put("bufio.splitKind", (ctx, f, a) -> (long) splitKind(a[0]));
        t.put("bufio.splitStd", (ctx, f, a) -> splitStd((int) (long) (Long) a[0], (GoSlice) a[1]));
    }

    /** Which of bufio's own split functions f is, or 0. A user package's path is never plain "bufio". */
    static int splitKind(Object f) {
        if (!(f instanceof GoFunc fn) || fn.env != null || !(fn.target.getRootNode() instanceof FuncRootNode r)) {
            return 0;
        }
        return switch (r.goName()) {
            case "bufio.ScanLines" -> LINES;
            case "bufio.ScanWords" -> WORDS;
            case "bufio.ScanRunes" -> RUNES;
            case "bufio.ScanBytes" -> BYTES;
            default -> 0;
        };
    }

    /** split(data, false) for a standard split function and a non-empty data: {advance, token}. */
    static Object[] splitStd(int kind, GoSlice data) {
        byte[] b = ByteSlices.store(data);
        int off = data.off;
        int end = off + data.len;
        switch (kind) {
            case LINES: {
                for (int i = off; i < end; i++) {
                    if (b[i] == '\n') {
                        int stop = i > off && b[i - 1] == '\r' ? i - 1 : i;
                        return new Object[] {(long) (i + 1 - off), sub(data, 0, stop - off)};
                    }
                }
                return NO_TOKEN;
            }
            case BYTES:
                return new Object[] {1L, sub(data, 0, 1)};
            case RUNES: {
                if ((b[off] & 0xFF) < Utf8.RUNE_SELF) {
                    return new Object[] {1L, sub(data, 0, 1)};
                }
                int width = Utf8.width(Utf8.decodeRune(b, off, end));
                // an invalid or incomplete sequence: ScanRunes itself decides
                return width > 1 ? new Object[] {(long) width, sub(data, 0, width)} : NO_TOKEN;
            }
            case WORDS:
                return scanWords(data, b, off, end);
            default:
                throw new IllegalArgumentException("bufio.splitStd: kind " + kind);
        }
    }

    private static Object[] scanWords(GoSlice data, byte[] b, int off, int end) {
        int start = off;
        while (start < end) {
            long p = Utf8.decodeRune(b, start, end);
            if (!isSpace(Utf8.rune(p))) {
                break;
            }
            start += Utf8.width(p);
        }
        for (int i = start; i < end;) {
            long p = Utf8.decodeRune(b, i, end);
            if (isSpace(Utf8.rune(p))) {
                return new Object[] {(long) (i + Utf8.width(p) - off), sub(data, start - off, i - off)};
            }
            i += Utf8.width(p);
        }
        return new Object[] {(long) (start - off), null};
    }

    /** bufio's isSpace: Unicode White_Space. */
    private static boolean isSpace(int r) {
        if (r <= 0xFF) {
            return r == ' ' || (r >= '\t' && r <= '\r') || r == 0x85 || r == 0xA0;
        }
        return (r >= 0x2000 && r <= 0x200A) || r == 0x1680 || r == 0x2028 || r == 0x2029 || r == 0x202F
                || r == 0x205F || r == 0x3000;
    }

    private static GoSlice sub(GoSlice data, int from, int to) {
        return ByteSlices.sub(data, from, to); // a token aliases the Scanner's buffer, as in Go
    }
}
