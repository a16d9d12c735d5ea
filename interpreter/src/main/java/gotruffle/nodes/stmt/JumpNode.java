package gotruffle.nodes.stmt;

import com.oracle.truffle.api.frame.VirtualFrame;
import gotruffle.nodes.StmtNode;
import gotruffle.nodes.control.BreakException;
import gotruffle.nodes.control.ContinueException;
import gotruffle.nodes.control.GotoException;

/** break / continue: throws the preallocated exception of its target statement. */
public final class JumpNode extends StmtNode {
    private final RuntimeException jump;

    public JumpNode(boolean isBreak, Object target) {
        this.jump = isBreak ? new BreakException(target) : new ContinueException(target);
    }

    /** goto: the target is the label's goto target. */
    public JumpNode(Object gotoTarget) {
        this.jump = new GotoException(gotoTarget);
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        throw jump;
    }
}
