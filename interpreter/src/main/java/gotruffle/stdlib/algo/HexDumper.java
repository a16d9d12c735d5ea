package gotruffle.stdlib.algo;

/**
 * hex.Dumper: streams `hexdump -C` lines to a writer, issuing the same Write calls as Go (an
 * offset, one call per byte, the ASCII column at the end of each line), so a user io.Writer sees
 * identical calls and a write error stops it at the same point.
 */
public final class HexDumper {

    /** The underlying io.Writer; returns Go's error value, or null for nil. */
    @FunctionalInterface
    public interface Sink {
        Object write(byte[] b, int off, int len);
    }

    /** (n, err) of Write and Close; err is whatever the sink returned, or a DumperClosed. */
    public record Result(int n, Object err) {}

    /** errors.New("encoding/hex: dumper closed"), a fresh error value on each call as in Go. */
    public record DumperClosed() {
        public String message() {
            return "encoding/hex: dumper closed";
        }
    }

    private final Sink w;
    private final byte[] rightChars = new byte[18];
    private final byte[] buf = new byte[14];
    private int used; // bytes on the current line
    private long n; // bytes written in total (only the low 32 bits are printed)
    private boolean closed;

    public HexDumper(Sink w) {
        this.w = w;
    }

    private static byte toChar(byte b) {
        return b < 32 || b > 126 ? (byte) '.' : b;
    }

    public Result write(byte[] data, int off, int len) {
        if (closed) {
            return new Result(0, new DumperClosed());
        }
        int written = 0;
        for (int i = off; i < off + len; i++) {
            if (used == 0) {
                // Line prefix: the offset as 8 hex digits and two spaces.
                buf[0] = (byte) (n >>> 24);
                buf[1] = (byte) (n >>> 16);
                buf[2] = (byte) (n >>> 8);
                buf[3] = (byte) n;
                Hex.encode(buf, 4, buf, 0, 4);
                buf[12] = ' ';
                buf[13] = ' ';
                Object err = w.write(buf, 4, 10);
                if (err != null) {
                    return new Result(written, err);
                }
            }
            Hex.encode(buf, 0, data, i, 1);
            buf[2] = ' ';
            int l = 3;
            if (used == 7) {
                buf[3] = ' '; // extra gap between the two groups of 8
                l = 4;
            } else if (used == 15) {
                buf[3] = ' ';
                buf[4] = '|';
                l = 5;
            }
            Object err = w.write(buf, 0, l);
            if (err != null) {
                return new Result(written, err);
            }
            written++;
            rightChars[used] = toChar(data[i]);
            used++;
            n++;
            if (used == 16) {
                rightChars[16] = '|';
                rightChars[17] = '\n';
                err = w.write(rightChars, 0, 18);
                if (err != null) {
                    return new Result(written, err);
                }
                used = 0;
            }
        }
        return new Result(written, null);
    }

    /** Pads a partial last line and writes its ASCII column; a second Close does nothing. */
    public Result close() {
        if (closed) {
            return new Result(0, null);
        }
        closed = true;
        if (used == 0) {
            return new Result(0, null);
        }
        buf[0] = ' ';
        buf[1] = ' ';
        buf[2] = ' ';
        buf[3] = ' ';
        buf[4] = '|';
        int nBytes = used;
        while (used < 16) {
            int l = 3;
            if (used == 7) {
                l = 4;
            } else if (used == 15) {
                l = 5;
            }
            Object err = w.write(buf, 0, l);
            if (err != null) {
                return new Result(0, err);
            }
            used++;
        }
        rightChars[nBytes] = '|';
        rightChars[nBytes + 1] = '\n';
        return new Result(0, w.write(rightChars, 0, nBytes + 2));
    }
}
