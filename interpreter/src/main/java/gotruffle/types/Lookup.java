package gotruffle.types;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Method sets and the questions asked of them (spec: "Method sets", "Selectors", "Interface
 * types"): which method a name selects, whether a type implements an interface, and which method
 * it misses. The checker, run-time type assertions, fmt and reflect all ask here (like types2's
 * lookup.go). Types only: no nodes, no run-time state.
 */
public final class Lookup {
    private Lookup() {}

    /** One step of a promoted-method path: the index of the embedded field the walk enters. */
    public record Step(int field) {}

    /**
     * A method found in a method set: its declaration (or, for a method promoted from an embedded
     * interface field, that interface's method), the embedded fields leading to its receiver, and
     * whether the receiver is reached through a pointer.
     */
    public record Found(Named.Method method, List<Step> path, boolean recvIsPointer, Interface.Method ifaceMethod) {
        Found(Named.Method method, List<Step> path, boolean recvIsPointer) {
            this(method, path, recvIsPointer, null);
        }

        /** The method's signature, without receiver. */
        public Signature sig() {
            return method != null ? method.sig : ifaceMethod.sig();
        }

        /** The embedded field indices leading to the receiver. */
        public int[] fieldPath() {
            int[] p = new int[path.size()];
            for (int i = 0; i < p.length; i++) {
                p[i] = path.get(i).field();
            }
            return p;
        }
    }

    /**
     * Finds name in the method set of the concrete type t: *T has the methods of T and *T, T only
     * those with value receivers; embedding promotes, the shallowest embedded field winning.
     * Interface types have no entries here (see {@link #signature}).
     */
    public static Found find(Type t, String name) {
        boolean ptr = false;
        Type base = t;
        if (t instanceof Pointer p) {
            ptr = true;
            base = p.elem;
        }
        if (base instanceof Named n) {
            Named.Method m = n.method(name);
            if (m != null) {
                return m.ptrRecv && !ptr ? null : new Found(m, List.of(), ptr);
            }
        }
        return base.underlying() instanceof Struct s ? findPromoted(s, name, ptr, 0) : null;
    }

    /** An embedded field: its index, whether it is a pointer (*T), and T. */
    private record Embedded(int index, boolean pointer, Type base) {}

    private static List<Embedded> embedded(Struct s) {
        List<Embedded> out = new ArrayList<>();
        for (int i = 0; i < s.fields.size(); i++) {
            Struct.Field f = s.fields.get(i);
            if (f.embedded()) {
                boolean ptr = f.type() instanceof Pointer;
                out.add(new Embedded(i, ptr, ptr ? ((Pointer) f.type()).elem : f.type()));
            }
        }
        return out;
    }

    private static Found findPromoted(Struct s, String name, boolean addressable, int depth) {
        if (depth > 8) {
            return null;
        }
        List<Embedded> fields = embedded(s);
        // breadth first: the shallowest embedded field wins
        for (Embedded e : fields) {
            if (e.base instanceof Named n) {
                Named.Method m = n.method(name);
                if (m != null && (!m.ptrRecv || e.pointer || addressable)) {
                    return new Found(m, List.of(new Step(e.index)), e.pointer || addressable);
                }
            }
            if (!e.pointer && e.base.underlying() instanceof Interface fi && fi.method(name) != null) {
                return new Found(null, List.of(new Step(e.index)), false, fi.method(name));
            }
        }
        for (Embedded e : fields) {
            if (e.base.underlying() instanceof Struct inner) {
                Found sub = findPromoted(inner, name, addressable || e.pointer, depth + 1);
                if (sub != null) {
                    List<Step> path = new ArrayList<>();
                    path.add(new Step(e.index));
                    path.addAll(sub.path);
                    return new Found(sub.method, List.copyOf(path), sub.recvIsPointer, sub.ifaceMethod);
                }
            }
        }
        return null;
    }

    /** The signature (without receiver) of method name in t's method set, interfaces included; null if t has none. */
    public static Signature signature(Type t, String name) {
        return sigOf(declaration(t, name));
    }

    /** The method name in t's method set, interfaces included: a Named.Method or an Interface.Method; null if t has none. */
    public static Object declaration(Type t, String name) {
        if (t instanceof TypeParam tp) {
            t = tp.constraint; // a type parameter's methods are its constraint's
        }
        if (t.underlying() instanceof Interface i) {
            return i.method(name);
        }
        Found f = find(t, name);
        return f == null ? null : f.method != null ? f.method : f.ifaceMethod;
    }

    private static Signature sigOf(Object decl) {
        return switch (decl) {
            case Named.Method m -> m.sig;
            case Interface.Method m -> m.sig();
            case null, default -> null;
        };
    }

    /** Whether t's method set has every method of iface with an identical signature. */
    public static boolean implementsIface(Type t, Interface iface) {
        return missingMethod(t, iface) == null;
    }

    /**
     * Why t does not implement iface: the first of iface's methods (in name order) that t lacks,
     * or has with another signature; null when t implements iface.
     */
    public static Missing missingMethod(Type t, Interface iface) {
        for (Interface.Method m : iface.methods) {
            Object have = declaration(t, m.name());
            if (sigOf(have) != m.sig()) {
                if (have == null && !(t instanceof Pointer)) {
                    // types2 looks on *t next: the same signature there is "pointer receiver", another one "wrong type"
                    Object onPtr = declaration(Pointer.of(t), m.name());
                    return sigOf(onPtr) == m.sig() ? new Missing(m, null, true) : new Missing(m, onPtr, false);
                }
                return new Missing(m, have, false);
            }
        }
        return null;
    }

    /**
     * A method t misses: the wanted one, the method t has under that name (a Named.Method or an
     * Interface.Method; null if none), and whether only *t has it.
     */
    public record Missing(Interface.Method want, Object have, boolean pointerReceiver) {
        /** The method's name as written. */
        public String name() {
            return MemberKey.display(want.name());
        }

        /** The parenthesised reason types2 appends to "X does not implement Y". */
        public String reason() {
            return reason(decl -> null);
        }

        /**
         * The reason, with the signatures as declared (parameter names, byte and rune) where shown
         * knows them (null: the checker's signature, unnamed).
         */
        public String reason(Function<Object, Signature> shown) {
            String name = name();
            if (have == null) {
                return pointerReceiver ? " (" + name + " method has pointer receiver)" : " (missing " + name + " method)";
            }
            Signature h = shown.apply(have), w = shown.apply(want);
            return " (wrong type for " + name + " method)\n\t\thave " + name + (h != null ? h : sigOf(have)).paramsString(false)
                    + "\n\t\twant " + name + (w != null ? w : want.sig()).paramsString(false);
        }
    }
}
