package gotruffle.nodes.stmt;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import gotruffle.nodes.StmtNode;

/** A sequence of statements. */
public final class BlockNode extends StmtNode {
    @Children final StmtNode[] stmts; // (TailReturns reads them)

    public BlockNode(StmtNode[] stmts) {
        this.stmts = stmts;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        for (StmtNode s : stmts) {
            s.executeVoid(frame);
        }
    }
}
