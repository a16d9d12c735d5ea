package gotruffle.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

/** A Go statement. */
public abstract class StmtNode extends Node {
    public abstract void executeVoid(VirtualFrame frame);
}
