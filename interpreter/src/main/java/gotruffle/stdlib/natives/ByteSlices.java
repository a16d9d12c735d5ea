package gotruffle.stdlib.natives;

import gotruffle.values.GoSlice;

/** Conversions between Go []byte slices (long[] stores, one long per byte) and byte-strings. */
public final class ByteSlices {
    private ByteSlices() {}

    /** The bytes of s as a byte-string (nil → ""). */
    public static String str(GoSlice s) {
        return s == null ? "" : str(s, 0, s.len);
    }

    /** The byte-string of s[from:to]. */
    public static String str(GoSlice s, int from, int to) {
        if (s == null || from >= to) {
            return "";
        }
        long[] st = (long[]) s.store;
        char[] c = new char[to - from];
        for (int i = 0; i < c.length; i++) {
            c[i] = (char) (st[s.off + from + i] & 0xFF);
        }
        return new String(c);
    }

    /** A fresh []byte holding the bytes of byte-string bs. */
    public static GoSlice slice(String bs) {
        long[] st = new long[bs.length()];
        for (int i = 0; i < st.length; i++) {
            st[i] = bs.charAt(i);
        }
        return new GoSlice(st, 0, st.length, st.length);
    }

    /** s[i] as an unsigned byte. */
    public static int at(GoSlice s, int i) {
        return (int) (((long[]) s.store)[s.off + i] & 0xFF);
    }

    public static int len(GoSlice s) {
        return s == null ? 0 : s.len;
    }

    /** A []string result of length n whose backing array has the given capacity. */
    public static GoSlice strings(Object[] store, int n) {
        return new GoSlice(store, 0, n, store.length);
    }

    /** Copies src[0:n] into dst[0:n] (n <= len(dst)). */
    public static void copyInto(GoSlice dst, byte[] src, int n) {
        long[] st = (long[]) dst.store;
        for (int i = 0; i < n; i++) {
            st[dst.off + i] = src[i] & 0xFF;
        }
    }

    /** Copies the remaining bytes of src into dst from its start (dst must be long enough). */
    public static void copyIn(GoSlice dst, java.nio.ByteBuffer src) {
        int n = src.remaining();
        if (n == 0) {
            return;
        }
        long[] st = (long[]) dst.store;
        int base = dst.off;
        for (int i = 0; i < n; i++) {
            st[base + i] = src.get() & 0xFF;
        }
    }

    /** Puts the n bytes of src[from:from+n] into dst. */
    public static void copyOut(java.nio.ByteBuffer dst, GoSlice src, int from, int n) {
        if (n == 0) {
            return;
        }
        long[] st = (long[]) src.store;
        int base = src.off + from;
        for (int i = 0; i < n; i++) {
            dst.put((byte) st[base + i]);
        }
    }

    public static byte[] toBytes(Object slice) {
        GoSlice s = (GoSlice) slice;
        if (s == null) {
            return new byte[0];
        }
        long[] st = (long[]) s.store;
        byte[] b = new byte[s.len];
        for (int i = 0; i < s.len; i++) {
            b[i] = (byte) st[s.off + i];
        }
        return b;
    }

    public static GoSlice fromBytes(byte[] b) {
        long[] st = new long[b.length];
        for (int i = 0; i < b.length; i++) {
            st[i] = b[i] & 0xFF;
        }
        return new GoSlice(st, 0, b.length, b.length);
    }

    /** A Java string of chars 0..255, one per byte (the interpreter's string representation). */
    static String byteString(byte[] b) {
        char[] c = new char[b.length];
        for (int i = 0; i < b.length; i++) {
            c[i] = (char) (b[i] & 0xFF);
        }
        return new String(c);
    }

    static byte[] ofByteString(String s) {
        byte[] b = new byte[s.length()];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) s.charAt(i);
        }
        return b;
    }
}
