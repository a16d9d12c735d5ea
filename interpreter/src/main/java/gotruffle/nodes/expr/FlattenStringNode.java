package gotruffle.nodes.expr;

import com.oracle.truffle.api.frame.VirtualFrame;
import gotruffle.nodes.ExprNode;
import gotruffle.nodes.local.ReadLocalNode;
import gotruffle.values.GoStrings;
import gotruffle.values.GoSubstring;

/**
 * Reads a string variable that may hold a view ({@link GoSubstring}) for a consumer that needs
 * a java.lang.String. The compiler wraps every read of such a variable in this node; the
 * consumers that accept views take {@link #raw()} instead, so the copy happens only where a
 * String is really needed. The copy replaces the view in the variable's slot (the same string
 * value): later reads need no copy, and the view no longer pins the bytes it was cut from.
 */
public final class FlattenStringNode extends ExprNode {
    @Child private ReadLocalNode raw;
    private final int slot;

    public FlattenStringNode(ReadLocalNode raw) {
        this.raw = raw;
        this.slot = raw.slot();
    }

    /** The wrapped read, for a parent that accepts views (only before the tree is adopted). */
    public ExprNode raw() {
        return raw;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object s = raw.execute(frame);
        if (s instanceof GoSubstring v) {
            String flat = GoStrings.flat(v);
            frame.setObject(slot, flat);
            return flat;
        }
        return s;
    }
}
