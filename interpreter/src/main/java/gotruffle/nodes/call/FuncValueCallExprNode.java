package gotruffle.nodes.call;

import com.oracle.truffle.api.frame.VirtualFrame;
import gotruffle.nodes.ExprNode;
import gotruffle.nodes.RuntimePanics;
import gotruffle.nodes.SourceLines;
import gotruffle.values.GoFunc;

/** f(args) where f is a func value (variable, closure, method value); nil panics like Go. */
public final class FuncValueCallExprNode extends ExprNode implements SourceLines.CallSite {
    /** Source line of the call, for stack walks. */
    public int line;
    /** Its column, or 0 (for line directives). */
    public int col;

    @Override
    public int col() {
        return col;
    }

    @Override
    public int line() {
        return line;
    }

    @Child private ExprNode fn;
    @Child private ArgsNode args;
    @Child private FuncValueCallNode call = FuncValueCallNodeGen.create();

    public FuncValueCallExprNode(ExprNode fn, ArgsNode args) {
        this.fn = fn;
        this.args = args;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        GoFunc f = (GoFunc) fn.execute(frame);
        if (f == null) {
            throw RuntimePanics.nilDeref(this);
        }
        return call.executeCall(f.target, args.build(frame, f.env));
    }
}
