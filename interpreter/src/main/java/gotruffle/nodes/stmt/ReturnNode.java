package gotruffle.nodes.stmt;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import gotruffle.nodes.StmtNode;
import gotruffle.nodes.control.ReturnException;

/**
 * return: the stores into the result variables run first, then the function root is reached by a
 * (preallocated) exception, unless the return is the last thing its function runs (a tail return,
 * TailReturns): then the body just ends.
 */
public final class ReturnNode extends StmtNode {
    @Children private final StmtNode[] stores;
    private final boolean tail;

    public ReturnNode(StmtNode[] stores) {
        this(stores, false);
    }

    private ReturnNode(StmtNode[] stores, boolean tail) {
        this.stores = stores;
        this.tail = tail;
    }

    /** The same return as a tail return (before the tree is adopted). */
    ReturnNode asTail() {
        ReturnNode r = new ReturnNode(stores, true);
        r.line = line;
        return r;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        for (StmtNode s : stores) {
            s.executeVoid(frame);
        }
        if (!tail) {
            throw ReturnException.INSTANCE;
        }
    }
}
