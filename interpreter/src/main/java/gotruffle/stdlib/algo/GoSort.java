package gotruffle.stdlib.algo;

import java.util.function.LongPredicate;
import java.util.function.LongToIntFunction;

/**
 * Go 1.19's sort package. sort.Sort and sort.Slice use pattern-defeating quicksort (pdqsort,
 * new in 1.19) and sort.Stable/SliceStable use insertion-sorted blocks merged with SymMerge.
 * Programs can observe the exact sequence of Less/Swap calls and, for the unstable sort, where
 * equal elements end up, so this follows Go's algorithm step for step, including its quirks
 * (the ninther, the deterministic xorshift used to break patterns, partialInsertionSort's
 * lower bound of 1 rather than a).
 */
public final class GoSort {
    private GoSort() {}

    /** sort.Interface. Indices are Go ints that fit in a Java array index. */
    public interface Interface {
        int len();

        boolean less(int i, int j);

        void swap(int i, int j);
    }

    // ---------------------------------------------------------------- public entry points

    /** sort.Sort: one call to Len, then pdqsort. */
    public static void sort(Interface data) {
        int n = data.len();
        if (n <= 1) {
            return;
        }
        pdqsort(data, 0, n, bitsLen(n));
    }

    /** sort.Slice: the length comes from the slice itself, Len is never called. */
    public static void slice(int n, Interface data) {
        pdqsort(data, 0, n, bitsLen(n));
    }

    /** sort.Stable. */
    public static void stable(Interface data) {
        stable(data, data.len());
    }

    /** sort.SliceStable. */
    public static void sliceStable(int n, Interface data) {
        stable(data, n);
    }

    /** sort.IsSorted: scans from the end. */
    public static boolean isSorted(Interface data) {
        return sliceIsSorted(data.len(), data);
    }

    /** sort.SliceIsSorted. */
    public static boolean sliceIsSorted(int n, Interface data) {
        for (int i = n - 1; i > 0; i--) {
            if (data.less(i, i - 1)) {
                return false;
            }
        }
        return true;
    }

    /** sort.Reverse. */
    public static Interface reverse(Interface data) {
        return new Interface() {
            @Override
            public int len() {
                return data.len();
            }

            @Override
            public boolean less(int i, int j) {
                return data.less(j, i);
            }

            @Override
            public void swap(int i, int j) {
                data.swap(i, j);
            }
        };
    }

    /** Float64Slice.Less: NaNs order before every other value. */
    public static boolean float64Less(double a, double b) {
        return a < b || (Double.isNaN(a) && !Double.isNaN(b));
    }

    /** sort.Search: smallest i in [0, n) with f(i) true, or n; f is called at midpoints only. */
    public static long search(long n, LongPredicate f) {
        long i = 0;
        long j = n;
        while (i < j) {
            long h = (i + j) >>> 1;
            if (!f.test(h)) {
                i = h + 1;
            } else {
                j = h;
            }
        }
        return i;
    }

    /** Result of sort.Find. */
    public record Found(long i, boolean found) {}

    /** sort.Find: smallest i with cmp(i) <= 0; found when i < n and cmp(i) == 0 (one more call). */
    public static Found find(long n, LongToIntFunction cmp) {
        long i = 0;
        long j = n;
        while (i < j) {
            long h = (i + j) >>> 1;
            if (cmp.applyAsInt(h) > 0) {
                i = h + 1;
            } else {
                j = h;
            }
        }
        return new Found(i, i < n && cmp.applyAsInt(i) == 0);
    }

    /** bits.Len(uint(n)). */
    static int bitsLen(long n) {
        return 64 - Long.numberOfLeadingZeros(n);
    }

    // ---------------------------------------------------------------- pdqsort

    private static final int UNKNOWN_HINT = 0;
    private static final int INCREASING_HINT = 1;
    private static final int DECREASING_HINT = 2;

    /** insertionSort of data[a, b). */
    static void insertionSort(Interface data, int a, int b) {
        for (int i = a + 1; i < b; i++) {
            for (int j = i; j > a && data.less(j, j - 1); j--) {
                data.swap(j, j - 1);
            }
        }
    }

    /** Restores the max-heap property below root on the heap data[first+lo, first+hi). */
    private static void siftDown(Interface data, int lo, int hi, int first) {
        int root = lo;
        while (true) {
            int child = 2 * root + 1;
            if (child >= hi) {
                return;
            }
            if (child + 1 < hi && data.less(first + child, first + child + 1)) {
                child++;
            }
            if (!data.less(first + root, first + child)) {
                return;
            }
            data.swap(first + root, first + child);
            root = child;
        }
    }

    private static void heapSort(Interface data, int a, int b) {
        int first = a;
        int lo = 0;
        int hi = b - a;
        for (int i = (hi - 1) / 2; i >= 0; i--) {
            siftDown(data, i, hi, first);
        }
        for (int i = hi - 1; i >= 0; i--) {
            data.swap(first, first + i);
            siftDown(data, lo, i, first);
        }
    }

    /**
     * Sorts data[a, b). limit counts the unbalanced partitions still allowed before switching to
     * heapsort. Recurses into the shorter side and loops on the longer one.
     */
    private static void pdqsort(Interface data, int a, int b, int limit) {
        final int maxInsertion = 12;
        boolean wasBalanced = true;
        boolean wasPartitioned = true;
        while (true) {
            int length = b - a;
            if (length <= maxInsertion) {
                insertionSort(data, a, b);
                return;
            }
            if (limit == 0) {
                heapSort(data, a, b);
                return;
            }
            if (!wasBalanced) {
                breakPatterns(data, a, b);
                limit--;
            }

            long ph = choosePivot(data, a, b);
            int pivot = (int) (ph >> 32);
            int hint = (int) ph;
            if (hint == DECREASING_HINT) {
                reverseRange(data, a, b);
                // The pivot moves to the mirrored position.
                pivot = (b - 1) - (pivot - a);
                hint = INCREASING_HINT;
            }

            // Probably already sorted: try to finish with a few insertion steps.
            if (wasBalanced && wasPartitioned && hint == INCREASING_HINT) {
                if (partialInsertionSort(data, a, b)) {
                    return;
                }
            }

            // The element before a is a previous pivot and <= everything here; if it is not
            // less than this pivot, they are equal: split off the run of elements equal to it.
            if (a > 0 && !data.less(a - 1, pivot)) {
                a = partitionEqual(data, a, b, pivot);
                continue;
            }

            long pr = partition(data, a, b, pivot);
            int mid = (int) (pr >> 32);
            wasPartitioned = (int) pr != 0;

            int leftLen = mid - a;
            int rightLen = b - mid;
            int balanceThreshold = length / 8;
            if (leftLen < rightLen) {
                wasBalanced = leftLen >= balanceThreshold;
                pdqsort(data, a, mid, limit);
                a = mid + 1;
            } else {
                wasBalanced = rightLen >= balanceThreshold;
                pdqsort(data, mid + 1, b, limit);
                b = mid;
            }
        }
    }

    /**
     * Hoare-style partition around data[pivot] (first swapped to data[a]). Returns the pivot's
     * final index in the high half and 1 in the low half if nothing had to be swapped.
     */
    private static long partition(Interface data, int a, int b, int pivot) {
        data.swap(a, pivot);
        int i = a + 1;
        int j = b - 1;
        while (i <= j && data.less(i, a)) {
            i++;
        }
        while (i <= j && !data.less(j, a)) {
            j--;
        }
        if (i > j) {
            data.swap(j, a);
            return pack(j, 1);
        }
        data.swap(i, j);
        i++;
        j--;
        while (true) {
            while (i <= j && data.less(i, a)) {
                i++;
            }
            while (i <= j && !data.less(j, a)) {
                j--;
            }
            if (i > j) {
                break;
            }
            data.swap(i, j);
            i++;
            j--;
        }
        data.swap(j, a);
        return pack(j, 0);
    }

    /** Moves elements equal to data[pivot] (none are smaller) to the front; returns where the rest start. */
    private static int partitionEqual(Interface data, int a, int b, int pivot) {
        data.swap(a, pivot);
        int i = a + 1;
        int j = b - 1;
        while (true) {
            while (i <= j && !data.less(a, i)) {
                i++;
            }
            while (i <= j && data.less(a, j)) {
                j--;
            }
            if (i > j) {
                break;
            }
            data.swap(i, j);
            i++;
            j--;
        }
        return i;
    }

    /**
     * Fixes up to 5 adjacent inversions by shifting; true if data[a, b) ends up sorted. Note the
     * leftward shift stops at index 1, not a (as in Go, where it is harmless since data[a-1] is a
     * pivot no greater than anything here).
     */
    private static boolean partialInsertionSort(Interface data, int a, int b) {
        final int maxSteps = 5;
        final int shortestShifting = 50;
        int i = a + 1;
        for (int step = 0; step < maxSteps; step++) {
            while (i < b && !data.less(i, i - 1)) {
                i++;
            }
            if (i == b) {
                return true;
            }
            if (b - a < shortestShifting) {
                return false;
            }
            data.swap(i, i - 1);
            if (i - a >= 2) {
                for (int j = i - 1; j >= 1; j--) {
                    if (!data.less(j, j - 1)) {
                        break;
                    }
                    data.swap(j, j - 1);
                }
            }
            if (b - i >= 2) {
                for (int j = i + 1; j < b; j++) {
                    if (!data.less(j, j - 1)) {
                        break;
                    }
                    data.swap(j, j - 1);
                }
            }
        }
        return false;
    }

    /** Swaps three middle elements with pseudo-random partners; the xorshift is seeded by length. */
    private static void breakPatterns(Interface data, int a, int b) {
        int length = b - a;
        if (length >= 8) {
            long random = length; // xorshift state, a uint64 in Go
            long modulus = 1L << bitsLen(length); // nextPowerOfTwo
            int mid = a + (length / 4) * 2;
            for (int idx = mid - 1; idx <= mid + 1; idx++) {
                random ^= random << 13;
                random ^= random >>> 17;
                random ^= random << 5;
                int other = (int) (random & (modulus - 1));
                if (other >= length) {
                    other -= length;
                }
                data.swap(idx, a + other);
            }
        }
    }

    /**
     * Picks a pivot in data[a, b): fixed below 8 elements, median of three below 50, else Tukey's
     * ninther. Returns pivot in the high half and a sortedness hint (from the comparisons that
     * swapped: none = increasing, all 12 = decreasing) in the low half.
     */
    private static long choosePivot(Interface data, int a, int b) {
        final int shortestNinther = 50;
        final int maxSwaps = 4 * 3;
        int l = b - a;
        int[] swaps = {0};
        int i = a + l / 4 * 1;
        int j = a + l / 4 * 2;
        int k = a + l / 4 * 3;
        if (l >= 8) {
            if (l >= shortestNinther) {
                i = medianAdjacent(data, i, swaps);
                j = medianAdjacent(data, j, swaps);
                k = medianAdjacent(data, k, swaps);
            }
            j = median(data, i, j, k, swaps);
        }
        int hint = switch (swaps[0]) {
            case 0 -> INCREASING_HINT;
            case maxSwaps -> DECREASING_HINT;
            default -> UNKNOWN_HINT;
        };
        return pack(j, hint);
    }

    /** Index of the median of data[a], data[b], data[c], counting out-of-order comparisons. */
    private static int median(Interface data, int a, int b, int c, int[] swaps) {
        // order2(a, b), order2(b, c), order2(a, b), keeping indices only.
        if (data.less(b, a)) {
            swaps[0]++;
            int t = a;
            a = b;
            b = t;
        }
        if (data.less(c, b)) {
            swaps[0]++;
            int t = b;
            b = c;
            c = t;
        }
        if (data.less(b, a)) {
            swaps[0]++;
            int t = a;
            a = b;
            b = t;
        }
        return b;
    }

    private static int medianAdjacent(Interface data, int a, int[] swaps) {
        return median(data, a - 1, a, a + 1, swaps);
    }

    private static void reverseRange(Interface data, int a, int b) {
        int i = a;
        int j = b - 1;
        while (i < j) {
            data.swap(i, j);
            i++;
            j--;
        }
    }

    private static long pack(int hi, int lo) {
        return ((long) hi << 32) | (lo & 0xffffffffL);
    }

    // ---------------------------------------------------------------- stable sort

    /** Insertion-sorts blocks of 20, then merges blocks of doubling size with symMerge. */
    private static void stable(Interface data, int n) {
        int blockSize = 20;
        int a = 0;
        int b = blockSize;
        while (b <= n) {
            insertionSort(data, a, b);
            a = b;
            b += blockSize;
        }
        insertionSort(data, a, n);

        while (blockSize < n) {
            a = 0;
            b = 2 * blockSize;
            while (b <= n) {
                symMerge(data, a, a + blockSize, b);
                a = b;
                b += 2 * blockSize;
            }
            int m = a + blockSize;
            if (m < n) {
                symMerge(data, a, m, n);
            }
            blockSize *= 2;
        }
    }

    /**
     * Merges sorted data[a, m) and data[m, b) in place with SymMerge (Kim and Kutzner, ESA 2004).
     * Requires a < m < b.
     */
    private static void symMerge(Interface data, int a, int m, int b) {
        if (m - a == 1) {
            // Single element on the left: binary-search its place in data[m, b) and bubble it there.
            int i = m;
            int j = b;
            while (i < j) {
                int h = (i + j) >>> 1;
                if (data.less(h, a)) {
                    i = h + 1;
                } else {
                    j = h;
                }
            }
            for (int k = a; k < i - 1; k++) {
                data.swap(k, k + 1);
            }
            return;
        }
        if (b - m == 1) {
            // Single element on the right: find the first element greater than it in data[a, m).
            int i = a;
            int j = m;
            while (i < j) {
                int h = (i + j) >>> 1;
                if (!data.less(m, h)) {
                    i = h + 1;
                } else {
                    j = h;
                }
            }
            for (int k = m; k > i; k--) {
                data.swap(k, k - 1);
            }
            return;
        }

        int mid = (a + b) >>> 1;
        int n = mid + m;
        int start;
        int r;
        if (m > mid) {
            start = n - b;
            r = mid;
        } else {
            start = a;
            r = m;
        }
        int p = n - 1;
        while (start < r) {
            int c = (start + r) >>> 1;
            if (!data.less(p - c, c)) {
                start = c + 1;
            } else {
                r = c;
            }
        }
        int end = n - start;
        if (start < m && m < end) {
            rotate(data, start, m, end);
        }
        if (a < start && start < mid) {
            symMerge(data, a, start, mid);
        }
        if (mid < end && end < b) {
            symMerge(data, mid, end, b);
        }
    }

    /** Exchanges the adjacent blocks data[a, m) and data[m, b) using block swaps. */
    private static void rotate(Interface data, int a, int m, int b) {
        int i = m - a;
        int j = b - m;
        while (i != j) {
            if (i > j) {
                swapRange(data, m - i, m, j);
                i -= j;
            } else {
                swapRange(data, m - i, m + j - i, i);
                j -= i;
            }
        }
        swapRange(data, m - i, m, i);
    }

    private static void swapRange(Interface data, int a, int b, int n) {
        for (int i = 0; i < n; i++) {
            data.swap(a + i, b + i);
        }
    }
}
