package gotruffle.values;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Go strings as the nodes see them: a java.lang.String (one char per byte) or, where the
 * compiler allows it, a {@link GoSubstring} view. Code that may get a view reads it only
 * through these helpers; everything else gets Strings (see {@link #flat}).
 */
public final class GoStrings {
    private GoStrings() {}

    /** s as a java.lang.String: a view is copied out, a String is returned as is. */
    public static String flat(Object s) {
        if (s instanceof GoSubstring v) {
            return v.flatten();
        }
        return (String) s;
    }

    public static int length(Object s) {
        if (s instanceof GoSubstring v) {
            return v.len;
        }
        return ((String) s).length();
    }

    /** s[from:to] (bounds already checked) as a view, or s itself when it is all of s. */
    public static Object view(Object s, int from, int to) {
        if (s instanceof GoSubstring v) {
            if (from == 0 && to == v.len) {
                return v;
            }
            return new GoSubstring(v.base, v.off + from, to - from);
        }
        String str = (String) s;
        if (from == 0 && to == str.length()) {
            return str;
        }
        return new GoSubstring(str, from, to - from);
    }

    /** s[from:to] (bounds already checked) as a String of its own. */
    @TruffleBoundary
    public static String substring(Object s, int from, int to) {
        if (s instanceof GoSubstring v) {
            return v.base.substring(v.off + from, v.off + to);
        }
        return ((String) s).substring(from, to);
    }

    /** Go's byte-wise comparison: negative, zero or positive. */
    @TruffleBoundary
    public static int compare(Object a, Object b) {
        if (a instanceof String x && b instanceof String y) {
            return x.compareTo(y); // chars are bytes 0..255: UTF-16 order is Go's byte order
        }
        String xb = base(a), yb = base(b);
        int xo = offset(a), yo = offset(b);
        int xl = length(a), yl = length(b);
        int n = Math.min(xl, yl);
        for (int i = 0; i < n; i++) {
            int d = xb.charAt(xo + i) - yb.charAt(yo + i);
            if (d != 0) {
                return d;
            }
        }
        return xl - yl;
    }

    @TruffleBoundary
    public static boolean equal(Object a, Object b) {
        if (a instanceof String x && b instanceof String y) {
            return x.equals(y);
        }
        int n = length(a);
        return n == length(b) && base(a).regionMatches(offset(a), base(b), offset(b), n);
    }

    @TruffleBoundary
    public static String concat(Object a, Object b) {
        if (a instanceof String x && b instanceof String y) {
            return x.concat(y);
        }
        int xl = length(a), yl = length(b);
        StringBuilder sb = new StringBuilder(xl + yl);
        sb.append(base(a), offset(a), offset(a) + xl);
        sb.append(base(b), offset(b), offset(b) + yl);
        return sb.toString();
    }

    /** The index of substring sub in s, or -1 (strings.Index without copying a view). */
    @TruffleBoundary
    public static int index(Object s, Object sub) {
        if (s instanceof String x) {
            return x.indexOf(flat(sub));
        }
        int off = offset(s);
        int i = base(s).indexOf(flat(sub), off, off + length(s));
        return i < 0 ? -1 : i - off;
    }

    /** The index of byte c in s, or -1 (strings.IndexByte without copying a view). */
    @TruffleBoundary
    public static int indexByte(Object s, char c) {
        if (s instanceof GoSubstring v) {
            int i = v.base.indexOf(c, v.off, v.off + v.len);
            return i < 0 ? -1 : i - v.off;
        }
        return ((String) s).indexOf(c);
    }

    /** The String holding s's bytes, from {@link #offset} for {@link #length} chars (a view's base, or s). */
    public static String base(Object s) {
        return s instanceof GoSubstring v ? v.base : (String) s;
    }

    public static int offset(Object s) {
        return s instanceof GoSubstring v ? v.off : 0;
    }
}
