package gotruffle.nodes.conc;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import gotruffle.GoContext;
import gotruffle.nodes.ExprNode;
import gotruffle.nodes.StmtNode;
import gotruffle.nodes.call.DeferNodes;
import gotruffle.nodes.call.DeferredCall;
import gotruffle.runtime.sched.G;

/**
 * go close(ch), go println(x)... : the builtin's arguments are evaluated by the calling
 * goroutine, then a new goroutine runs the builtin's action on them (the same actions defer
 * records for builtins).
 */
public final class GoBuiltinNode extends StmtNode {
    @Children private final ExprNode[] args;
    private final DeferredCall.Invoker action;

    public GoBuiltinNode(ExprNode[] args, DeferredCall.Invoker action) {
        this.args = args;
        this.action = action;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        start(Goroutines.g(frame), new DeferredCall(null, null, DeferNodes.evaluate(frame, args), action));
    }

    @TruffleBoundary
    private void start(G g, DeferredCall call) {
        g.sched().newproc(g, Goroutines.body(GoContext.get(this), call, this));
    }
}
