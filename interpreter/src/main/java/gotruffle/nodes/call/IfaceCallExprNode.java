package gotruffle.nodes.call;

import com.oracle.truffle.api.frame.VirtualFrame;
import gotruffle.nodes.ExprNode;
import gotruffle.nodes.RuntimePanics;
import gotruffle.nodes.SourceLines;
import gotruffle.values.Iface;

/** x.M(args) where x has interface type; a nil interface panics with a nil dereference, as in Go. */
public final class IfaceCallExprNode extends ExprNode implements SourceLines.CallSite {
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

    @Child private ExprNode recv;
    @Child private ArgsNode args;
    @Child private IfaceDispatchNode dispatch;

    public IfaceCallExprNode(ExprNode recv, String method, ArgsNode args) {
        this.recv = recv;
        this.args = args;
        this.dispatch = IfaceDispatchNodeGen.create(method);
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Iface i = (Iface) recv.execute(frame);
        if (i == null) {
            throw RuntimePanics.nilDeref(this);
        }
        Object[] a = args.buildWithReceiver(frame, i.value);
        return dispatch.executeDispatch(i.type, a);
    }
}
