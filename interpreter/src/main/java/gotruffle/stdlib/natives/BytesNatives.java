package gotruffle.stdlib.natives;

import gotruffle.nodes.call.Native;
import gotruffle.stdlib.text.Utf8;
import gotruffle.values.GoSlice;

import java.util.Arrays;
import java.util.Map;

/** Natives of package bytes: searches and comparisons working directly on []byte stores. */
public final class BytesNatives {
    private BytesNatives() {}

    private static GoSlice b(Object o) {
        return (GoSlice) o;
    }

    public static void register(Map<String, Native> t) {
        t.put("bytes.Equal", (ctx, f, a) -> compare(b(a[0]), b(a[1])) == 0 && ByteSlices.len(b(a[0])) == ByteSlices.len(b(a[1])));
        t.put("bytes.Compare", (ctx, f, a) -> (long) compare(b(a[0]), b(a[1])));
        t.put("bytes.Index", (ctx, f, a) -> (long) index(b(a[0]), b(a[1]), 0));
        t.put("bytes.IndexByte", (ctx, f, a) -> (long) indexByte(b(a[0]), (int) ((Long) a[1] & 0xFF)));
        t.put("bytes.LastIndex", (ctx, f, a) -> (long) lastIndex(b(a[0]), b(a[1])));
        t.put("bytes.LastIndexByte", (ctx, f, a) -> {
            GoSlice s = b(a[0]);
            int c = (int) ((Long) a[1] & 0xFF);
            for (int i = ByteSlices.len(s) - 1; i >= 0; i--) {
                if (ByteSlices.at(s, i) == c) {
                    return (long) i;
                }
            }
            return -1L;
        });
        t.put("bytes.Count", (ctx, f, a) -> {
            GoSlice s = b(a[0]);
            GoSlice sep = b(a[1]);
            if (ByteSlices.len(sep) == 0) {
                return (long) Utf8.runeCount(ByteSlices.str(s)) + 1;
            }
            long n = 0;
            for (int i = index(s, sep, 0); i >= 0; i = index(s, sep, i + sep.len)) {
                n++;
            }
            return n;
        });
        t.put("bytes.hasPrefix", (ctx, f, a) -> {
            GoSlice s = b(a[0]);
            GoSlice p = b(a[1]);
            return ByteSlices.len(s) >= ByteSlices.len(p) && regionEquals(s, 0, p);
        });
        t.put("bytes.hasSuffix", (ctx, f, a) -> {
            GoSlice s = b(a[0]);
            GoSlice p = b(a[1]);
            int d = ByteSlices.len(s) - ByteSlices.len(p);
            return d >= 0 && regionEquals(s, d, p);
        });
        t.put("bytes.trimLeftIndex", (ctx, f, a) -> (long) StringsNatives.trimLeftIndex(ByteSlices.str(b(a[0])), (String) a[1]));
        t.put("bytes.trimRightIndex", (ctx, f, a) -> (long) StringsNatives.trimRightIndex(ByteSlices.str(b(a[0])), 0, (String) a[1]));
        t.put("bytes.spaceBounds", (ctx, f, a) -> {
            String s = ByteSlices.str(b(a[0]));
            int from = StringsNatives.spaceLeft(s);
            return new Object[] {(long) from, (long) StringsNatives.spaceRight(s, from)};
        });
    }

    /** Lexicographic comparison of unsigned bytes: -1, 0 or +1. */
    static int compare(GoSlice x, GoSlice y) {
        int nx = ByteSlices.len(x);
        int ny = ByteSlices.len(y);
        int n = Math.min(nx, ny);
        for (int i = 0; i < n; i++) {
            int d = ByteSlices.at(x, i) - ByteSlices.at(y, i);
            if (d != 0) {
                return d < 0 ? -1 : 1;
            }
        }
        return Integer.compare(nx, ny);
    }

    static boolean regionEquals(GoSlice s, int at, GoSlice p) {
        int n = ByteSlices.len(p);
        if (n == 0) {
            return true;
        }
        int from = s.off + at;
        return Arrays.equals(ByteSlices.store(s), from, from + n, ByteSlices.store(p), p.off, p.off + n);
    }

    static int indexByte(GoSlice s, int c) {
        int n = ByteSlices.len(s);
        if (n == 0) {
            return -1;
        }
        byte[] st = ByteSlices.store(s);
        for (int i = 0; i < n; i++) {
            if ((st[s.off + i] & 0xFF) == c) {
                return i;
            }
        }
        return -1;
    }

    /** First index &gt;= from where sep occurs in s, or -1. */
    static int index(GoSlice s, GoSlice sep, int from) {
        int n = ByteSlices.len(s);
        int m = ByteSlices.len(sep);
        if (m == 0) {
            return from <= n ? from : -1;
        }
        byte[] st = ByteSlices.store(s);
        int first = ByteSlices.at(sep, 0);
        for (int i = from; i + m <= n; i++) {
            if ((st[s.off + i] & 0xFF) == first && regionEquals(s, i, sep)) {
                return i;
            }
        }
        return -1;
    }

    static int lastIndex(GoSlice s, GoSlice sep) {
        int n = ByteSlices.len(s);
        int m = ByteSlices.len(sep);
        for (int i = n - m; i >= 0; i--) {
            if (regionEquals(s, i, sep)) {
                return i;
            }
        }
        return -1;
    }
}
