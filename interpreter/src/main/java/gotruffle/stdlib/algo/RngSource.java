package gotruffle.stdlib.algo;

/**
 * math/rand's rngSource, the Source behind rand.NewSource and the top-level functions: an additive
 * lagged Fibonacci generator (Mitchell and Reeds) over 607 words with a tap 273 back, seeded through
 * a Park-Miller LCG and XORed with {@link RngCooked}. Not safe for concurrent use (nor is Go's).
 */
public final class RngSource implements GoRand.Source64 {
    static final int LEN = 607;
    static final int TAP = 273;
    private static final int INT32_MAX = Integer.MAX_VALUE;

    private final long[] vec = new long[LEN];
    private int tap;
    private int feed;

    public RngSource(long seed) {
        seed(seed);
    }

    /** One step of the Park-Miller "minimal standard" LCG, x*48271 mod 2^31-1, via Schrage's method. */
    static int seedrand(int x) {
        final int a = 48271, q = 44488, r = 3399;
        int hi = x / q;
        int lo = x % q;
        x = a * lo - r * hi;
        if (x < 0) {
            x += INT32_MAX;
        }
        return x;
    }

    /** Seeds with seed mod 2^31-1 (so seeds equal modulo 2^31-1 give equal streams; 0 maps to 89482311). */
    @Override
    public void seed(long seed) {
        tap = 0;
        feed = LEN - TAP;
        seed %= INT32_MAX;
        if (seed < 0) {
            seed += INT32_MAX;
        }
        if (seed == 0) {
            seed = 89482311;
        }
        long[] cooked = RngCooked.table();
        int x = (int) seed;
        for (int i = -20; i < LEN; i++) {
            x = seedrand(x);
            if (i >= 0) {
                long u = (long) x << 40;
                x = seedrand(x);
                u ^= (long) x << 20;
                x = seedrand(x);
                u ^= x;
                vec[i] = u ^ cooked[i];
            }
        }
    }

    @Override
    public long int63() {
        return uint64() & Long.MAX_VALUE;
    }

    /** All 64 bits of the next word (Go's uint64, as Java long bits). */
    @Override
    public long uint64() {
        if (--tap < 0) {
            tap += LEN;
        }
        if (--feed < 0) {
            feed += LEN;
        }
        long x = vec[feed] + vec[tap];
        vec[feed] = x;
        return x;
    }
}
