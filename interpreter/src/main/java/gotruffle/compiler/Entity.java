package gotruffle.compiler;

import gotruffle.nodes.call.FuncDef;
import gotruffle.nodes.local.Rep;
import gotruffle.types.Signature;
import gotruffle.types.Type;
import gotruffle.values.GlobalVar;

/** What a name in a scope denotes. */
public abstract sealed class Entity permits Entity.Var, Entity.ConstE, Entity.TypeE, Entity.Func, Entity.Pkg, Entity.Builtin, Entity.Nil {
    public final String name;
    public final int line, col;
    /** Set when the name is referenced (for "declared but not used" and "imported and not used"). */
    public boolean used;

    Entity(String name, int line, int col) {
        this.name = name;
        this.line = line;
        this.col = col;
    }

    /** A variable: local (frame slot, possibly boxed in a Cell) or package-level (a GlobalVar). */
    public static final class Var extends Entity {
        public Type type;
        /** The type as written when it differs for messages only (byte/rune; see Shown), else null. */
        public Type shown;
        public final FuncContext owner; // null for package-level
        public int slot = -1;
        public Rep rep;
        public boolean boxed;
        /** A string in a frame slot that may hold a view (GoSubstring): its reads flatten unless the consumer takes views. */
        public boolean view;
        public GlobalVar global;
        /** Package-level variable: its declaration, for initialization order. */
        public Object declSpec;
        /** Package-level variable whose type is inferred from its initializer: run once when first needed. */
        public Runnable resolver;

        public Var(String name, int line, int col, Type type, FuncContext owner) {
            super(name, line, col);
            this.type = type;
            this.owner = owner;
        }
    }

    public static final class ConstE extends Entity {
        public Type type;
        public Const value;
        /** Package-level constants are resolved lazily (they may refer to later ones). */
        public Runnable resolver;

        public ConstE(String name, int line, int col, Type type, Const value) {
            super(name, line, col);
            this.type = type;
            this.value = value;
        }
    }

    public static final class TypeE extends Entity {
        public Type type;
        public Runnable resolver;
        /** A generic type declaration (instantiated by Generics); type is INVALID then. */
        public Generics.GenericType generic;
        /** A type parameter's name, bound to a type argument in an instantiation. */
        public boolean typeParam;

        public TypeE(String name, int line, int col, Type type) {
            super(name, line, col);
            this.type = type;
        }
    }

    public static final class Func extends Entity {
        public Signature sig;
        /** sig as written when it differs for messages only (byte/rune; see Shown), else null. */
        public Signature shown;
        public final FuncDef def;
        /** A generic function declaration (instantiated by Generics); sig is null then. */
        public Generics.GenericFunc generic;

        public Func(String name, int line, int col, Signature sig, FuncDef def) {
            super(name, line, col);
            this.sig = sig;
            this.def = def;
        }
    }

    public static final class Pkg extends Entity {
        public final Package pkg;

        public Pkg(String name, int line, int col, Package pkg) {
            super(name, line, col);
            this.pkg = pkg;
        }
    }

    public static final class Builtin extends Entity {
        public Builtin(String name) {
            super(name, 0, 0);
        }
    }

    public static final class Nil extends Entity {
        public Nil() {
            super("nil", 0, 0);
        }
    }
}
