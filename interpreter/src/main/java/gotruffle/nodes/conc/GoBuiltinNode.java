package gotruffle.nodes.conc;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import gotruffle.GoContext;
import gotruffle.nodes.ExprNode;
import gotruffle.nodes.StmtNode;
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
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        Object[] a = new Object[args.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = args[i].execute(frame);
        }
        start(Goroutines.g(frame), new DeferredCall(null, null, a, action));
    }

    @TruffleBoundary
    private void start(G g, DeferredCall call) {
        g.sched().newproc(g, Goroutines.body(GoContext.get(this), call, this));
    }
}
