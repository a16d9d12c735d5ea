package gotruffle.nodes.expr;

import com.oracle.truffle.api.frame.VirtualFrame;
import gotruffle.nodes.ExprNode;
import gotruffle.nodes.local.ReadLocalNode;
import gotruffle.values.GoStrings;
import gotruffle.values.GoSubstring;

/**
 * A string that may be a view ({@link GoSubstring}), for a consumer that needs a
 * java.lang.String: the compiler wraps every read of a variable that may hold a view, and every
 * call that may return one, in this node; the consumers that accept views take {@link #raw()}
 * instead, so the copy happens only where a String is really needed. A variable's copy replaces
 * the view in its slot (the same string value): later reads need no copy, and the view no longer
 * pins the bytes it was cut from.
 */
public final class FlattenStringNode extends ExprNode {
    @Child private ExprNode raw;
    /** The slot of the variable read, or -1. */
    private final int slot;

    public FlattenStringNode(ExprNode raw) {
        this.raw = raw;
        this.slot = raw instanceof ReadLocalNode r ? r.slot() : -1;
    }

    /** The wrapped node, for a parent that accepts views (only before the tree is adopted). */
    public ExprNode raw() {
        return raw;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object s = raw.execute(frame);
        if (s instanceof GoSubstring v) {
            String flat = GoStrings.flat(v);
            if (slot >= 0) {
                frame.setObject(slot, flat);
            }
            return flat;
        }
        return s;
    }
}
