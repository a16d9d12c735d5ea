package gotruffle.nodes.conc;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import gotruffle.GoContext;
import gotruffle.nodes.ExprNode;
import gotruffle.nodes.RuntimePanics;
import gotruffle.nodes.StmtNode;
import gotruffle.nodes.call.ArgsNode;
import gotruffle.runtime.sched.G;
import gotruffle.values.GoFunc;

/**
 * go f(args): the function value and arguments are evaluated by the calling goroutine, then a
 * new goroutine runs the call (newproc puts it in the caller's runnext, as Go).
 */
public final class GoStmtNode extends StmtNode {
    /** The function value (a bound method value for go x.M(...)). */
    @Child private ExprNode fn;
    @Child private ArgsNode args;

    public GoStmtNode(ExprNode fn, ArgsNode args) {
        this.fn = fn;
        this.args = args;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object f = fn.execute(frame);
        Object[] a = args.values(frame);
        G g = Goroutines.g(frame);
        if (f == null) {
            throw RuntimePanics.nilDeref(this);
        }
        start(g, f, a);
    }

    @TruffleBoundary
    private void start(G g, Object f, Object[] a) {
        // method calls arrive as bound method values: one GoFunc in every case
        GoFunc gf = (GoFunc) f;
        g.sched().newproc(g, Goroutines.body(GoContext.get(this), gf.target, gf.env, a, this));
    }
}
