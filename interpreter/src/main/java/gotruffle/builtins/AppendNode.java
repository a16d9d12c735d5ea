package gotruffle.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import gotruffle.nodes.ExprNode;
import gotruffle.types.Type;
import gotruffle.values.GoSlice;
import gotruffle.values.SizeClasses;
import gotruffle.values.Stores;
import gotruffle.values.Values;

/**
 * append(s, x...) with Go 1.19's growth rule (double below 256 elements, then grow by
 * (n + 3*256)/4 until enough, then round up to the allocator's size class), because programs
 * print cap() after appends and expect Go's numbers.
 */
public final class AppendNode extends ExprNode {
    @Child private ExprNode slice;
    @Children private final ExprNode[] elems;
    /** append(s, t...) : the second operand is a slice (or string for []byte). */
    @Child private ExprNode spread;
    private final Type elem;
    private final long elemSize;
    /** The store kind of a primitive element type (append(s, x) with room writes in place), else OTHER. */
    private final int kind;
    private static final int OTHER = 0, BYTES = 1, LONGS = 2, DOUBLES = 3;

    public AppendNode(ExprNode slice, ExprNode[] elems, ExprNode spread, Type elem) {
        this.slice = slice;
        this.elems = elems;
        this.spread = spread;
        this.elem = elem;
        this.elemSize = SizeClasses.sizeof(elem);
        this.kind = Values.isByte(elem) ? BYTES : elem.isInteger() ? LONGS : elem.isFloat() ? DOUBLES : OTHER;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        GoSlice s = (GoSlice) slice.execute(frame);
        if (spread != null) {
            Object o = spread.execute(frame);
            return appendAll(s, o);
        }
        int n = elems.length;
        if (n == 0) {
            return s;
        }
        if (n == 1 && kind != OTHER && s != null && s.len < s.cap) {
            return appendInPlace(frame, s);
        }
        Object[] vals = new Object[n];
        for (int i = 0; i < n; i++) {
            vals[i] = elems[i].execute(frame);
        }
        return appendValues(s, vals);
    }

    /** append(s, x) of a primitive x into s's spare capacity: no boxing, no call out of compiled code. */
    private GoSlice appendInPlace(VirtualFrame frame, GoSlice s) {
        int p = s.off + s.len;
        switch (kind) {
            case BYTES -> ((byte[]) s.store)[p] = (byte) elems[0].executeLong(frame);
            case LONGS -> ((long[]) s.store)[p] = elems[0].executeLong(frame);
            default -> ((double[]) s.store)[p] = elems[0].executeDouble(frame);
        }
        return new GoSlice(s.store, s.off, s.len + 1, s.cap);
    }

    @TruffleBoundary
    private GoSlice appendValues(GoSlice s, Object[] vals) {
        GoSlice r = grow(s, vals.length);
        int base = r.off + (s == null ? 0 : s.len);
        for (int i = 0; i < vals.length; i++) {
            Stores.set(r.store, base + i, vals[i]);
        }
        return r;
    }

    @TruffleBoundary
    private GoSlice appendAll(GoSlice s, Object o) {
        if (o instanceof String str) {
            int n = str.length();
            if (n == 0) {
                return s;
            }
            GoSlice r = grow(s, n);
            Stores.putString(str, 0, n, (byte[]) r.store, r.off + (s == null ? 0 : s.len));
            return r;
        }
        GoSlice t = (GoSlice) o;
        if (t == null || t.len == 0) {
            return s;
        }
        int n = t.len;
        // copy the source first: it may overlap the destination
        Object tmp = Stores.newLike(t.store, n);
        System.arraycopy(t.store, t.off, tmp, 0, n);
        GoSlice r = grow(s, n);
        int base = r.off + (s == null ? 0 : s.len);
        if (elem.isAggregate()) {
            Object[] src = (Object[]) tmp;
            Object[] dst = (Object[]) r.store;
            for (int i = 0; i < n; i++) {
                dst[base + i] = Values.copyAggregate(src[i]);
            }
        } else {
            System.arraycopy(tmp, 0, r.store, base, n);
        }
        return r;
    }

    /** A slice of length len(s)+n sharing s's array when it has room, else a new array of Go's grown capacity. */
    private GoSlice grow(GoSlice s, int n) {
        int oldLen = s == null ? 0 : s.len;
        int oldCap = s == null ? 0 : s.cap;
        int newLen = oldLen + n;
        if (s != null && newLen <= oldCap) {
            return new GoSlice(s.store, s.off, newLen, oldCap);
        }
        int newCap = SizeClasses.growCap(oldCap, newLen, elemSize);
        Object store = Values.newStore(elem, newCap);
        if (s != null && oldLen > 0) {
            if (elem.isAggregate()) {
                Object[] src = (Object[]) s.store;
                Object[] dst = (Object[]) store;
                for (int i = 0; i < oldLen; i++) {
                    dst[i] = Values.copyAggregate(src[s.off + i]);
                }
            } else {
                System.arraycopy(s.store, s.off, store, 0, oldLen);
            }
        }
        return new GoSlice(store, 0, newLen, newCap);
    }
}
