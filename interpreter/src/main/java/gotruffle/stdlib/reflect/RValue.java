package gotruffle.stdlib.reflect;

import gotruffle.types.Named;
import gotruffle.types.Type;
import gotruffle.values.GoPointer;
import gotruffle.values.Iface;
import gotruffle.values.Values;

/**
 * What a reflect.Value holds: a type and either the value itself or, for an addressable value,
 * its location, so that Set changes the variable. A location is what a pointer to the value
 * is in the interpreter: the GoStruct/GoArray itself for structs and arrays (updated in place),
 * a GoPointer (to a cell, a field or an element) for everything else.
 */
public final class RValue {
    /** Addressable: ref is the location. */
    public static final int ADDR = 1;
    /** Obtained through an unexported field (sticky: inherited by everything derived from it). */
    public static final int STICKY_RO = 2;
    /**
     * Obtained through an unexported embedded field: not settable, not interfaceable, but its own
     * exported fields are (Go's promoted fields), so Field does not pass this one on.
     */
    public static final int EMBED_RO = 4;
    public static final int RO = STICKY_RO | EMBED_RO;

    public final Type type;
    private final Object ref;
    public final int flags;
    /** reflect.Kind of type. */
    public final int kind;

    private RValue(Type type, Object ref, int flags) {
        this.type = type;
        this.ref = ref;
        this.flags = flags;
        this.kind = RTypes.kind(type);
    }

    /** A non-addressable value. */
    public static RValue of(Type type, Object value, int flags) {
        return new RValue(type, value, flags & ~ADDR);
    }

    /** The value at a location (see the class comment); ADDR is added to flags. */
    public static RValue at(Type type, Object location, int flags) {
        return new RValue(type, location, flags | ADDR);
    }

    public boolean addressable() {
        return (flags & ADDR) != 0;
    }

    public boolean readOnly() {
        return (flags & RO) != 0;
    }

    /** Whether t is reflect.Value (fmt prints the value a Value holds). */
    public static boolean isReflectValue(Type t) {
        return t instanceof Named n && "Value".equals(n.name) && "reflect".equals(n.pkg);
    }

    /** The read-only flag everything derived from this value (but its fields) inherits. */
    public int ro() {
        return (flags & RO) != 0 ? STICKY_RO : 0;
    }

    /** The current value (for an addressable struct or array: the live object, not a copy). */
    public Object get() {
        if ((flags & ADDR) == 0 || type.isAggregate()) {
            return ref;
        }
        return ((GoPointer) ref).load();
    }

    /** The value as a new owner sees it: structs and arrays copied. */
    public Object copy() {
        return copyOf(get(), type);
    }

    /** x (of type t) as a new owner sees it: copied when t is a struct or array type (not for pointers to them). */
    public static Object copyOf(Object x, Type t) {
        return t.isAggregate() ? Values.copyAggregate(x) : x;
    }

    /** Stores v (of this value's type) at the location. */
    void store(Object v) {
        if (type.isAggregate()) {
            Values.assignAggregate(ref, v);
        } else {
            ((GoPointer) ref).store(v);
        }
    }

    /** The pointer to an addressable value (what &x gives). */
    Object pointer() {
        return ref;
    }

    /**
     * reflect.Value's ==, as Go compares its (type, pointer, flags) words: equal for the same
     * location, or the same pointer, map, channel or func; copies of other values differ.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof RValue v && v.type == type && v.flags == flags
                && (v.ref == ref || (ref instanceof GoPointer && ref.equals(v.ref)));
    }

    @Override
    public int hashCode() {
        return ref instanceof GoPointer ? ref.hashCode() : System.identityHashCode(ref);
    }

    /** The value as an interface value: Iface for concrete types, itself for interfaces. */
    public Object toIface() {
        if (kind == RTypes.INTERFACE) {
            return get();
        }
        return new Iface(type, copy());
    }
}
