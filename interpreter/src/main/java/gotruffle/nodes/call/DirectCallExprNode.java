package gotruffle.nodes.call;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import gotruffle.nodes.ExprNode;
import gotruffle.nodes.SourceLines;

/** A call of a statically known function or method: a DirectCallNode, so Truffle can inline and split it. */
public final class DirectCallExprNode extends ExprNode implements SourceLines.CallSite {
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

    private final FuncDef def;
    private final boolean method;
    /** The consumer takes a string view as the result (FuncRootNode.VIEW_RESULT in the env argument). */
    @CompilationFinal private boolean viewResult;
    @Child private ArgsNode args;
    @Child private ExprNode recv;
    @Child private DirectCallNode call;

    /** recv is null for plain functions; for methods it computes the receiver argument. */
    public DirectCallExprNode(FuncDef def, ExprNode recv, ArgsNode args) {
        this.def = def;
        this.recv = recv;
        this.method = recv != null;
        this.args = args;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        if (call == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            call = insert(ExceptionProfiles.direct(def.target()));
        }
        Object[] a = method ? args.buildWithReceiver(frame, recv.execute(frame)) : args.build(frame, null);
        if (viewResult) {
            a[1] = FuncRootNode.VIEW_RESULT; // a declared function or method has no closure environment
        }
        return call.call(a);
    }

    /** Only before adoption, by the compiler. */
    public void setViewResult() {
        viewResult = true;
    }
}
