package gotruffle.nodes.stmt;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import gotruffle.nodes.Preemption;
import gotruffle.nodes.StmtNode;
import gotruffle.nodes.control.GotoException;

/**
 * A statement list containing labels that goto statements jump to. Statements run in order; a
 * goto to one of this list's labels (from here or from a nested block: Go forbids jumping into
 * blocks, so the label is always in an enclosing list) resumes at the labeled statement. A
 * backward goto is a loop, so it polls for preemption like a loop back-edge.
 */
public final class GotoBlockNode extends StmtNode {
    @Children private final StmtNode[] stmts;
    @CompilationFinal(dimensions = 1) private final Object[] labels; // per statement: its goto target or null
    @Child private Preemption.Poll poll = new Preemption.Poll();

    public GotoBlockNode(StmtNode[] stmts, Object[] labels) {
        this.stmts = stmts;
        this.labels = labels;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        int pc = 0;
        while (pc < stmts.length) {
            try {
                stmts[pc].executeVoid(frame);
                pc++;
            } catch (GotoException g) {
                int to = indexOf(g.target);
                if (to < 0) {
                    throw g;
                }
                if (to <= pc) {
                    poll.poll(frame);
                }
                pc = to;
            }
        }
    }

    private int indexOf(Object target) {
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == target) {
                return i;
            }
        }
        return -1;
    }
}
