package gotruffle.values;

import gotruffle.types.Struct;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * sync/atomic on the word that holds a value: volatile reads and writes and compare-and-set on
 * the element of the backing array, the struct slot, the Cell or the package variable itself, so
 * that atomic operations on different locations never contend (Go's atomics are per word too).
 *
 * <p>A word holds either an unboxed long (a {@code long[]}, a struct's prims, a {@code byte[]}
 * element) or a reference (a boxed value in an {@code Object[]}, a Cell, a GlobalVar). For the
 * latter, compare-and-set compares the reference with a witness that a volatile read returned
 * (callers loop: read, compute, CAS on that exact object), so boxing never breaks atomicity.
 */
public final class AtomicWords {
    private AtomicWords() {}

    private static final VarHandle LONGS = MethodHandles.arrayElementVarHandle(long[].class);
    private static final VarHandle BYTES = MethodHandles.arrayElementVarHandle(byte[].class);
    private static final VarHandle DOUBLES = MethodHandles.arrayElementVarHandle(double[].class);
    private static final VarHandle REFS = MethodHandles.arrayElementVarHandle(Object[].class);
    private static final VarHandle CELL_VALUE, GLOBAL_VALUE;
    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            CELL_VALUE = l.findVarHandle(Cell.class, "value", Object.class);
            GLOBAL_VALUE = l.findVarHandle(GlobalVar.class, "value", Object.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Element i of a backing store, read with volatile semantics (boxed as {@link Stores#get}). */
    public static Object loadElem(Object store, int i) {
        if (store instanceof byte[] b) {
            return (long) ((byte) BYTES.getVolatile(b, i) & 0xFF);
        } else if (store instanceof long[] l) {
            return (long) LONGS.getVolatile(l, i);
        } else if (store instanceof double[] d) {
            return (double) DOUBLES.getVolatile(d, i);
        }
        return REFS.getVolatile((Object[]) store, i);
    }

    public static void storeElem(Object store, int i, Object v) {
        if (store instanceof byte[] b) {
            BYTES.setVolatile(b, i, (byte) (long) (Long) v);
        } else if (store instanceof long[] l) {
            LONGS.setVolatile(l, i, (long) (Long) v);
        } else if (store instanceof double[] d) {
            DOUBLES.setVolatile(d, i, (double) (Double) v);
        } else {
            REFS.setVolatile((Object[]) store, i, v);
        }
    }

    /** Sets element i to v if it holds witness (by value for unboxed stores, by identity otherwise). */
    public static boolean casElem(Object store, int i, Object witness, Object v) {
        if (store instanceof byte[] b) {
            return BYTES.compareAndSet(b, i, (byte) (long) (Long) witness, (byte) (long) (Long) v);
        } else if (store instanceof long[] l) {
            return LONGS.compareAndSet(l, i, (long) (Long) witness, (long) (Long) v);
        } else if (store instanceof double[] d) {
            return DOUBLES.compareAndSet(d, i, (double) (Double) witness, (double) (Double) v);
        }
        return REFS.compareAndSet((Object[]) store, i, witness, v);
    }

    /** Field i of a struct, read with volatile semantics (boxed as {@link GoStruct#get}). */
    public static Object loadField(GoStruct s, int i) {
        int slot = s.type.primSlots()[i];
        if (slot < 0) {
            return REFS.getVolatile(s.refs, i);
        }
        long bits = (long) LONGS.getVolatile(s.prims, slot);
        return s.type.primKinds()[i] == Struct.DOUBLE ? (Object) Double.longBitsToDouble(bits) : (Object) bits;
    }

    public static void storeField(GoStruct s, int i, Object v) {
        int slot = s.type.primSlots()[i];
        if (slot < 0) {
            REFS.setVolatile(s.refs, i, v);
        } else {
            LONGS.setVolatile(s.prims, slot, bits(s, i, v));
        }
    }

    public static boolean casField(GoStruct s, int i, Object witness, Object v) {
        int slot = s.type.primSlots()[i];
        if (slot < 0) {
            return REFS.compareAndSet(s.refs, i, witness, v);
        }
        return LONGS.compareAndSet(s.prims, slot, bits(s, i, witness), bits(s, i, v));
    }

    private static long bits(GoStruct s, int i, Object v) {
        return s.type.primKinds()[i] == Struct.DOUBLE ? Double.doubleToRawLongBits((Double) v) : (Long) v;
    }

    public static Object loadCell(Cell c) {
        return CELL_VALUE.getVolatile(c);
    }

    public static void storeCell(Cell c, Object v) {
        CELL_VALUE.setVolatile(c, v);
    }

    public static boolean casCell(Cell c, Object witness, Object v) {
        return CELL_VALUE.compareAndSet(c, witness, v);
    }

    public static Object loadGlobal(GlobalVar g) {
        return GLOBAL_VALUE.getVolatile(g);
    }

    public static void storeGlobal(GlobalVar g, Object v) {
        GLOBAL_VALUE.setVolatile(g, v);
    }

    public static boolean casGlobal(GlobalVar g, Object witness, Object v) {
        return GLOBAL_VALUE.compareAndSet(g, witness, v);
    }
}
