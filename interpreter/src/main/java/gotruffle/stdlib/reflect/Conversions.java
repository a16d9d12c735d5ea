package gotruffle.stdlib.reflect;

import gotruffle.nodes.expr.ConvertNode;
import gotruffle.nodes.expr.IntNorm;
import gotruffle.stdlib.natives.ByteSlices;
import gotruffle.types.Array;
import gotruffle.types.Basic;
import gotruffle.types.ChanType;
import gotruffle.types.Interface;
import gotruffle.types.Kind;
import gotruffle.types.MapType;
import gotruffle.types.Pointer;
import gotruffle.types.Predicates;
import gotruffle.types.Signature;
import gotruffle.types.Slice;
import gotruffle.types.Struct;
import gotruffle.types.Type;
import gotruffle.values.GoArray;
import gotruffle.values.GoComplex;
import gotruffle.values.GoSlice;
import gotruffle.values.Iface;

import java.util.List;

/** Value.Convert: the conversion of a value (which conversions are allowed is types.Predicates.convertible). */
public final class Conversions {
    private Conversions() {}

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
        Kind tb = t.basic() == null ? null : t.basic().kind;
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
        if (from.isComplex() && t.isComplex()) {
            GoComplex z = (GoComplex) x;
            return tk == RTypes.COMPLEX64 ? z.toComplex64() : z;
        }
        if (tk == RTypes.STRING && fInt) {
            long v = (Long) x;
            return ConvertNode.runeToString(RTypes.isUintKind(fk) && (v < 0 || v > Integer.MAX_VALUE) ? -1 : v);
        }
        if (tk == RTypes.STRING && from.underlying() instanceof Slice s) {
            return Predicates.bytesOrRunes(s) == 1 ? ByteSlices.str((GoSlice) x) : ConvertNode.runesToString((GoSlice) x);
        }
        if (fk == RTypes.STRING && t.underlying() instanceof Slice s) {
            return Predicates.bytesOrRunes(s) == 1 ? ByteSlices.slice((String) x) : ConvertNode.stringToRunes((String) x);
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
            return new GoArray(s.store, s.off, (int) a.len, a.elem);
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
