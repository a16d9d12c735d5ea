package gotruffle.nodes.stmt;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.CountingConditionProfile;
import gotruffle.nodes.ExprNode;
import gotruffle.nodes.StmtNode;

/** if cond { then } else { els }; the profile lets the compiler drop a branch that never ran. */
public final class IfNode extends StmtNode {
    @Child private ExprNode cond;
    @Child StmtNode then; // (TailReturns replaces branches before the tree is adopted)
    @Child StmtNode els;
    private final CountingConditionProfile profile = CountingConditionProfile.create();

    public IfNode(ExprNode cond, StmtNode then, StmtNode els) {
        this.cond = cond;
        this.then = then;
        this.els = els;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (profile.profile(cond.executeBoolean(frame))) {
            then.executeVoid(frame);
        } else if (els != null) {
            els.executeVoid(frame);
        }
    }
}
