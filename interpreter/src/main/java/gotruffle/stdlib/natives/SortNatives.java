package gotruffle.stdlib.natives;

import com.oracle.truffle.api.RootCallTarget;
import gotruffle.GoContext;
import gotruffle.nodes.Fiber;
import gotruffle.nodes.call.Native;
import gotruffle.stdlib.algo.GoSort;
import gotruffle.types.Slice;
import gotruffle.values.GoFunc;
import gotruffle.values.GoRuntimeError;
import gotruffle.values.GoSlice;
import gotruffle.values.Iface;
import gotruffle.values.Stores;
import gotruffle.values.Values;

import java.util.Map;

/** Natives of package sort: adapters from Go values to GoSort.Interface. */
public final class SortNatives {
    private SortNatives() {}

    /** A sort.Interface value: its Len/Less/Swap methods called on the current fiber. */
    private static GoSort.Interface ofInterface(GoContext ctx, Fiber fiber, Object v) {
        if (v == null) {
            throw new GoRuntimeError("invalid memory address or nil pointer dereference");
        }
        Iface data = (Iface) v;
        RootCallTarget len = ctx.methods.lookup(data.type, "Len");
        RootCallTarget less = ctx.methods.lookup(data.type, "Less");
        RootCallTarget swap = ctx.methods.lookup(data.type, "Swap");
        Object recv = data.value;
        return new GoSort.Interface() {
            @Override
            public int len() {
                return (int) (long) (Long) len.call(fiber, null, recv);
            }

            @Override
            public boolean less(int i, int j) {
                return (Boolean) less.call(fiber, null, recv, (long) i, (long) j);
            }

            @Override
            public void swap(int i, int j) {
                swap.call(fiber, null, recv, (long) i, (long) j);
            }
        };
    }

    /** sort.Slice's view of (x any, less func(i, j int) bool): less calls Go, swap moves elements. */
    private static GoSort.Interface ofSlice(Fiber fiber, Object x, Object lessFn) {
        GoSlice s = slice(x);
        // element slots of struct/array type own their objects (copy contents); pointers are swapped
        boolean aggregate = ((Slice) ((Iface) x).type.underlying()).elem.isAggregate();
        GoFunc less = (GoFunc) lessFn;
        int n = s == null ? 0 : s.len;
        return new GoSort.Interface() {
            @Override
            public int len() {
                return n;
            }

            @Override
            public boolean less(int i, int j) {
                return (Boolean) less.target.call(fiber, less.env, (long) i, (long) j);
            }

            @Override
            public void swap(int i, int j) {
                swapElems(s, i, j, aggregate);
            }
        };
    }

    private static GoSlice slice(Object x) {
        if (!(x instanceof Iface i) || !(i.type.underlying() instanceof Slice)) {
            String t = x == null ? "nil" : ((Iface) x).type.toString();
            throw AlgoPanics.string("reflect: call of Swapper on " + kindName(x) + " Value");
        }
        return (GoSlice) i.value;
    }

    private static String kindName(Object x) {
        if (x == null) {
            return "zero";
        }
        return ((Iface) x).type.underlying().getClass().getSimpleName().toLowerCase();
    }

    /** Swaps two slots' contents (struct/array slots own their objects, so copy those). */
    private static void swapElems(GoSlice s, int i, int j, boolean aggregate) {
        if (!(s.store instanceof Object[])) {
            Stores.swap(s.store, s.off + i, s.off + j);
        } else {
            Object[] o = (Object[]) s.store;
            Object a = o[s.off + i];
            Object b = o[s.off + j];
            if (aggregate) {
                Object tmp = Values.copyAggregate(a);
                Values.assignAggregate(a, b);
                Values.assignAggregate(b, tmp);
            } else {
                o[s.off + i] = b;
                o[s.off + j] = a;
            }
        }
    }

    public static void register(Map<String, Native> t) {
        t.put("sort.Sort", (ctx, fiber, a) -> {
            GoSort.sort(ofInterface(ctx, fiber, a[0]));
            return null;
        });
        t.put("sort.Stable", (ctx, fiber, a) -> {
            GoSort.stable(ofInterface(ctx, fiber, a[0]));
            return null;
        });
        t.put("sort.IsSorted", (ctx, fiber, a) -> GoSort.isSorted(ofInterface(ctx, fiber, a[0])));
        t.put("sort.Slice", (ctx, fiber, a) -> {
            GoSort.Interface d = ofSlice(fiber, a[0], a[1]);
            GoSort.slice(d.len(), d);
            return null;
        });
        t.put("sort.SliceStable", (ctx, fiber, a) -> {
            GoSort.Interface d = ofSlice(fiber, a[0], a[1]);
            GoSort.sliceStable(d.len(), d);
            return null;
        });
        t.put("sort.SliceIsSorted", (ctx, fiber, a) -> {
            GoSort.Interface d = ofSlice(fiber, a[0], a[1]);
            return GoSort.sliceIsSorted(d.len(), d);
        });
        t.put("sort.sortInts", (ctx, fiber, a) -> {
            long[] st = a[0] == null ? null : (long[]) ((GoSlice) a[0]).store;
            sortElems((GoSlice) a[0], (i, j) -> st[i] < st[j]);
            return null;
        });
        t.put("sort.sortFloat64s", (ctx, fiber, a) -> {
            double[] st = a[0] == null ? null : (double[]) ((GoSlice) a[0]).store;
            sortElems((GoSlice) a[0], (i, j) -> GoSort.float64Less(st[i], st[j]));
            return null;
        });
        t.put("sort.sortStrings", (ctx, fiber, a) -> {
            Object[] st = a[0] == null ? null : (Object[]) ((GoSlice) a[0]).store;
            sortElems((GoSlice) a[0], (i, j) -> ((String) st[i]).compareTo((String) st[j]) < 0);
            return null;
        });
    }

    /** Compares the elements at two indices of a backing store. */
    private interface StoreLess {
        boolean less(int i, int j);
    }

    /** sort.Ints/Float64s/Strings: Go's pdqsort over a nil or non-nil slice's elements. */
    private static void sortElems(GoSlice s, StoreLess less) {
        if (s == null) {
            return;
        }
        int off = s.off;
        GoSort.sort(new GoSort.Interface() {
            @Override
            public int len() {
                return s.len;
            }

            @Override
            public boolean less(int i, int j) {
                return less.less(off + i, off + j);
            }

            @Override
            public void swap(int i, int j) {
                Stores.swap(s.store, off + i, off + j);
            }
        });
    }
}
