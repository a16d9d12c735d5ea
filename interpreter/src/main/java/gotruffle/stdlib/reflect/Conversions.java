package gotruffle.stdlib.reflect;

import gotruffle.nodes.expr.ConvertNode;
import gotruffle.nodes.expr.IntNorm;
import gotruffle.stdlib.natives.ByteSlices;
import gotruffle.types.Array;
import gotruffle.types.Basic;
import gotruffle.types.Chan;
import gotruffle.types.Interface;
import gotruffle.types.MapType;
import gotruffle.types.Pointer;
import gotruffle.types.Signature;
import gotruffle.types.Slice;
import gotruffle.types.Struct;
import gotruffle.types.Type;
import gotruffle.values.GoArray;
import gotruffle.values.GoComplex;
import gotruffle.values.GoSlice;
import gotruffle.values.Iface;
import gotruffle.values.Stores;

import java.util.List;

/** Go's assignability and conversion rules as reflect applies them (Type.AssignableTo, ConvertibleTo, Value.Convert). */
public final class Conversions {
    private Conversions() {}

    /** Whether a value of type v may be assigned to a variable of type t. */
    public static boolean assignable(Type v, Type t) {
        if (v == t) {
            return true;
        }
        if (t.underlying() instanceof Interface ti) {
            return MethodSets.implementsIface(v, ti);
        }
        if (RTypes.isNamed(v) && RTypes.isNamed(t)) {
            return false;
        }
        if (v.underlying() instanceof Chan vc && t.underlying() instanceof Chan tc && vc.dir == Chan.BOTH && vc.elem == tc.elem) {
            return true;
        }
        return v.underlying() == t.underlying();
    }

    /** Whether a value of type v may be converted to type t. */
    public static boolean convertible(Type v, Type t) {
        if (assignable(v, t)) {
            return true;
        }
        Type vu = v.underlying(), tu = t.underlying();
        if (identicalIgnoreTags(vu, tu)) {
            return true;
        }
        if (!RTypes.isNamed(v) && !RTypes.isNamed(t) && vu instanceof Pointer vp && tu instanceof Pointer tp
                && identicalIgnoreTags(vp.elem.underlying(), tp.elem.underlying())) {
            return true;
        }
        int vk = RTypes.kind(v), tk = RTypes.kind(t);
        if (numeric(vk) && numeric(tk) && !(complex(vk) ^ complex(tk))) {
            return true;
        }
        if (tk == RTypes.STRING) {
            if (RTypes.isIntKind(vk) || RTypes.isUintKind(vk)) {
                return true;
            }
            return vu instanceof Slice s && bytesOrRunes(s) != 0;
        }
        if (vk == RTypes.STRING) {
            return tu instanceof Slice s && bytesOrRunes(s) != 0;
        }
        // slice to array pointer
        return vu instanceof Slice s && tu instanceof Pointer p && p.elem.underlying() instanceof Array a && a.elem == s.elem;
    }

    private static boolean numeric(int k) {
        return k >= RTypes.INT && k <= RTypes.COMPLEX128;
    }

    private static boolean complex(int k) {
        return k == RTypes.COMPLEX64 || k == RTypes.COMPLEX128;
    }

    /** 1 for a slice of unnamed bytes, 2 for a slice of unnamed runes, else 0 (reflect's rule: the element must have no package path). */
    private static int bytesOrRunes(Slice s) {
        if (s.elem == Basic.UINT8) {
            return 1;
        }
        return s.elem == Basic.INT32 ? 2 : 0;
    }

    static boolean identicalIgnoreTags(Type a, Type b) {
        if (a == b) {
            return true;
        }
        if (a instanceof Struct x && b instanceof Struct y) {
            if (x.fields.size() != y.fields.size()) {
                return false;
            }
            for (int i = 0; i < x.fields.size(); i++) {
                Struct.Field f = x.fields.get(i), g = y.fields.get(i);
                if (!f.name().equals(g.name()) || f.embedded() != g.embedded() || !identicalIgnoreTags(f.type(), g.type())) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Pointer x && b instanceof Pointer y) {
            return identicalIgnoreTags(x.elem, y.elem);
        }
        if (a instanceof Slice x && b instanceof Slice y) {
            return identicalIgnoreTags(x.elem, y.elem);
        }
        if (a instanceof Array x && b instanceof Array y) {
            return x.len == y.len && identicalIgnoreTags(x.elem, y.elem);
        }
        if (a instanceof MapType x && b instanceof MapType y) {
            return identicalIgnoreTags(x.key, y.key) && identicalIgnoreTags(x.elem, y.elem);
        }
        if (a instanceof Chan x && b instanceof Chan y) {
            return x.dir == y.dir && identicalIgnoreTags(x.elem, y.elem);
        }
        if (a instanceof Signature x && b instanceof Signature y) {
            return x.variadic == y.variadic && allIdentical(x.params, y.params) && allIdentical(x.results, y.results);
        }
        return false;
    }

    private static boolean allIdentical(List<Type> a, List<Type> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!identicalIgnoreTags(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The value of x (of type from, convertible to t) converted to t; RuntimeError-free except for slice→array pointer. */
    static Object convert(Object x, Type from, Type t) {
        if (t.underlying() instanceof Interface) {
            return from.underlying() instanceof Interface ? x : new Iface(from, RValue.copyOf(x, from));
        }
        int fk = RTypes.kind(from), tk = RTypes.kind(t);
        boolean fInt = RTypes.isIntKind(fk) || RTypes.isUintKind(fk);
        boolean tInt = RTypes.isIntKind(tk) || RTypes.isUintKind(tk);
        boolean fFloat = fk == RTypes.FLOAT32 || fk == RTypes.FLOAT64;
        boolean tFloat = tk == RTypes.FLOAT32 || tk == RTypes.FLOAT64;
        gotruffle.types.Kind tb = t.basic() == null ? null : t.basic().kind;
        if (fInt && tInt) {
            return IntNorm.norm(tb, (Long) x);
        }
        if (fInt && tFloat) {
            long v = (Long) x;
            double d = RTypes.isUintKind(fk) ? uintToDouble(v) : (double) v;
            return tk == RTypes.FLOAT32 ? (double) (float) d : d;
        }
        if (fFloat && tInt) {
            double d = (Double) x;
            long v = RTypes.isUintKind(tk) && d >= 9.223372036854775807E18 ? (long) (d - 9.223372036854775807E18) + Long.MIN_VALUE : (long) d;
            return IntNorm.norm(tb, v);
        }
        if (fFloat && tFloat) {
            double d = (Double) x;
            return tk == RTypes.FLOAT32 ? (double) (float) d : d;
        }
        if (complex(fk) && complex(tk)) {
            GoComplex z = (GoComplex) x;
            return tk == RTypes.COMPLEX64 ? z.toComplex64() : z;
        }
        if (tk == RTypes.STRING && fInt) {
            long v = (Long) x;
            return ConvertNode.runeToString(RTypes.isUintKind(fk) && (v < 0 || v > Integer.MAX_VALUE) ? -1 : v);
        }
        if (tk == RTypes.STRING && from.underlying() instanceof Slice s) {
            return bytesOrRunes(s) == 1 ? ByteSlices.str((GoSlice) x) : ConvertNode.runesToString((GoSlice) x);
        }
        if (fk == RTypes.STRING && t.underlying() instanceof Slice s) {
            return bytesOrRunes(s) == 1 ? ByteSlices.slice((String) x) : ConvertNode.stringToRunes((String) x);
        }
        if (from.underlying() instanceof Slice && t.underlying() instanceof Pointer p && p.elem.underlying() instanceof Array a) {
            GoSlice s = (GoSlice) x;
            int len = s == null ? 0 : s.len;
            if (len < a.len) {
                throw ReflectState.panic("reflect: cannot convert slice with length " + len + " to pointer to array with length " + a.len);
            }
            if (s == null) {
                return null;
            }
            if (s.off == 0 && Stores.length(s.store) == a.len) {
                return new GoArray(s.store, a.elem);
            }
            throw ReflectState.panic("reflect.Value.Convert: converting a slice that is not its whole backing array to an array pointer is not supported by GoTruffle");
        }
        return RValue.copyOf(x, t);
    }

    static double uintToDouble(long v) {
        if (v >= 0) {
            return (double) v;
        }
        double d = (double) ((v >>> 1) | (v & 1)); // halve keeping the sticky bit, then double: correct rounding
        return d * 2.0;
    }
}
