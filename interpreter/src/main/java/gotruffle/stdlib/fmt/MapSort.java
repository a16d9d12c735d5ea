package gotruffle.stdlib.fmt;

import gotruffle.types.Array;
import gotruffle.types.Basic;
import gotruffle.types.Interface;
import gotruffle.types.Pointer;
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

    /** reflect.Kind numbering (Bool=1, Int=2, ... String=24, Struct=25). */
    private static int kindRank(Type t) {
        Type u = t.underlying();
        if (u instanceof Basic b) {
            return switch (b.kind) {
                case BOOL -> 1;
                case INT -> 2;
                case INT8 -> 3;
                case INT16 -> 4;
                case INT32 -> 5;
                case INT64 -> 6;
                case UINT -> 7;
                case UINT8 -> 8;
                case UINT16 -> 9;
                case UINT32 -> 10;
                case UINT64 -> 11;
                case UINTPTR -> 12;
                case FLOAT32 -> 13;
                case FLOAT64 -> 14;
                case COMPLEX64 -> 15;
                case COMPLEX128 -> 16;
                case STRING -> 24;
                default -> 30;
            };
        }
        if (u instanceof Pointer) {
            return 22;
        }
        if (u instanceof Struct) {
            return 25;
        }
        if (u instanceof Array) {
            return 17;
        }
        return 30;
    }

    static int compare(Object a, Object b, Type t) {
        Type u = t.underlying();
        if (u instanceof Interface) {
            if (a == null || b == null) {
                return a == null ? (b == null ? 0 : -1) : 1;
            }
            Iface x = (Iface) a, y = (Iface) b;
            if (x.type != y.type) {
                // Go orders by type descriptor address; basic types are laid out in reflect.Kind order
                return Integer.compare(kindRank(x.type), kindRank(y.type));
            }
            return compare(x.value, y.value, x.type);
        }
        if (u.isInteger()) {
            return u.isUnsigned() ? Long.compareUnsigned((Long) a, (Long) b) : Long.compare((Long) a, (Long) b);
        }
        if (u.isFloat()) {
            return Double.compare((Double) a, (Double) b);
        }
        if (u.isComplex()) {
            // real parts first, then imaginary parts, as fmt's map sorting does
            GoComplex x = (GoComplex) a, y = (GoComplex) b;
            int c = Double.compare(x.re, y.re);
            return c != 0 ? c : Double.compare(x.im, y.im);
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
