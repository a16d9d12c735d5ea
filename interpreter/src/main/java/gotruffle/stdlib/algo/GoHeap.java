package gotruffle.stdlib.algo;

/**
 * Go 1.19's container/heap: a binary min-heap kept inside any sort.Interface plus Push/Pop. The
 * user type's Len/Less/Swap/Push/Pop are called in exactly Go's order.
 */
public final class GoHeap {
    private GoHeap() {}

    /** heap.Interface: Push appends x at index Len(); Pop removes and returns index Len()-1. */
    public interface Interface extends GoSort.Interface {
        void push(Object x);

        Object pop();
    }

    /** heap.Init: sift down every internal node, last first. */
    public static void init(Interface h) {
        int n = h.len();
        for (int i = n / 2 - 1; i >= 0; i--) {
            down(h, i, n);
        }
    }

    public static void push(Interface h, Object x) {
        h.push(x);
        up(h, h.len() - 1);
    }

    /** heap.Pop: moves the minimum to the end, restores the heap on the rest, then calls Pop. */
    public static Object pop(Interface h) {
        int n = h.len() - 1;
        h.swap(0, n);
        down(h, 0, n);
        return h.pop();
    }

    public static Object remove(Interface h, int i) {
        int n = h.len() - 1;
        if (n != i) {
            h.swap(i, n);
            if (!down(h, i, n)) {
                up(h, i);
            }
        }
        return h.pop();
    }

    /** heap.Fix: re-establishes the order after element i changed. */
    public static void fix(Interface h, int i) {
        if (!down(h, i, h.len())) {
            up(h, i);
        }
    }

    private static void up(Interface h, int j) {
        while (true) {
            int i = (j - 1) / 2; // parent; Go's division truncates, so j = 0 gives 0 and stops
            if (i == j || !h.less(j, i)) {
                break;
            }
            h.swap(i, j);
            j = i;
        }
    }

    /** Sifts element i0 down within [0, n); true if it moved. */
    private static boolean down(Interface h, int i0, int n) {
        int i = i0;
        while (true) {
            int j1 = 2 * i + 1;
            if (j1 >= n || j1 < 0) { // j1 < 0 after int overflow
                break;
            }
            int j = j1;
            int j2 = j1 + 1;
            if (j2 < n && h.less(j2, j1)) {
                j = j2;
            }
            if (!h.less(j, i)) {
                break;
            }
            h.swap(i, j);
            i = j;
        }
        return i > i0;
    }
}
