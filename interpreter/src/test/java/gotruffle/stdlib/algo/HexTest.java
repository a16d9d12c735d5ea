package gotruffle.stdlib.algo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;

/**
 * Replays encoding_hex.txt from Go 1.19.8; all byte strings are hex, "-" when empty.
 * <pre>
 *   decode IN = OUT ERR        hex.DecodeString; ERR is "-" or KIND:MESSAGE (KIND invalid:B or length)
 *   encode IN = OUT            hex.EncodeToString
 *   dump IN = OUT              hex.Dump
 *   dumper CHUNKS FAIL = RESULTS CALLS   a Dumper fed CHUNKS (bytes i*13+k) then Close twice and
 *                              a Write after Close, to a writer failing its FAIL-th Write; RESULTS
 *                              are n/failed per call, CALLS the bytes of each Write the writer saw
 * </pre>
 */
class HexTest {
    private static final HexFormat HF = HexFormat.of();

    private static byte[] unhex(String s) {
        return s.equals("-") ? new byte[0] : HF.parseHex(s);
    }

    private static String hex(byte[] b) {
        return b.length == 0 ? "-" : HF.formatHex(b);
    }

    private static String hex(String s) {
        return hex(s.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] data(int n, int mul, int add) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * mul + add);
        }
        return b;
    }

    private static String err(Hex.DecodeError e) {
        if (e == null) {
            return "-";
        }
        String kind = e instanceof Hex.InvalidByte ib ? "invalid:" + ib.b() : "length";
        return kind + ":" + hex(e.message());
    }

    @Test
    void replayGoOutputs() throws Exception {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (String line : TestData.lines("encoding_hex.txt")) {
            String[] parts = line.split(" = ", 2);
            String[] w = parts[0].split(" ");
            String actual = switch (w[0]) {
                case "decode" -> {
                    byte[] in = unhex(w[1]);
                    Hex.DecodedString d = Hex.decodeString(in, 0, in.length);
                    yield hex(d.bytes()) + " " + err(d.err());
                }
                case "encode" -> {
                    byte[] in = unhex(w[1]);
                    yield hex(Hex.encodeToString(in, 0, in.length));
                }
                case "dump" -> {
                    byte[] in = unhex(w[1]);
                    yield hex(Hex.dump(in, 0, in.length));
                }
                case "dumper" -> dumper(w);
                default -> throw new IllegalArgumentException(line);
            };
            checked++;
            if (!actual.equals(parts[1]) && failures.size() < 20) {
                failures.add(line + "\n    got " + actual);
            }
        }
        assertTrue(checked > 1000);
        assertEquals(List.of(), failures);
    }

    private static String dumper(String[] w) {
        int failAt = Integer.parseInt(w[w.length - 1]);
        List<String> calls = new ArrayList<>();
        HexDumper d = new HexDumper((b, off, len) -> {
            byte[] c = new byte[len];
            System.arraycopy(b, off, c, 0, len);
            calls.add(hex(c));
            return calls.size() == failAt ? "boom" : null;
        });
        StringJoiner results = new StringJoiner(",");
        int k = 0;
        for (int i = 1; i < w.length - 1; i++) {
            int c = Integer.parseInt(w[i]);
            HexDumper.Result r = d.write(data(c, 13, k), 0, c);
            results.add(r.n() + "/" + (r.err() != null));
            k += c;
        }
        results.add("close/" + (d.close().err() != null));
        results.add("close/" + (d.close().err() != null));
        HexDumper.Result r = d.write(new byte[] {1}, 0, 1);
        results.add(r.n() + "/other:" + hex(((HexDumper.DumperClosed) r.err()).message()));
        return results + " " + String.join(",", calls);
    }

    @Test
    void decodeInPlaceLikeDecodeString() {
        byte[] b = "4a6B7a".getBytes(StandardCharsets.US_ASCII);
        Hex.Decoded d = Hex.decode(b, 0, b, 0, b.length);
        assertEquals(3, d.n());
        assertEquals(null, d.err());
        assertEquals("4a6b7a", HF.formatHex(b, 0, 3));
    }

    @Test
    void dumpMatchesStreamingDumper() {
        byte[] in = data(45, 7, 3);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HexDumper d = new HexDumper((b, off, len) -> {
            out.write(b, off, len);
            return null;
        });
        d.write(in, 0, 20);
        d.write(in, 20, 25);
        d.close();
        assertEquals(hex(Hex.dump(in, 0, in.length)), hex(out.toByteArray()));
    }
}
