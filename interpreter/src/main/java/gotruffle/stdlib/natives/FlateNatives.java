package gotruffle.stdlib.natives;

import gotruffle.nodes.call.Native;
import gotruffle.values.GoSlice;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Natives of compress/flate: raw DEFLATE streams on the JDK's zlib. The Go side keeps the
 * Inflater or Deflater as an opaque handle and decides how much input to hand over (it must
 * not read past the end of a stream, see inflate.go).
 */
public final class FlateNatives {
    private FlateNatives() {}

    private static final int HUFFMAN_ONLY = -2;
    private static final int[] FLUSH = {Deflater.NO_FLUSH, Deflater.SYNC_FLUSH, Deflater.FULL_FLUSH};

    public static void register(Map<String, Native> t) {
        t.put("compress/flate.newInflater", (ctx, f, a) -> {
            Inflater inf = new Inflater(true);
            setDictionary(inf, (GoSlice) a[0]);
            return inf;
        });
        t.put("compress/flate.resetInflater", (ctx, f, a) -> {
            Inflater inf = (Inflater) a[0];
            inf.reset();
            setDictionary(inf, (GoSlice) a[1]);
            return null;
        });
        t.put("compress/flate.inflate", (ctx, f, a) -> {
            Inflater inf = (Inflater) a[0];
            GoSlice in = (GoSlice) a[1];
            GoSlice out = (GoSlice) a[2];
            int inLen = ByteSlices.len(in);
            if (inLen > 0) {
                inf.setInput(ByteSlices.store(in), in.off, inLen);
            }
            long written = inf.getBytesWritten();
            boolean corrupt = false;
            if (ByteSlices.len(out) > 0) {
                try {
                    inf.inflate(ByteSlices.store(out), out.off, out.len);
                } catch (DataFormatException e) {
                    corrupt = true;
                }
            }
            long consumed = corrupt ? inLen : inLen - inf.getRemaining();
            long produced = inf.getBytesWritten() - written;
            return new Object[] {consumed, produced, !corrupt && inf.finished(), corrupt, inf.getBytesRead()};
        });
        t.put("compress/flate.newDeflater", (ctx, f, a) -> {
            int level = (int) (long) (Long) a[0];
            Deflater d = new Deflater(level == HUFFMAN_ONLY ? Deflater.DEFAULT_COMPRESSION : level, true);
            if (level == HUFFMAN_ONLY) {
                d.setStrategy(Deflater.HUFFMAN_ONLY);
            }
            setDictionary(d, (GoSlice) a[1]);
            return d;
        });
        t.put("compress/flate.resetDeflater", (ctx, f, a) -> {
            Deflater d = (Deflater) a[0];
            d.reset();
            setDictionary(d, (GoSlice) a[1]);
            return null;
        });
        t.put("compress/flate.deflate", (ctx, f, a) -> {
            Deflater d = (Deflater) a[0];
            GoSlice in = (GoSlice) a[1];
            int mode = (int) (long) (Long) a[2];
            if (ByteSlices.len(in) > 0) {
                d.setInput(ByteSlices.store(in), in.off, in.len);
            }
            if (mode == 2) {
                d.finish();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            while (true) {
                int n = mode == 2 ? d.deflate(buf) : d.deflate(buf, 0, buf.length, FLUSH[mode]);
                out.write(buf, 0, n);
                // Done when zlib has taken all input and, for a flush, had room to spare.
                boolean done = mode == 2 ? d.finished() : d.needsInput() && (mode == 0 || n < buf.length);
                if (done) {
                    break;
                }
            }
            return ByteSlices.fromBytes(out.toByteArray());
        });
    }

    private static void setDictionary(Inflater inf, GoSlice dict) {
        if (ByteSlices.len(dict) > 0) {
            inf.setDictionary(ByteSlices.toBytes(dict));
        }
    }

    private static void setDictionary(Deflater d, GoSlice dict) {
        if (ByteSlices.len(dict) > 0) {
            d.setDictionary(ByteSlices.toBytes(dict));
        }
    }
}
