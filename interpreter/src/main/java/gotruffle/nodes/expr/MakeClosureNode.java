package gotruffle.nodes.expr;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import gotruffle.nodes.ExprNode;
import gotruffle.values.GoFunc;

/** A function literal: its code plus the Cells of the variables it captures (shared with the enclosing function). */
public final class MakeClosureNode extends ExprNode {
    private final RootCallTarget target;
    @Children private final ExprNode[] captures;

    public MakeClosureNode(RootCallTarget target, ExprNode[] captures) {
        this.target = target;
        this.captures = captures;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        if (captures.length == 0) {
            return new GoFunc(target, null);
        }
        Object[] env = new Object[captures.length];
        for (int i = 0; i < captures.length; i++) {
            env[i] = captures[i].execute(frame);
        }
        return new GoFunc(target, env);
    }
}
