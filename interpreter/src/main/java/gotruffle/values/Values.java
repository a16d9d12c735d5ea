package gotruffle.values;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import gotruffle.types.Array;
import gotruffle.types.Basic;
import gotruffle.types.Interface;
import gotruffle.types.Kind;
import gotruffle.types.MapType;
import gotruffle.types.Pointer;
import gotruffle.types.Predicates;
import gotruffle.types.Signature;
import gotruffle.types.Slice;
import gotruffle.types.Struct;
import gotruffle.types.Type;

import java.util.Arrays;

/** Type-directed helpers over Go values: zero values, deep copies of aggregates, == and hashing. */
public final class Values {
    private Values() {}

    public static Object zero(Type t) {
        Type u = t.underlying();
        if (u instanceof Basic b) {
            if (b.kind.isInteger()) {
                return 0L;
            } else if (b.kind.isFloat()) {
                return 0.0;
            } else if (b.kind.isComplex()) {
                return GoComplex.ZERO;
            } else if (b == Basic.BOOL || b == Basic.UNTYPED_BOOL) {
                return Boolean.FALSE;
            } else if (b == Basic.STRING || b == Basic.UNTYPED_STRING) {
                return "";
            }
            return null;
        } else if (u instanceof Struct s) {
            Object[] f = new Object[s.fields.size()];
            for (int i = 0; i < f.length; i++) {
                f[i] = zero(s.fields.get(i).type());
            }
            return GoStruct.of(s, f);
        } else if (u instanceof Array a) {
            if (a.len > MAX_STORE_ELEMS) {
                throw tooLong(a);
            }
            return new GoArray(newStore(a.elem, (int) a.len), a.elem);
        }
        return null;
    }

    /** The most elements a Java array (a store) can hold. */
    public static final long MAX_STORE_ELEMS = Integer.MAX_VALUE - 8;

    /**
     * An array longer than a store can hold: Go allocates it whole, so where its bytes exceed the
     * heap (every such array of non-empty elements here) that is Go's fatal out of memory (the
     * OutOfMemoryError is reported as Go's). Go allocates nothing for zero-size elements: not
     * representable here.
     */
    @TruffleBoundary
    private static Error tooLong(Array a) {
        if (SizeClasses.sizeof(a.elem) == 0) {
            throw new UnsupportedOperationException("unsupported: an array of more than " + MAX_STORE_ELEMS + " zero-size elements (" + a + ")");
        }
        return new OutOfMemoryError("an array of " + a.len + " elements");
    }

    /** A zeroed backing store for n elements of type elem. */
    public static Object newStore(Type elem, int n) {
        Type u = elem.underlying();
        if (isByte(u)) {
            return new byte[n];
        } else if (u.isInteger()) {
            return new long[n];
        } else if (u.isFloat()) {
            return new double[n];
        }
        Object[] a = new Object[n];
        Object z = zero(elem);
        if (z != null) {
            boolean agg = elem.isAggregate();
            for (int i = 0; i < n; i++) {
                // the first element takes z itself: nested arrays of length 1 stay linear in depth
                a[i] = agg && i > 0 ? zero(elem) : z;
            }
        }
        return a;
    }

    /** uint8 (byte) elements live in byte[] stores (see {@link Stores}). */
    public static boolean isByte(Type t) {
        return t.underlying() instanceof Basic b && b.kind == Kind.UINT8;
    }

    public static Object copyAggregate(Object v) {
        if (v instanceof GoStruct s) {
            return s.copy();
        } else if (v instanceof GoArray a) {
            return a.copy();
        }
        return v;
    }

    /** Copies of aggregates nested in aggregates stay out of compiled code: inlining them recursively has no bound. */
    @TruffleBoundary
    public static Object copyAggregateNested(Object v) {
        return copyAggregate(v);
    }

    @TruffleBoundary
    public static void assignAggregateNested(Object dst, Object src) {
        assignAggregate(dst, src);
    }

    public static void assignAggregate(Object dst, Object src) {
        if (dst instanceof GoStruct d) {
            d.assign((GoStruct) src);
        } else {
            ((GoArray) dst).assign((GoArray) src);
        }
    }

    /** Go's == on two values of static type t (interfaces compare dynamic type and value; pointers by identity). */
    public static boolean goEquals(Object a, Object b, Type t) {
        Type u = t.underlying();
        if (u instanceof Interface) {
            if (a == null || b == null) {
                return a == b;
            }
            Iface x = (Iface) a, y = (Iface) b;
            if (x.type != y.type) {
                return false;
            }
            if (!Predicates.comparable(x.type)) {
                throw new GoRuntimeError("comparing uncomparable type " + x.type.toString(true));
            }
            return goEquals(x.value, y.value, x.type);
        }
        if (u instanceof Struct || u instanceof Array) {
            return a.equals(b);
        }
        if (a instanceof Double d && b instanceof Double e) {
            return d.doubleValue() == e.doubleValue();
        }
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof GoStruct || a instanceof GoArray) {
            // pointer to struct/array: identity (an array: its elements' place, as (*[N]T)(s) makes
            // another GoArray over s's elements); zero-size values share one address in Go
            // (runtime.zerobase; &a[1] == &a[2] for zero-size elements)
            return GoArray.samePlace(a, b) || (u instanceof Pointer p && zeroSizeTarget(p));
        }
        return a.equals(b);
    }

    /** Whether *p points to a zero-size type (computed once, at run time when all types are complete). */
    public static boolean zeroSizeTarget(Pointer p) {
        int z = p.zeroSizeElem;
        if (z == 0) {
            z = SizeClasses.sizeof(p.elem) == 0 ? 2 : 1;
            p.zeroSizeElem = z;
        }
        return z == 2;
    }

    public static int goHash(Object v, Type t) {
        if (v == null) {
            return 0;
        }
        Type u = t.underlying();
        if (u instanceof Interface) {
            Iface i = (Iface) v;
            if (!Predicates.comparable(i.type)) {
                throw new GoRuntimeError("hash of unhashable type " + i.type.toString(true));
            }
            return goHash(i.value, i.type);
        }
        if (u instanceof Struct || u instanceof Array) {
            return v.hashCode();
        }
        if (v instanceof GoStruct || v instanceof GoArray) {
            if (u instanceof Pointer p && zeroSizeTarget(p)) {
                return 0;
            }
            return GoArray.placeHash(v);
        }
        if (v instanceof Double d) {
            return d == 0.0 ? 0 : d.hashCode();
        }
        return v.hashCode();
    }

    public static int hashArray(long[] l) {
        return Arrays.hashCode(l);
    }
}
