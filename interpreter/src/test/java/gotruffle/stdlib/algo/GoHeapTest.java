package gotruffle.stdlib.algo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;

/**
 * Replays container_heap.txt from Go 1.19.8. "heap N OPS KEYS = RESULTS|FINAL|CALLHASH": N keys
 * (below KEYS) are heap.Init-ed, then OPS random Push/Pop/Remove/Fix run; RESULTS are the values
 * Pop and Remove returned, FINAL the array afterwards, CALLHASH hashes every Len/Less/Swap/Push/Pop
 * call in order. Inputs come from the same LCG as in the Go program.
 */
class GoHeapTest {

    private static long lcg;

    private static long next() {
        lcg = lcg * 6364136223846793005L + 1442695040888963407L;
        return lcg >>> 33;
    }

    /** Min-heap of ints that hashes each call (1 Len, 2 Less, 3 Swap, 4 Push, 5 Pop). */
    private static final class Traced implements GoHeap.Interface {
        final List<Long> a = new ArrayList<>();
        long h = TestData.FNV_OFFSET;

        @Override
        public int len() {
            h = TestData.mix(h, 1);
            return a.size();
        }

        @Override
        public boolean less(int i, int j) {
            h = TestData.mix(TestData.mix(TestData.mix(h, 2), i), j);
            return a.get(i) < a.get(j);
        }

        @Override
        public void swap(int i, int j) {
            h = TestData.mix(TestData.mix(TestData.mix(h, 3), i), j);
            a.set(i, a.set(j, a.get(i)));
        }

        @Override
        public void push(Object x) {
            h = TestData.mix(h, 4);
            a.add((Long) x);
        }

        @Override
        public Object pop() {
            h = TestData.mix(h, 5);
            return a.remove(a.size() - 1);
        }
    }

    @Test
    void replayGoOutputs() throws Exception {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (String line : TestData.lines("container_heap.txt")) {
            String[] parts = line.split(" = ", 2);
            String[] w = parts[0].split(" ");
            String actual = run(Integer.parseInt(w[1]), Integer.parseInt(w[2]), Long.parseLong(w[3]));
            checked++;
            if (!actual.equals(parts[1]) && failures.size() < 20) {
                failures.add(line + "\n    got " + actual);
            }
        }
        assertTrue(checked >= 48);
        assertEquals(List.of(), failures);
    }

    private static String run(int n, int ops, long keyRange) {
        lcg = n * 1000L + ops;
        Traced t = new Traced();
        for (int i = 0; i < n; i++) {
            t.a.add(next() % keyRange);
        }
        GoHeap.init(t);
        StringJoiner got = new StringJoiner(",");
        for (int k = 0; k < ops; k++) {
            long op = next() % 4;
            if (op == 0 || t.a.isEmpty()) {
                GoHeap.push(t, next() % keyRange);
            } else if (op == 1) {
                got.add(GoHeap.pop(t).toString());
            } else if (op == 2) {
                got.add(GoHeap.remove(t, (int) (next() % t.a.size())).toString());
            } else {
                int i = (int) (next() % t.a.size());
                t.a.set(i, next() % keyRange);
                GoHeap.fix(t, i);
            }
        }
        StringJoiner fin = new StringJoiner(",");
        t.a.forEach(v -> fin.add(v.toString()));
        return got + "|" + fin + "|" + String.format("%016x", t.h);
    }
}
