package gotruffle.stdlib.algo;

/**
 * The ziggurat tables math/rand's NormFloat64 (128 strips) and ExpFloat64 (256 strips) use, built
 * with Marsaglia and Tsang's zigset() ("The Ziggurat Method for Generating Random Variables", 2000):
 * walk the strip edges down from the tail start r, each strip having area v.
 * k = integer acceptance thresholds (edge ratio scaled to 2^31 resp. 2^32, truncated),
 * w = edge / scale, f = density at the edge. Go ships these numbers; deriving them with StrictMath
 * reproduces every entry (checked against real Go output by the replay tests).
 */
final class Ziggurat {
    private Ziggurat() {}

    /** Tail start of the normal ziggurat (Go's rn). */
    static final double RN = 3.442619855899;
    /** Tail start of the exponential ziggurat (Go's re). */
    static final double RE = 7.69711747013104972;

    private static final double VN = 9.91256303526217e-3; // area of each normal strip
    private static final double VE = 3.949659822581572e-3; // area of each exponential strip

    static final int[] KN = new int[128]; // uint32 bits
    static final float[] WN = new float[128];
    static final float[] FN = new float[128];
    static final int[] KE = new int[256]; // uint32 bits
    static final float[] WE = new float[256];
    static final float[] FE = new float[256];

    static {
        final double m1 = 2147483648.0; // 2^31: normal uses a signed 32-bit draw
        double dn = RN, tn = dn;
        double q = VN / StrictMath.exp(-.5 * dn * dn);
        KN[0] = (int) (long) ((dn / q) * m1);
        KN[1] = 0;
        WN[0] = (float) (q / m1);
        WN[127] = (float) (dn / m1);
        FN[0] = 1f;
        FN[127] = (float) StrictMath.exp(-.5 * dn * dn);
        for (int i = 126; i >= 1; i--) {
            dn = StrictMath.sqrt(-2. * StrictMath.log(VN / dn + StrictMath.exp(-.5 * dn * dn)));
            KN[i + 1] = (int) (long) ((dn / tn) * m1);
            tn = dn;
            FN[i] = (float) StrictMath.exp(-.5 * dn * dn);
            WN[i] = (float) (dn / m1);
        }

        final double m2 = 4294967296.0; // 2^32: exponential uses an unsigned 32-bit draw
        double de = RE, te = de;
        q = VE / StrictMath.exp(-de);
        KE[0] = (int) (long) ((de / q) * m2);
        KE[1] = 0;
        WE[0] = (float) (q / m2);
        WE[255] = (float) (de / m2);
        FE[0] = 1f;
        FE[255] = (float) StrictMath.exp(-de);
        for (int i = 254; i >= 1; i--) {
            de = -StrictMath.log(VE / de + StrictMath.exp(-de));
            KE[i + 1] = (int) (long) ((de / te) * m2);
            te = de;
            FE[i] = (float) StrictMath.exp(-de);
            WE[i] = (float) (de / m2);
        }
    }
}
