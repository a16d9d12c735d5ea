package gotruffle.stdlib.text;

/** strconv.FormatInt, FormatUint, Itoa and AppendInt/AppendUint of Go 1.19: bases 2..36, lower-case digits. */
public final class IntFormat {
    static final String DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz";

    private IntFormat() {
    }

    public static String formatInt(long i, int base) {
        if (base == 10) {
            return Long.toString(i);
        }
        StringBuilder sb = new StringBuilder(66);
        appendInt(sb, i, base);
        return sb.toString();
    }

    /** FormatUint: u is an unsigned 64-bit pattern. */
    public static String formatUint(long u, int base) {
        if (base == 10) {
            return Long.toUnsignedString(u);
        }
        StringBuilder sb = new StringBuilder(65);
        appendUint(sb, u, base);
        return sb.toString();
    }

    public static String itoa(long i) {
        return Long.toString(i);
    }

    public static void appendInt(StringBuilder dst, long i, int base) {
        checkBase(base);
        if (i < 0) {
            dst.append('-');
            formatBits(dst, -i, base); // -MinInt64 wraps to itself, which is right as an unsigned magnitude
        } else {
            formatBits(dst, i, base);
        }
    }

    public static void appendUint(StringBuilder dst, long u, int base) {
        checkBase(base);
        formatBits(dst, u, base);
    }

    private static void checkBase(int base) {
        if (base < 2 || base > 36) {
            throw new IllegalArgumentException("strconv: illegal AppendInt/FormatInt base");
        }
    }

    /** Writes unsigned u in the given base. */
    static void formatBits(StringBuilder dst, long u, int base) {
        if (base == 10) {
            dst.append(Long.toUnsignedString(u));
            return;
        }
        char[] buf = new char[64];
        int i = buf.length;
        if (Integer.bitCount(base) == 1) {
            int shift = Integer.numberOfTrailingZeros(base);
            int mask = base - 1;
            while (Long.compareUnsigned(u, base) >= 0) {
                buf[--i] = DIGITS.charAt((int) (u & mask));
                u >>>= shift;
            }
        } else {
            while (Long.compareUnsigned(u, base) >= 0) {
                long q = Long.divideUnsigned(u, base);
                buf[--i] = DIGITS.charAt((int) (u - q * base));
                u = q;
            }
        }
        buf[--i] = DIGITS.charAt((int) u);
        dst.append(buf, i, buf.length - i);
    }

    /** FormatBool. */
    public static String formatBool(boolean b) {
        return b ? "true" : "false";
    }
}
