package gotruffle.compiler;

import gotruffle.stdlib.text.FloatFormat;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * An exact constant value, as Go's untyped constant arithmetic needs: booleans, strings
 * (byte-strings), integers (BigInteger) and floats as exact rationals (num/den), so that
 * 1/3.0*3 == 1 and huge intermediate values like 1<<100 >> 98 work. COMPLEX constants keep the
 * real part in num/den and the imaginary part in imNum/imDen.
 */
public final class Const {
    public enum K { BOOL, STRING, INT, FLOAT, COMPLEX }

    public final K k;
    public final boolean b;
    public final String s;
    public final BigInteger num;
    public final BigInteger den; // FLOAT only; > 0, reduced
    public final BigInteger imNum; // COMPLEX only: the imaginary part
    public final BigInteger imDen;

    private Const(K k, boolean b, String s, BigInteger num, BigInteger den) {
        this(k, b, s, num, den, null, null);
    }

    private Const(K k, boolean b, String s, BigInteger num, BigInteger den, BigInteger imNum, BigInteger imDen) {
        this.k = k;
        this.b = b;
        this.s = s;
        this.num = num;
        this.den = den;
        this.imNum = imNum;
        this.imDen = imDen;
    }

    /** An untyped complex constant re + im*i (re and im real numeric constants). */
    public static Const ofComplex(Const re, Const im) {
        Const r = re.realPart(), i = im.realPart();
        return new Const(K.COMPLEX, false, null, r.num, r.den, i.num, i.den);
    }

    /** The real part as a FLOAT constant (the value itself for real constants). */
    public Const realPart() {
        return k == K.COMPLEX ? ofRat(num, den) : toFloat();
    }

    /** The imaginary part as a FLOAT constant (0 for real constants). */
    public Const imagPart() {
        return k == K.COMPLEX ? ofRat(imNum, imDen) : ofRat(BigInteger.ZERO, BigInteger.ONE);
    }

    public boolean isComplex() {
        return k == K.COMPLEX;
    }

    /** A complex constant whose imaginary part is 0 is representable as a real number. */
    public boolean isReal() {
        return k != K.COMPLEX || imNum.signum() == 0;
    }

    public boolean isZero() {
        return num.signum() == 0 && (k != K.COMPLEX || imNum.signum() == 0);
    }

    public static Const ofBool(boolean b) {
        return new Const(K.BOOL, b, null, null, null);
    }

    public static Const ofString(String s) {
        return new Const(K.STRING, false, s, null, null);
    }

    public static Const ofInt(BigInteger v) {
        return new Const(K.INT, false, null, v, BigInteger.ONE);
    }

    public static Const ofInt(long v) {
        return ofInt(BigInteger.valueOf(v));
    }

    public static Const ofRat(BigInteger num, BigInteger den) {
        if (den.signum() < 0) {
            num = num.negate();
            den = den.negate();
        }
        BigInteger g = num.gcd(den);
        if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
            num = num.divide(g);
            den = den.divide(g);
        }
        return new Const(K.FLOAT, false, null, num, den);
    }

    public static Const ofDouble(double d) {
        BigDecimal bd = new BigDecimal(d);
        return ofDecimal(bd);
    }

    public static Const ofDecimal(BigDecimal bd) {
        if (bd.scale() <= 0) {
            return ofRat(bd.toBigIntegerExact(), BigInteger.ONE);
        }
        return ofRat(bd.unscaledValue(), BigInteger.TEN.pow(bd.scale()));
    }

    public boolean isNumeric() {
        return k == K.INT || k == K.FLOAT || k == K.COMPLEX;
    }

    /** The value is an integer (an INT, or a FLOAT with denominator 1). */
    public boolean isIntegral() {
        return k == K.INT || ((k == K.FLOAT || (k == K.COMPLEX && imNum.signum() == 0)) && den.equals(BigInteger.ONE));
    }

    public BigInteger toBigInteger() {
        return k == K.INT ? num : num.divide(den);
    }

    /** As a FLOAT; a COMPLEX constant gives its real part. */
    public Const toFloat() {
        return k == K.FLOAT ? this : ofRat(num, den);
    }

    public Const toInt() {
        return k == K.INT ? this : ofInt(num.divide(den));
    }

    public double toDouble() {
        if (k == K.INT) {
            return new BigDecimal(num).doubleValue();
        }
        if (den.equals(BigInteger.ONE)) {
            return new BigDecimal(num).doubleValue();
        }
        return new BigDecimal(num).divide(new BigDecimal(den), new MathContext(60, RoundingMode.HALF_EVEN)).doubleValue();
    }

    /** The float32 nearest to this constant (ties to even), rounded once from the exact value: ±Inf beyond float32's range. */
    public float toFloat32() {
        return (float) roundBinary(24, -149, 128);
    }

    /**
     * The exact rational num/den rounded once to a binary float with p mantissa bits, the smallest
     * quantum 2^minExp (subnormals) and values below 2^maxExp (else ±Inf); going through double
     * first would round twice.
     */
    private double roundBinary(int p, int minExp, int maxExp) {
        BigInteger a = num.abs(), b = k == K.INT || den == null ? BigInteger.ONE : den;
        if (a.signum() == 0) {
            return num.signum() < 0 ? -0.0 : 0.0;
        }
        int s = Math.max(a.bitLength() - b.bitLength() - p, minExp);
        BigInteger[] qr;
        while (true) {
            qr = s >= 0 ? a.divideAndRemainder(b.shiftLeft(s)) : a.shiftLeft(-s).divideAndRemainder(b);
            if (qr[0].bitLength() > p) {
                s++;
            } else if (qr[0].bitLength() < p && s > minExp) {
                s--;
            } else {
                break;
            }
        }
        BigInteger q = qr[0];
        BigInteger d = s >= 0 ? b.shiftLeft(s) : b;
        int c = qr[1].shiftLeft(1).compareTo(d);
        if (c > 0 || (c == 0 && q.testBit(0))) {
            q = q.add(BigInteger.ONE);
        }
        if (q.bitLength() + s > maxExp) {
            return num.signum() < 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        double r = Math.scalb(q.doubleValue(), s); // exact: q has at most p bits
        return num.signum() < 0 ? -r : r;
    }

    public int signum() {
        return num.signum();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Const c)) {
            return false;
        }
        if (isNumeric() && c.isNumeric()) {
            Const a = toFloat(), b2 = c.toFloat();
            Const ai = imagPart(), bi = c.imagPart();
            return a.num.equals(b2.num) && a.den.equals(b2.den) && ai.num.equals(bi.num) && ai.den.equals(bi.den);
        }
        return k == c.k && b == c.b && (s == null ? c.s == null : s.equals(c.s));
    }

    @Override
    public int hashCode() {
        return k == K.STRING ? s.hashCode() : k == K.BOOL ? Boolean.hashCode(b) : toFloat().num.hashCode();
    }

    /** Go's spelling of the constant in error messages (e.g. "300", "1.5", "\"hi\""). */
    @Override
    public String toString() {
        return switch (k) {
            case BOOL -> Boolean.toString(b);
            case STRING -> '"' + s + '"';
            case INT -> num.toString();
            case FLOAT -> ratString(num, den);
            case COMPLEX -> "(" + partString(num, den) + " + " + partString(imNum, imDen) + "i)";
        };
    }

    /** Complex parts: integral parts (usually from integer arithmetic) print as integers. */
    private static String partString(BigInteger num, BigInteger den) {
        return den.equals(BigInteger.ONE) && num.bitLength() < 63 ? num.toString() : ratString(num, den);
    }

    private static String ratString(BigInteger num, BigInteger den) {
        // go/constant prints non-integral values as %.6g of their float64 value
        double d = ofRat(num, den).toDouble();
        if (!Double.isInfinite(d)) {
            return FloatFormat.formatFloat(d, 'g', 6, 64);
        }
        // beyond float64's range go/constant prints an approximate mantissa and decimal exponent
        BigDecimal q = new BigDecimal(num).divide(new BigDecimal(den), new MathContext(17, RoundingMode.HALF_EVEN));
        long e = (long) q.precision() - q.scale() - 1;
        double m = q.scaleByPowerOfTen((int) -e).doubleValue();
        return FloatFormat.formatFloat(m, 'g', 6, 64) + "e" + (e >= 0 ? "+" : "") + e;
    }
}
