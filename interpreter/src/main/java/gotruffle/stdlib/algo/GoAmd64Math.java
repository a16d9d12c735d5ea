package gotruffle.stdlib.algo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * math.Exp and math.Log exactly as Go 1.19 computes them on linux/amd64, where both are assembly
 * routines (exp_amd64.s, log_amd64.s) rather than the portable Go code. Their results can differ
 * from Java's Math/StrictMath in the last bit, and math/rand's NormFloat64, ExpFloat64 and Zipf
 * return such results directly.
 *
 * <p>Exp has two code paths chosen by the CPU: with AVX and FMA it fuses several multiply-adds,
 * otherwise it rounds each step. {@link #useFma()} mirrors Go's choice (override with the system
 * property {@code gotruffle.go.fma=true|false}).
 */
public final class GoAmd64Math {
    private GoAmd64Math() {}

    /** Go's math.useFMA = cpu.X86.HasAVX && cpu.X86.HasFMA; looked up on first use of exp. */
    public static boolean useFma() {
        return Cpu.USE_FMA;
    }

    private static final class Cpu {
        static final boolean USE_FMA = detectFma();
    }

    private static boolean detectFma() {
        String prop = System.getProperty("gotruffle.go.fma");
        if (prop != null) {
            return Boolean.parseBoolean(prop);
        }
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("flags")) {
                    String flags = " " + line.substring(line.indexOf(':') + 1).trim() + " ";
                    return flags.contains(" avx ") && flags.contains(" fma ");
                }
            }
        } catch (IOException | RuntimeException e) {
            // No cpuinfo (not Linux): fall through to the common case.
        }
        return true; // every x86-64 CPU since ~2013 has both
    }

    // exp_amd64.s: Shibata's method; reduce by ln2, then by 1/16, Taylor series, square back 4 times.
    private static final double LOG2E = 1.4426950408889634073599246810018920;
    private static final double LN2U = 0.69314718055966295651160180568695068359375;
    private static final double LN2L = 0.28235290563031577122588448175013436025525412068e-12;
    private static final double OVERFLOW = 7.09782712893384e+02;
    private static final double T2 = 0.5, T3 = 1.6666666666666666667e-1, T4 = 4.1666666666666666667e-2,
            T5 = 8.3333333333333333333e-3, T6 = 1.3888888888888888889e-3, T7 = 1.9841269841269841270e-4,
            T8 = 2.4801587301587301587e-5;

    public static double exp(double x) {
        return exp(x, Cpu.USE_FMA);
    }

    public static double exp(double x, boolean fma) {
        long bits = Double.doubleToRawLongBits(x);
        if ((bits & Long.MAX_VALUE) >= 0x7FF0000000000000L) { // Inf or NaN
            return bits == 0xFFF0000000000000L ? 0 : x;
        }
        if (x > OVERFLOW) {
            return Double.POSITIVE_INFINITY;
        }
        int e = cvtsd2sl(LOG2E * x);
        double k = e;
        double r;
        if (fma) {
            r = Math.fma(-k, LN2U, x);
            r = Math.fma(-k, LN2L, r);
            r *= 0.0625;
            double p = T8;
            p = Math.fma(p, r, T7);
            p = Math.fma(p, r, T6);
            p = Math.fma(p, r, T5);
            p = Math.fma(p, r, T4);
            p = Math.fma(p, r, T3);
            p = Math.fma(p, r, T2);
            p = Math.fma(p, r, 1.0);
            r *= p;
            for (int i = 0; i < 3; i++) {
                r *= r + 2.0;
            }
            r = Math.fma(r, r + 2.0, 1.0);
        } else {
            r = x - k * LN2U;
            r -= k * LN2L;
            r *= 0.0625;
            double p = T8 * r + T7;
            p = p * r + T6;
            p = p * r + T5;
            p = p * r + T4;
            p = p * r + T3;
            p = p * r + T2;
            p = p * r + 1.0;
            r *= p;
            for (int i = 0; i < 4; i++) {
                r *= r + 2.0;
            }
            r += 1.0;
        }
        // Scale by 2^e; results below the normal range take two multiplies, as the assembly does.
        int biased = e + 0x3FF;
        if (biased <= 0) {
            if (biased < -52) {
                return 0;
            }
            r *= Double.longBitsToDouble((long) (biased + 0x3FE) << 52);
            biased = 1;
        } else if (biased >= 0x7FF) {
            return Double.POSITIVE_INFINITY;
        }
        return r * Double.longBitsToDouble((long) biased << 52);
    }

    /** CVTSD2SL: round to nearest even; out-of-range gives the "integer indefinite" 0x80000000. */
    private static int cvtsd2sl(double v) {
        double r = Math.rint(v);
        if (!(r >= -2147483648.0 && r <= 2147483647.0)) {
            return Integer.MIN_VALUE;
        }
        return (int) r;
    }

    // log_amd64.s: FreeBSD's e_log.c algorithm with a bit-twiddling frexp (subnormals not special-cased).
    private static final double HSQRT2 = 7.07106781186547524401e-01;
    private static final double LN2HI = 6.93147180369123816490e-01;
    private static final double LN2LO = 1.90821492927058770002e-10;
    private static final double L1 = 6.666666666666735130e-01, L2 = 3.999999999940941908e-01,
            L3 = 2.857142874366239149e-01, L4 = 2.222219843214978396e-01, L5 = 1.818357216161805012e-01,
            L6 = 1.531383769920937332e-01, L7 = 1.479819860511658591e-01;

    public static double log(double x) {
        long bits = Double.doubleToRawLongBits(x);
        if ((bits & Long.MAX_VALUE) == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (bits < 0) {
            return Double.longBitsToDouble(0x7FF8000000000001L);
        }
        if (bits >= 0x7FF0000000000000L) {
            return x;
        }
        double f1 = Double.longBitsToDouble((bits & 0x000FFFFFFFFFFFFFL) | 0x3FE0000000000000L);
        double k = (int) ((bits >>> 52) & 0x7FF) - 0x3FE;
        // CMPSD predicate NLT with Go's operand order: the equal case is adjusted too.
        if (f1 <= HSQRT2) {
            k -= 1;
            f1 *= 2;
        }
        double f = f1 - 1;
        double s = f / (2 + f);
        double s2 = s * s;
        double s4 = s2 * s2;
        double t1 = s2 * (((L7 * s4 + L5) * s4 + L3) * s4 + L1);
        double t2 = s4 * ((L6 * s4 + L4) * s4 + L2);
        double big = t1 + t2;
        double hfsq = 0.5 * f * f;
        return k * LN2HI - ((hfsq - (s * (hfsq + big) + k * LN2LO)) - f);
    }
}
