package gotruffle.types;

import java.util.ArrayList;
import java.util.List;

/**
 * A defined type ({@code type T struct{...}}, and the predeclared {@code error}). Its underlying
 * type is set after construction because declarations may refer to each other. Methods are
 * attached by the checker as it meets method declarations; {@code impl} holds the runtime
 * function object of each (filled in when the method's body is built).
 */
public final class Named extends Type {
    /** The package name (as %T prints it) and import path (identity: two packages may share a name). */
    public final String pkg;
    public final String pkgPath;
    public final String name;
    private Type underlying;
    public final List<Method> methods = new ArrayList<>();
    /** An instantiated generic type: its generic declaration and type arguments (null otherwise). */
    public Object origin;
    public List<Type> typeArgs;

    /** A method declared on this type: name, signature (without receiver), pointer receiver or not, runtime implementation. */
    public static final class Method {
        public final String name;
        public final Signature sig;
        public final boolean ptrRecv;
        /** The gotruffle.runtime.GoFunc implementing it (receiver as first parameter); set by the builder. */
        public volatile Object impl;
        /** Compiles a standard-library method deferred until first use (sets impl); null otherwise. */
        public Runnable implResolver;

        public Method(String name, Signature sig, boolean ptrRecv) {
            this.name = name;
            this.sig = sig;
            this.ptrRecv = ptrRecv;
        }

        /** impl, compiling a deferred body first. */
        public Object impl() {
            Object i = impl;
            if (i == null && implResolver != null) {
                implResolver.run();
                i = impl;
            }
            return i;
        }
    }

    public Named(String pkg, String name, Type underlying) {
        this(pkg, pkg, name, underlying);
    }

    public Named(String pkg, String pkgPath, String name, Type underlying) {
        this.pkg = pkg;
        this.pkgPath = pkgPath;
        this.name = name;
        this.underlying = underlying;
    }

    public void setUnderlying(Type u) {
        this.underlying = u;
    }

    /** Whether following the links from this type (underlying set to another Named, see Compiler.typeSpec) reaches n. */
    public boolean reaches(Named n) {
        for (Type t = this; t instanceof Named x; t = x.underlying) {
            if (x == n) {
                return true;
            }
        }
        return false;
    }

    public boolean hasUnderlying() {
        return underlying != null;
    }

    @Override
    public Type underlying() {
        return underlying == null ? Basic.INVALID : underlying.underlying();
    }

    public Method method(String n) {
        for (Method m : methods) {
            if (m.name.equals(n)) {
                return m;
            }
        }
        return null;
    }

    /**
     * Inside a runtime name's type arguments, defined types are named by import path
     * (main.G[example.com/m/pkg.T], the linker's symbol name), not by package name.
     */
    private static final ThreadLocal<int[]> IN_TYPE_ARGS = ThreadLocal.withInitial(() -> new int[1]);

    @Override
    public String toString(boolean qualify) {
        // %T and panics: pkg.T; compile errors: as types2's qualifier says
        int[] inArgs = IN_TYPE_ARGS.get();
        String s = pkg == null || pkg.isEmpty() ? name
                : qualify ? (inArgs[0] > 0 && pkgPath != null ? pkgPath : pkg) + "." + name
                : Qualifier.qualified(pkg, pkgPath, name);
        if (typeArgs != null) {
            // runtime names (%T) separate type arguments with ",", compile errors with ", "
            StringBuilder sb = new StringBuilder(s).append('[');
            inArgs[0] += qualify ? 1 : 0;
            try {
                for (int i = 0; i < typeArgs.size(); i++) {
                    if (i > 0) {
                        sb.append(qualify ? "," : ", ");
                    }
                    sb.append(typeArgs.get(i).toString(qualify));
                }
            } finally {
                inArgs[0] -= qualify ? 1 : 0;
            }
            s = sb.append(']').toString();
        }
        return s;
    }
}
