package gotruffle.stdlib.natives;

import gotruffle.values.GoSlice;

/** Conversions between Go []byte (a long per byte) / byte-strings and Java byte[]. */
final class ByteSlices {
    private ByteSlices() {}

    static byte[] toBytes(Object slice) {
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

    static GoSlice fromBytes(byte[] b) {
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
