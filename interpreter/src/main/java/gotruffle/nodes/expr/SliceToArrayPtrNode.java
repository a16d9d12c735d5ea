package gotruffle.nodes.expr;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import gotruffle.nodes.ExprNode;
import gotruffle.nodes.RuntimePanics;
import gotruffle.types.Type;
import gotruffle.values.GoArray;
import gotruffle.values.GoSlice;
import gotruffle.values.Stores;

/**
 * (*[N]T)(s), Go 1.17's slice to array pointer conversion. The pointer must alias the slice's
 * elements; an array here owns a whole store, so aliasing works when the slice starts at its
 * store's beginning and the store has exactly N elements. Other slices fail loudly rather than
 * silently copying.
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
        if (s.off == 0 && Stores.length(s.store) == n) {
            return new GoArray(s.store, elem);
        }
        // A Go panic (not an internal error): the program stops with its goroutine trace, which
        // names the line of the conversion.
        throw RuntimePanics.plain("unsupported: converting a slice that is not its whole backing array to an array pointer", this);
    }
}
