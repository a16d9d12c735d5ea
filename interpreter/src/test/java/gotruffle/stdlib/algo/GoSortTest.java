package gotruffle.stdlib.algo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;

/**
 * Replays sort.txt from Go 1.19.8:
 * <pre>
 *   FN PATTERN N SEED = ORDER LENS LESS SWAPS CALLHASH
 *       records (key from PATTERN, id = original index) sorted by key with FN (Sort, Slice,
 *       Stable, SliceStable, or SortChaos whose Less ignores the data); ORDER lists the ids
 *       afterwards (or hashes them above 60 elements); LENS/LESS/SWAPS count calls and CALLHASH
 *       hashes every Less(i, j) and Swap(i, j) in order (Slice's reflect swapper is not traced)
 *   Float64s N = HASH          bits of sort.Float64s over a mix of -0, +0, NaN, -Inf, small ints
 *   Search N T = I PROBES      sort.Search(N, h >= T) and the indices it probed
 *   Find N T = I FOUND PROBES  sort.Find(N, T - h)
 * </pre>
 */
class GoSortTest {

    private static long lcg;

    private static long next() {
        lcg = lcg * 6364136223846793005L + 1442695040888963407L;
        return lcg >>> 33;
    }

    static int[] keys(String pattern, int n, long seed) {
        lcg = seed;
        int[] k = new int[n];
        for (int i = 0; i < n; i++) {
            k[i] = switch (pattern) {
                case "random" -> (int) (next() % (n + 1));
                case "few" -> (int) (next() % 4);
                case "two" -> (int) (next() % 2);
                case "equal" -> 7;
                case "sorted" -> i / 3;
                case "reversed" -> (n - i) / 2;
                case "sawtooth" -> i % 17;
                case "organ" -> i < n / 2 ? i : n - i;
                case "almost" -> i;
                case "descending-distinct" -> n - i;
                default -> throw new IllegalArgumentException(pattern);
            };
        }
        if (pattern.equals("almost") && n > 1) {
            for (int s = 0; s < 3; s++) {
                int i = (int) (next() % n);
                int j = (int) (next() % n);
                int t = k[i];
                k[i] = k[j];
                k[j] = t;
            }
        }
        return k;
    }

    /** Records with Go's traced Interface: counts calls and hashes their sequence. */
    static final class Traced implements GoSort.Interface {
        final int[] key;
        final int[] id;
        final boolean chaos;
        final boolean traceSwap;
        long h = TestData.FNV_OFFSET;
        int lens;
        int less;
        int swaps;

        Traced(int[] keys, boolean chaos, boolean traceSwap) {
            key = keys.clone();
            id = new int[keys.length];
            for (int i = 0; i < id.length; i++) {
                id[i] = i;
            }
            this.chaos = chaos;
            this.traceSwap = traceSwap;
        }

        @Override
        public int len() {
            lens++;
            return key.length;
        }

        @Override
        public boolean less(int i, int j) {
            less++;
            h = TestData.mix(TestData.mix(TestData.mix(h, 1), i), j);
            if (chaos) {
                return (less * 7) % 3 == 0;
            }
            return key[i] < key[j];
        }

        @Override
        public void swap(int i, int j) {
            if (traceSwap) {
                swaps++;
                h = TestData.mix(TestData.mix(TestData.mix(h, 2), i), j);
            }
            int t = key[i];
            key[i] = key[j];
            key[j] = t;
            t = id[i];
            id[i] = id[j];
            id[j] = t;
        }

        String result() {
            String order;
            if (id.length <= 60) {
                StringJoiner j = new StringJoiner(",");
                for (int v : id) {
                    j.add(Integer.toString(v));
                }
                order = id.length == 0 ? "-" : j.toString();
            } else {
                long oh = TestData.FNV_OFFSET;
                for (int v : id) {
                    oh = TestData.mix(oh, v);
                }
                order = String.format("%016x", oh);
            }
            return order + " " + lens + " " + less + " " + swaps + " " + String.format("%016x", h);
        }
    }

    @Test
    void replayGoOutputs() throws Exception {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (String line : TestData.lines("sort.txt")) {
            String[] parts = line.split(" = ", 2);
            String[] w = parts[0].split(" ");
            String actual = switch (w[0]) {
                case "Float64s" -> float64s(Integer.parseInt(w[1]));
                case "Search" -> search(Integer.parseInt(w[1]), Integer.parseInt(w[2]));
                case "Find" -> find(Integer.parseInt(w[1]), Integer.parseInt(w[2]));
                default -> sortCase(w[0], w[1], Integer.parseInt(w[2]), Long.parseLong(w[3]));
            };
            checked++;
            if (!actual.equals(parts[1]) && failures.size() < 20) {
                failures.add(line + "\n    got " + actual);
            }
        }
        assertTrue(checked > 1500, "too few checks: " + checked);
        assertEquals(List.of(), failures);
    }

    private static String sortCase(String fn, String pattern, int n, long seed) {
        int[] k = keys(pattern, n, seed);
        boolean slice = fn.startsWith("Slice");
        Traced t = new Traced(k, fn.equals("SortChaos"), !slice);
        switch (fn) {
            case "Sort", "SortChaos" -> GoSort.sort(t);
            case "Stable" -> GoSort.stable(t);
            case "Slice" -> GoSort.slice(n, t);
            case "SliceStable" -> GoSort.sliceStable(n, t);
            default -> throw new IllegalArgumentException(fn);
        }
        return t.result();
    }

    private static String float64s(int n) {
        lcg = n;
        double[] f = new double[n];
        for (int i = 0; i < n; i++) {
            f[i] = switch ((int) (next() % 6)) {
                case 0 -> -0.0;
                case 1 -> 0.0;
                case 2 -> Double.longBitsToDouble(0x7FF8000000000001L); // Go's math.NaN()
                case 3 -> Double.NEGATIVE_INFINITY;
                default -> (double) ((int) (next() % 7) - 3);
            };
        }
        GoSort.sort(new GoSort.Interface() {
            @Override
            public int len() {
                return f.length;
            }

            @Override
            public boolean less(int i, int j) {
                return GoSort.float64Less(f[i], f[j]);
            }

            @Override
            public void swap(int i, int j) {
                double t = f[i];
                f[i] = f[j];
                f[j] = t;
            }
        });
        long h = TestData.FNV_OFFSET;
        for (double x : f) {
            h = TestData.mix(h, Double.doubleToRawLongBits(x));
        }
        return String.format("%016x", h);
    }

    private static String search(int n, int target) {
        StringJoiner probes = new StringJoiner(",");
        long i = GoSort.search(n, h -> {
            probes.add(Long.toString(h));
            return h >= target;
        });
        probes.add(".");
        return i + " " + probes;
    }

    private static String find(int n, int target) {
        StringJoiner probes = new StringJoiner(",");
        GoSort.Found f = GoSort.find(n, h -> {
            probes.add(Long.toString(h));
            return (int) (target - h);
        });
        probes.add(".");
        return f.i() + " " + f.found() + " " + probes;
    }

    @Test
    void reverseAndIsSorted() {
        int[] k = {3, 1, 2, 2, 5};
        Traced t = new Traced(k, false, true);
        GoSort.sort(GoSort.reverse(t));
        assertEquals("[5, 3, 2, 2, 1]", Arrays.toString(t.key));
        assertTrue(GoSort.isSorted(GoSort.reverse(t)));
        assertTrue(!GoSort.isSorted(t));
    }
}
