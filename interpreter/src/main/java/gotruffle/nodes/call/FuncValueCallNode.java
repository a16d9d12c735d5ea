package gotruffle.nodes.call;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;

/** Calls a func value's code with an inline cache on the target (closures of one literal share it). */
@ImportStatic(ExceptionProfiles.class)
public abstract class FuncValueCallNode extends Node {
    public abstract Object executeCall(RootCallTarget target, Object[] args);

    @Specialization(guards = "target == cachedTarget", limit = "3")
    protected static Object doDirect(RootCallTarget target, Object[] args,
                                     @Cached("target") RootCallTarget cachedTarget,
                                     @Cached("direct(cachedTarget)") DirectCallNode call) {
        return call.call(args);
    }

    @Specialization(replaces = "doDirect")
    protected static Object doIndirect(RootCallTarget target, Object[] args,
                                       @Cached("indirect()") IndirectCallNode call) {
        return call.call(target, args);
    }
}
