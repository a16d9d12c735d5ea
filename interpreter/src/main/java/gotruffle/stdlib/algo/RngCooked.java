package gotruffle.stdlib.algo;

import java.util.Arrays;

/**
 * math/rand's {@code rngCooked}: the 607 words every rngSource seed is XORed with. Go defines them
 * (gen_cooked.go) as the generator state after 7.8e12 steps from its own srand(1) seeding; Go ships
 * the numbers, we derive them.
 *
 * <p>Each step writes one new word y[k] = y[k-273] + y[k-607] (mod 2^64), so the sequence is linear
 * and y[m] is the linear combination of the 607 starting words given by the coefficients of
 * x^(m+606) mod (x^607 - x^334 - 1). Square-and-multiply gets x^N in ~43 squarings of
 * 607-coefficient polynomials instead of 7.8e12 steps (a few milliseconds).
 */
final class RngCooked {
    private RngCooked() {}

    private static final int LEN = RngSource.LEN;
    private static final int TAP = RngSource.TAP;
    private static final long STEPS = 7_800_000_000_000L;

    /** Computed once, on first use (class-holder idiom gives the lazy, thread-safe init). */
    private static final class Holder {
        static final long[] TABLE = compute();
    }

    static long[] table() {
        return Holder.TABLE;
    }

    private static long[] compute() {
        long[] vec = genCookedStart();

        // Number the words in the order vrand() writes them: step k (k >= 1) overwrites
        // vec[feed_k] with feed_k = (334 - k) mod 607, and reads tap_k = feed_{k-273}. Words that
        // exist before step 1 get k = -606..0. y[t] below holds word k = t - 606.
        long[] y = new long[2 * LEN - 1];
        for (int t = 0; t < LEN; t++) {
            y[t] = vec[feedIndex(t - (LEN - 1))];
        }
        for (int t = LEN; t < y.length; t++) {
            y[t] = y[t - TAP] + y[t - LEN];
        }

        // Word k = STEPS - 606 + i (i = 0..606): the 607 words alive after STEPS steps.
        // With c = x^STEPS mod P, word STEPS-606+i = sum_j c[j] * y[j + i].
        long[] c = xPowMod(STEPS);
        long[] cooked = new long[LEN];
        for (int i = 0; i < LEN; i++) {
            long s = 0;
            for (int j = 0; j < LEN; j++) {
                s += c[j] * y[j + i];
            }
            cooked[feedIndex(STEPS - (LEN - 1) + i)] = s;
        }
        return cooked;
    }

    /** Index of vec written by step k (feed starts at 607-273 and moves down one per step). */
    private static int feedIndex(long k) {
        return (int) Math.floorMod((LEN - TAP) - k, (long) LEN);
    }

    /** gen_cooked.go's srand(1): like RngSource.seed but with shifts 20/10 and no cooked XOR. */
    private static long[] genCookedStart() {
        long[] vec = new long[LEN];
        int x = 1;
        for (int i = -20; i < LEN; i++) {
            x = RngSource.seedrand(x);
            if (i >= 0) {
                long u = (long) x << 20;
                x = RngSource.seedrand(x);
                u ^= (long) x << 10;
                x = RngSource.seedrand(x);
                u ^= x;
                vec[i] = u;
            }
        }
        return vec;
    }

    /** x^n mod (x^607 - x^334 - 1) over Z/2^64, as 607 coefficients (lowest degree first). */
    private static long[] xPowMod(long n) {
        long[] r = new long[LEN];
        r[0] = 1;
        long[] sq = new long[2 * LEN - 1];
        for (int bit = 63 - Long.numberOfLeadingZeros(n); bit >= 0; bit--) {
            Arrays.fill(sq, 0);
            for (int i = 0; i < LEN; i++) {
                long ri = r[i];
                if (ri == 0) {
                    continue;
                }
                sq[2 * i] += ri * ri;
                long twice = ri << 1; // cross terms r[i]r[j] appear twice
                for (int j = i + 1; j < LEN; j++) {
                    sq[i + j] += twice * r[j];
                }
            }
            reduce(sq);
            System.arraycopy(sq, 0, r, 0, LEN);
            if (((n >>> bit) & 1) != 0) {
                long top = r[LEN - 1];
                System.arraycopy(r, 0, r, 1, LEN - 1);
                r[0] = top;
                r[LEN - TAP] += top;
            }
        }
        return r;
    }

    /** Folds degrees >= 607 down using x^607 = x^334 + 1, highest first so folds can cascade. */
    private static void reduce(long[] p) {
        for (int d = p.length - 1; d >= LEN; d--) {
            long c = p[d];
            p[d - TAP] += c;
            p[d - LEN] += c;
        }
    }
}
