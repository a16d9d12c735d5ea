package gotruffle.stdlib.natives;

import gotruffle.values.GoSlice;
import gotruffle.values.Stores;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Go []byte slices (byte[] stores, see {@link Stores}) for the natives: byte-strings, Java byte
 * arrays and ByteBuffers in and out. Natives reach a []byte's store only through here.
 */
public final class ByteSlices {
    private ByteSlices() {}

    /** The store of a non-nil []byte. */
    public static byte[] store(GoSlice s) {
        return (byte[]) s.store;
    }

    /** The bytes of s as a byte-string (nil → ""). */
    public static String str(GoSlice s) {
        return s == null ? "" : str(s, 0, s.len);
    }

    /** The byte-string of s[from:to]. */
    public static String str(GoSlice s, int from, int to) {
        if (s == null || from >= to) {
            return "";
        }
        return Stores.byteString(store(s), s.off + from, to - from);
    }

    /** A fresh []byte holding the bytes of byte-string bs. */
    public static GoSlice slice(String bs) {
        return fromBytes(Stores.bytesOf(bs));
    }

    /** s[i] as an unsigned byte. */
    public static int at(GoSlice s, int i) {
        return store(s)[s.off + i] & 0xFF;
    }

    /** s[from:to] of a non-nil []byte, sharing its array (capacity as Go's slicing gives). */
    public static GoSlice sub(GoSlice s, int from, int to) {
        return new GoSlice(s.store, s.off + from, to - from, s.cap - from);
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
        if (n > 0) {
            System.arraycopy(src, 0, store(dst), dst.off, n);
        }
    }

    /** Puts the bytes of byte-string s into dst[at:at+len(s)] (dst must be long enough). */
    public static void putString(GoSlice dst, int at, String s) {
        if (!s.isEmpty()) {
            Stores.putString(s, 0, s.length(), store(dst), dst.off + at);
        }
    }

    /** A ByteBuffer over s's own bytes (reads into it fill the slice; nil → empty). */
    public static ByteBuffer wrap(GoSlice s) {
        return s == null ? ByteBuffer.allocate(0) : ByteBuffer.wrap(store(s), s.off, s.len).slice();
    }

    /** Copies the remaining bytes of src into dst from its start (dst must be long enough). */
    public static void copyIn(GoSlice dst, ByteBuffer src) {
        int n = src.remaining();
        if (n == 0) {
            return;
        }
        src.get(store(dst), dst.off, n);
    }

    /** Puts the n bytes of src[from:from+n] into dst. */
    public static void copyOut(ByteBuffer dst, GoSlice src, int from, int n) {
        if (n == 0) {
            return;
        }
        dst.put(store(src), src.off + from, n);
    }

    /** A copy of s's bytes (nil → empty). */
    public static byte[] toBytes(Object slice) {
        GoSlice s = (GoSlice) slice;
        if (s == null) {
            return new byte[0];
        }
        return Arrays.copyOfRange(store(s), s.off, s.off + s.len);
    }

    /** A []byte over b itself (not copied). */
    public static GoSlice fromBytes(byte[] b) {
        return new GoSlice(b, 0, b.length, b.length);
    }

    /** A Java string of chars 0..255, one per byte (the interpreter's string representation). */
    static String byteString(byte[] b) {
        return Stores.byteString(b, 0, b.length);
    }

    static byte[] ofByteString(String s) {
        return Stores.bytesOf(s);
    }
}
