package gotruffle.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;
import gotruffle.nodes.ExprNode;
import gotruffle.nodes.StmtNode;

/** Stores a value into a frame slot in the slot's representation. */
public final class WriteLocalNode extends StmtNode {
    private final int slot;
    private final Rep rep;
    @Child private ExprNode value;

    public WriteLocalNode(int slot, Rep rep, ExprNode value) {
        this.slot = slot;
        this.rep = rep;
        this.value = value;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        switch (rep) {
            case LONG -> frame.setLong(slot, value.executeLong(frame));
            case DOUBLE -> frame.setDouble(slot, value.executeDouble(frame));
            case BOOLEAN -> frame.setBoolean(slot, value.executeBoolean(frame));
            case OBJECT -> frame.setObject(slot, value.execute(frame));
        }
    }

    /** Stores an already computed (boxed) value; used by tuple assignment and range loops. */
    public static void store(VirtualFrame frame, int slot, Rep rep, Object v) {
        switch (rep) {
            case LONG -> frame.setLong(slot, (Long) v);
            case DOUBLE -> frame.setDouble(slot, (Double) v);
            case BOOLEAN -> frame.setBoolean(slot, (Boolean) v);
            case OBJECT -> frame.setObject(slot, v);
        }
    }
}
