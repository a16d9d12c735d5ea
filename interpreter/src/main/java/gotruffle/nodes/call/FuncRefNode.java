package gotruffle.nodes.call;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import gotruffle.nodes.ExprNode;
import gotruffle.values.GoFunc;

/** A top-level function used as a value: one GoFunc, made on first use (its body compiles lazily). */
public final class FuncRefNode extends ExprNode {
    private final FuncDef def;
    @CompilerDirectives.CompilationFinal private GoFunc value;

    public FuncRefNode(FuncDef def) {
        this.def = def;
    }

    public FuncDef def() {
        return def;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        if (value == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            value = new GoFunc(def.target(), null);
        }
        return value;
    }
}
