package gotruffle.values;

import gotruffle.types.Type;

import java.util.Arrays;

/** A Go array value: a fixed-length store owned by its location (value semantics, updated in place). */
public final class GoArray {
    public final Object store;
    /** Elements are structs or arrays themselves (copied deeply). */
    public final boolean aggregateElems;

    /** The element type (for equality of pointer elements and for fmt). */
    public final Type elem;

    public GoArray(Object store, Type elem) {
        this.store = store;
        this.elem = elem;
        this.aggregateElems = elem.isAggregate();
    }

    public int length() {
        return Stores.length(store);
    }

    public GoArray copy() {
        Object s = Stores.copyOf(store, Stores.length(store));
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
        int n = length();
        if (aggregateElems) {
            Object[] d = (Object[]) store;
            Object[] s = (Object[]) src.store;
            for (int i = 0; i < n; i++) {
                Values.assignAggregateNested(d[i], s[i]);
            }
        } else {
            System.arraycopy(src.store, 0, store, 0, n);
        }
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof GoArray a)) {
            return false;
        }
        if (store instanceof byte[] b) {
            return Arrays.equals(b, (byte[]) a.store);
        }
        if (store instanceof long[] l) {
            return Arrays.equals(l, (long[]) a.store);
        }
        if (store instanceof double[] d) {
            double[] e = (double[]) a.store;
            for (int i = 0; i < d.length; i++) {
                if (d[i] != e[i]) {
                    return false;
                }
            }
            return true;
        }
        Object[] x = (Object[]) store, y = (Object[]) a.store;
        for (int i = 0; i < x.length; i++) {
            if (!Values.goEquals(x[i], y[i], elem)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        if (store instanceof byte[] b) {
            return Arrays.hashCode(b);
        }
        if (store instanceof long[] l) {
            return Arrays.hashCode(l);
        }
        if (store instanceof double[] d) {
            return Arrays.hashCode(d);
        }
        int h = 1;
        for (Object o : (Object[]) store) {
            h = h * 31 + Values.goHash(o, elem);
        }
        return h;
    }
}
