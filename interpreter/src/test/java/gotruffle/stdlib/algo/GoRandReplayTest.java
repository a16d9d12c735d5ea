package gotruffle.stdlib.algo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;

/**
 * Replays math_rand.txt, printed by a Go 1.19.8 program, line by line:
 * <pre>
 *   global              current Rand = the top-level functions' Rand (never seeded)
 *   new SEED            current Rand = rand.New(rand.NewSource(SEED))
 *   new63 SEED          same, but the source hides Uint64 (Rand must combine two Int63 calls)
 *   seed SEED           current.Seed(SEED)
 *   OP ARG = RESULT     one call; floats as IEEE bits in hex, Perm as a list, Shuffle as its
 *                       swap(i, j) calls, Read as hex bytes, a panic as "panic:VALUE"
 *   Zipf S,V,IMAX = ..  50 draws of rand.NewZipf(current, S, V, IMAX), or nil
 *   digest SEED OP ARG COUNT = HASH   hash of COUNT calls on a fresh rand.New(rand.NewSource(SEED))
 * </pre>
 */
class GoRandReplayTest {

    /** Hides RngSource's uint64 the way a Go type with only Int63 and Seed would. */
    private record Only63(RngSource s) implements GoRand.Source {
        @Override
        public long int63() {
            return s.int63();
        }

        @Override
        public void seed(long seed) {
            s.seed(seed);
        }
    }

    @Test
    void replayGoOutputs() throws Exception {
        List<String> lines = TestData.lines("math_rand.txt");
        List<String> failures = new ArrayList<>();
        GoRand cur = null;
        int checked = 0;
        for (String line : lines) {
            String[] parts = line.split(" = ", 2);
            String[] words = parts[0].split(" ");
            String actual;
            switch (words[0]) {
                case "global" -> {
                    cur = GoRand.newTopLevel();
                    continue;
                }
                case "new" -> {
                    cur = new GoRand(Long.parseLong(words[1]));
                    continue;
                }
                case "new63" -> {
                    cur = new GoRand(new Only63(new RngSource(Long.parseLong(words[1]))));
                    continue;
                }
                case "seed" -> {
                    cur.seed(Long.parseLong(words[1]));
                    continue;
                }
                case "Zipf" -> actual = zipf(cur, words[1]);
                case "digest" -> actual = digest(Long.parseLong(words[1]), words[2], Long.parseLong(words[3]),
                        Integer.parseInt(words[4]));
                default -> actual = call(cur, words[0], Long.parseLong(words[1]));
            }
            checked++;
            if (!actual.equals(parts[1]) && failures.size() < 20) {
                failures.add(line + "\n    got " + actual);
            }
        }
        assertTrue(checked > 20000, "too few checks: " + checked);
        assertEquals(List.of(), failures);
    }

    static String call(GoRand r, String op, long arg) {
        try {
            return switch (op) {
                case "Int63" -> Long.toString(r.int63());
                case "Int" -> Long.toString(r.intValue());
                case "Uint64" -> Long.toUnsignedString(r.uint64());
                case "Uint32" -> Integer.toUnsignedString(r.uint32());
                case "Int31" -> Integer.toString(r.int31());
                case "Int63n" -> Long.toString(r.int63n(arg));
                case "Int31n" -> Integer.toString(r.int31n((int) arg));
                case "Intn" -> Long.toString(r.intn(arg));
                case "Float64" -> hex64(r.float64());
                case "Float32" -> String.format("%08x", Float.floatToRawIntBits(r.float32()));
                case "NormFloat64" -> hex64(r.normFloat64());
                case "ExpFloat64" -> hex64(r.expFloat64());
                case "Perm" -> {
                    StringJoiner j = new StringJoiner(",");
                    for (long v : r.perm(arg)) {
                        j.add(Long.toString(v));
                    }
                    yield j.toString();
                }
                case "Shuffle" -> {
                    StringJoiner j = new StringJoiner(",");
                    r.shuffle(arg, (a, b) -> j.add(a + ":" + b));
                    yield j.toString();
                }
                case "Read" -> {
                    byte[] p = new byte[(int) arg + 2];
                    assertEquals((int) arg, r.read(p, 1, (int) arg));
                    StringBuilder sb = new StringBuilder();
                    for (int i = 1; i <= arg; i++) {
                        sb.append(String.format("%02x", p[i] & 0xff));
                    }
                    yield sb.toString();
                }
                default -> throw new IllegalArgumentException("unknown op " + op);
            };
        } catch (AlgoPanic p) {
            return "panic:" + p.getMessage();
        }
    }

    private static String hex64(double d) {
        return String.format("%016x", Double.doubleToRawLongBits(d));
    }

    private static String zipf(GoRand r, String args) {
        String[] a = args.split(",");
        GoZipf z = GoZipf.newZipf(r, Double.parseDouble(a[0]), Double.parseDouble(a[1]), Long.parseUnsignedLong(a[2]));
        if (z == null) {
            return "nil";
        }
        StringJoiner j = new StringJoiner(",");
        for (int k = 0; k < 50; k++) {
            j.add(Long.toUnsignedString(z.uint64()));
        }
        return j.toString();
    }

    private static String digest(long seed, String op, long arg, int count) {
        GoRand r = new GoRand(seed);
        long[] h = {TestData.FNV_OFFSET};
        for (int k = 0; k < count; k++) {
            switch (op) {
                case "Uint64" -> h[0] = TestData.mix(h[0], r.uint64());
                case "Int63n" -> h[0] = TestData.mix(h[0], r.int63n(arg));
                case "Int31n" -> h[0] = TestData.mix(h[0], r.int31n((int) arg));
                case "Intn" -> h[0] = TestData.mix(h[0], r.intn(arg));
                case "Float64" -> h[0] = TestData.mix(h[0], Double.doubleToRawLongBits(r.float64()));
                case "Float32" -> h[0] = TestData.mix(h[0], Float.floatToRawIntBits(r.float32()) & 0xffffffffL);
                case "NormFloat64" -> h[0] = TestData.mix(h[0], Double.doubleToRawLongBits(r.normFloat64()));
                case "ExpFloat64" -> h[0] = TestData.mix(h[0], Double.doubleToRawLongBits(r.expFloat64()));
                case "Perm" -> {
                    for (long v : r.perm(arg)) {
                        h[0] = TestData.mix(h[0], v);
                    }
                }
                case "Shuffle" -> r.shuffle(arg, (i, j) -> h[0] = TestData.mix(TestData.mix(h[0], i), j));
                case "Read" -> {
                    byte[] p = new byte[(int) arg];
                    r.read(p, 0, p.length);
                    for (byte b : p) {
                        h[0] = TestData.mix(h[0], b & 0xff);
                    }
                }
                default -> throw new IllegalArgumentException("unknown digest op " + op);
            }
        }
        return String.format("%016x", h[0]);
    }
}
