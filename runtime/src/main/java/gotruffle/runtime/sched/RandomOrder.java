package gotruffle.runtime.sched;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Go's randomOrder for work stealing: visiting positions {@code start, start+inc, ...} modulo n
 * with inc coprime to n enumerates every P exactly once in a pseudo-random order.
 */
final class RandomOrder {
    private static final ConcurrentHashMap<Integer, int[]> COPRIMES = new ConcurrentHashMap<>();

    private RandomOrder() {
    }

    static int[] coprimes(int n) {
        return COPRIMES.computeIfAbsent(n, k -> {
            int[] tmp = new int[k];
            int c = 0;
            for (int i = 1; i <= k; i++) {
                if (gcd(i, k) == 1) {
                    tmp[c++] = i;
                }
            }
            return Arrays.copyOf(tmp, c);
        });
    }

    private static int gcd(int a, int b) {
        while (b != 0) {
            int t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
