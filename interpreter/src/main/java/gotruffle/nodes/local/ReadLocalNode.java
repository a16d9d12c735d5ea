package gotruffle.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;
import gotruffle.nodes.ExprNode;

/** Reads a variable kept unboxed (or as an Object) in a frame slot; rep is constant, so the switch folds away. */
public final class ReadLocalNode extends ExprNode {
    private final int slot;
    private final Rep rep;

    public ReadLocalNode(int slot, Rep rep) {
        this.slot = slot;
        this.rep = rep;
    }

    public int slot() {
        return slot;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return switch (rep) {
            case LONG -> frame.getLong(slot);
            case DOUBLE -> frame.getDouble(slot);
            case BOOLEAN -> frame.getBoolean(slot);
            case OBJECT -> frame.getObject(slot);
        };
    }

    @Override
    public long executeLong(VirtualFrame frame) {
        if (rep == Rep.OBJECT) {
            return (Long) frame.getObject(slot); // temporaries hold boxed values
        }
        return frame.getLong(slot);
    }

    @Override
    public double executeDouble(VirtualFrame frame) {
        if (rep == Rep.OBJECT) {
            return (Double) frame.getObject(slot);
        }
        return frame.getDouble(slot);
    }

    @Override
    public boolean executeBoolean(VirtualFrame frame) {
        if (rep == Rep.OBJECT) {
            return (Boolean) frame.getObject(slot);
        }
        return frame.getBoolean(slot);
    }
}
