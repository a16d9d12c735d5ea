package gotruffle.stdlib.algo;

/**
 * The math functions Go 1.19 computes in portable Go code on linux/amd64 (Cephes and FreeBSD
 * derived algorithms), redone step by step so results agree with Go to the last bit. Java's
 * StrictMath uses fdlibm for several of them, which differs from Go's Cephes code in the last
 * bit for some inputs. Go's compiler does not fuse multiply-adds on amd64, so plain Java double
 * arithmetic reproduces each rounding.
 */
public final class GoMath {
    private GoMath() {}

    /** Go's math.NaN(): a quiet NaN with payload 1. */
    public static final double NAN = Double.longBitsToDouble(0x7FF8000000000001L);

    private static final double PI4A = 7.85398125648498535156e-1;
    private static final double PI4B = 3.77489470793079817668e-8;
    private static final double PI4C = 2.69515142907905952645e-15;
    private static final double REDUCE_THRESHOLD = 1 << 29;

    private static final double S0 = 1.58962301576546568060e-10, S1 = -2.50507477628578072866e-8,
            S2 = 2.75573136213857245213e-6, S3 = -1.98412698295895385996e-4, S4 = 8.33333333332211858878e-3,
            S5 = -1.66666666666666307295e-1;
    private static final double C0 = -1.13585365213876817300e-11, C1 = 2.08757008419747316778e-9,
            C2 = -2.75573141792967388112e-7, C3 = 2.48015872888517045348e-5, C4 = -1.38888888888730564116e-3,
            C5 = 4.16666666666665929218e-2;

    private static double sinPoly(double z, double zz) {
        return z + z * zz * ((((((S0 * zz) + S1) * zz + S2) * zz + S3) * zz + S4) * zz + S5);
    }

    private static double cosPoly(double zz) {
        return 1.0 - 0.5 * zz + zz * zz * ((((((C0 * zz) + C1) * zz + C2) * zz + C3) * zz + C4) * zz + C5);
    }

    /** The reduced argument z for x >= 0; its octant (0..7, even) goes to j[0]. */
    private static double reduce(double x, long[] oct) {
        // Small arguments: Cody-Waite with pi/4 in three pieces; huge ones: Payne-Hanek.
        if (x >= REDUCE_THRESHOLD) {
            return trigReduce(x, oct);
        }
        long j = (long) (x * (4 / Math.PI));
        double y = j;
        if ((j & 1) == 1) {
            j++;
            y++;
        }
        oct[0] = j & 7;
        return ((x - y * PI4A) - y * PI4B) - y * PI4C;
    }

    public static double sin(double x) {
        if (x == 0 || Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return NAN;
        }
        boolean sign = false;
        if (x < 0) {
            x = -x;
            sign = true;
        }
        long[] oct = new long[1];
        double z = reduce(x, oct);
        long j = oct[0];
        if (j > 3) {
            sign = !sign;
            j -= 4;
        }
        double zz = z * z;
        double y = (j == 1 || j == 2) ? cosPoly(zz) : sinPoly(z, zz);
        return sign ? -y : y;
    }

    public static double cos(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return NAN;
        }
        boolean sign = false;
        x = Math.abs(x);
        long[] oct = new long[1];
        double z = reduce(x, oct);
        long j = oct[0];
        if (j > 3) {
            j -= 4;
            sign = !sign;
        }
        if (j > 1) {
            sign = !sign;
        }
        double zz = z * z;
        double y = (j == 1 || j == 2) ? sinPoly(z, zz) : cosPoly(zz);
        return sign ? -y : y;
    }

    private static final double TP0 = -1.30936939181383777646e4, TP1 = 1.15351664838587416140e6,
            TP2 = -1.79565251976484877988e7;
    private static final double TQ1 = 1.36812963470692954678e4, TQ2 = -1.32089234440210967447e6,
            TQ3 = 2.50083801823357915839e7, TQ4 = -5.38695755929454629881e7;

    public static double tan(double x) {
        if (x == 0 || Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return NAN;
        }
        boolean sign = false;
        if (x < 0) {
            x = -x;
            sign = true;
        }
        double z;
        long j;
        if (x >= REDUCE_THRESHOLD) {
            long[] oct = new long[1];
            z = trigReduce(x, oct);
            j = oct[0];
        } else {
            j = (long) (x * (4 / Math.PI));
            double y = j;
            if ((j & 1) == 1) {
                j++;
                y++;
            }
            z = ((x - y * PI4A) - y * PI4B) - y * PI4C;
        }
        double zz = z * z;
        double y;
        if (zz > 1e-14) {
            y = z + z * (zz * (((TP0 * zz) + TP1) * zz + TP2) / ((((zz + TQ1) * zz + TQ2) * zz + TQ3) * zz + TQ4));
        } else {
            y = z;
        }
        if ((j & 2) == 2) {
            y = -1 / y;
        }
        return sign ? -y : y;
    }

    /** The binary digits of 4/pi, 64 per word, for Payne-Hanek reduction. */
    private static final long[] M_PI4 = {
        0x0000000000000001L, 0x45f306dc9c882a53L, 0xf84eafa3ea69bb81L, 0xb6c52b3278872083L,
        0xfca2c757bd778ac3L, 0x6e48dc74849ba5c0L, 0x0c925dd413a32439L, 0xfc3bd63962534e7dL,
        0xd1046bea5d768909L, 0xd338e04d68befc82L, 0x7323ac7306a673e9L, 0x3908bf177bf25076L,
        0x3ff12fffbc0b301fL, 0xde5e2316b414da3eL, 0xda6cfd9e4f96136eL, 0x9e8c7ecd3cbfd45aL,
        0xea4f758fd7cbe2f6L, 0x7a0e73ef14a525d4L, 0xd7f6bf623f1aba10L, 0xac06608df8f6d757L,
    };

    /** Payne-Hanek: x * (4/pi) with enough bits; sets oct[0] to the octant, returns the reduced argument. */
    private static double trigReduce(double x, long[] oct) {
        final double pi4 = Math.PI / 4;
        if (x < pi4) {
            oct[0] = 0;
            return x;
        }
        long ix = Double.doubleToRawLongBits(x);
        int exp = (int) ((ix >>> 52) & 0x7FF) - 1023 - 52;
        ix &= ~(0x7FFL << 52);
        ix |= 1L << 52;
        int digit = (exp + 61) >>> 6;
        int bitshift = (exp + 61) & 63;
        long z0 = (M_PI4[digit] << bitshift) | shr(M_PI4[digit + 1], 64 - bitshift);
        long z1 = (M_PI4[digit + 1] << bitshift) | shr(M_PI4[digit + 2], 64 - bitshift);
        long z2 = (M_PI4[digit + 2] << bitshift) | shr(M_PI4[digit + 3], 64 - bitshift);
        long z2hi = Math.unsignedMultiplyHigh(z2, ix);
        long z1hi = Math.unsignedMultiplyHigh(z1, ix);
        long z1lo = z1 * ix;
        long z0lo = z0 * ix;
        long lo = z1lo + z2hi;
        long carry = Long.compareUnsigned(lo, z1lo) < 0 ? 1 : 0;
        long hi = z0lo + z1hi + carry;
        long j = hi >>> 61;
        hi = hi << 3 | lo >>> 61;
        int lz = Long.numberOfLeadingZeros(hi);
        long e = 1023 - (lz + 1);
        hi = (hi << (lz + 1)) | shr(lo, 64 - (lz + 1));
        hi >>>= 64 - 52;
        hi |= e << 52;
        double z = Double.longBitsToDouble(hi);
        if ((j & 1) == 1) {
            j++;
            j &= 7;
            z--;
        }
        oct[0] = j;
        return z * pi4;
    }

    /** Go's x >> s for uint64, where s >= 64 gives 0. */
    private static long shr(long x, int s) {
        return s >= 64 ? 0 : x >>> s;
    }

    private static double xatan(double x) {
        final double p0 = -8.750608600031904122785e-01, p1 = -1.615753718733365076637e+01,
                p2 = -7.500855792314704667340e+01, p3 = -1.228866684490136173410e+02, p4 = -6.485021904942025371773e+01;
        final double q0 = 2.485846490142306297962e+01, q1 = 1.650270098316988542046e+02,
                q2 = 4.328810604912902668951e+02, q3 = 4.853903996359136964868e+02, q4 = 1.945506571482613964425e+02;
        double z = x * x;
        z = z * ((((p0 * z + p1) * z + p2) * z + p3) * z + p4) / (((((z + q0) * z + q1) * z + q2) * z + q3) * z + q4);
        return x * z + x;
    }

    private static double satan(double x) {
        final double morebits = 6.123233995736765886130e-17;
        final double tan3pio8 = 2.41421356237309504880;
        if (x <= 0.66) {
            return xatan(x);
        }
        if (x > tan3pio8) {
            return Math.PI / 2 - xatan(1 / x) + morebits;
        }
        return Math.PI / 4 + xatan((x - 1) / (x + 1)) + 0.5 * morebits;
    }

    public static double atan(double x) {
        if (x == 0) {
            return x;
        }
        return x > 0 ? satan(x) : -satan(-x);
    }

    public static double asin(double x) {
        if (x == 0) {
            return x;
        }
        boolean sign = false;
        if (x < 0) {
            x = -x;
            sign = true;
        }
        if (x > 1) {
            return NAN;
        }
        double temp = Math.sqrt(1 - x * x);
        temp = x > 0.7 ? Math.PI / 2 - satan(temp / x) : satan(x / temp);
        return sign ? -temp : temp;
    }

    public static double acos(double x) {
        return Math.PI / 2 - asin(x);
    }

    public static double atan2(double y, double x) {
        if (Double.isNaN(y) || Double.isNaN(x)) {
            return NAN;
        }
        if (y == 0) {
            if (x >= 0 && !signbit(x)) {
                return Math.copySign(0, y);
            }
            return Math.copySign(Math.PI, y);
        }
        if (x == 0) {
            return Math.copySign(Math.PI / 2, y);
        }
        if (Double.isInfinite(x)) {
            if (x > 0) {
                return Double.isInfinite(y) ? Math.copySign(Math.PI / 4, y) : Math.copySign(0, y);
            }
            return Double.isInfinite(y) ? Math.copySign(3 * Math.PI / 4, y) : Math.copySign(Math.PI, y);
        }
        if (Double.isInfinite(y)) {
            return Math.copySign(Math.PI / 2, y);
        }
        double q = atan(y / x);
        if (x < 0) {
            return q <= 0 ? q + Math.PI : q - Math.PI;
        }
        return q;
    }

    public static boolean signbit(double x) {
        return Double.doubleToRawLongBits(x) < 0;
    }

    public static double sinh(double x) {
        final double p0 = -0.6307673640497716991184787251e+6, p1 = -0.8991272022039509355398013511e+5,
                p2 = -0.2894211355989563807284660366e+4, p3 = -0.2630563213397497062819489e+2;
        final double q0 = -0.6307673640497716991212077277e+6, q1 = 0.1521517378790019070696485176e+5,
                q2 = -0.173678953558233699533450911e+3;
        boolean sign = false;
        if (x < 0) {
            x = -x;
            sign = true;
        }
        double temp;
        if (x > 21) {
            temp = GoAmd64Math.exp(x) * 0.5;
        } else if (x > 0.5) {
            double ex = GoAmd64Math.exp(x);
            temp = (ex - 1 / ex) * 0.5;
        } else {
            double sq = x * x;
            temp = (((p3 * sq + p2) * sq + p1) * sq + p0) * x;
            temp = temp / (((sq + q2) * sq + q1) * sq + q0);
        }
        return sign ? -temp : temp;
    }

    public static double cosh(double x) {
        x = Math.abs(x);
        if (x > 21) {
            return GoAmd64Math.exp(x) * 0.5;
        }
        double ex = GoAmd64Math.exp(x);
        return (ex + 1 / ex) * 0.5;
    }

    public static double tanh(double x) {
        final double maxlog = 8.8029691931113054295988e+01;
        final double p0 = -9.64399179425052238628e-1, p1 = -9.92877231001918586564e1, p2 = -1.61468768441708447952e3;
        final double q0 = 1.12811678491632931402e2, q1 = 2.23548839060100448583e3, q2 = 4.84406305325125486048e3;
        double z = Math.abs(x);
        if (z > 0.5 * maxlog) {
            return x < 0 ? -1 : 1;
        }
        if (z >= 0.625) {
            double s = GoAmd64Math.exp(2 * z);
            z = 1 - 2 / (s + 1);
            return x < 0 ? -z : z;
        }
        if (x == 0) {
            return x;
        }
        double s = x * x;
        return x + x * s * ((p0 * s + p1) * s + p2) / (((s + q0) * s + q1) * s + q2);
    }

    public static double cbrt(double x) {
        final long b1 = 715094163, b2 = 696219795;
        final double c = 5.42857142857142815906e-01, d = -7.05306122448979611050e-01,
                e = 1.41428571428571436819e+00, f = 1.60714285714285720630e+00, g = 3.57142857142857150787e-01;
        final double smallestNormal = 2.22507385850720138309e-308;
        if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        boolean sign = false;
        if (x < 0) {
            x = -x;
            sign = true;
        }
        // Rough cube root from the exponent bits, then a polynomial step and one Newton step.
        double t = Double.longBitsToDouble(Long.divideUnsigned(Double.doubleToRawLongBits(x), 3) + (b1 << 32));
        if (x < smallestNormal) {
            t = (double) (1L << 54);
            t *= x;
            t = Double.longBitsToDouble(Long.divideUnsigned(Double.doubleToRawLongBits(t), 3) + (b2 << 32));
        }
        double r = t * t / x;
        double s = c + r * t;
        t *= g + f / (s + e + d / s);
        t = Double.longBitsToDouble((Double.doubleToRawLongBits(t) & (0xFFFFFFFFCL << 28)) + (1L << 30));
        s = t * t;
        r = x / s;
        double w = t + t;
        r = (r - t) / (w + r);
        t = t + t * r;
        return sign ? -t : t;
    }

    // 1/Ln10 and 1/Ln2 as Go's exact constant arithmetic rounds them (not 1/double(Ln10)).
    private static final double LOG10E = 0.43429448190325182765112891891660508229439700580366656611445378;
    private static final double LOG2E = 1.44269504088896340735992468100189213742664595415298593413544940;

    public static double log10(double x) {
        return GoAmd64Math.log(x) * LOG10E;
    }

    public static double log2(double x) {
        if (x == 0 || Double.isInfinite(x) || Double.isNaN(x)) {
            return GoAmd64Math.log(x) * LOG2E;
        }
        long[] e = new long[1];
        double frac = frexp(x, e);
        if (frac == 0.5) {
            return e[0] - 1;
        }
        return GoAmd64Math.log(frac) * LOG2E + e[0];
    }

    /** Frexp: frac in [0.5, 1) with x = frac * 2^exp; the exponent goes to exp[0]. */
    public static double frexp(double f, long[] exp) {
        exp[0] = 0;
        if (f == 0 || Double.isInfinite(f) || Double.isNaN(f)) {
            return f;
        }
        long e = 0;
        if (Math.abs(f) < Double.MIN_NORMAL) {
            f *= 1L << 52;
            e = -52;
        }
        long x = Double.doubleToRawLongBits(f);
        e += ((x >>> 52) & 0x7FF) - 1023 + 1;
        x &= ~(0x7FFL << 52);
        x |= (-1L + 1023) << 52;
        exp[0] = e;
        return Double.longBitsToDouble(x);
    }

    public static double ldexp(double frac, long exp) {
        if (frac == 0 || Double.isInfinite(frac) || Double.isNaN(frac)) {
            return frac;
        }
        if (Math.abs(frac) < Double.MIN_NORMAL) {
            frac *= 1L << 52;
            exp -= 52;
        }
        long x = Double.doubleToRawLongBits(frac);
        exp += ((x >>> 52) & 0x7FF) - 1023;
        if (exp < -1075) {
            return Math.copySign(0, frac);
        }
        if (exp > 1023) {
            return frac < 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        double m = 1;
        if (exp < -1022) {
            exp += 53;
            m = 1.0 / (1L << 53);
        }
        x &= ~(0x7FFL << 52);
        x |= (exp + 1023) << 52;
        return m * Double.longBitsToDouble(x);
    }

    /** Modf: integer part (the fraction is f - int, with Go's signs for negative and zero input). */
    public static double modfInt(double f) {
        if (f < 1) {
            if (f < 0) {
                return -modfInt(-f);
            }
            if (f == 0) {
                return f;
            }
            return 0;
        }
        long x = Double.doubleToRawLongBits(f);
        long e = ((x >>> 52) & 0x7FF) - 1023;
        if (e < 64 - 12) {
            x &= ~((1L << (64 - 12 - e)) - 1);
        }
        return Double.longBitsToDouble(x);
    }

    public static double modfFrac(double f) {
        if (f < 1) {
            if (f < 0) {
                return -modfFrac(-f);
            }
            return f;
        }
        return f - modfInt(f);
    }

    private static boolean isOddInt(double x) {
        double xi = modfInt(x);
        double xf = modfFrac(x);
        return xf == 0 && (goInt64(xi) & 1) == 1;
    }

    /** Go's int64(f) on amd64 (CVTTSD2SQ): out of range gives MinInt64. */
    public static long goInt64(double f) {
        if (!(f > -0x1p63 - 1 && f < 0x1p63)) {
            return Long.MIN_VALUE;
        }
        return (long) f;
    }

    public static double pow(double x, double y) {
        if (y == 0 || x == 1) {
            return 1;
        }
        if (y == 1) {
            return x;
        }
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return NAN;
        }
        if (x == 0) {
            if (y < 0) {
                return isOddInt(y) ? Math.copySign(Double.POSITIVE_INFINITY, x) : Double.POSITIVE_INFINITY;
            }
            if (y > 0) {
                return isOddInt(y) ? x : 0;
            }
        }
        if (Double.isInfinite(y)) {
            if (x == -1) {
                return 1;
            }
            return (Math.abs(x) < 1) == (y > 0) ? 0 : Double.POSITIVE_INFINITY;
        }
        if (Double.isInfinite(x)) {
            if (x < 0) {
                return pow(1 / x, -y);
            }
            if (y < 0) {
                return 0;
            }
            if (y > 0) {
                return Double.POSITIVE_INFINITY;
            }
        }
        if (y == 0.5) {
            return Math.sqrt(x);
        }
        if (y == -0.5) {
            return 1 / Math.sqrt(x);
        }
        double ay = Math.abs(y);
        double yi = modfInt(ay);
        double yf = modfFrac(ay);
        if (yf != 0 && x < 0) {
            return NAN;
        }
        if (yi >= 0x1p63) {
            if (x == -1) {
                return 1;
            }
            return (Math.abs(x) < 1) == (y > 0) ? 0 : Double.POSITIVE_INFINITY;
        }
        // ans = a1 * 2^ae: the fractional power by exp/log, the integer power by repeated squaring.
        double a1 = 1.0;
        long ae = 0;
        if (yf != 0) {
            if (yf > 0.5) {
                yf--;
                yi++;
            }
            a1 = GoAmd64Math.exp(yf * GoAmd64Math.log(x));
        }
        long[] xeBox = new long[1];
        double x1 = frexp(x, xeBox);
        long xe = xeBox[0];
        for (long i = (long) yi; i != 0; i >>= 1) {
            if (xe < -(1 << 12) || (1 << 12) < xe) {
                ae += xe;
                break;
            }
            if ((i & 1) == 1) {
                a1 *= x1;
                ae += xe;
            }
            x1 *= x1;
            xe <<= 1;
            if (x1 < .5) {
                x1 += x1;
                xe--;
            }
        }
        if (y < 0) {
            a1 = 1 / a1;
            ae = -ae;
        }
        return ldexp(a1, ae);
    }

    public static double exp2(double x) {
        final double ln2Hi = 6.93147180369123816490e-01, ln2Lo = 1.90821492927058770002e-10;
        if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
            return x;
        }
        if (x == Double.NEGATIVE_INFINITY) {
            return 0;
        }
        if (x > 1.0239999999999999e+03) {
            return Double.POSITIVE_INFINITY;
        }
        if (x < -1.0740e+03) {
            return 0;
        }
        long k = 0;
        if (x > 0) {
            k = (long) (x + 0.5);
        } else if (x < 0) {
            k = (long) (x - 0.5);
        }
        double t = x - k;
        double hi = t * ln2Hi;
        double lo = -t * ln2Lo;
        return expmulti(hi, lo, k);
    }

    private static double expmulti(double hi, double lo, long k) {
        final double p1 = 1.66666666666666657415e-01, p2 = -2.77777777770155933842e-03,
                p3 = 6.61375632143793436117e-05, p4 = -1.65339022054652515390e-06, p5 = 4.13813679705723846039e-08;
        double r = hi - lo;
        double t = r * r;
        double c = r - t * (p1 + t * (p2 + t * (p3 + t * (p4 + t * p5))));
        double y = 1 - ((lo - (r * c) / (2 - c)) - hi);
        return ldexp(y, k);
    }

    public static double hypot(double p, double q) {
        // hypot_amd64.s: max * sqrt(1 + (min/max)^2), Inf beats NaN.
        p = Math.abs(p);
        q = Math.abs(q);
        if (Double.isInfinite(p) || Double.isInfinite(q)) {
            return Double.POSITIVE_INFINITY;
        }
        if (Double.isNaN(p) || Double.isNaN(q)) {
            return NAN;
        }
        if (p == 0 && q == 0) {
            return 0;
        }
        double max = Math.max(p, q);
        double min = Math.min(p, q);
        min /= max;
        return max * Math.sqrt(1 + min * min);
    }

    public static double max(double x, double y) {
        if (x == Double.POSITIVE_INFINITY || y == Double.POSITIVE_INFINITY) {
            return Double.POSITIVE_INFINITY;
        }
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return NAN;
        }
        if (x == 0 && x == y) {
            return signbit(x) ? y : x;
        }
        return x > y ? x : y;
    }

    public static double min(double x, double y) {
        if (x == Double.NEGATIVE_INFINITY || y == Double.NEGATIVE_INFINITY) {
            return Double.NEGATIVE_INFINITY;
        }
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return NAN;
        }
        if (x == 0 && x == y) {
            return signbit(x) ? x : y;
        }
        return x < y ? x : y;
    }

    /** Round: half away from zero, by bit manipulation as Go does. */
    public static double round(double x) {
        long bits = Double.doubleToRawLongBits(x);
        long e = (bits >>> 52) & 0x7FF;
        if (e < 1023) {
            bits &= Long.MIN_VALUE;
            if (e == 1022) {
                bits |= 0x3FF0000000000000L;
            }
        } else if (e < 1023 + 52) {
            e -= 1023;
            bits += (1L << 51) >>> e;
            bits &= ~((0x000FFFFFFFFFFFFFL) >>> e);
        }
        return Double.longBitsToDouble(bits);
    }

    public static double roundToEven(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        return Math.rint(x);
    }

    private static final double LN2 = 6.93147180559945286227e-01;

    public static double asinh(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        boolean sign = false;
        if (x < 0) {
            x = -x;
            sign = true;
        }
        double temp;
        if (x > 1 << 28) {
            temp = GoAmd64Math.log(x) + LN2;
        } else if (x > 2) {
            temp = GoAmd64Math.log(2 * x + 1 / (Math.sqrt(x * x + 1) + x));
        } else if (x < 1.0 / (1 << 28)) {
            temp = x;
        } else {
            temp = StrictMath.log1p(x + x * x / (1 + Math.sqrt(1 + x * x)));
        }
        return sign ? -temp : temp;
    }

    public static double acosh(double x) {
        if (x < 1 || Double.isNaN(x)) {
            return NAN;
        }
        if (x == 1) {
            return 0;
        }
        if (x >= 1 << 28) {
            return GoAmd64Math.log(x) + LN2;
        }
        if (x > 2) {
            return GoAmd64Math.log(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
        }
        double t = x - 1;
        return StrictMath.log1p(t + Math.sqrt(2 * t + t * t));
    }

    public static double atanh(double x) {
        if (x < -1 || x > 1 || Double.isNaN(x)) {
            return NAN;
        }
        if (x == 1) {
            return Double.POSITIVE_INFINITY;
        }
        if (x == -1) {
            return Double.NEGATIVE_INFINITY;
        }
        boolean sign = false;
        if (x < 0) {
            x = -x;
            sign = true;
        }
        double temp;
        if (x < 1.0 / (1 << 28)) {
            temp = x;
        } else if (x < 0.5) {
            temp = x + x;
            temp = 0.5 * StrictMath.log1p(temp + temp * x / (1 - x));
        } else {
            temp = 0.5 * StrictMath.log1p((x + x) / (1 - x));
        }
        return sign ? -temp : temp;
    }
}
