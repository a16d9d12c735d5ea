package gotruffle.values;

import gotruffle.types.Type;

import java.util.Arrays;

/**
 * A Go array value: a fixed-length run of a store, owned by its location (value semantics,
 * updated in place). Arrays own their whole store ({@link #off} 0, {@link #len} the store's
 * length) except the target of (*[N]T)(s), which is a view of N of the slice's elements from
 * s's offset, so that writes through either are seen by the other, as in Go.
 */
public final class GoArray {
    public final Object store;
    /** Where element 0 is in {@link #store}, and how many elements this array has. */
    public final int off, len;
    /** Elements are structs or arrays themselves (copied deeply). */
    public final boolean aggregateElems;

    /** The element type (for equality of pointer elements and for fmt). */
    public final Type elem;

    public GoArray(Object store, Type elem) {
        this(store, 0, Stores.length(store), elem);
    }

    public GoArray(Object store, int off, int len, Type elem) {
        this.store = store;
        this.off = off;
        this.len = len;
        this.elem = elem;
        this.aggregateElems = elem.isAggregate();
    }

    public int length() {
        return len;
    }

    /**
     * Whether two pointer targets (structs or arrays) are the same place: the same object, or
     * arrays over the same elements of one store ((*[N]T)(s) makes a new GoArray over s's).
     */
    public static boolean samePlace(Object a, Object b) {
        return a == b || a instanceof GoArray x && b instanceof GoArray y && x.store == y.store && x.off == y.off;
    }

    /** A hash of the place {@link #samePlace} compares. */
    public static int placeHash(Object v) {
        return v instanceof GoArray a ? System.identityHashCode(a.store) + a.off : System.identityHashCode(v);
    }

    public GoArray copy() {
        Object s = Stores.copyOfRange(store, off, off + len);
        if (aggregateElems) {
            Object[] a = (Object[]) s;
            for (int i = 0; i < a.length; i++) {
                a[i] = Values.copyAggregateNested(a[i]);
            }
        }
        return new GoArray(s, elem);
    }

    public void assign(GoArray src) {
        if (src == this) {
            return;
        }
        int n = len;
        if (aggregateElems) {
            Object[] d = (Object[]) store;
            Object[] s = (Object[]) src.store;
            for (int i = 0; i < n; i++) {
                Values.assignAggregateNested(d[off + i], s[src.off + i]);
            }
        } else {
            // arraycopy copies as if through a temporary: right for overlapping views of one store
            System.arraycopy(src.store, src.off, store, off, n);
        }
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof GoArray a)) {
            return false;
        }
        int n = len;
        if (store instanceof byte[] b) {
            return Arrays.equals(b, off, off + n, (byte[]) a.store, a.off, a.off + n);
        }
        if (store instanceof long[] l) {
            return Arrays.equals(l, off, off + n, (long[]) a.store, a.off, a.off + n);
        }
        if (store instanceof double[] d) {
            double[] e = (double[]) a.store;
            for (int i = 0; i < n; i++) {
                if (d[off + i] != e[a.off + i]) {
                    return false;
                }
            }
            return true;
        }
        Object[] x = (Object[]) store, y = (Object[]) a.store;
        for (int i = 0; i < n; i++) {
            if (!Values.goEquals(x[off + i], y[a.off + i], elem)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = 1;
        if (store instanceof byte[] b) {
            for (int i = 0; i < len; i++) {
                h = h * 31 + b[off + i];
            }
        } else if (store instanceof long[] l) {
            for (int i = 0; i < len; i++) {
                h = h * 31 + Long.hashCode(l[off + i]);
            }
        } else {
            for (int i = 0; i < len; i++) {
                h = h * 31 + Values.goHash(Stores.get(store, off + i), elem); // double: +0 and -0 alike
            }
        }
        return h;
    }
}
