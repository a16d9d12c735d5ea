package gotruffle.nodes.call;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.RootNode;

import java.util.Map;
import java.util.WeakHashMap;

/**
 * The code of a method value x.M: a func value whose env is the bound receiver. It moves the
 * receiver from the env slot into the method's receiver position: {fiber, recv, args...} →
 * {fiber, null, recv, args...}.
 */
public final class BoundMethodRoot extends RootNode {
    private static final Map<RootCallTarget, RootCallTarget> CACHE = new WeakHashMap<>();
    @Child private DirectCallNode call;

    private BoundMethodRoot(TruffleLanguage<?> language, RootCallTarget target) {
        super(language);
        this.call = ExceptionProfiles.direct(target);
    }

    @TruffleBoundary
    public static synchronized RootCallTarget targetFor(TruffleLanguage<?> language, RootCallTarget method) {
        return CACHE.computeIfAbsent(method, m -> new BoundMethodRoot(language, m).getCallTarget());
    }

    /** The method a deferred call of target really runs (recover looks through a method value). */
    public static Object callee(Object target) {
        return target instanceof RootCallTarget t && t.getRootNode() instanceof BoundMethodRoot b ? b.call.getCallTarget() : target;
    }

    @Override
    protected boolean prepareForCompilation(boolean rootCompilation, int tier, boolean lastTier) {
        ExceptionProfiles.makeGeneric(this); // an unwinding stack overflow must not deoptimize each frame (issue 12)
        return true;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object[] in = frame.getArguments();
        Object[] out = new Object[in.length + 1];
        out[0] = in[0];
        out[2] = in[1];
        System.arraycopy(in, 2, out, 3, in.length - 2);
        return call.call(out);
    }

    @Override
    public String getName() {
        return "bound " + call.getCallTarget();
    }
}
