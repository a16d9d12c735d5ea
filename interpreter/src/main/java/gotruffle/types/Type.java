package gotruffle.types;

/**
 * A Go type. Unnamed composite types are interned (see the static factories of each kind), so
 * two types are identical in Go's sense exactly when they are the same Java object; named types
 * are distinct by declaration. The checker and the runtime (interfaces, type switches, maps)
 * therefore compare types with {@code ==}.
 */
public abstract class Type {
    /** The underlying type (itself for everything but named types). */
    public Type underlying() {
        return this;
    }

    /** Go syntax for this type; {@code qualify} prefixes named types with their package ("main.T"), as %T and runtime panics do. */
    public abstract String toString(boolean qualify);

    @Override
    public final String toString() {
        return toString(false);
    }

    public final boolean isNamed() {
        return this instanceof Named;
    }

    public final Basic basic() {
        return underlying() instanceof Basic b ? b : null;
    }

    public final boolean isInteger() {
        Basic b = basic();
        return b != null && b.kind.isInteger();
    }

    public final boolean isUnsigned() {
        Basic b = basic();
        return b != null && b.kind.isUnsigned();
    }

    public final boolean isFloat() {
        Basic b = basic();
        return b != null && b.kind.isFloat();
    }

    public final boolean isComplex() {
        Basic b = basic();
        return b != null && b.kind.isComplex();
    }

    public final boolean isNumeric() {
        Basic b = basic();
        return b != null && b.kind.isNumeric();
    }

    public final boolean isString() {
        Basic b = basic();
        return b != null && (b.kind == Kind.STRING || b.kind == Kind.UNTYPED_STRING);
    }

    public final boolean isBoolean() {
        Basic b = basic();
        return b != null && (b.kind == Kind.BOOL || b.kind == Kind.UNTYPED_BOOL);
    }

    public final boolean isUntyped() {
        return this instanceof Basic b && b.kind.isUntyped();
    }

    public final boolean isInterface() {
        return underlying() instanceof Interface;
    }

    /** Types whose values are copied on every store (Go's value semantics for aggregates). */
    public final boolean isAggregate() {
        Type u = underlying();
        return u instanceof Struct || u instanceof Array;
    }
}
