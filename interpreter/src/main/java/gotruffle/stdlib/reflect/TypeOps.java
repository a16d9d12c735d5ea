package gotruffle.stdlib.reflect;

import gotruffle.GoContext;
import gotruffle.nodes.Fiber;
import gotruffle.types.Array;
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
import gotruffle.values.GoFunc;
import gotruffle.values.GoSlice;
import gotruffle.values.GoStruct;
import gotruffle.values.SizeClasses;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The methods of reflect.Type that build structures or walk types (Field, Method, FieldByName, Bits...). */
public final class TypeOps {
    private TypeOps() {}

    static String s(Type t) {
        return RTypes.string(t);
    }

    public static Type elem(Type t) {
        Type e = RTypes.elem(t);
        if (e == null) {
            throw ReflectState.panic("reflect: Elem of invalid type " + s(t));
        }
        return e;
    }

    static Struct struct(Type t, String method) {
        if (t.underlying() instanceof Struct st) {
            return st;
        }
        throw ReflectState.panic("reflect: " + method + " of non-struct type " + s(t));
    }

    static Signature func(Type t, String method) {
        if (t.underlying() instanceof Signature sig) {
            return sig;
        }
        throw ReflectState.panic("reflect: " + method + " of non-func type " + s(t));
    }

    public static long bits(Type t) {
        int k = RTypes.kind(t);
        if (k < RTypes.INT || k > RTypes.COMPLEX128) {
            throw ReflectState.panic("reflect: Bits of non-arithmetic Type " + s(t));
        }
        return RTypes.size(t) * 8;
    }

    public static GoStruct field(ReflectState st, Type t, long i) {
        Struct s = struct(t, "Field");
        if (i < 0 || i >= s.fields.size()) {
            throw ReflectState.panic("reflect: Field index out of bounds");
        }
        Struct.Field f = s.fields.get((int) i);
        long[] offs = SizeClasses.fieldOffsets(s);
        String pkg = RTypes.isExported(f.name()) ? "" : RTypes.ownerPkgPath(t);
        long[] index = {i};
        return st.structField(f.name(), pkg, f.type(), f.tag() == null ? "" : f.tag(), offs[(int) i],
                new GoSlice(index, 0, 1, 1), f.embedded());
    }

    /** Type.Method(i). */
    public static GoStruct method(ReflectState st, GoContext ctx, Type t, long i) {
        List<String> names = MethodSets.names(t);
        if (i < 0 || i >= names.size()) {
            throw ReflectState.panic("reflect: Method index out of range");
        }
        String name = names.get((int) i);
        Signature sig = Lookup.signature(t, name);
        String pkg = RTypes.isExported(name) ? "" : RTypes.ownerPkgPath(t);
        if (t.underlying() instanceof Interface) {
            return st.method(name, pkg, sig, null, i);
        }
        // the method expression T.M: the receiver comes first
        List<Type> params = new ArrayList<>();
        params.add(t);
        params.addAll(sig.params);
        Signature ft = Signature.of(params, sig.results, sig.variadic);
        GoFunc f = new GoFunc(ctx.methods.lookup(t, name), null);
        return st.method(name, pkg, ft, RValue.of(ft, f, 0), i);
    }

    public static long methodIndex(Type t, String name) {
        return MethodSets.names(t).indexOf(name);
    }

    /** Implements (0), AssignableTo (1), ConvertibleTo (2). */
    public static boolean relation(Type t, Type u, long which) {
        if (which == 0) {
            return Lookup.implementsIface(t, (Interface) u.underlying());
        }
        return which == 1 ? Predicates.assignableTo(t, u) : Predicates.convertible(t, u);
    }

    private record Walk(Struct type, int[] index) {}

    /**
     * The index path of the field named name (or the first whose name match accepts), searched
     * breadth-first through embedded structs: the shallowest depth with a match wins, and two
     * matches at that depth (or a struct reached twice at that depth) mean no field.
     */
    public static int[] fieldByName(Fiber fiber, Type t, String name, GoFunc match) {
        List<Walk> current = new ArrayList<>();
        current.add(new Walk((Struct) t.underlying(), new int[0]));
        Map<Struct, Integer> count = new HashMap<>();
        Set<Struct> visited = new HashSet<>();
        while (!current.isEmpty()) {
            List<Walk> next = new ArrayList<>();
            Map<Struct, Integer> nextCount = new HashMap<>();
            int[] found = null;
            for (Walk w : current) {
                if (!visited.add(w.type)) {
                    continue;
                }
                for (int i = 0; i < w.type.fields.size(); i++) {
                    Struct.Field f = w.type.fields.get(i);
                    boolean hit = match == null ? f.name().equals(name) : (Boolean) match.target.call(fiber, match.env, f.name());
                    if (hit) {
                        if (count.getOrDefault(w.type, 0) > 1 || found != null) {
                            return null; // ambiguous at this depth
                        }
                        found = append(w.index, i);
                        continue;
                    }
                    if (found != null || !f.embedded()) {
                        continue;
                    }
                    Type ft = f.type() instanceof Pointer p ? p.elem : f.type();
                    if (!(ft.underlying() instanceof Struct fs)) {
                        continue;
                    }
                    Integer c = nextCount.get(fs);
                    if (c != null) {
                        nextCount.put(fs, 2);
                        continue;
                    }
                    nextCount.put(fs, count.getOrDefault(w.type, 0) > 1 ? 2 : 1);
                    next.add(new Walk(fs, append(w.index, i)));
                }
            }
            if (found != null) {
                return found;
            }
            current = next;
            count = nextCount;
        }
        return null;
    }

    private static int[] append(int[] a, int x) {
        int[] r = Arrays.copyOf(a, a.length + 1);
        r[a.length] = x;
        return r;
    }

    // ---- type constructors ----

    public static Type mapOf(Type k, Type e) {
        if (!Predicates.comparable(k)) {
            throw ReflectState.panic("reflect.MapOf: invalid key type " + s(k));
        }
        return MapType.of(k, e);
    }

    public static Type arrayOf(long n, Type e) {
        if (n < 0) {
            throw ReflectState.panic("reflect: negative length passed to ArrayOf");
        }
        return Array.of(n, e);
    }

    public static Type chanOf(long dir, Type e) {
        if (dir < 1 || dir > 3) {
            throw ReflectState.panic("reflect.ChanOf: invalid dir");
        }
        return ChanType.of(RTypes.chanDirOf(dir), e);
    }

    public static Type funcOf(List<Type> in, List<Type> out, boolean variadic) {
        if (variadic && (in.isEmpty() || !(in.get(in.size() - 1).underlying() instanceof Slice))) {
            throw ReflectState.panic("reflect.FuncOf: last arg of variadic func must be slice");
        }
        return Signature.of(in, out, variadic);
    }

    /** StructOf from the fields' Name, Type, Tag and Anonymous. */
    public static Type structOf(List<Struct.Field> fields) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < fields.size(); i++) {
            String n = fields.get(i).name();
            if (n.isEmpty()) {
                throw ReflectState.panic("reflect.StructOf: field " + i + " has no name");
            }
            if (fields.get(i).type() == null) {
                throw ReflectState.panic("reflect.StructOf: field " + i + " has no type");
            }
            if (!names.add(n) && !n.equals("_")) {
                throw ReflectState.panic("reflect.StructOf: duplicate field " + n);
            }
        }
        return Struct.of(fields);
    }
}
