package gotruffle.nodes.expr;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import gotruffle.nodes.ExprNode;
import gotruffle.nodes.RuntimePanics;
import gotruffle.types.Type;
import gotruffle.values.GoArray;
import gotruffle.values.GoSlice;

/**
 * (*[N]T)(s), Go 1.17's slice to array pointer conversion: an array over N of the slice's
 * elements from its offset (the same store), so writes through either are seen by the other.
 */
public final class SliceToArrayPtrNode extends ExprNode {
    @Child private ExprNode x;
    private final long n;
    private final Type elem;

    public SliceToArrayPtrNode(ExprNode x, long n, Type elem) {
        this.x = x;
        this.n = n;
        this.elem = elem;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return convert((GoSlice) x.execute(frame));
    }

    @TruffleBoundary
    private Object convert(GoSlice s) {
        int len = s == null ? 0 : s.len;
        if (len < n) {
            throw RuntimePanics.boundsError(n, len, RuntimePanics.BOUNDS_CONVERT, this);
        }
        if (s == null) {
            return null; // nil slice to *[0]T is nil
        }
        return new GoArray(s.store, s.off, (int) n, elem);
    }
}
