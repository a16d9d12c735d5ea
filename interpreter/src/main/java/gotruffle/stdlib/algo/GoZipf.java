package gotruffle.stdlib.algo;

/**
 * math/rand.Zipf: rejection-inversion sampling (Hörmann and Derflinger) of P(k) ~ (v + k)^(-s)
 * on [0, imax], drawing from a {@link GoRand}. Uses Go's amd64 Exp/Log since their exact bits
 * decide the returned integers.
 */
public final class GoZipf {
    private final GoRand r;
    private final double imax;
    private final double v;
    private final double q;
    private final double s;
    private final double oneMinusQ;
    private final double oneMinusQInv;
    private final double hxm;
    private final double hx0MinusHxm;

    /** rand.NewZipf; returns null (Go's nil *Zipf) unless s > 1 and v >= 1. imax is uint64 bits. */
    public static GoZipf newZipf(GoRand r, double s, double v, long imax) {
        if (s <= 1.0 || v < 1) {
            return null;
        }
        return new GoZipf(r, s, v, imax);
    }

    private GoZipf(GoRand r, double s, double v, long imax) {
        this.r = r;
        this.imax = uint64ToFloat64(imax);
        this.v = v;
        this.q = s;
        this.oneMinusQ = 1.0 - q;
        this.oneMinusQInv = 1.0 / oneMinusQ;
        this.hxm = h(this.imax + 0.5);
        this.hx0MinusHxm = h(0.5) - GoAmd64Math.exp(GoAmd64Math.log(v) * (-q)) - hxm;
        this.s = 1 - hinv(h(1.5) - GoAmd64Math.exp(-q * GoAmd64Math.log(v + 1.0)));
    }

    private double h(double x) {
        return GoAmd64Math.exp(oneMinusQ * GoAmd64Math.log(v + x)) * oneMinusQInv;
    }

    private double hinv(double x) {
        return GoAmd64Math.exp(oneMinusQInv * GoAmd64Math.log(oneMinusQ * x)) - v;
    }

    /** Zipf.Uint64, returned as uint64 bits. */
    public long uint64() {
        double k;
        while (true) {
            double u = r.float64();
            double ur = hxm + u * hx0MinusHxm;
            double x = hinv(ur);
            k = Math.floor(x + 0.5);
            if (k - x <= s) {
                break;
            }
            if (ur >= h(k + 0.5) - GoAmd64Math.exp(-GoAmd64Math.log(k + v) * q)) {
                break;
            }
        }
        return float64ToUint64(k);
    }

    /** Go's uint64 -> float64 conversion (round to nearest even). */
    static double uint64ToFloat64(long u) {
        if (u >= 0) {
            return u;
        }
        // Halve keeping the sticky bit so the single rounding below matches a direct conversion.
        double half = (u >>> 1) | (u & 1);
        return half * 2;
    }

    /** Go's amd64 float64 -> uint64: values from 2^63 up are shifted down, converted and or-ed back. */
    static long float64ToUint64(double x) {
        if (x < 0x1p63) {
            return cvttsd2sq(x);
        }
        return cvttsd2sq(x - 0x1p63) | Long.MIN_VALUE;
    }

    /** CVTTSD2SQ: truncates; NaN and out-of-range give 0x8000000000000000. */
    private static long cvttsd2sq(double x) {
        if (x >= -0x1p63 && x < 0x1p63) {
            return (long) x;
        }
        return Long.MIN_VALUE;
    }
}
