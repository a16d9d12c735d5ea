package gotruffle.nodes.call;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import gotruffle.GoLanguage;
import gotruffle.types.Interface;
import gotruffle.types.Lookup;
import gotruffle.types.Pointer;
import gotruffle.types.Type;
import gotruffle.values.GoFunc;

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

    @TruffleBoundary
    public boolean implementsIface(Type dyn, Interface iface) {
        return implCache.computeIfAbsent(dyn, t -> new ConcurrentHashMap<>()).computeIfAbsent(iface, i -> Lookup.implementsIface(dyn, i));
    }

    private RootCallTarget build(Type dyn, String name) {
        Lookup.Found f = Lookup.find(dyn, name);
        if (f == null) {
            return null;
        }
        if (f.method() == null) {
            return new MethodAdapterRoot(language, null, f.fieldPath(), false, dyn.toString(true), name).getCallTarget();
        }
        GoFunc impl = (GoFunc) f.method().impl();
        boolean derefToValue = !f.method().ptrRecv && (f.path().isEmpty() ? dyn instanceof Pointer : false);
        if (f.path().isEmpty() && !derefToValue) {
            return impl.target;
        }
        return new MethodAdapterRoot(language, impl.target, f.fieldPath(), f.method().ptrRecv, dyn.toString(true), name).getCallTarget();
    }
}
