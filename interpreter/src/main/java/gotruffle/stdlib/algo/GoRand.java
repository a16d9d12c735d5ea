package gotruffle.stdlib.algo;

/**
 * Go 1.19's math/rand.Rand: every method draws from its Source exactly as Go does, so a program
 * sees the same numbers. Go types map to Java as: int/int64 = long, int32 = int, uint32 = int bits,
 * uint64 = long bits, []int = long[].
 *
 * <p>The top-level functions of math/rand use {@link #newTopLevel()}: in Go 1.19 that source is
 * seeded with 1 until rand.Seed is called, so unseeded programs are deterministic.
 */
public final class GoRand {

    /** rand.Source. A Go value implementing it can be adapted to this interface. */
    public interface Source {
        /** Non-negative 63-bit value. */
        long int63();

        void seed(long seed);
    }

    /** rand.Source64: when the source has it, Rand.Uint64 takes one word instead of two Int63s. */
    public interface Source64 extends Source {
        long uint64();
    }

    /** The swap callback of Rand.Shuffle. */
    @FunctionalInterface
    public interface Swapper {
        void swap(long i, long j);
    }

    private final Source src;
    private final Source64 s64;
    /** Non-null for the top-level Rand: Go's lockedSource, so Seed and Read are atomic. */
    private final Object lock;

    // Rand.Read hands out a 63-bit value 7 bytes at a time and keeps the rest for the next call.
    private long readVal;
    private int readPos;

    public GoRand(Source src) {
        this(src, null);
    }

    /** rand.New(rand.NewSource(seed)). */
    public GoRand(long seed) {
        this(new RngSource(seed), null);
    }

    private GoRand(Source src, Object lock) {
        this.src = src;
        this.s64 = src instanceof Source64 s ? s : null;
        this.lock = lock;
    }

    /** The Rand behind math/rand's top-level functions: seeded with 1, safe for concurrent use. */
    public static GoRand newTopLevel() {
        return new GoRand(new LockedSource(new RngSource(1)), new Object());
    }

    /** Go's lockedSource around an rngSource. */
    private static final class LockedSource implements Source64 {
        private final RngSource src;

        LockedSource(RngSource src) {
            this.src = src;
        }

        @Override
        public synchronized long int63() {
            return src.int63();
        }

        @Override
        public synchronized long uint64() {
            return src.uint64();
        }

        @Override
        public synchronized void seed(long seed) {
            src.seed(seed);
        }
    }

    public Source source() {
        return src;
    }

    public void seed(long seed) {
        if (lock != null) {
            synchronized (src) { // the LockedSource's own monitor, as Go's seedPos holds lk
                src.seed(seed);
                readPos = 0;
            }
            return;
        }
        src.seed(seed);
        readPos = 0;
    }

    public long int63() {
        return src.int63();
    }

    /** Go uint32, returned as int bits. */
    public int uint32() {
        return (int) (int63() >> 31);
    }

    /** Go uint64, returned as long bits. */
    public long uint64() {
        if (s64 != null) {
            return s64.uint64();
        }
        long lo = int63() >>> 31;
        return lo | (int63() << 32);
    }

    public int int31() {
        return (int) (int63() >> 32);
    }

    /** Go int is 64 bits wide here, so Int is Int63. */
    public long intValue() {
        return int63();
    }

    public long int63n(long n) {
        if (n <= 0) {
            throw new AlgoPanic("invalid argument to Int63n");
        }
        if ((n & (n - 1)) == 0) {
            return int63() & (n - 1);
        }
        long max = Long.MAX_VALUE - Long.remainderUnsigned(Long.MIN_VALUE, n);
        long v = int63();
        while (v > max) {
            v = int63();
        }
        return v % n;
    }

    public int int31n(int n) {
        if (n <= 0) {
            throw new AlgoPanic("invalid argument to Int31n");
        }
        if ((n & (n - 1)) == 0) {
            return int31() & (n - 1);
        }
        int max = (int) (Integer.MAX_VALUE - (0x80000000L % n));
        int v = int31();
        while (v > max) {
            v = int31();
        }
        return v % n;
    }

    /**
     * Go's unexported int31n (Lemire's multiply-shift), used only by Shuffle. It yields different
     * numbers than Int31n for the same n, which Go keeps for stream compatibility.
     */
    private int int31nLemire(int n) {
        long v = Integer.toUnsignedLong(uint32());
        long prod = v * n;
        int low = (int) prod;
        if (Integer.compareUnsigned(low, n) < 0) {
            int thresh = Integer.remainderUnsigned(-n, n);
            while (Integer.compareUnsigned(low, thresh) < 0) {
                v = Integer.toUnsignedLong(uint32());
                prod = v * n;
                low = (int) prod;
            }
        }
        return (int) (prod >>> 32);
    }

    /** Intn: Int31n while n fits in int32 (so its stream matches 32-bit platforms), else Int63n. */
    public long intn(long n) {
        if (n <= 0) {
            throw new AlgoPanic("invalid argument to Intn");
        }
        if (n <= Integer.MAX_VALUE) {
            return int31n((int) n);
        }
        return int63n(n);
    }

    private static final double TWO_TO_63 = 0x1p63;

    public double float64() {
        while (true) {
            // Int63 near 2^63 rounds up to 1.0; Go redraws rather than remap.
            double f = int63() / TWO_TO_63;
            if (f != 1) {
                return f;
            }
        }
    }

    public float float32() {
        while (true) {
            float f = (float) float64();
            if (f != 1) {
                return f;
            }
        }
    }

    /** Perm's loop also runs i = 0 (a no-op draw of Intn(1)), which Go keeps for compatibility. */
    public long[] perm(long n) {
        if (n < 0 || n > Integer.MAX_VALUE - 8) {
            throw new AlgoPanic("runtime error: makeslice: len out of range", true);
        }
        long[] m = new long[(int) n];
        for (int i = 0; i < n; i++) {
            int j = (int) intn(i + 1);
            m[i] = m[j];
            m[j] = i;
        }
        return m;
    }

    /** Fisher-Yates from the top: Int63n while i+1 needs more than 31 bits, then Lemire's int31n. */
    public void shuffle(long n, Swapper swap) {
        if (n < 0) {
            throw new AlgoPanic("invalid argument to Shuffle");
        }
        long i = n - 1;
        for (; i > (1L << 31) - 1 - 1; i--) {
            long j = int63n(i + 1);
            swap.swap(i, j);
        }
        for (; i > 0; i--) {
            long j = int31nLemire((int) (i + 1));
            swap.swap(i, j);
        }
    }

    /** Rand.Read: fills p[off, off+len) and returns len (Go's error is always nil). */
    public int read(byte[] p, int off, int len) {
        if (lock != null) {
            synchronized (src) {
                return readLocked(p, off, len);
            }
        }
        return readLocked(p, off, len);
    }

    private int readLocked(byte[] p, int off, int len) {
        int pos = readPos;
        long val = readVal;
        for (int n = 0; n < len; n++) {
            if (pos == 0) {
                val = src.int63();
                pos = 7;
            }
            p[off + n] = (byte) val;
            val >>= 8;
            pos--;
        }
        readPos = pos;
        readVal = val;
        return len;
    }

    /**
     * Go folds the constant 1.0/rn exactly and rounds once. Java's 1.0/RN rounds twice, which
     * happens to give the same double; GoRandTest checks this literal against the exact quotient.
     */
    static final double INV_RN = 0.29047645161474317;

    /** Ziggurat sampling of the standard normal distribution. */
    public double normFloat64() {
        while (true) {
            int j = uint32(); // used as a signed int32
            int i = j & 0x7F;
            double x = j * (double) Ziggurat.WN[i];
            int absJ = j < 0 ? -j : j; // uint32(-j): MinInt32 stays 2^31
            if (Integer.compareUnsigned(absJ, Ziggurat.KN[i]) < 0) {
                return x;
            }
            if (i == 0) {
                // Base strip: sample the tail beyond rn.
                while (true) {
                    x = -GoAmd64Math.log(float64()) * INV_RN;
                    double y = -GoAmd64Math.log(float64());
                    if (y + y >= x * x) {
                        break;
                    }
                }
                if (j > 0) {
                    return Ziggurat.RN + x;
                }
                return -Ziggurat.RN - x;
            }
            float fi = Ziggurat.FN[i];
            if (fi + (float) float64() * (Ziggurat.FN[i - 1] - fi) < (float) GoAmd64Math.exp(-.5 * x * x)) {
                return x;
            }
        }
    }

    /** Ziggurat sampling of the exponential distribution with rate 1. */
    public double expFloat64() {
        while (true) {
            int j = uint32();
            int i = j & 0xFF;
            double x = Integer.toUnsignedLong(j) * (double) Ziggurat.WE[i];
            if (Integer.compareUnsigned(j, Ziggurat.KE[i]) < 0) {
                return x;
            }
            if (i == 0) {
                return Ziggurat.RE - GoAmd64Math.log(float64());
            }
            float fi = Ziggurat.FE[i];
            if (fi + (float) float64() * (Ziggurat.FE[i - 1] - fi) < (float) GoAmd64Math.exp(-x)) {
                return x;
            }
        }
    }
}
