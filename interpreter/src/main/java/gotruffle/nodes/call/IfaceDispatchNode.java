package gotruffle.nodes.call;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;
import gotruffle.GoContext;
import gotruffle.types.Type;

/**
 * Interface method dispatch with a polymorphic inline cache keyed on the dynamic type: a
 * monomorphic call site becomes a type check plus a direct (inlinable) call.
 */
@ImportStatic(ExceptionProfiles.class)
public abstract class IfaceDispatchNode extends Node {
    protected final String method;

    protected IfaceDispatchNode(String method) {
        this.method = method;
    }

    public abstract Object executeDispatch(Type dynType, Object[] args);

    @Specialization(guards = "dynType == cachedType", limit = "4")
    protected static Object doCached(Type dynType, Object[] args,
                                     @Cached("dynType") Type cachedType,
                                     @Cached("direct(lookup(cachedType))") DirectCallNode call) {
        return call.call(args);
    }

    @Specialization(replaces = "doCached")
    protected Object doGeneric(Type dynType, Object[] args, @Cached("indirect()") IndirectCallNode call) {
        return call.call(lookup(dynType), args);
    }

    protected RootCallTarget lookup(Type t) {
        RootCallTarget target = GoContext.get(this).methods.lookup(t, method);
        if (target == null) {
            throw new IllegalStateException("method " + method + " not found on " + t.toString(true));
        }
        return target;
    }
}
