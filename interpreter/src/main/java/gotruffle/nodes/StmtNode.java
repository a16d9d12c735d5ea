package gotruffle.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

/**
 * A Go statement. {@code line} is its source line (0 when synthesized), read only when a stack is
 * walked (runtime.Caller, tracebacks): the nearest enclosing statement or call gives a frame's line.
 */
public abstract class StmtNode extends Node {
    public int line;

    public abstract void executeVoid(VirtualFrame frame);
}
