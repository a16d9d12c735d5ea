package gotruffle.nodes;

import gotruffle.types.Slice;
import gotruffle.types.Type;
import gotruffle.values.GoComplex;
import gotruffle.values.GoFunc;
import gotruffle.values.GoSlice;
import gotruffle.values.UnsafePointer;
import gotruffle.values.Iface;

/** Formatting of Go's runtime print (builtin print/println and panic values): printfloat, printhex... */
public final class RuntimePrint {
    private RuntimePrint() {}

    public static String format(Object v, Type t) {
        Type u = t.underlying();
        if (u.isFloat()) {
            return printFloat((Double) v);
        } else if (u.isComplex()) {
            GoComplex z = (GoComplex) v;
            return "(" + printFloat(z.re) + printFloat(z.im) + "i)";
        } else if (u.isInteger()) {
            long l = (Long) v;
            return u.isUnsigned() ? Long.toUnsignedString(l) : Long.toString(l);
        } else if (u.isBoolean()) {
            return v.toString();
        } else if (u.isString()) {
            return (String) v;
        } else if (u.isInterface()) {
            if (v == null) {
                return "(0x0,0x0)";
            }
            Iface i = (Iface) v;
            return "(0x" + Integer.toHexString(System.identityHashCode(i.type)) + ",0x" + Integer.toHexString(System.identityHashCode(i.value)) + ")";
        } else if (u instanceof Slice) {
            // Go's printslice: [len/cap]pointer-to-the-first-element
            if (v == null) {
                return "[0/0]0x0";
            }
            GoSlice sl = (GoSlice) v;
            return "[" + sl.len + "/" + sl.cap + "]0x" + Integer.toHexString(System.identityHashCode(sl.store) + sl.off);
        } else if (v == null) {
            return "0x0";
        } else if (v instanceof UnsafePointer p) {
            return "0x" + Long.toHexString(p.address());
        } else if (v instanceof GoFunc) {
            return "0x" + Integer.toHexString(System.identityHashCode(v));
        }
        return "0x" + Integer.toHexString(System.identityHashCode(v));
    }

    /** Go's runtime printfloat: [+-]d.dddddde[+-]ddd with 7 significant digits, NaN, +Inf, -Inf. */
    public static String printFloat(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "+Inf" : "-Inf";
        }
        final int n = 7;
        char[] buf = new char[n + 7];
        buf[0] = '+';
        int e = 0;
        if (v == 0) {
            if (1 / v < 0) {
                buf[0] = '-';
            }
        } else {
            if (v < 0) {
                v = -v;
                buf[0] = '-';
            }
            while (v >= 10) {
                e++;
                v /= 10;
            }
            while (v < 1) {
                e--;
                v *= 10;
            }
            double h = 5.0;
            for (int i = 0; i < n; i++) {
                h /= 10;
            }
            v += h;
            if (v >= 10) {
                e++;
                v /= 10;
            }
        }
        for (int i = 0; i < n; i++) {
            int s = (int) v;
            buf[i + 2] = (char) (s + '0');
            v -= s;
            v *= 10;
        }
        buf[1] = buf[2];
        buf[2] = '.';
        buf[n + 2] = 'e';
        buf[n + 3] = '+';
        if (e < 0) {
            e = -e;
            buf[n + 3] = '-';
        }
        buf[n + 4] = (char) (e / 100 + '0');
        buf[n + 5] = (char) ((e / 10) % 10 + '0');
        buf[n + 6] = (char) (e % 10 + '0');
        return new String(buf);
    }
}
