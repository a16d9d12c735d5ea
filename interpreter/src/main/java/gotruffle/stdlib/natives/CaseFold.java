package gotruffle.stdlib.natives;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * unicode.SimpleFold: the next rune of r's case-folding orbit (k → K → Kelvin sign → k). Orbits
 * are derived once from Java's simple case mappings (upper, lower, title joined transitively);
 * runes without one, and the Turkish dotted/dotless i (which Go does not fold), map to themselves.
 */
final class CaseFold {
    private CaseFold() {}

    private static volatile Map<Integer, int[]> orbits;

    static int simpleFold(int r) {
        if (r < 0 || r > Character.MAX_CODE_POINT) {
            return r;
        }
        int[] orbit = orbits().get(r);
        if (orbit != null) {
            for (int x : orbit) {
                if (x > r) {
                    return x;
                }
            }
            return orbit[0];
        }
        return r;
    }

    private static Map<Integer, int[]> orbits() {
        Map<Integer, int[]> m = orbits;
        if (m == null) {
            m = build();
            orbits = m;
        }
        return m;
    }

    private static boolean turkic(int r) {
        return r == 0x130 || r == 0x131;
    }

    private static Map<Integer, int[]> build() {
        Map<Integer, TreeSet<Integer>> cls = new HashMap<>();
        for (int r = 0; r <= Character.MAX_CODE_POINT; r++) {
            if (turkic(r)) {
                continue;
            }
            for (int o : new int[] {Character.toLowerCase(r), Character.toUpperCase(r), Character.toTitleCase(r)}) {
                if (o != r && !turkic(o)) {
                    TreeSet<Integer> a = cls.computeIfAbsent(r, k -> new TreeSet<>(List.of(k)));
                    TreeSet<Integer> b = cls.computeIfAbsent(o, k -> new TreeSet<>(List.of(k)));
                    if (a != b) {
                        a.addAll(b);
                        for (int x : b) {
                            cls.put(x, a);
                        }
                    }
                }
            }
        }
        Map<Integer, int[]> out = new HashMap<>();
        for (TreeSet<Integer> set : new ArrayList<>(cls.values())) {
            if ( !out.containsKey(set.first())) {
                int[] arr = set.stream().mapToInt(Integer::intValue).toArray();
                for (int x : arr) {
                    out.put(x, arr);
                }
            }
        }
        return out;
    }
}
