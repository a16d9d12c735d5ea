package gotruffle.nodes.stmt;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import gotruffle.nodes.ExprNode;
import gotruffle.nodes.StmtNode;

/**
 * An expression switch (and, with type-test conditions, a type switch): clause conditions are
 * tested in source order (default last), then bodies run from the chosen clause, continuing
 * into the next while a body ends in fallthrough.
 */
public final class SwitchNode extends StmtNode {
    @Children private final ExprNode[] conds; // per clause; null for default
    @Children final StmtNode[] bodies; // (TailReturns replaces bodies before the tree is adopted)
    @CompilerDirectives.CompilationFinal(dimensions = 1) final boolean[] fallthrough;
    private final int defaultIndex;

    public SwitchNode(ExprNode[] conds, StmtNode[] bodies, boolean[] fallthrough, int defaultIndex) {
        this.conds = conds;
        this.bodies = bodies;
        this.fallthrough = fallthrough;
        this.defaultIndex = defaultIndex;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        int chosen = defaultIndex;
        for (int i = 0; i < conds.length; i++) {
            if (conds[i] != null && conds[i].executeBoolean(frame)) {
                chosen = i;
                break;
            }
        }
        if (chosen < 0) {
            return;
        }
        boolean running = false;
        for (int i = 0; i < bodies.length; i++) {
            if (i == chosen) {
                running = true;
            }
            if (running) {
                bodies[i].executeVoid(frame);
                if (!fallthrough[i]) {
                    return;
                }
            }
        }
    }
}
