package gotruffle.nodes.expr;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import gotruffle.nodes.ExprNode;
import gotruffle.nodes.RuntimePanics;
import gotruffle.values.GoArray;
import gotruffle.values.GoSlice;
import gotruffle.values.GoStrings;
import gotruffle.values.GoSubstring;

/**
 * x[lo:hi:max] on slices, arrays (addressable: pointers to arrays are the array) and strings.
 * A string slice copies its bytes, unless the compiler put it in view mode (its consumer accepts
 * a {@link GoSubstring}): then it is O(1), sharing the bytes of x.
 */
public final class SliceExprNode extends ExprNode {
    @Child private ExprNode x;
    @Child private ExprNode lo;
    @Child private ExprNode hi;
    @Child private ExprNode max;
    private final boolean string;
    @CompilationFinal private boolean view; // set by the compiler before adoption

    public SliceExprNode(ExprNode x, ExprNode lo, ExprNode hi, ExprNode max, boolean string) {
        this.x = x;
        this.lo = lo;
        this.hi = hi;
        this.max = max;
        this.string = string;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object o = x.execute(frame);
        long l = lo == null ? 0 : lo.executeLong(frame);
        if (string) {
            int n = GoStrings.length(o);
            long h = hi == null ? n : hi.executeLong(frame);
            if (h < 0 || h > n) {
                throw bounds(h, hi, n, RuntimePanics.BOUNDS_SLICE_ALEN);
            }
            if (l < 0 || l > h) {
                throw bounds(l, lo, h, RuntimePanics.BOUNDS_SLICE_B);
            }
            return view ? GoStrings.view(o, (int) l, (int) h) : GoStrings.substring(o, (int) l, (int) h);
        }
        Object store;
        int off, len, cap;
        if (o instanceof GoSlice s) {
            store = s.store;
            off = s.off;
            len = s.len;
            cap = s.cap;
        } else if (o instanceof GoArray a) {
            store = a.store;
            off = a.off;
            len = a.length();
            cap = len;
        } else if (o == null) {
            store = null;
            off = 0;
            len = 0;
            cap = 0;
        } else {
            throw new IllegalStateException();
        }
        long h = hi == null ? len : hi.executeLong(frame);
        long m = max == null ? cap : max.executeLong(frame);
        // Go's checks, last bound first; an array's bound is its length, a slice's its capacity
        boolean array = o instanceof GoArray;
        if (max != null && (m < 0 || m > cap)) {
            throw bounds(m, max, cap, array ? RuntimePanics.BOUNDS_SLICE3_ALEN : RuntimePanics.BOUNDS_SLICE3_ACAP);
        }
        if (h < 0 || h > m) {
            if (max != null) {
                throw bounds(h, hi, m, RuntimePanics.BOUNDS_SLICE3_B);
            }
            throw bounds(h, hi, cap, array ? RuntimePanics.BOUNDS_SLICE_ALEN : RuntimePanics.BOUNDS_SLICE_ACAP);
        }
        if (l < 0 || l > h) {
            throw bounds(l, lo, h, max != null ? RuntimePanics.BOUNDS_SLICE3_C : RuntimePanics.BOUNDS_SLICE_B);
        }
        if (store == null) {
            return null;
        }
        return new GoSlice(store, off + (int) l, (int) (h - l), (int) (m - l));
    }

    private RuntimeException bounds(long x, ExprNode operand, long y, int code) {
        CompilerDirectives.transferToInterpreter();
        return RuntimePanics.boundsError(x, y, code, !RuntimePanics.isUnsigned(operand), this);
    }

    public boolean isString() {
        return string;
    }

    /** Makes a string slice yield a view; only for a consumer that accepts one, before adoption. */
    public void setView() {
        view = string;
    }
}
