package gotruffle.nodes.call;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import gotruffle.GoLanguage;
import gotruffle.types.Interface;
import gotruffle.types.Named;
import gotruffle.types.Pointer;
import gotruffle.types.Signature;
import gotruffle.types.Struct;
import gotruffle.types.Type;
import gotruffle.values.GoFunc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Run-time method lookup on a dynamic type, for interface calls, type assertions to interfaces
 * and fmt's Stringer/error checks. The result is a call target taking {fiber, null, receiver as
 * stored in the interface, params...}: the method itself, or an adapter that dereferences a
 * pointer or walks embedded fields first (promoted methods).
 */
public final class MethodTable {
    private static final Object MISSING = new Object();
    private final Map<Type, Map<String, Object>> cache = new ConcurrentHashMap<>();
    private final Map<Type, Map<Interface, Boolean>> implCache = new ConcurrentHashMap<>();
    private final GoLanguage language;

    public MethodTable(GoLanguage language) {
        this.language = language;
    }

    /** One step of a promoted-method path: the embedded field index, and whether the walk then dereferences. */
    public record Step(int field) {}

    /** A found method: its declaration and how to reach its receiver. */
    public record Found(Named.Method method, List<Step> path, boolean recvIsPointer, Interface.Method ifaceMethod) {
        Found(Named.Method method, List<Step> path, boolean recvIsPointer) {
            this(method, path, recvIsPointer, null);
        }

        /** The method's signature (a declared method, or a method of an embedded interface field). */
        public Signature sig() {
            return method != null ? method.sig : ifaceMethod.sig();
        }
    }

    /** Forgets every lookup: a REPL input declared methods on a type that earlier inputs declared. */
    @TruffleBoundary
    public void invalidate() {
        cache.clear();
        implCache.clear();
    }

    @TruffleBoundary
    public RootCallTarget lookup(Type dyn, String name) {
        Object r = cache.computeIfAbsent(dyn, t -> new ConcurrentHashMap<>()).computeIfAbsent(name, n -> {
            RootCallTarget t = build(dyn, n);
            return t == null ? MISSING : t;
        });
        return r == MISSING ? null : (RootCallTarget) r;
    }

    /** The signature of method name in dyn's method set, or null. */
    @TruffleBoundary
    public static Signature signature(Type dyn, String name) {
        Found f = find(dyn, name);
        return f == null ? null : f.sig();
    }

    @TruffleBoundary
    public boolean implementsIface(Type dyn, Interface iface) {
        return implCache.computeIfAbsent(dyn, t -> new ConcurrentHashMap<>()).computeIfAbsent(iface, i -> {
            for (Interface.Method m : i.methods) {
                Signature s = signature(dyn, m.name());
                if (s != m.sig()) {
                    return false;
                }
            }
            return true;
        });
    }

    /** Finds name in the method set of t (Go's rules: *T has T's and *T's methods, T only T's; embedding promotes). */
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
                if (m.ptrRecv && !ptr) {
                    return null;
                }
                return new Found(m, List.of(), ptr);
            }
        }
        if (base.underlying() instanceof Struct s) {
            return findPromoted(s, name, ptr, 0);
        }
        return null;
    }

    private static Found findPromoted(Struct s, String name, boolean addressable, int depth) {
        if (depth > 8) {
            return null;
        }
        // breadth first: the shallowest embedded field wins
        for (int i = 0; i < s.fields.size(); i++) {
            Struct.Field f = s.fields.get(i);
            if (!f.embedded()) {
                continue;
            }
            Type ft = f.type();
            boolean fieldPtr = ft instanceof Pointer;
            Type fb = fieldPtr ? ((Pointer) ft).elem : ft;
            if (fb instanceof Named n) {
                Named.Method m = n.method(name);
                if (m != null && (!m.ptrRecv || fieldPtr || addressable)) {
                    List<Step> path = new ArrayList<>();
                    path.add(new Step(i));
                    return new Found(m, path, fieldPtr || addressable);
                }
            }
            if (!fieldPtr && fb.underlying() instanceof Interface fi && fi.method(name) != null) {
                List<Step> path = new ArrayList<>();
                path.add(new Step(i));
                return new Found(null, path, false, fi.method(name));
            }
        }
        for (int i = 0; i < s.fields.size(); i++) {
            Struct.Field f = s.fields.get(i);
            if (!f.embedded()) {
                continue;
            }
            Type ft = f.type();
            boolean fieldPtr = ft instanceof Pointer;
            Type fb = fieldPtr ? ((Pointer) ft).elem : ft;
            if (fb.underlying() instanceof Struct inner) {
                Found sub = findPromoted(inner, name, addressable || fieldPtr, depth + 1);
                if (sub != null) {
                    List<Step> path = new ArrayList<>();
                    path.add(new Step(i));
                    path.addAll(sub.path);
                    return new Found(sub.method, path, sub.recvIsPointer, sub.ifaceMethod);
                }
            }
        }
        return null;
    }

    private RootCallTarget build(Type dyn, String name) {
        Found f = find(dyn, name);
        if (f == null) {
            return null;
        }
        if (f.method == null) {
            int[] path = new int[f.path.size()];
            for (int i = 0; i < path.length; i++) {
                path[i] = f.path.get(i).field();
            }
            return new MethodAdapterRoot(language, null, path, false, dyn.toString(true), name).getCallTarget();
        }
        GoFunc impl = (GoFunc) f.method.impl();
        boolean derefToValue = !f.method.ptrRecv && (f.path.isEmpty() ? dyn instanceof Pointer : false);
        if (f.path.isEmpty() && !derefToValue) {
            return impl.target;
        }
        int[] path = new int[f.path.size()];
        for (int i = 0; i < path.length; i++) {
            path[i] = f.path.get(i).field();
        }
        String recvName = dyn.toString(true);
        return new MethodAdapterRoot(language, impl.target, path, f.method.ptrRecv, recvName, name).getCallTarget();
    }
}
