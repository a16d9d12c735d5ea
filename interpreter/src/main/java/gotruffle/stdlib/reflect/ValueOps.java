package gotruffle.stdlib.reflect;

import com.oracle.truffle.api.RootCallTarget;
import gotruffle.GoContext;
import gotruffle.nodes.Fiber;
import gotruffle.nodes.GoPanic;
import gotruffle.nodes.RuntimePanics;
import gotruffle.nodes.call.BoundMethodRoot;
import gotruffle.nodes.call.FuncRootNode;
import gotruffle.nodes.call.NativeRootNode;
import gotruffle.nodes.expr.IntNorm;
import gotruffle.runtime.GoRuntimePanic;
import gotruffle.runtime.chan.Chan;
import gotruffle.runtime.chan.Recv;
import gotruffle.runtime.chan.Select;
import gotruffle.runtime.chan.SelectCase;
import gotruffle.runtime.chan.SelectResult;
import gotruffle.runtime.sched.G;
import gotruffle.stdlib.fmt.Addresses;
import gotruffle.values.Memory;
import gotruffle.stdlib.natives.ByteSlices;
import gotruffle.stdlib.natives.RuntimeNatives;
import gotruffle.types.Array;
import gotruffle.types.Basic;
import gotruffle.types.ChanType;
import gotruffle.types.Interface;
import gotruffle.types.Lookup;
import gotruffle.types.MapType;
import gotruffle.types.Pointer;
import gotruffle.types.Predicates;
import gotruffle.types.Signature;
import gotruffle.types.Slice;
import gotruffle.types.Struct;
import gotruffle.types.Type;
import gotruffle.values.Cell;
import gotruffle.values.GoArray;
import gotruffle.values.GoComplex;
import gotruffle.values.GoFunc;
import gotruffle.values.GoMap;
import gotruffle.values.GoPointer;
import gotruffle.values.GoSlice;
import gotruffle.values.GoStruct;
import gotruffle.values.Iface;
import gotruffle.values.SizeClasses;
import gotruffle.values.Stores;
import gotruffle.values.Values;

import java.util.ArrayList;
import java.util.List;

/**
 * The operations of reflect.Value on RValues, with Go's checks and panic texts (mustBe,
 * mustBeExported, mustBeAssignable and the ValueError of the method named). One object per
 * native call: it knows the program's reflect types and the calling goroutine.
 */
public final class ValueOps {
    final GoContext ctx;
    final Fiber fiber;
    final ReflectState st;

    public ValueOps(GoContext ctx, Fiber fiber) {
        this.ctx = ctx;
        this.fiber = fiber;
        this.st = ReflectState.of(ctx);
    }

    // ---- checks ----

    static int kind(RValue v) {
        return v == null ? RTypes.INVALID : v.kind;
    }

    void mustBe(RValue v, int k, String method) {
        if (kind(v) != k) {
            throw st.valueError(method, kind(v));
        }
    }

    void mustBeExported(RValue v, String method) {
        if (v == null) {
            throw st.valueError(method, RTypes.INVALID);
        }
        if (v.readOnly()) {
            throw ReflectState.panic("reflect: " + method + " using value obtained using unexported field");
        }
    }

    void mustBeAssignable(RValue v, String method) {
        mustBeExported(v, method);
        if (!v.addressable()) {
            throw ReflectState.panic("reflect: " + method + " using unaddressable value");
        }
    }

    /** x as a value to store in a location of type dst (Go's Value.assignTo). */
    Object assignTo(RValue x, String context, Type dst) {
        if (!Predicates.assignableTo(x.type, dst)) {
            throw ReflectState.panic(context + ": value of type " + RTypes.string(x.type) + " is not assignable to type " + RTypes.string(dst));
        }
        if (dst.underlying() instanceof Interface) {
            return x.toIface();
        }
        return x.copy();
    }

    GoStruct wrap(RValue v) {
        return st.value(v);
    }

    /** The reflect.Value of v (the zero Value for null). */
    public GoStruct wrapValue(RValue v) {
        return st.value(v);
    }

    public Iface typeValue(Type t) {
        return st.typeValue(t);
    }

    public GoPanic valueError(String method, int kind) {
        return st.valueError(method, kind);
    }

    /** The panic of s[i] with i out of range for length n. */
    public static GoPanic indexOutOfRange(long i, long n) {
        return RuntimePanics.boundsError(i, n, RuntimePanics.BOUNDS_INDEX, null);
    }

    // ---- constructors ----

    public RValue valueOf(Object any) {
        if (any == null) {
            return null;
        }
        Iface i = (Iface) any;
        return RValue.of(i.type, i.value, 0);
    }

    public RValue zero(Type t) {
        if (t == null) {
            throw ReflectState.panic("reflect: Zero(nil)");
        }
        return RValue.of(t, Values.zero(t), 0);
    }

    /** A pointer to a new zero value of t (what new(T) gives). */
    static Object newPointer(Type t) {
        Object z = Values.zero(t);
        return t.isAggregate() ? z : new GoPointer.ToCell(new Cell(z), true);
    }

    public RValue newValue(Type t) {
        if (t == null) {
            throw ReflectState.panic("reflect: New(nil)");
        }
        return RValue.of(Pointer.of(t), newPointer(t), 0);
    }

    // ---- basic accessors ----

    public Object interfaceOf(RValue v) {
        if (v == null) {
            throw st.valueError("reflect.Value.Interface", RTypes.INVALID);
        }
        if (v.readOnly()) {
            throw ReflectState.panic("reflect.Value.Interface: cannot return value obtained from unexported field or method");
        }
        return v.toIface();
    }

    public String string(RValue v) {
        int k = kind(v);
        if (k == RTypes.INVALID) {
            return "<invalid Value>";
        }
        if (k == RTypes.STRING) {
            return (String) v.get();
        }
        return "<" + RTypes.string(v.type) + " Value>";
    }

    public long intValue(RValue v) {
        if (!RTypes.isIntKind(kind(v))) {
            throw st.valueError("reflect.Value.Int", kind(v));
        }
        return (Long) v.get();
    }

    public long uintValue(RValue v) {
        if (!RTypes.isUintKind(kind(v))) {
            throw st.valueError("reflect.Value.Uint", kind(v));
        }
        return (Long) v.get();
    }

    public double floatValue(RValue v) {
        int k = kind(v);
        if (k != RTypes.FLOAT32 && k != RTypes.FLOAT64) {
            throw st.valueError("reflect.Value.Float", k);
        }
        return (Double) v.get();
    }

    public GoComplex complexValue(RValue v) {
        int k = kind(v);
        if (k != RTypes.COMPLEX64 && k != RTypes.COMPLEX128) {
            throw st.valueError("reflect.Value.Complex", k);
        }
        return (GoComplex) v.get();
    }

    public boolean boolValue(RValue v) {
        mustBe(v, RTypes.BOOL, "reflect.Value.Bool");
        return (Boolean) v.get();
    }

    public Object bytes(RValue v) {
        int k = kind(v);
        if (k == RTypes.SLICE) {
            if (RTypes.kind(RTypes.elem(v.type)) != RTypes.UINT8) {
                throw ReflectState.panic("reflect.Value.Bytes of non-byte slice");
            }
            return v.get();
        }
        if (k == RTypes.ARRAY) {
            if (RTypes.kind(RTypes.elem(v.type)) != RTypes.UINT8) {
                throw ReflectState.panic("reflect.Value.Bytes of non-byte array");
            }
            if (!v.addressable()) {
                throw ReflectState.panic("reflect.Value.Bytes of unaddressable byte array");
            }
            GoArray a = (GoArray) v.get();
            return new GoSlice(a.store, a.off, a.length(), a.length());
        }
        throw st.valueError("reflect.Value.Bytes", k);
    }

    public long pointer(RValue v) {
        int k = kind(v);
        switch (k) {
            case RTypes.FUNC -> {
                // a Go function's entry pc, so that runtime.FuncForPC(v.Pointer()).Name() names it
                Object x = v.get();
                if (x instanceof GoFunc f && (f.target.getRootNode() instanceof FuncRootNode
                        || f.target.getRootNode() instanceof NativeRootNode)) {
                    return RuntimeNatives.table(ctx).funcEntry(f.target.getRootNode());
                }
                return x == null ? 0 : Addresses.of(x);
            }
            case RTypes.POINTER -> {
                Object x = v.get(); // typed, so an element's address is Go's (base + index * size)
                return x == null ? 0 : Memory.addressOf(x, RTypes.elem(v.type));
            }
            case RTypes.CHAN, RTypes.MAP, RTypes.UNSAFE_POINTER -> {
                Object x = v.get();
                return x == null ? 0 : Addresses.of(x);
            }
            case RTypes.SLICE -> {
                GoSlice s = (GoSlice) v.get();
                return s == null ? 0 : Addresses.of(s.store) + s.off * SizeClasses.sizeof(RTypes.elem(v.type));
            }
            default -> throw st.valueError("reflect.Value.Pointer", k);
        }
    }

    public boolean overflowInt(RValue v, long x) {
        int k = kind(v);
        if (!RTypes.isIntKind(k)) {
            throw st.valueError("reflect.Value.OverflowInt", k);
        }
        int bits = (int) RTypes.size(v.type) * 8;
        long trunc = (x << (64 - bits)) >> (64 - bits);
        return x != trunc;
    }

    public boolean overflowUint(RValue v, long x) {
        int k = kind(v);
        if (!RTypes.isUintKind(k)) {
            throw st.valueError("reflect.Value.OverflowUint", k);
        }
        int bits = (int) RTypes.size(v.type) * 8;
        long trunc = (x << (64 - bits)) >>> (64 - bits);
        return x != trunc;
    }

    private static boolean overflowFloat32(double x) {
        double a = Math.abs(x);
        return Float.MAX_VALUE < a && a <= Double.MAX_VALUE;
    }

    public boolean overflowFloat(RValue v, double x) {
        int k = kind(v);
        if (k == RTypes.FLOAT32) {
            return overflowFloat32(x);
        }
        if (k == RTypes.FLOAT64) {
            return false;
        }
        throw st.valueError("reflect.Value.OverflowFloat", k);
    }

    public boolean overflowComplex(RValue v, GoComplex x) {
        int k = kind(v);
        if (k == RTypes.COMPLEX64) {
            return overflowFloat32(x.re) || overflowFloat32(x.im);
        }
        if (k == RTypes.COMPLEX128) {
            return false;
        }
        throw st.valueError("reflect.Value.OverflowComplex", k);
    }

    public boolean isNil(RValue v) {
        int k = kind(v);
        switch (k) {
            case RTypes.CHAN, RTypes.FUNC, RTypes.MAP, RTypes.POINTER, RTypes.UNSAFE_POINTER, RTypes.INTERFACE, RTypes.SLICE -> {
                return v.get() == null;
            }
            default -> throw st.valueError("reflect.Value.IsNil", k);
        }
    }

    public boolean isZero(RValue v) {
        if (v == null) {
            throw st.valueError("reflect.Value.IsZero", RTypes.INVALID);
        }
        return isZero(v.get(), v.type);
    }

    static boolean isZero(Object x, Type t) {
        int k = RTypes.kind(t);
        switch (k) {
            case RTypes.BOOL -> {
                return !(Boolean) x;
            }
            case RTypes.FLOAT32, RTypes.FLOAT64 -> {
                return Double.doubleToRawLongBits((Double) x) == 0;
            }
            case RTypes.COMPLEX64, RTypes.COMPLEX128 -> {
                GoComplex z = (GoComplex) x;
                return Double.doubleToRawLongBits(z.re) == 0 && Double.doubleToRawLongBits(z.im) == 0;
            }
            case RTypes.STRING -> {
                return ((String) x).isEmpty();
            }
            case RTypes.ARRAY -> {
                GoArray a = (GoArray) x;
                Type e = RTypes.elem(t);
                for (int i = 0; i < a.length(); i++) {
                    if (!isZero(Stores.get(a.store, a.off + i), e)) {
                        return false;
                    }
                }
                return true;
            }
            case RTypes.STRUCT -> {
                GoStruct s = (GoStruct) x;
                for (int i = 0; i < s.numFields(); i++) {
                    if (!isZero(s.get(i), s.type.fields.get(i).type())) {
                        return false;
                    }
                }
                return true;
            }
            default -> {
                if (RTypes.isIntKind(k) || RTypes.isUintKind(k)) {
                    return (Long) x == 0;
                }
                return x == null;
            }
        }
    }

    public long len(RValue v) {
        return lenOrCap(v, false);
    }

    public long cap(RValue v) {
        return lenOrCap(v, true);
    }

    /** Value.Len and Value.Cap: the kinds they share answer alike (an array's and a pointer to array's are its length). */
    private long lenOrCap(RValue v, boolean cap) {
        int k = kind(v);
        String name = cap ? "Cap" : "Len";
        switch (k) {
            case RTypes.ARRAY -> {
                return ((Array) v.type.underlying()).len;
            }
            case RTypes.CHAN -> {
                Chan c = (Chan) v.get();
                return c == null ? 0 : cap ? Chan.cap(c) : Chan.len(c);
            }
            case RTypes.SLICE -> {
                GoSlice s = (GoSlice) v.get();
                return s == null ? 0 : cap ? s.cap : s.len;
            }
            case RTypes.POINTER -> {
                if (RTypes.elem(v.type).underlying() instanceof Array a) {
                    return a.len;
                }
                throw ReflectState.panic("reflect: call of reflect.Value." + name + " on ptr to non-array Value");
            }
            case RTypes.MAP -> {
                if (!cap) {
                    GoMap m = (GoMap) v.get();
                    return m == null ? 0 : m.size();
                }
            }
            case RTypes.STRING -> {
                if (!cap) {
                    return ((String) v.get()).length();
                }
            }
            default -> {
            }
        }
        throw st.valueError("reflect.Value." + name, k);
    }

    // ---- navigation ----

    public RValue elem(RValue v) {
        int k = kind(v);
        if (k == RTypes.INTERFACE) {
            Iface x = (Iface) v.get();
            return x == null ? null : RValue.of(x.type, x.value, v.ro());
        }
        if (k == RTypes.POINTER) {
            Object p = v.get();
            return p == null ? null : RValue.at(RTypes.elem(v.type), p, v.flags & RValue.RO);
        }
        throw st.valueError("reflect.Value.Elem", k);
    }

    /** The pointer to an addressable value (the *T value Addr's Value holds). */
    public Object addrPointer(RValue v) {
        return v.pointer();
    }

    public RValue addr(RValue v) {
        if (v == null || !v.addressable()) {
            throw ReflectState.panic("reflect.Value.Addr of unaddressable value");
        }
        return RValue.of(Pointer.of(v.type), v.pointer(), v.flags & RValue.RO);
    }

    public RValue field(RValue v, long i) {
        if (kind(v) != RTypes.STRUCT) {
            throw st.valueError("reflect.Value.Field", kind(v));
        }
        Struct s = (Struct) v.type.underlying();
        if (i < 0 || i >= s.fields.size()) {
            throw ReflectState.panic("reflect: Field index out of range");
        }
        int fi = (int) i;
        Struct.Field f = s.fields.get(fi);
        int fl = v.flags & RValue.STICKY_RO;
        if (!RTypes.isExported(f.name())) {
            fl |= f.embedded() ? RValue.EMBED_RO : RValue.STICKY_RO;
        }
        GoStruct sv = (GoStruct) v.get();
        if (v.addressable()) {
            Object loc = f.type().isAggregate() ? sv.get(fi) : new GoPointer.ToField(sv, fi);
            return RValue.at(f.type(), loc, fl);
        }
        return RValue.of(f.type(), sv.get(fi), fl);
    }

    public long numField(RValue v) {
        mustBe(v, RTypes.STRUCT, "reflect.Value.NumField");
        return ((Struct) v.type.underlying()).fields.size();
    }

    public RValue index(RValue v, long i) {
        int k = kind(v);
        switch (k) {
            case RTypes.ARRAY -> {
                GoArray a = (GoArray) v.get();
                if (i < 0 || i >= a.length()) {
                    throw ReflectState.panic("reflect: array index out of range");
                }
                return element(a.store, a.off + (int) i, a.elem, v.addressable(), v.ro());
            }
            case RTypes.SLICE -> {
                GoSlice s = (GoSlice) v.get();
                if (i < 0 || s == null || i >= s.len) {
                    throw ReflectState.panic("reflect: slice index out of range");
                }
                return element(s.store, s.off + (int) i, RTypes.elem(v.type), true, v.ro());
            }
            case RTypes.STRING -> {
                String s = (String) v.get();
                if (i < 0 || i >= s.length()) {
                    throw ReflectState.panic("reflect: string index out of range");
                }
                return RValue.of(Basic.UINT8, (long) (s.charAt((int) i) & 0xFF), v.ro());
            }
            default -> throw st.valueError("reflect.Value.Index", k);
        }
    }

    private static RValue element(Object store, int i, Type elem, boolean addressable, int flags) {
        if (!addressable) {
            return RValue.of(elem, Stores.get(store, i), flags);
        }
        Object loc = elem.isAggregate() ? Stores.get(store, i) : new GoPointer.ToElem(store, i);
        return RValue.at(elem, loc, flags);
    }

    public RValue slice(RValue v, long i, long j, long k3, boolean three) {
        String m = three ? "reflect.Value.Slice3" : "reflect.Value.Slice";
        int k = kind(v);
        Object store;
        int off, len, cap;
        Type result;
        switch (k) {
            case RTypes.ARRAY -> {
                if (!v.addressable()) {
                    throw ReflectState.panic(m + ": slice of unaddressable array");
                }
                GoArray a = (GoArray) v.get();
                store = a.store;
                off = a.off;
                len = cap = a.length();
                result = Slice.of(a.elem);
            }
            case RTypes.SLICE -> {
                GoSlice s = (GoSlice) v.get();
                store = s == null ? null : s.store;
                off = s == null ? 0 : s.off;
                len = s == null ? 0 : s.len;
                cap = s == null ? 0 : s.cap;
                result = v.type;
            }
            case RTypes.STRING -> {
                if (three) {
                    throw st.valueError(m, k);
                }
                String s = (String) v.get();
                if (i < 0 || j < i || j > s.length()) {
                    throw ReflectState.panic("reflect.Value.Slice: string slice index out of bounds");
                }
                return RValue.of(v.type, s.substring((int) i, (int) j), v.ro());
            }
            default -> throw st.valueError(m, k);
        }
        long max = three ? k3 : cap;
        if (i < 0 || j < i || max < j || max > cap) {
            throw ReflectState.panic(m + ": slice index out of bounds");
        }
        if (store == null) {
            return RValue.of(result, null, v.ro());
        }
        return RValue.of(result, new GoSlice(store, off + (int) i, (int) (j - i), (int) (max - i)), v.ro());
    }

    // ---- maps ----

    public RValue mapIndex(RValue v, RValue key) {
        mustBe(v, RTypes.MAP, "reflect.Value.MapIndex");
        MapType mt = (MapType) v.type.underlying();
        mustBeExported(key, "reflect.Value.MapIndex");
        Object k = assignTo(key, "reflect.Value.MapIndex", mt.key);
        GoMap m = (GoMap) v.get();
        if (m == null || !m.containsKey(k)) {
            return null;
        }
        return RValue.of(mt.elem, RValue.copyOf(m.get(k), mt.elem), v.ro() | key.ro());
    }

    public List<RValue> mapKeys(RValue v) {
        mustBe(v, RTypes.MAP, "reflect.Value.MapKeys");
        MapType mt = (MapType) v.type.underlying();
        GoMap m = (GoMap) v.get();
        List<RValue> out = new ArrayList<>();
        if (m != null) {
            for (Object k : m.entries.keySet()) {
                out.add(RValue.of(mt.key, RValue.copyOf(m.unwrapKey(k), mt.key), v.ro()));
            }
        }
        return out;
    }

    public void setMapIndex(RValue v, RValue key, RValue elem) {
        mustBe(v, RTypes.MAP, "reflect.Value.SetMapIndex");
        mustBeExported(v, "reflect.Value.SetMapIndex");
        mustBeExported(key, "reflect.Value.SetMapIndex");
        MapType mt = (MapType) v.type.underlying();
        Object k = assignTo(key, "reflect.Value.SetMapIndex", mt.key);
        GoMap m = (GoMap) v.get();
        if (elem == null) {
            if (m != null) {
                m.remove(k);
            }
            return;
        }
        mustBeExported(elem, "reflect.Value.SetMapIndex");
        Object e = assignTo(elem, "reflect.Value.SetMapIndex", mt.elem);
        if (m == null) {
            throw RuntimePanics.plain("assignment to entry in nil map", null);
        }
        m.put(k, e);
    }

    // ---- setters ----

    public void set(RValue v, RValue x) {
        mustBeAssignable(v, "reflect.Value.Set");
        mustBeExported(x, "reflect.Value.Set");
        v.store(assignTo(x, "reflect.Set", v.type));
    }

    public void setInt(RValue v, long x) {
        mustBeAssignable(v, "reflect.Value.SetInt");
        if (!RTypes.isIntKind(v.kind)) {
            throw st.valueError("reflect.Value.SetInt", v.kind);
        }
        v.store(IntNorm.norm(v.type.basic().kind, x));
    }

    public void setUint(RValue v, long x) {
        mustBeAssignable(v, "reflect.Value.SetUint");
        if (!RTypes.isUintKind(v.kind)) {
            throw st.valueError("reflect.Value.SetUint", v.kind);
        }
        v.store(IntNorm.norm(v.type.basic().kind, x));
    }

    public void setFloat(RValue v, double x) {
        mustBeAssignable(v, "reflect.Value.SetFloat");
        if (v.kind == RTypes.FLOAT32) {
            v.store((double) (float) x);
        } else if (v.kind == RTypes.FLOAT64) {
            v.store(x);
        } else {
            throw st.valueError("reflect.Value.SetFloat", v.kind);
        }
    }

    public void setComplex(RValue v, GoComplex x) {
        mustBeAssignable(v, "reflect.Value.SetComplex");
        if (v.kind == RTypes.COMPLEX64) {
            v.store(x.toComplex64());
        } else if (v.kind == RTypes.COMPLEX128) {
            v.store(x);
        } else {
            throw st.valueError("reflect.Value.SetComplex", v.kind);
        }
    }

    public void setBool(RValue v, boolean x) {
        mustBeAssignable(v, "reflect.Value.SetBool");
        mustBe(v, RTypes.BOOL, "reflect.Value.SetBool");
        v.store(x);
    }

    public void setString(RValue v, String x) {
        mustBeAssignable(v, "reflect.Value.SetString");
        mustBe(v, RTypes.STRING, "reflect.Value.SetString");
        v.store(x);
    }

    public void setBytes(RValue v, Object x) {
        mustBeAssignable(v, "reflect.Value.SetBytes");
        mustBe(v, RTypes.SLICE, "reflect.Value.SetBytes");
        if (RTypes.kind(RTypes.elem(v.type)) != RTypes.UINT8) {
            throw ReflectState.panic("reflect.Value.SetBytes of non-byte slice");
        }
        v.store(x);
    }

    public void setLen(RValue v, long n) {
        mustBeAssignable(v, "reflect.Value.SetLen");
        mustBe(v, RTypes.SLICE, "reflect.Value.SetLen");
        GoSlice s = (GoSlice) v.get();
        int cap = s == null ? 0 : s.cap;
        if (n < 0 || n > cap) {
            throw ReflectState.panic("reflect: slice length out of range in SetLen");
        }
        if (s != null) {
            v.store(new GoSlice(s.store, s.off, (int) n, s.cap));
        }
    }

    public void setCap(RValue v, long n) {
        mustBeAssignable(v, "reflect.Value.SetCap");
        mustBe(v, RTypes.SLICE, "reflect.Value.SetCap");
        GoSlice s = (GoSlice) v.get();
        int len = s == null ? 0 : s.len, cap = s == null ? 0 : s.cap;
        if (n < len || n > cap) {
            throw ReflectState.panic("reflect: slice capacity out of range in SetCap");
        }
        if (s != null) {
            v.store(new GoSlice(s.store, s.off, s.len, (int) n));
        }
    }

    // ---- conversion ----

    public RValue convert(RValue v, Type t) {
        if (v == null) {
            throw st.valueError("reflect.Value.Convert", RTypes.INVALID);
        }
        if (!Predicates.convertible(v.type, t)) {
            throw ReflectState.panic("reflect.Value.Convert: value of type " + RTypes.string(v.type) + " cannot be converted to type " + RTypes.string(t));
        }
        return RValue.of(t, Conversions.convert(v.get(), v.type, t), v.ro());
    }

    public boolean canConvert(RValue v, Type t) {
        if (v == null) {
            throw st.valueError("reflect.Value.Type", RTypes.INVALID);
        }
        if (!Predicates.convertible(v.type, t)) {
            return false;
        }
        if (v.kind == RTypes.SLICE && t.underlying() instanceof Pointer p && p.elem.underlying() instanceof Array a) {
            return a.len <= len(v);
        }
        return true;
    }

    // ---- slices ----

    public RValue makeSlice(Type t, long len, long cap) {
        if (!(t.underlying() instanceof Slice s)) {
            throw ReflectState.panic("reflect.MakeSlice of non-slice type");
        }
        if (len < 0) {
            throw ReflectState.panic("reflect.MakeSlice: negative len");
        }
        if (cap < 0) {
            throw ReflectState.panic("reflect.MakeSlice: negative cap");
        }
        if (len > cap) {
            throw ReflectState.panic("reflect.MakeSlice: len > cap");
        }
        return RValue.of(t, new GoSlice(Values.newStore(s.elem, (int) cap), 0, (int) len, (int) cap), 0);
    }

    /** s with room for n more elements (the store grown as append grows it); the new elements are zero. */
    private GoSlice extend(RValue s, int n) {
        GoSlice x = (GoSlice) s.get();
        Type elem = RTypes.elem(s.type);
        int len = x == null ? 0 : x.len, cap = x == null ? 0 : x.cap;
        int need = len + n;
        if (need < len) {
            throw ReflectState.panic("reflect.Append: slice overflow");
        }
        if (need <= cap) {
            return new GoSlice(x.store, x.off, need, cap);
        }
        int newCap = SizeClasses.growCap(cap, need, SizeClasses.sizeof(elem));
        Object store = Values.newStore(elem, newCap);
        if (len > 0) {
            copyElems(x.store, x.off, store, 0, len, elem);
        }
        return new GoSlice(store, 0, need, newCap);
    }

    /** Copies n elements (aggregates into the destination's own objects; overlapping ranges allowed). */
    static void copyElems(Object src, int so, Object dst, int dOff, int n, Type elem) {
        if (!elem.isAggregate()) {
            Stores.arraycopy(src, so, dst, dOff, n);
            return;
        }
        Object[] s = (Object[]) src, d = (Object[]) dst;
        if (s == d && dOff > so) {
            for (int i = n - 1; i >= 0; i--) {
                Values.assignAggregate(d[dOff + i], s[so + i]);
            }
        } else {
            for (int i = 0; i < n; i++) {
                Values.assignAggregate(d[dOff + i], s[so + i]);
            }
        }
    }

    public RValue append(RValue s, List<RValue> xs) {
        mustBe(s, RTypes.SLICE, "unknown method"); // Go names no Value method here
        int n = ((GoSlice) s.get()) == null ? 0 : ((GoSlice) s.get()).len;
        GoSlice r = extend(s, xs.size());
        Type elem = RTypes.elem(s.type);
        for (int i = 0; i < xs.size(); i++) {
            RValue x = xs.get(i);
            mustBeExported(x, "reflect.Value.Set");
            Object e = assignTo(x, "reflect.Set", elem);
            if (elem.isAggregate()) {
                Values.assignAggregate(Stores.get(r.store, r.off + n + i), e);
            } else {
                Stores.set(r.store, r.off + n + i, e);
            }
        }
        return RValue.of(s.type, r, 0);
    }

    public RValue appendSlice(RValue s, RValue t) {
        mustBe(s, RTypes.SLICE, "unknown method");
        mustBe(t, RTypes.SLICE, "unknown method");
        Type se = RTypes.elem(s.type), te = RTypes.elem(t.type);
        if (se != te) {
            throw ReflectState.panic("reflect.AppendSlice: " + RTypes.string(se) + " != " + RTypes.string(te));
        }
        GoSlice src = (GoSlice) t.get();
        int n = ((GoSlice) s.get()) == null ? 0 : ((GoSlice) s.get()).len;
        int m = src == null ? 0 : src.len;
        GoSlice r = extend(s, m);
        if (m > 0) {
            copyElems(src.store, src.off, r.store, r.off + n, m, se);
        }
        return RValue.of(s.type, r, 0);
    }

    public long copy(RValue dst, RValue src) {
        int dk = kind(dst);
        if (dk != RTypes.ARRAY && dk != RTypes.SLICE) {
            throw st.valueError("reflect.Copy", dk);
        }
        if (dk == RTypes.ARRAY) {
            mustBeAssignable(dst, "reflect.Copy");
        }
        mustBeExported(dst, "reflect.Copy");
        int sk = kind(src);
        Type de = RTypes.elem(dst.type);
        boolean stringSrc = false;
        if (sk != RTypes.ARRAY && sk != RTypes.SLICE) {
            stringSrc = sk == RTypes.STRING && RTypes.kind(de) == RTypes.UINT8;
            if (!stringSrc) {
                throw st.valueError("reflect.Copy", sk);
            }
        }
        mustBeExported(src, "reflect.Copy");
        if (!stringSrc && RTypes.elem(src.type) != de) {
            throw ReflectState.panic("reflect.Copy: " + RTypes.string(de) + " != " + RTypes.string(RTypes.elem(src.type)));
        }
        Object[] d = storeOf(dst);
        if (stringSrc) {
            String s = (String) src.get();
            int n = Math.min((Integer) d[2], s.length());
            GoSlice bytes = ByteSlices.slice(s.substring(0, n));
            Stores.arraycopy(bytes.store, 0, d[0], (Integer) d[1], n);
            return n;
        }
        Object[] s = storeOf(src);
        int n = Math.min((Integer) d[2], (Integer) s[2]);
        if (n > 0) {
            copyElems(s[0], (Integer) s[1], d[0], (Integer) d[1], n, de);
        }
        return n;
    }

    /** {store, offset, length} of an array or slice value. */
    private static Object[] storeOf(RValue v) {
        Object x = v.get();
        if (x instanceof GoArray a) {
            return new Object[]{a.store, a.off, a.length()};
        }
        GoSlice s = (GoSlice) x;
        return s == null ? new Object[]{null, 0, 0} : new Object[]{s.store, s.off, s.len};
    }

    public void swap(RValue v, long i, long j) {
        GoSlice s = (GoSlice) v.get();
        int n = s == null ? 0 : s.len;
        if (i < 0 || i >= n || j < 0 || j >= n) {
            throw ReflectState.panic("reflect: slice index out of range");
        }
        Type elem = RTypes.elem(v.type);
        int a = s.off + (int) i, b = s.off + (int) j;
        if (elem.isAggregate()) {
            // the objects stay in their slots (pointers to elements point to slots): swap contents
            Object x = Stores.get(s.store, a), y = Stores.get(s.store, b);
            Object tmp = Values.copyAggregate(x);
            Values.assignAggregate(x, y);
            Values.assignAggregate(y, tmp);
        } else {
            Stores.swap(s.store, a, b);
        }
    }

    // ---- maps and channels ----

    public RValue makeMap(Type t, long n) {
        if (!(t.underlying() instanceof MapType m)) {
            throw ReflectState.panic("reflect.MakeMapWithSize of non-map type");
        }
        return RValue.of(t, new GoMap(m.key, (int) Math.max(0, Math.min(n, 1 << 20))), 0);
    }

    public RValue makeChan(Type t, long n) {
        if (!(t.underlying() instanceof ChanType c)) {
            throw ReflectState.panic("reflect.MakeChan of non-chan type");
        }
        if (n < 0) {
            throw ReflectState.panic("reflect.MakeChan: negative buffer size");
        }
        if (c.dir != ChanType.BOTH) {
            throw ReflectState.panic("reflect.MakeChan: unidirectional channel type");
        }
        return RValue.of(t, new Chan((int) n, Values.zero(c.elem)), 0);
    }

    private G g() {
        return fiber.g;
    }

    private Chan chanFor(RValue v, String method, boolean send) {
        mustBe(v, RTypes.CHAN, method);
        mustBeExported(v, method);
        ChanType ct = (ChanType) v.type.underlying();
        if (send && ct.dir == ChanType.RECV) {
            throw ReflectState.panic("reflect: send on recv-only channel");
        }
        if (!send && ct.dir == ChanType.SEND) {
            throw ReflectState.panic("reflect: recv on send-only channel");
        }
        return (Chan) v.get();
    }

    public boolean send(RValue v, RValue x, boolean block) {
        String m = block ? "reflect.Value.Send" : "reflect.Value.TrySend";
        Chan c = chanFor(v, m, true);
        mustBeExported(x, m);
        Object e = assignTo(x, "reflect.Value.Send", RTypes.elem(v.type));
        try {
            if (block) {
                Chan.chansend(g(), c, e);
                return true;
            }
            return Chan.selectnbsend(g(), c, e);
        } catch (GoRuntimePanic p) {
            throw RuntimePanics.plain(p.getMessage(), null);
        }
    }

    /** {value (null when nothing was received), ok}. */
    public Object[] recv(RValue v, boolean block) {
        Chan c = chanFor(v, block ? "reflect.Value.Recv" : "reflect.Value.TryRecv", false);
        Recv r = block ? Chan.chanrecv2(g(), c) : Chan.selectnbrecv(g(), c);
        if (r == null) {
            return new Object[]{null, false};
        }
        return new Object[]{RValue.of(RTypes.elem(v.type), r.value(), 0), r.ok()};
    }

    public void close(RValue v) {
        mustBe(v, RTypes.CHAN, "reflect.Value.Close");
        mustBeExported(v, "reflect.Value.Close");
        try {
            Chan.closechan(g(), (Chan) v.get());
        } catch (GoRuntimePanic p) {
            throw RuntimePanics.plain(p.getMessage(), null);
        }
    }

    /** reflect.Select over a []SelectCase: {chosen, received value or null, recvOK}. */
    public Object[] select(GoSlice cases) {
        int n = cases == null ? 0 : cases.len;
        List<SelectCase> run = new ArrayList<>();
        List<Integer> runIndex = new ArrayList<>();
        List<Type> elems = new ArrayList<>();
        int dflt = -1;
        for (int i = 0; i < n; i++) {
            GoStruct c = (GoStruct) Stores.get(cases.store, cases.off + i);
            Struct ct = c.type;
            long dir = (Long) c.get(ct.fieldIndex("Dir"));
            RValue ch = ReflectState.rvalue(c.get(ct.fieldIndex("Chan")));
            RValue send = ReflectState.rvalue(c.get(ct.fieldIndex("Send")));
            if (dir == 3) {
                if (dflt >= 0) {
                    throw ReflectState.panic("reflect.Select: multiple default cases");
                }
                if (ch != null) {
                    throw ReflectState.panic("reflect.Select: default case has Chan value");
                }
                if (send != null) {
                    throw ReflectState.panic("reflect.Select: default case has Send value");
                }
                dflt = i;
                continue;
            }
            if (dir != 1 && dir != 2) {
                throw ReflectState.panic("reflect.Select: invalid Dir");
            }
            if (dir == 2 && send != null) {
                throw ReflectState.panic("reflect.Select: RecvDir case has Send value");
            }
            Chan rc = null;
            Type elem = null;
            Object value = null;
            if (ch != null) {
                mustBe(ch, RTypes.CHAN, "reflect.Select");
                mustBeExported(ch, "reflect.Select");
                ChanType t = (ChanType) ch.type.underlying();
                elem = t.elem;
                if (dir == 1) {
                    if (t.dir == ChanType.RECV) {
                        throw ReflectState.panic("reflect.Select: SendDir case using recv-only channel");
                    }
                    if (send == null) {
                        throw ReflectState.panic("reflect.Select: SendDir case missing Send value");
                    }
                    mustBeExported(send, "reflect.Select");
                    value = assignTo(send, "reflect.Select", t.elem);
                } else if (t.dir == ChanType.SEND) {
                    throw ReflectState.panic("reflect.Select: RecvDir case using send-only channel");
                }
                rc = (Chan) ch.get();
            } else if (dir == 1 && send == null) {
                // a case without a channel is never chosen; Go checks nothing more
            }
            run.add(dir == 1 ? SelectCase.send(rc, value) : SelectCase.recv(rc));
            runIndex.add(i);
            elems.add(elem);
        }
        SelectResult r;
        try {
            r = Select.selectgo(g(), run.toArray(new SelectCase[0]), dflt >= 0);
        } catch (GoRuntimePanic p) {
            throw RuntimePanics.plain(p.getMessage(), null);
        }
        if (r.index() < 0) {
            return new Object[]{(long) dflt, null, false};
        }
        int chosen = runIndex.get(r.index());
        RValue recv = run.get(r.index()).isSend() ? null : RValue.of(elems.get(r.index()), r.value(), 0);
        return new Object[]{(long) chosen, recv, r.ok()};
    }

    // ---- methods and calls ----

    public long numMethod(RValue v) {
        if (v == null) {
            throw st.valueError("reflect.Value.NumMethod", RTypes.INVALID);
        }
        return MethodSets.names(v.type).size();
    }

    /** v.Method(i): the method value, a func bound to v's receiver. */
    public RValue method(RValue v, long i) {
        if (v == null) {
            throw st.valueError("reflect.Value.Method", RTypes.INVALID);
        }
        List<String> names = MethodSets.names(v.type);
        if (i < 0 || i >= names.size()) {
            throw ReflectState.panic("reflect: Method index out of range");
        }
        String name = names.get((int) i);
        Type recvType = v.type;
        Object recv;
        Signature sig = Lookup.signature(v.type, name);
        if (v.kind == RTypes.INTERFACE) {
            Iface x = (Iface) v.get();
            if (x == null) {
                throw ReflectState.panic("reflect: Method on nil interface value");
            }
            recvType = x.type;
            recv = x.value;
        } else {
            recv = v.copy();
        }
        RootCallTarget m = ctx.methods.lookup(recvType, name);
        Object f = new GoFunc(BoundMethodRoot.targetFor(ctx.language, m), recv);
        return RValue.of(sig, f, v.ro());
    }

    public List<RValue> call(RValue v, List<RValue> in, boolean isSlice) {
        String op = isSlice ? "CallSlice" : "Call";
        mustBe(v, RTypes.FUNC, "reflect.Value." + op);
        mustBeExported(v, "reflect.Value." + op);
        GoFunc fn = (GoFunc) v.get();
        if (fn == null) {
            throw ReflectState.panic("reflect.Value.Call: call of nil function");
        }
        Signature sig = (Signature) v.type.underlying();
        int n = sig.params.size();
        if (isSlice) {
            if (!sig.variadic) {
                throw ReflectState.panic("reflect: CallSlice of non-variadic function");
            }
            if (in.size() < n) {
                throw ReflectState.panic("reflect: CallSlice with too few input arguments");
            }
            if (in.size() > n) {
                throw ReflectState.panic("reflect: CallSlice with too many input arguments");
            }
        } else {
            if (sig.variadic) {
                n--;
            }
            if (in.size() < n) {
                throw ReflectState.panic("reflect: Call with too few input arguments");
            }
            if (!sig.variadic && in.size() > n) {
                throw ReflectState.panic("reflect: Call with too many input arguments");
            }
        }
        for (RValue x : in) {
            if (x == null) {
                throw ReflectState.panic("reflect: " + op + " using zero Value argument");
            }
        }
        Object[] args = new Object[2 + sig.params.size()];
        args[0] = fiber;
        args[1] = fn.env;
        for (int i = 0; i < n; i++) {
            RValue x = in.get(i);
            Type targ = sig.params.get(i);
            if (!Predicates.assignableTo(x.type, targ)) {
                throw ReflectState.panic("reflect: " + op + " using " + RTypes.string(x.type) + " as type " + RTypes.string(targ));
            }
            args[2 + i] = assignTo(x, "reflect.Value." + op, targ);
        }
        if (!isSlice && sig.variadic) {
            Slice st0 = (Slice) sig.params.get(n);
            int m = in.size() - n;
            Object store = Values.newStore(st0.elem, m);
            for (int i = 0; i < m; i++) {
                RValue x = in.get(n + i);
                if (!Predicates.assignableTo(x.type, st0.elem)) {
                    throw ReflectState.panic("reflect: cannot use " + RTypes.string(x.type) + " as type " + RTypes.string(st0.elem) + " in " + op);
                }
                Object e = assignTo(x, op, st0.elem);
                if (st0.elem.isAggregate()) {
                    Values.assignAggregate(Stores.get(store, i), e);
                } else {
                    Stores.set(store, i, e);
                }
            }
            args[2 + n] = new GoSlice(store, 0, m, m);
        }
        Object r = fn.target.call(args);
        return results(sig, r);
    }

    /** The Values of a Go function's results (null, the single result, or an Object[] of them). */
    static List<RValue> results(Signature sig, Object r) {
        List<RValue> out = new ArrayList<>(sig.results.size());
        if (sig.results.size() == 1) {
            out.add(RValue.of(sig.results.get(0), r, 0));
        } else if (sig.results.size() > 1) {
            Object[] rs = (Object[]) r;
            for (int i = 0; i < rs.length; i++) {
                out.add(RValue.of(sig.results.get(i), rs[i], 0));
            }
        }
        return out;
    }

    // ---- []Value ----

    public GoSlice valueSlice(List<RValue> vs) {
        Object[] a = new Object[vs.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = wrap(vs.get(i));
        }
        return new GoSlice(a, 0, a.length, a.length);
    }

    public static List<RValue> rvalues(Object slice) {
        GoSlice s = (GoSlice) slice;
        List<RValue> out = new ArrayList<>();
        if (s != null) {
            for (int i = 0; i < s.len; i++) {
                out.add(ReflectState.rvalue(Stores.get(s.store, s.off + i)));
            }
        }
        return out;
    }
}
