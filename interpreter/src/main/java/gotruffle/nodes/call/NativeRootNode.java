package gotruffle.nodes.call;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import gotruffle.GoContext;
import gotruffle.nodes.Fiber;
import gotruffle.nodes.RuntimePanics;
import gotruffle.runtime.GoFatalError;
import gotruffle.values.GoRuntimeError;
import gotruffle.values.GoStrings;
import gotruffle.values.GoSubstring;

import java.util.Arrays;

/** The root of a standard-library function implemented in Java (see Native). */
public final class NativeRootNode extends RootNode {
    private final Native impl;
    private final String name;
    private final boolean takesViews;
    private final boolean returnsViews;

    public NativeRootNode(TruffleLanguage<?> language, String name, Native impl) {
        super(language);
        this.name = name;
        this.impl = impl;
        this.takesViews = impl instanceof Native.TakesViews;
        this.returnsViews = impl instanceof Native.ReturnsViews;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object[] a = frame.getArguments();
        return invoke(GoContext.get(this), (Fiber) a[0], a);
    }

    @TruffleBoundary
    private Object invoke(GoContext ctx, Fiber fiber, Object[] a) {
        try {
            Object[] args = Arrays.copyOfRange(a, 2, a.length);
            if (!takesViews) {
                for (int i = 0; i < args.length; i++) {
                    if (args[i] instanceof GoSubstring s) {
                        args[i] = GoStrings.flat(s); // natives get Strings unless they read views (Native.TakesViews)
                    }
                }
            }
            Object r = impl.call(ctx, fiber, args);
            if (returnsViews && r instanceof GoSubstring v && a[1] != FuncRootNode.VIEW_RESULT) {
                return GoStrings.flat(v);
            }
            return r;
        } catch (GoRuntimeError e) {
            if (RuntimePanics.NIL_DEREF.equals(e.getMessage())) {
                throw RuntimePanics.nilDeref(this); // a fault in Go: reported with its SIGSEGV line
            }
            throw RuntimePanics.runtimeError(e.getMessage(), this);
        } catch (GoFatalError e) {
            RuntimePanics.recordFatalStack(fiber, null);
            throw e;
        }
    }

    @Override
    public String getName() {
        return name;
    }
}
