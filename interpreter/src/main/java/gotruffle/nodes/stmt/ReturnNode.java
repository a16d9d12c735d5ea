package gotruffle.nodes.stmt;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import gotruffle.nodes.StmtNode;
import gotruffle.nodes.control.ReturnException;

/** return: the stores into the result variables run first, then the function root is reached by a (preallocated) exception. */
public final class ReturnNode extends StmtNode {
    @Children private final StmtNode[] stores;

    public ReturnNode(StmtNode[] stores) {
        this.stores = stores;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        for (StmtNode s : stores) {
            s.executeVoid(frame);
        }
        throw ReturnException.INSTANCE;
    }
}
