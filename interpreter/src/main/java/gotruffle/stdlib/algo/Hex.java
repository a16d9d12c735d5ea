package gotruffle.stdlib.algo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * encoding/hex of Go 1.19 over byte arrays (Go strings and []byte are both bytes): lowercase
 * encoding, decoding that stops at the first bad pair with Go's errors, and hex.Dump's layout.
 */
public final class Hex {
    private Hex() {}

    private static final byte[] DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    /** A decoding error: Go's hex.InvalidByteError or hex.ErrLength. */
    public sealed interface DecodeError permits InvalidByte, OddLength {
        /** err.Error(), as a Java string (encode as UTF-8 to get Go's bytes). */
        String message();
    }

    /** hex.InvalidByteError(b); {@code b} is the offending byte (0..255). */
    public record InvalidByte(int b) implements DecodeError {
        @Override
        public String message() {
            return "encoding/hex: invalid byte: " + formatSharpU(b);
        }
    }

    /** hex.ErrLength, a single sentinel value in Go (programs compare with ==). */
    public enum OddLength implements DecodeError {
        ERR_LENGTH;

        @Override
        public String message() {
            return "encoding/hex: odd length hex string";
        }
    }

    /** Bytes written to dst and the error (null for Go's nil). */
    public record Decoded(int n, DecodeError err) {}

    public static long encodedLen(long n) {
        return n * 2;
    }

    public static long decodedLen(long x) {
        return x / 2;
    }

    /** hex.Encode: writes 2*len bytes at dst[dstOff]; returns that count. */
    public static int encode(byte[] dst, int dstOff, byte[] src, int off, int len) {
        int j = dstOff;
        for (int i = off; i < off + len; i++) {
            int v = src[i] & 0xff;
            dst[j] = DIGITS[v >>> 4];
            dst[j + 1] = DIGITS[v & 0x0f];
            j += 2;
        }
        return len * 2;
    }

    /** hex.EncodeToString, as the bytes of the resulting Go string. */
    public static byte[] encodeToString(byte[] src, int off, int len) {
        byte[] dst = new byte[len * 2];
        encode(dst, 0, src, off, len);
        return dst;
    }

    /** Value of one hex digit (either case), or -1. */
    private static int fromHexChar(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /**
     * hex.Decode: decodes pairs until the first invalid byte (first of the pair checked first).
     * An odd trailing byte gives InvalidByte if it is not a hex digit, else ErrLength. dst may be
     * src itself (Go's DecodeString decodes in place).
     */
    public static Decoded decode(byte[] dst, int dstOff, byte[] src, int off, int len) {
        int i = 0;
        int j = 1;
        for (; j < len; j += 2) {
            int p = src[off + j - 1] & 0xff;
            int q = src[off + j] & 0xff;
            int a = fromHexChar(p);
            int b = fromHexChar(q);
            if (a < 0) {
                return new Decoded(i, new InvalidByte(p));
            }
            if (b < 0) {
                return new Decoded(i, new InvalidByte(q));
            }
            dst[dstOff + i] = (byte) ((a << 4) | b);
            i++;
        }
        if (len % 2 == 1) {
            int last = src[off + j - 1] & 0xff;
            if (fromHexChar(last) < 0) {
                return new Decoded(i, new InvalidByte(last));
            }
            return new Decoded(i, OddLength.ERR_LENGTH);
        }
        return new Decoded(i, null);
    }

    /** Result of hex.DecodeString: the decoded prefix (Go returns it even with an error) and err. */
    public record DecodedString(byte[] bytes, DecodeError err) {}

    public static DecodedString decodeString(byte[] s, int off, int len) {
        byte[] buf = new byte[len / 2];
        Decoded d = decode(buf, 0, s, off, len);
        byte[] out = d.n() == buf.length ? buf : Arrays.copyOf(buf, d.n());
        return new DecodedString(out, d.err());
    }

    /** hex.Dump: the `hexdump -C` style lines Dumper produces, as bytes (empty for no data). */
    public static byte[] dump(byte[] data, int off, int len) {
        if (len == 0) {
            return new byte[0];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream((1 + (len - 1) / 16) * 79);
        HexDumper d = new HexDumper((b, o, l) -> {
            out.write(b, o, l);
            return null;
        });
        d.write(data, off, len);
        d.close();
        return out.toByteArray();
    }

    /**
     * fmt's %#U of a rune below 256: U+XXXX, then the quoted character if strconv.IsPrint
     * accepts it (printable ASCII, and Latin-1 from U+00A1 except the soft hyphen U+00AD).
     */
    static String formatSharpU(int r) {
        String s = String.format("U+%04X", r);
        boolean print = (r >= 0x20 && r <= 0x7e) || (r >= 0xa1 && r <= 0xff && r != 0xad);
        return print ? s + " '" + (char) r + "'" : s;
    }
}
