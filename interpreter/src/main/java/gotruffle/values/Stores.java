package gotruffle.values;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Backing stores of arrays and slices: byte[] for uint8 (byte) elements, long[] for every other
 * integer kind, double[] for floats, Object[] for everything else. The element kind is static in
 * Go, so nodes pick the right access; these generic helpers serve the slow paths (fmt, copy,
 * append of mixed callers). A byte[] element reads as its unsigned value (uint8 only lives there).
 */
public final class Stores {
    private Stores() {}

    public static Object get(Object store, int i) {
        if (store instanceof byte[] b) {
            return (long) (b[i] & 0xFF);
        } else if (store instanceof long[] l) {
            return l[i];
        } else if (store instanceof double[] d) {
            return d[i];
        }
        return ((Object[]) store)[i];
    }

    public static void set(Object store, int i, Object v) {
        if (store instanceof byte[] b) {
            b[i] = (byte) (long) (Long) v;
        } else if (store instanceof long[] l) {
            l[i] = (Long) v;
        } else if (store instanceof double[] d) {
            d[i] = (Double) v;
        } else {
            ((Object[]) store)[i] = v;
        }
    }

    /** Exchanges elements i and j without boxing them. */
    public static void swap(Object store, int i, int j) {
        if (store instanceof byte[] b) {
            byte x = b[i];
            b[i] = b[j];
            b[j] = x;
        } else if (store instanceof long[] l) {
            long x = l[i];
            l[i] = l[j];
            l[j] = x;
        } else if (store instanceof double[] d) {
            double x = d[i];
            d[i] = d[j];
            d[j] = x;
        } else {
            Object[] o = (Object[]) store;
            Object x = o[i];
            o[i] = o[j];
            o[j] = x;
        }
    }

    public static int length(Object store) {
        if (store instanceof byte[] b) {
            return b.length;
        } else if (store instanceof long[] l) {
            return l.length;
        } else if (store instanceof double[] d) {
            return d.length;
        }
        return ((Object[]) store).length;
    }

    /** A new store of the same kind as {@code like} with {@code n} elements (zeroed for primitives, null otherwise). */
    public static Object newLike(Object like, int n) {
        if (like instanceof byte[]) {
            return new byte[n];
        } else if (like instanceof long[]) {
            return new long[n];
        } else if (like instanceof double[]) {
            return new double[n];
        }
        return new Object[n];
    }

    public static Object copyOf(Object store, int n) {
        if (store instanceof byte[] b) {
            return Arrays.copyOf(b, n);
        } else if (store instanceof long[] l) {
            return Arrays.copyOf(l, n);
        } else if (store instanceof double[] d) {
            return Arrays.copyOf(d, n);
        }
        return Arrays.copyOf((Object[]) store, n);
    }

    /** A new store of store[from:to]. */
    public static Object copyOfRange(Object store, int from, int to) {
        if (store instanceof byte[] b) {
            return Arrays.copyOfRange(b, from, to);
        } else if (store instanceof long[] l) {
            return Arrays.copyOfRange(l, from, to);
        } else if (store instanceof double[] d) {
            return Arrays.copyOfRange(d, from, to);
        }
        return Arrays.copyOfRange((Object[]) store, from, to);
    }

    /** The byte-string (chars 0..255, the interpreter's string representation) of b[off:off+n]. */
    public static String byteString(byte[] b, int off, int n) {
        return new String(b, off, n, StandardCharsets.ISO_8859_1);
    }

    /** The bytes of byte-string s in a new array. */
    public static byte[] bytesOf(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Puts the bytes s[from:to] of byte-string s into dst from at (the chars are 0..255: no encoding). */
    @SuppressWarnings("deprecation")
    public static void putString(String s, int from, int to, byte[] dst, int at) {
        s.getBytes(from, to, dst, at);
    }

    public static void arraycopy(Object src, int srcPos, Object dst, int dstPos, int n) {
        System.arraycopy(src, srcPos, dst, dstPos, n);
    }
}
