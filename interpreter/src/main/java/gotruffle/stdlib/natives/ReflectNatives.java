package gotruffle.stdlib.natives;

import gotruffle.GoContext;
import gotruffle.nodes.Fiber;
import gotruffle.nodes.call.Native;
import gotruffle.stdlib.reflect.DeepEqual;
import gotruffle.stdlib.reflect.MakeFuncRoot;
import gotruffle.stdlib.reflect.MethodSets;
import gotruffle.stdlib.reflect.RTypes;
import gotruffle.stdlib.reflect.RValue;
import gotruffle.stdlib.reflect.ReflectState;
import gotruffle.stdlib.reflect.TypeOps;
import gotruffle.stdlib.reflect.ValueOps;
import gotruffle.types.Array;
import gotruffle.types.ChanType;
import gotruffle.types.MapType;
import gotruffle.types.Pointer;
import gotruffle.types.Predicates;
import gotruffle.types.Signature;
import gotruffle.types.Slice;
import gotruffle.types.Struct;
import gotruffle.types.Type;
import gotruffle.values.GoComplex;
import gotruffle.values.GoFunc;
import gotruffle.values.GoSlice;
import gotruffle.values.GoStruct;
import gotruffle.values.Iface;
import gotruffle.values.Stores;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Natives of package reflect: thin adapters from Go arguments to ValueOps and TypeOps. */
public final class ReflectNatives {
    private ReflectNatives() {}

    /** A native on reflect.Value's receiver (a[0]) and the rest of the arguments. */
    @FunctionalInterface
    private interface ValueMethod {
        Object call(ValueOps o, RValue v, Object[] a);
    }

    /** A native on *rtype's receiver (a[0]). */
    @FunctionalInterface
    private interface TypeMethod {
        Object call(ReflectState st, Type t, Object[] a);
    }

    private static void value(Map<String, Native> t, String name, ValueMethod m) {
        t.put("reflect.Value." + name, (ctx, fiber, a) -> m.call(new ValueOps(ctx, fiber), ReflectState.rvalue(a[0]), a));
    }

    private static void type(Map<String, Native> t, String name, TypeMethod m) {
        t.put("reflect.rtype." + name, (ctx, fiber, a) -> m.call(ReflectState.of(ctx), rtype(a[0]), a));
    }

    private static Type rtype(Object receiver) {
        return (Type) ((GoStruct) receiver).refs[0];
    }

    private static RValue rv(Object v) {
        return ReflectState.rvalue(v);
    }

    private static Type ty(Object typeValue) {
        return ReflectState.typeOf(typeValue);
    }

    private static ValueOps ops(GoContext ctx, Fiber fiber) {
        return new ValueOps(ctx, fiber);
    }

    private static long i(Object o) {
        return (Long) o;
    }

    private static List<Type> types(Object slice) {
        GoSlice s = (GoSlice) slice;
        List<Type> out = new ArrayList<>();
        if (s != null) {
            for (int i = 0; i < s.len; i++) {
                out.add(ty(Stores.get(s.store, s.off + i)));
            }
        }
        return out;
    }

    public static void register(Map<String, Native> t) {
        t.put("reflect.setup", (ctx, fiber, a) -> {
            ReflectState.of(ctx).setup(a);
            return null;
        });
        registerFunctions(t);
        registerTypeMethods(t);
        registerValueMethods(t);
    }

    private static void registerFunctions(Map<String, Native> t) {
        t.put("reflect.TypeOf", (ctx, fiber, a) -> a[0] == null ? null : ReflectState.of(ctx).typeValue(((Iface) a[0]).type));
        t.put("reflect.PointerTo", (ctx, fiber, a) -> ReflectState.of(ctx).typeValue(Pointer.of(ty(a[0]))));
        t.put("reflect.SliceOf", (ctx, fiber, a) -> ReflectState.of(ctx).typeValue(Slice.of(ty(a[0]))));
        t.put("reflect.MapOf", (ctx, fiber, a) -> ReflectState.of(ctx).typeValue(TypeOps.mapOf(ty(a[0]), ty(a[1]))));
        t.put("reflect.ArrayOf", (ctx, fiber, a) -> ReflectState.of(ctx).typeValue(TypeOps.arrayOf(i(a[0]), ty(a[1]))));
        t.put("reflect.ChanOf", (ctx, fiber, a) -> ReflectState.of(ctx).typeValue(TypeOps.chanOf(i(a[0]), ty(a[1]))));
        t.put("reflect.FuncOf", (ctx, fiber, a) -> ReflectState.of(ctx).typeValue(TypeOps.funcOf(types(a[0]), types(a[1]), (Boolean) a[2])));
        t.put("reflect.StructOf", (ctx, fiber, a) -> {
            GoSlice s = (GoSlice) a[0];
            List<Struct.Field> fields = new ArrayList<>();
            for (int i = 0; s != null && i < s.len; i++) {
                GoStruct f = (GoStruct) Stores.get(s.store, s.off + i);
                Struct ft = f.type;
                fields.add(new Struct.Field((String) f.get(ft.fieldIndex("Name")), ty(f.get(ft.fieldIndex("Type"))),
                        (Boolean) f.get(ft.fieldIndex("Anonymous")), (String) f.get(ft.fieldIndex("Tag"))));
            }
            return ReflectState.of(ctx).typeValue(TypeOps.structOf(fields));
        });
        t.put("reflect.ValueOf", (ctx, fiber, a) -> {
            ValueOps o = ops(ctx, fiber);
            return o.wrapValue(o.valueOf(a[0]));
        });
        t.put("reflect.Zero", (ctx, fiber, a) -> {
            ValueOps o = ops(ctx, fiber);
            return o.wrapValue(o.zero(ty(a[0])));
        });
        t.put("reflect.New", (ctx, fiber, a) -> {
            ValueOps o = ops(ctx, fiber);
            return o.wrapValue(o.newValue(ty(a[0])));
        });
        t.put("reflect.MakeSlice", (ctx, fiber, a) -> {
            ValueOps o = ops(ctx, fiber);
            return o.wrapValue(o.makeSlice(ty(a[0]), i(a[1]), i(a[2])));
        });
        t.put("reflect.MakeMapWithSize", (ctx, fiber, a) -> {
            ValueOps o = ops(ctx, fiber);
            return o.wrapValue(o.makeMap(ty(a[0]), i(a[1])));
        });
        t.put("reflect.MakeChan", (ctx, fiber, a) -> {
            ValueOps o = ops(ctx, fiber);
            return o.wrapValue(o.makeChan(ty(a[0]), i(a[1])));
        });
        t.put("reflect.MakeFunc", (ctx, fiber, a) -> {
            ValueOps o = ops(ctx, fiber);
            Type ft = ty(a[0]);
            if (!(ft.underlying() instanceof Signature sig)) {
                throw ReflectState.panic("reflect: call of MakeFunc with non-Func type");
            }
            GoFunc f = new GoFunc(MakeFuncRoot.target(ctx.language), new MakeFuncRoot.Env(sig, (GoFunc) a[1]));
            return o.wrapValue(RValue.of(ft, f, 0));
        });
        t.put("reflect.Append", (ctx, fiber, a) -> {
            ValueOps o = ops(ctx, fiber);
            return o.wrapValue(o.append(rv(a[0]), ValueOps.rvalues(a[1])));
        });
        t.put("reflect.AppendSlice", (ctx, fiber, a) -> {
            ValueOps o = ops(ctx, fiber);
            return o.wrapValue(o.appendSlice(rv(a[0]), rv(a[1])));
        });
        t.put("reflect.Copy", (ctx, fiber, a) -> ops(ctx, fiber).copy(rv(a[0]), rv(a[1])));
        t.put("reflect.swapElems", (ctx, fiber, a) -> {
            ops(ctx, fiber).swap(rv(a[0]), i(a[1]), i(a[2]));
            return null;
        });
        t.put("reflect.indexPanic", (ctx, fiber, a) -> {
            long i = i(a[0]), n = i(a[1]);
            if (i < 0 || i >= n) {
                throw ValueOps.indexOutOfRange(i, n);
            }
            return null;
        });
        t.put("reflect.DeepEqual", (ctx, fiber, a) -> DeepEqual.of(a[0], a[1]));
        t.put("reflect.Select", (ctx, fiber, a) -> {
            ValueOps o = ops(ctx, fiber);
            Object[] r = o.select((GoSlice) a[0]);
            return new Object[]{r[0], o.wrapValue((RValue) r[1]), r[2]};
        });
    }

    private static void registerTypeMethods(Map<String, Native> t) {
        type(t, "Align", (st, x, a) -> RTypes.align(x));
        type(t, "FieldAlign", (st, x, a) -> RTypes.align(x));
        type(t, "NumMethod", (st, x, a) -> (long) MethodSets.names(x).size());
        type(t, "Name", (st, x, a) -> RTypes.name(x));
        type(t, "PkgPath", (st, x, a) -> RTypes.pkgPath(x));
        type(t, "Size", (st, x, a) -> RTypes.size(x));
        type(t, "String", (st, x, a) -> RTypes.string(x));
        type(t, "Kind", (st, x, a) -> (long) RTypes.kind(x));
        type(t, "Comparable", (st, x, a) -> Predicates.comparable(x));
        type(t, "Bits", (st, x, a) -> TypeOps.bits(x));
        type(t, "ChanDir", (st, x, a) -> {
            if (!(x.underlying() instanceof ChanType c)) {
                throw ReflectState.panic("reflect: ChanDir of non-chan type " + RTypes.string(x));
            }
            return (long) RTypes.chanDir(c);
        });
        type(t, "IsVariadic", (st, x, a) -> func(x, "IsVariadic").variadic);
        type(t, "Elem", (st, x, a) -> st.typeValue(TypeOps.elem(x)));
        type(t, "Field", (st, x, a) -> TypeOps.field(st, x, i(a[1])));
        type(t, "In", (st, x, a) -> st.typeValue(index(func(x, "In").params, i(a[1]))));
        type(t, "Key", (st, x, a) -> {
            if (!(x.underlying() instanceof MapType m)) {
                throw ReflectState.panic("reflect: Key of non-map type " + RTypes.string(x));
            }
            return st.typeValue(m.key);
        });
        type(t, "Len", (st, x, a) -> {
            if (!(x.underlying() instanceof Array arr)) {
                throw ReflectState.panic("reflect: Len of non-array type " + RTypes.string(x));
            }
            return arr.len;
        });
        type(t, "NumField", (st, x, a) -> {
            if (!(x.underlying() instanceof Struct s)) {
                throw ReflectState.panic("reflect: NumField of non-struct type " + RTypes.string(x));
            }
            return (long) s.fields.size();
        });
        type(t, "NumIn", (st, x, a) -> (long) func(x, "NumIn").params.size());
        type(t, "NumOut", (st, x, a) -> (long) func(x, "NumOut").results.size());
        type(t, "Out", (st, x, a) -> st.typeValue(index(func(x, "Out").results, i(a[1]))));
        t.put("reflect.rtype.Method", (ctx, fiber, a) -> TypeOps.method(ReflectState.of(ctx), ctx, rtype(a[0]), i(a[1])));
        type(t, "methodIndex", (st, x, a) -> TypeOps.methodIndex(x, (String) a[1]));
        type(t, "relation", (st, x, a) -> TypeOps.relation(x, ty(a[1]), i(a[2])));
        t.put("reflect.rtype.fieldByName", (ctx, fiber, a) -> {
            int[] index = TypeOps.fieldByName(fiber, rtype(a[0]), (String) a[1], (GoFunc) a[2]);
            if (index == null) {
                return new Object[]{null, false};
            }
            long[] l = new long[index.length];
            for (int i = 0; i < l.length; i++) {
                l[i] = index[i];
            }
            return new Object[]{new GoSlice(l, 0, l.length, l.length), true};
        });
    }

    private static Signature func(Type x, String method) {
        if (x.underlying() instanceof Signature sig) {
            return sig;
        }
        throw ReflectState.panic("reflect: " + method + " of non-func type " + RTypes.string(x));
    }

    private static Type index(List<Type> l, long i) {
        if (i < 0 || i >= l.size()) {
            throw ValueOps.indexOutOfRange(i, l.size());
        }
        return l.get((int) i);
    }

    private static void registerValueMethods(Map<String, Native> t) {
        value(t, "IsValid", (o, v, a) -> v != null);
        value(t, "Kind", (o, v, a) -> (long) (v == null ? 0 : v.kind));
        value(t, "Type", (o, v, a) -> {
            if (v == null) {
                throw o.valueError("reflect.Value.Type", RTypes.INVALID);
            }
            return o.typeValue(v.type);
        });
        value(t, "CanAddr", (o, v, a) -> v != null && v.addressable());
        value(t, "CanSet", (o, v, a) -> v != null && v.addressable() && !v.readOnly());
        value(t, "CanInterface", (o, v, a) -> {
            if (v == null) {
                throw o.valueError("reflect.Value.CanInterface", RTypes.INVALID);
            }
            return !v.readOnly();
        });
        value(t, "Interface", (o, v, a) -> o.interfaceOf(v));
        value(t, "String", (o, v, a) -> o.string(v));
        value(t, "Bool", (o, v, a) -> o.boolValue(v));
        value(t, "Int", (o, v, a) -> o.intValue(v));
        value(t, "Uint", (o, v, a) -> o.uintValue(v));
        value(t, "Float", (o, v, a) -> o.floatValue(v));
        value(t, "Complex", (o, v, a) -> o.complexValue(v));
        value(t, "Bytes", (o, v, a) -> o.bytes(v));
        value(t, "Pointer", (o, v, a) -> o.pointer(v));
        value(t, "CanInt", (o, v, a) -> RTypes.isIntKind(v == null ? 0 : v.kind));
        value(t, "CanUint", (o, v, a) -> RTypes.isUintKind(v == null ? 0 : v.kind));
        value(t, "CanFloat", (o, v, a) -> v != null && (v.kind == RTypes.FLOAT32 || v.kind == RTypes.FLOAT64));
        value(t, "CanComplex", (o, v, a) -> v != null && (v.kind == RTypes.COMPLEX64 || v.kind == RTypes.COMPLEX128));
        value(t, "OverflowInt", (o, v, a) -> o.overflowInt(v, i(a[1])));
        value(t, "OverflowUint", (o, v, a) -> o.overflowUint(v, i(a[1])));
        value(t, "OverflowFloat", (o, v, a) -> o.overflowFloat(v, (Double) a[1]));
        value(t, "OverflowComplex", (o, v, a) -> o.overflowComplex(v, (GoComplex) a[1]));
        value(t, "IsNil", (o, v, a) -> o.isNil(v));
        value(t, "IsZero", (o, v, a) -> o.isZero(v));
        value(t, "Len", (o, v, a) -> o.len(v));
        value(t, "Cap", (o, v, a) -> o.cap(v));
        value(t, "Elem", (o, v, a) -> o.wrapValue(o.elem(v)));
        value(t, "Addr", (o, v, a) -> o.wrapValue(o.addr(v)));
        value(t, "Field", (o, v, a) -> o.wrapValue(o.field(v, i(a[1]))));
        value(t, "NumField", (o, v, a) -> o.numField(v));
        value(t, "Index", (o, v, a) -> o.wrapValue(o.index(v, i(a[1]))));
        value(t, "Slice", (o, v, a) -> o.wrapValue(o.slice(v, i(a[1]), i(a[2]), 0, false)));
        value(t, "Slice3", (o, v, a) -> o.wrapValue(o.slice(v, i(a[1]), i(a[2]), i(a[3]), true)));
        value(t, "MapIndex", (o, v, a) -> o.wrapValue(o.mapIndex(v, rv(a[1]))));
        value(t, "MapKeys", (o, v, a) -> o.valueSlice(o.mapKeys(v)));
        value(t, "SetMapIndex", (o, v, a) -> {
            o.setMapIndex(v, rv(a[1]), rv(a[2]));
            return null;
        });
        value(t, "Set", (o, v, a) -> {
            o.set(v, rv(a[1]));
            return null;
        });
        value(t, "SetBool", (o, v, a) -> {
            o.setBool(v, (Boolean) a[1]);
            return null;
        });
        value(t, "SetInt", (o, v, a) -> {
            o.setInt(v, i(a[1]));
            return null;
        });
        value(t, "SetUint", (o, v, a) -> {
            o.setUint(v, i(a[1]));
            return null;
        });
        value(t, "SetFloat", (o, v, a) -> {
            o.setFloat(v, (Double) a[1]);
            return null;
        });
        value(t, "SetComplex", (o, v, a) -> {
            o.setComplex(v, (GoComplex) a[1]);
            return null;
        });
        value(t, "SetString", (o, v, a) -> {
            o.setString(v, (String) a[1]);
            return null;
        });
        value(t, "SetBytes", (o, v, a) -> {
            o.setBytes(v, a[1]);
            return null;
        });
        value(t, "SetLen", (o, v, a) -> {
            o.setLen(v, i(a[1]));
            return null;
        });
        value(t, "SetCap", (o, v, a) -> {
            o.setCap(v, i(a[1]));
            return null;
        });
        value(t, "Convert", (o, v, a) -> o.wrapValue(o.convert(v, ty(a[1]))));
        value(t, "CanConvert", (o, v, a) -> o.canConvert(v, ty(a[1])));
        value(t, "NumMethod", (o, v, a) -> o.numMethod(v));
        value(t, "Method", (o, v, a) -> o.wrapValue(o.method(v, i(a[1]))));
        value(t, "Call", (o, v, a) -> o.valueSlice(o.call(v, ValueOps.rvalues(a[1]), false)));
        value(t, "CallSlice", (o, v, a) -> o.valueSlice(o.call(v, ValueOps.rvalues(a[1]), true)));
        value(t, "Send", (o, v, a) -> {
            o.send(v, rv(a[1]), true);
            return null;
        });
        value(t, "TrySend", (o, v, a) -> o.send(v, rv(a[1]), false));
        value(t, "Recv", (o, v, a) -> recvResult(o, o.recv(v, true)));
        value(t, "TryRecv", (o, v, a) -> recvResult(o, o.recv(v, false)));
        value(t, "Close", (o, v, a) -> {
            o.close(v);
            return null;
        });
    }

    private static Object[] recvResult(ValueOps o, Object[] r) {
        return new Object[]{o.wrapValue((RValue) r[0]), r[1]};
    }
}
