package gotruffle.builtins;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.VirtualFrame;
import gotruffle.nodes.StmtNode;
import gotruffle.nodes.call.DeferredCall;
import gotruffle.nodes.call.FuncRootNode;

/** defer recover(): recovers as if the deferring function called recover() at its end. */
public final class DeferRecoverNode extends StmtNode {
    private final int slot;

    public DeferRecoverNode(int slot) {
        this.slot = slot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        RootCallTarget me = getRootNode().getCallTarget();
        DeferredCall.InCaller action = (fiber, d) -> MiscBuiltins.Recover.recover(fiber, me);
        FuncRootNode.Defers.push(frame, slot, new DeferredCall(null, null, new Object[0], action));
    }
}
