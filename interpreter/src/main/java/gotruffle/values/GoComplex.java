package gotruffle.values;

/**
 * A complex64 or complex128 value: an immutable pair of doubles. complex64 values keep both
 * parts rounded to float32 (the nodes round after every operation).
 */
public final class GoComplex {
    public static final GoComplex ZERO = new GoComplex(0, 0);

    public final double re;
    public final double im;

    public GoComplex(double re, double im) {
        this.re = re;
        this.im = im;
    }

    /** The value with both parts rounded to float32, as complex64 stores it. */
    public GoComplex toComplex64() {
        return new GoComplex((float) re, (float) im);
    }

    // Go's == compares the parts with float ==: NaN parts are unequal, +0 equals -0.
    @Override
    public boolean equals(Object o) {
        return o instanceof GoComplex c && re == c.re && im == c.im;
    }

    @Override
    public int hashCode() {
        // +0 and -0 must hash alike since they are ==
        return Double.hashCode(re + 0.0) * 31 + Double.hashCode(im + 0.0);
    }

    @Override
    public String toString() {
        return "(" + re + "+" + im + "i)";
    }
}
