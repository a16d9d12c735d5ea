package gotruffle.stdlib.fmt;

import gotruffle.types.Array;
import gotruffle.types.Basic;
import gotruffle.types.ChanType;
import gotruffle.types.Interface;
import gotruffle.types.MapType;
import gotruffle.types.Named;
import gotruffle.types.Pointer;
import gotruffle.types.Slice;
import gotruffle.types.Struct;
import gotruffle.types.Type;
import gotruffle.values.GoArray;
import gotruffle.values.GoComplex;
import gotruffle.values.GoStruct;
import gotruffle.values.Iface;
import gotruffle.values.Stores;

/** The key order fmt prints maps in (internal/fmtsort): numbers, strings, bools, then composite keys field by field. */
final class MapSort {
    private MapSort() {}

    /**
     * Go orders interface keys of different dynamic types by the addresses of their type
     * descriptors, which the linker lays out by size, then by name ("type.bool" before
     * "type.float64" before "type.int"): a model of a descriptor's size in bytes (rtype 48,
     * the kind's own fields, 16 for a named type's uncommon part and 16 per method).
     */
    private static int descriptorSize(Type t) {
        Type u = t.underlying();
        int size = switch (u) {
            case Basic b -> 48;
            case Pointer p -> 56;
            case Slice sl -> 56;
            case Array a -> 72;
            case Struct st -> 80 + 24 * st.fields.size();
            case MapType m -> 88;
            case ChanType c -> 64;
            default -> 80;
        };
        if (t instanceof Named n) {
            size += 16 + 16 * n.methods.size();
        } else if (u instanceof Basic) {
            size += 16; // predeclared types are named too
        }
        return size;
    }

    private static int compareTypes(Type x, Type y) {
        int c = Integer.compare(descriptorSize(x), descriptorSize(y));
        return c != 0 ? c : x.toString(true).compareTo(y.toString(true));
    }

    /** fmtsort's floatCompare: NaN first (also against NaN), -0 equal to +0. */
    private static int compareFloats(double a, double b) {
        if (Double.isNaN(a)) {
            return Double.isNaN(b) ? 0 : -1; // Go says -1 either way; 0 keeps Java's sort consistent
        }
        if (Double.isNaN(b)) {
            return 1;
        }
        return a < b ? -1 : a > b ? 1 : 0;
    }

    static int compare(Object a, Object b, Type t) {
        Type u = t.underlying();
        if (u instanceof Interface) {
            if (a == null || b == null) {
                return a == null ? (b == null ? 0 : -1) : 1;
            }
            Iface x = (Iface) a, y = (Iface) b;
            if (x.type != y.type) {
                return compareTypes(x.type, y.type);
            }
            return compare(x.value, y.value, x.type);
        }
        if (u.isInteger()) {
            return u.isUnsigned() ? Long.compareUnsigned((Long) a, (Long) b) : Long.compare((Long) a, (Long) b);
        }
        if (u.isFloat()) {
            return compareFloats((Double) a, (Double) b);
        }
        if (u.isComplex()) {
            // real parts first, then imaginary parts, as fmt's map sorting does
            GoComplex x = (GoComplex) a, y = (GoComplex) b;
            int c = compareFloats(x.re, y.re);
            return c != 0 ? c : compareFloats(x.im, y.im);
        }
        if (u.isString()) {
            return ((String) a).compareTo((String) b);
        }
        if (u.isBoolean()) {
            return Boolean.compare((Boolean) a, (Boolean) b);
        }
        if (u instanceof Struct s) {
            GoStruct x = (GoStruct) a, y = (GoStruct) b;
            for (int i = 0; i < s.fields.size(); i++) {
                int c = compare(x.get(i), y.get(i), s.fields.get(i).type());
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        }
        if (u instanceof Array arr) {
            GoArray x = (GoArray) a, y = (GoArray) b;
            for (int i = 0; i < x.length(); i++) {
                int c = compare(Stores.get(x.store, x.off + i), Stores.get(y.store, y.off + i), arr.elem);
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        }
        return Long.compare(a == null ? 0 : Addresses.of(a), b == null ? 0 : Addresses.of(b));
    }
}
