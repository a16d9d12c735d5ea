package gotruffle.stdlib.text;

/**
 * strconv.FormatFloat / AppendFloat of Go 1.19, bit-for-bit.
 *
 * <p>Formats: 'b' (-ddddp±ddd), 'e'/'E' (-d.dddde±dd), 'f' (-ddd.dddd), 'g'/'G' (%e for large
 * exponents, %f otherwise), 'x'/'X' (-0xd.ddddp±ddd). Precision -1 selects the shortest decimal
 * that round-trips; otherwise digits are rounded half-to-even from the exact binary value (which is
 * what Go's Ryū fixed-precision and multiprecision paths both compute). Unknown formats produce
 * "%" followed by the format byte, like Go.
 */
public final class FloatFormat {
    private static final String LOWER_HEX = "0123456789abcdef";
    private static final String UPPER_HEX = "0123456789ABCDEF";

    private FloatFormat() {
    }

    public static String formatFloat(double f, char fmt, int prec, int bitSize) {
        StringBuilder sb = new StringBuilder(Math.max(prec + 4, 24));
        appendFloat(sb, f, fmt, prec, bitSize);
        return sb.toString();
    }

    /**
     * Appends the formatted number. bitSize must be 32 or 64 (Go panics otherwise: we throw
     * IllegalArgumentException with Go's panic text); for 32, f is first rounded to float32.
     */
    public static void appendFloat(StringBuilder dst, double f, char fmt, int prec, int bitSize) {
        long bits;
        int mantBits;
        int expBits;
        int bias;
        if (bitSize == 32) {
            bits = Float.floatToRawIntBits((float) f) & 0xFFFFFFFFL;
            mantBits = 23;
            expBits = 8;
            bias = -127;
        } else if (bitSize == 64) {
            bits = Double.doubleToRawLongBits(f);
            mantBits = 52;
            expBits = 11;
            bias = -1023;
        } else {
            throw new IllegalArgumentException("strconv: illegal AppendFloat/FormatFloat bitSize");
        }
        boolean neg = (bits >>> (expBits + mantBits)) != 0;
        int exp = (int) (bits >>> mantBits) & ((1 << expBits) - 1);
        long mant = bits & ((1L << mantBits) - 1);

        if (exp == (1 << expBits) - 1) {
            dst.append(mant != 0 ? "NaN" : neg ? "-Inf" : "+Inf");
            return;
        } else if (exp == 0) {
            exp++; // denormal: no implicit bit, exponent as for the smallest normal
        } else {
            mant |= 1L << mantBits;
        }
        exp += bias;

        if (fmt == 'b') {
            fmtB(dst, neg, mant, exp, mantBits);
            return;
        }
        if (fmt == 'x' || fmt == 'X') {
            fmtX(dst, prec, fmt, neg, mant, exp, mantBits);
            return;
        }

        boolean shortest = prec < 0;
        DecimalDigits digs;
        if (shortest) {
            if (mant == 0) {
                digs = DecimalDigits.zero();
            } else {
                double abs = Math.abs(bitSize == 32 ? (double) (float) f : f);
                digs = ShortestDecimal.shortest(abs, mant, exp, mantBits, bias, bitSize == 32);
            }
            switch (fmt) {
                case 'e', 'E' -> prec = Math.max(digs.nd - 1, 0);
                case 'f' -> prec = Math.max(digs.nd - digs.dp, 0);
                case 'g', 'G' -> prec = digs.nd;
                default -> {
                }
            }
        } else if (mant == 0) {
            digs = DecimalDigits.zero();
            if ((fmt == 'g' || fmt == 'G') && prec == 0) {
                prec = 1;
            }
        } else {
            // Round the exact binary value half-to-even: cheaply when it fits in 128-bit arithmetic,
            // otherwise from the full decimal expansion.
            int e2 = exp - mantBits;
            double abs = Math.abs(bitSize == 32 ? (double) (float) f : f);
            switch (fmt) {
                case 'e', 'E' -> {
                    digs = FixedDecimal.significant(mant, e2, prec + 1, abs);
                    if (digs == null) {
                        digs = DecimalDigits.exact(mant, e2);
                        digs.round(prec + 1);
                    }
                }
                case 'f' -> {
                    digs = FixedDecimal.fraction(mant, e2, prec);
                    if (digs == null) {
                        digs = DecimalDigits.exact(mant, e2);
                        digs.round(digs.dp + prec);
                    }
                }
                case 'g', 'G' -> {
                    if (prec == 0) {
                        prec = 1;
                    }
                    digs = FixedDecimal.significant(mant, e2, prec, abs);
                    if (digs == null) {
                        digs = DecimalDigits.exact(mant, e2);
                        digs.round(prec);
                    }
                }
                default -> digs = DecimalDigits.zero(); // unknown format: only "%c" is printed
            }
        }
        formatDigits(dst, shortest, neg, digs, prec, fmt);
    }

    /** strconv.FormatComplex: "(re+imi)"; bitSize 64 (complex64, float32 parts) or 128. */
    public static String formatComplex(double re, double im, char fmt, int prec, int bitSize) {
        if (bitSize != 64 && bitSize != 128) {
            throw new IllegalArgumentException("invalid bitSize");
        }
        int partSize = bitSize >> 1;
        StringBuilder sb = new StringBuilder(48);
        sb.append('(');
        appendFloat(sb, re, fmt, prec, partSize);
        int imStart = sb.length();
        appendFloat(sb, im, fmt, prec, partSize);
        char c = sb.charAt(imStart);
        if (c != '+' && c != '-') {
            sb.insert(imStart, '+');
        }
        sb.append("i)");
        return sb.toString();
    }

    private static void formatDigits(StringBuilder dst, boolean shortest, boolean neg, DecimalDigits digs, int prec, char fmt) {
        switch (fmt) {
            case 'e', 'E' -> fmtE(dst, neg, digs, prec, fmt);
            case 'f' -> fmtF(dst, neg, digs, prec);
            case 'g', 'G' -> {
                // The %e-vs-%f decision compares the decimal exponent with the precision; an explicit
                // precision larger than the digits we have (and no fraction zeros) counts as the digit count.
                int eprec = prec;
                if (eprec > digs.nd && digs.nd >= digs.dp) {
                    eprec = digs.nd;
                }
                if (shortest) {
                    eprec = 6;
                }
                int exp = digs.dp - 1;
                if (exp < -4 || exp >= eprec) {
                    if (prec > digs.nd) {
                        prec = digs.nd;
                    }
                    fmtE(dst, neg, digs, prec - 1, fmt == 'g' ? 'e' : 'E');
                    return;
                }
                if (prec > digs.dp) {
                    prec = digs.nd;
                }
                fmtF(dst, neg, digs, Math.max(prec - digs.dp, 0));
            }
            default -> {
                dst.append('%');
                dst.append(fmt);
            }
        }
    }

    private static void fmtE(StringBuilder dst, boolean neg, DecimalDigits d, int prec, char fmt) {
        if (neg) {
            dst.append('-');
        }
        dst.append(d.nd != 0 ? (char) d.d[0] : '0');
        if (prec > 0) {
            dst.append('.');
            for (int i = 1; i <= prec; i++) {
                dst.append(i < d.nd ? (char) d.d[i] : '0');
            }
        }
        dst.append(fmt);
        appendExponent(dst, d.nd == 0 ? 0 : d.dp - 1);
    }

    /** An exponent as %e and %x write it: a sign and at least two digits. */
    private static void appendExponent(StringBuilder dst, int exp) {
        if (exp < 0) {
            dst.append('-');
            exp = -exp;
        } else {
            dst.append('+');
        }
        if (exp < 10) {
            dst.append('0');
        }
        dst.append(exp);
    }

    private static void fmtF(StringBuilder dst, boolean neg, DecimalDigits d, int prec) {
        if (neg) {
            dst.append('-');
        }
        if (d.dp > 0) {
            int m = Math.min(d.nd, d.dp);
            for (int i = 0; i < m; i++) {
                dst.append((char) d.d[i]);
            }
            for (; m < d.dp; m++) {
                dst.append('0');
            }
        } else {
            dst.append('0');
        }
        if (prec > 0) {
            dst.append('.');
            for (int i = 0; i < prec; i++) {
                int j = d.dp + i;
                dst.append(0 <= j && j < d.nd ? (char) d.d[j] : '0');
            }
        }
    }

    /** %b: decimal mantissa, 'p', signed binary exponent. */
    private static void fmtB(StringBuilder dst, boolean neg, long mant, int exp, int mantBits) {
        if (neg) {
            dst.append('-');
        }
        dst.append(mant);
        dst.append('p');
        exp -= mantBits;
        if (exp >= 0) {
            dst.append('+');
        }
        dst.append(exp);
    }

    /** %x: hexadecimal mantissa 1.hhh (or 0 for zero) with a binary exponent of at least two digits. */
    private static void fmtX(StringBuilder dst, int prec, char fmt, boolean neg, long mant, int exp, int mantBits) {
        if (mant == 0) {
            exp = 0;
        }
        // Normalise so the leading 1 bit sits at bit 60.
        mant <<= 60 - mantBits;
        while (mant != 0 && (mant & (1L << 60)) == 0) {
            mant <<= 1;
            exp--;
        }
        if (prec >= 0 && prec < 15) {
            int shift = prec * 4;
            long extra = (mant << shift) & ((1L << 60) - 1);
            mant >>>= 60 - shift;
            // Round half to even on the dropped bits.
            if ((extra | (mant & 1)) > (1L << 59)) {
                mant++;
            }
            mant <<= 60 - shift;
            if ((mant & (1L << 61)) != 0) {
                mant >>>= 1; // carried into a new leading bit
                exp++;
            }
        }
        String hex = fmt == 'X' ? UPPER_HEX : LOWER_HEX;
        if (neg) {
            dst.append('-');
        }
        dst.append('0').append(fmt).append((char) ('0' + ((mant >>> 60) & 1)));
        mant <<= 4; // drop the leading digit
        if (prec < 0 && mant != 0) {
            dst.append('.');
            while (mant != 0) {
                dst.append(hex.charAt((int) ((mant >>> 60) & 15)));
                mant <<= 4;
            }
        } else if (prec > 0) {
            dst.append('.');
            for (int i = 0; i < prec; i++) {
                dst.append(hex.charAt((int) ((mant >>> 60) & 15)));
                mant <<= 4;
            }
        }
        dst.append(fmt == 'X' ? 'P' : 'p');
        appendExponent(dst, exp);
    }
}
