package gotruffle.stdlib.reflect;

import gotruffle.types.Array;
import gotruffle.types.Interface;
import gotruffle.types.MapType;
import gotruffle.types.Pointer;
import gotruffle.types.Signature;
import gotruffle.types.Slice;
import gotruffle.types.Struct;
import gotruffle.types.Type;
import gotruffle.values.GoArray;
import gotruffle.values.GoComplex;
import gotruffle.values.GoMap;
import gotruffle.values.GoPointer;
import gotruffle.values.GoSlice;
import gotruffle.values.GoStruct;
import gotruffle.values.Iface;
import gotruffle.values.Stores;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * reflect.DeepEqual: Go's rules (pointers equal when they point to deeply equal values, maps and
 * slices element-wise with nil distinct from empty, funcs only when both nil, floats by ==, so
 * NaN is unequal to itself), with cycle detection on maps, slices and pointers.
 */
public final class DeepEqual {
    private final Set<Visit> visited = new HashSet<>();

    private record Visit(Object a, Object b, Type t) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Visit v && samePointer(v.a, a) && samePointer(v.b, b) && v.t == t;
        }

        @Override
        public int hashCode() {
            return hash(a) * 31 + hash(b);
        }

        private static int hash(Object p) {
            return p instanceof GoPointer ? p.hashCode() : System.identityHashCode(p);
        }
    }

    private DeepEqual() {}

    /** DeepEqual(x, y) on two interface values. */
    public static boolean of(Object x, Object y) {
        if (x == null || y == null) {
            return x == y;
        }
        Iface a = (Iface) x, b = (Iface) y;
        if (a.type != b.type) {
            return false;
        }
        return new DeepEqual().equal(a.value, b.value, a.type);
    }

    private boolean equal(Object a, Object b, Type t) {
        Type u = t.underlying();
        switch (u) {
            case Interface i -> {
                if (a == null || b == null) {
                    return a == b;
                }
                Iface x = (Iface) a, y = (Iface) b;
                return x.type == y.type && equal(x.value, y.value, x.type);
            }
            case Pointer p -> {
                if (a == null || b == null) {
                    return a == b;
                }
                if (samePointer(a, b)) {
                    return true;
                }
                if (!visited.add(new Visit(a, b, t))) {
                    return true;
                }
                return equal(deref(a, p.elem), deref(b, p.elem), p.elem);
            }
            case Struct s -> {
                GoStruct x = (GoStruct) a, y = (GoStruct) b;
                for (int i = 0; i < s.fields.size(); i++) {
                    if (!equal(x.get(i), y.get(i), s.fields.get(i).type())) {
                        return false;
                    }
                }
                return true;
            }
            case Array arr -> {
                GoArray x = (GoArray) a, y = (GoArray) b;
                return elementsEqual(x.store, x.off, y.store, y.off, x.length(), arr.elem);
            }
            case Slice s -> {
                GoSlice x = (GoSlice) a, y = (GoSlice) b;
                if (x == null || y == null) {
                    return x == y;
                }
                if (x.len != y.len) {
                    return false;
                }
                if (x.store == y.store && x.off == y.off) {
                    return true;
                }
                if (!visited.add(new Visit(x, y, t))) {
                    return true;
                }
                return elementsEqual(x.store, x.off, y.store, y.off, x.len, s.elem);
            }
            case MapType m -> {
                GoMap x = (GoMap) a, y = (GoMap) b;
                if (x == null || y == null) {
                    return x == y;
                }
                if (x.size() != y.size()) {
                    return false;
                }
                if (x == y) {
                    return true;
                }
                if (!visited.add(new Visit(x, y, t))) {
                    return true;
                }
                for (Map.Entry<Object, Object> e : x.entries.entrySet()) {
                    Object k = x.unwrapKey(e.getKey());
                    if (!y.containsKey(k) || !equal(e.getValue(), y.get(k), m.elem)) {
                        return false;
                    }
                }
                return true;
            }
            case Signature f -> {
                return a == null && b == null;
            }
            default -> {
                if (a instanceof Double d && b instanceof Double e) {
                    return d.doubleValue() == e.doubleValue();
                }
                if (a instanceof GoComplex) {
                    return a.equals(b);
                }
                if (a == null || b == null) {
                    return a == b;
                }
                return a.equals(b);
            }
        }
    }

    private boolean elementsEqual(Object xs, int xo, Object ys, int yo, int n, Type elem) {
        for (int i = 0; i < n; i++) {
            if (!equal(Stores.get(xs, xo + i), Stores.get(ys, yo + i), elem)) {
                return false;
            }
        }
        return true;
    }

    private static boolean samePointer(Object a, Object b) {
        return a instanceof GoPointer ? a.equals(b) : a == b;
    }

    private static Object deref(Object p, Type elem) {
        return elem.isAggregate() ? p : ((GoPointer) p).load();
    }
}
