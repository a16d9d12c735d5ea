package gotruffle.nodes.call;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import gotruffle.GoContext;
import gotruffle.nodes.RuntimePanics;
import gotruffle.values.Iface;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The code of a method expression on an interface type (I.M): a function whose first parameter
 * is the interface value; it dispatches on that value's dynamic type.
 */
public final class IfaceMethodExprRoot extends RootNode {
    private static final Map<String, RootCallTarget> CACHE = new ConcurrentHashMap<>();
    private final String method;
    @Child private IfaceDispatchNode dispatch;

    private IfaceMethodExprRoot(TruffleLanguage<?> language, String method) {
        super(language);
        this.method = method;
        this.dispatch = IfaceDispatchNodeGen.create(method);
    }

    @TruffleBoundary
    public static RootCallTarget targetFor(TruffleLanguage<?> language, String method) {
        return CACHE.computeIfAbsent(method, m -> new IfaceMethodExprRoot(language, m).getCallTarget());
    }

    @Override
    protected boolean prepareForCompilation(boolean rootCompilation, int tier, boolean lastTier) {
        ExceptionProfiles.makeGeneric(this); // an unwinding stack overflow must not deoptimize each frame (issue 12)
        return true;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object[] args = frame.getArguments().clone();
        Iface recv = (Iface) args[2];
        if (recv == null) {
            throw RuntimePanics.nilDeref(this);
        }
        args[2] = recv.value;
        return dispatch.executeDispatch(recv.type, args);
    }

    @Override
    public String getName() {
        return "interface method " + method;
    }
}
