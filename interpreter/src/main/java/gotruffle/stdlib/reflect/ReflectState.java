package gotruffle.stdlib.reflect;

import gotruffle.GoContext;
import gotruffle.nodes.GoPanic;
import gotruffle.types.Basic;
import gotruffle.types.Pointer;
import gotruffle.types.Struct;
import gotruffle.types.Type;
import gotruffle.values.GoStruct;
import gotruffle.values.Iface;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The reflect package of one program run: its types (given by the prelude's init through
 * setup) and the one *rtype object per Go type, so that Types compare with == and work as map
 * keys as in Go.
 */
public final class ReflectState {
    private Pointer rtypePtr;
    private Struct rtypeStruct;
    private Type valueType;
    private Struct valueStruct;
    private Struct structFieldStruct;
    private Struct methodStruct;
    private Pointer valueErrorPtr;
    private Struct valueErrorStruct;
    private final Map<Type, GoStruct> rtypes = new ConcurrentHashMap<>();

    /** The last program's state: one program runs at a time in most JVMs, so this saves the map lookup. */
    private static volatile ReflectState last;
    private final GoContext owner;

    private ReflectState(GoContext owner) {
        this.owner = owner;
    }

    public static ReflectState of(GoContext ctx) {
        ReflectState s = last;
        if (s != null && s.owner == ctx) {
            return s;
        }
        s = ctx.packageState(ReflectState.class, () -> new ReflectState(ctx));
        last = s;
        return s;
    }

    /** reflect's init: setup((*rtype)(nil), Value{}, StructField{}, Method{}, (*ValueError)(nil)). */
    public void setup(Object[] a) {
        rtypePtr = (Pointer) ((Iface) a[0]).type;
        rtypeStruct = (Struct) rtypePtr.elem.underlying();
        valueType = ((Iface) a[1]).type;
        valueStruct = (Struct) valueType.underlying();
        structFieldStruct = (Struct) ((Iface) a[2]).type.underlying();
        methodStruct = (Struct) ((Iface) a[3]).type.underlying();
        valueErrorPtr = (Pointer) ((Iface) a[4]).type;
        valueErrorStruct = (Struct) valueErrorPtr.elem.underlying();
    }

    /** The reflect.Type value of t (nil for null). */
    public Iface typeValue(Type t) {
        if (t == null) {
            return null;
        }
        GoStruct r = rtypes.computeIfAbsent(t, x -> GoStruct.of(rtypeStruct, new Object[]{x}));
        return new Iface(rtypePtr, r);
    }

    /** The Java type of a reflect.Type value (null for a nil Type). */
    public static Type typeOf(Object typeValue) {
        if (typeValue == null) {
            return null;
        }
        return rtypeOf(((Iface) typeValue).value);
    }

    /** The Java type behind an *rtype receiver. */
    static Type rtypeOf(Object rtypePointer) {
        return (Type) ((GoStruct) rtypePointer).refs[0];
    }

    public Type valueType() {
        return valueType;
    }

    /** A reflect.Value holding v (the zero Value for null). */
    public GoStruct value(RValue v) {
        return GoStruct.of(valueStruct, new Object[]{v});
    }

    /** The RValue of a reflect.Value (null for the zero Value). */
    public static RValue rvalue(Object value) {
        return (RValue) ((GoStruct) value).refs[0];
    }

    GoStruct structField(String name, String pkgPath, Type type, String tag, long offset, Object index, boolean anonymous) {
        return record(structFieldStruct, "Name", name, "PkgPath", pkgPath, "Type", typeValue(type), "Tag", tag,
                "Offset", offset, "Index", index, "Anonymous", anonymous);
    }

    GoStruct method(String name, String pkgPath, Type type, RValue func, long index) {
        return record(methodStruct, "Name", name, "PkgPath", pkgPath, "Type", typeValue(type), "Func", value(func), "Index", index);
    }

    private static GoStruct record(Struct s, Object... namesAndValues) {
        Object[] f = new Object[s.fields.size()];
        for (int i = 0; i < namesAndValues.length; i += 2) {
            f[s.fieldIndex((String) namesAndValues[i])] = namesAndValues[i + 1];
        }
        return GoStruct.of(s, f);
    }

    /** panic(&ValueError{method, kind}). */
    public GoPanic valueError(String method, int kind) {
        return new GoPanic(new Iface(valueErrorPtr, record(valueErrorStruct, "Method", method, "Kind", (long) kind)));
    }

    /** panic("msg"). */
    public static GoPanic panic(String msg) {
        return new GoPanic(new Iface(Basic.STRING, msg));
    }
}
