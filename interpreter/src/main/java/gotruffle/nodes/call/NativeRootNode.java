package gotruffle.nodes.call;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import gotruffle.GoContext;
import gotruffle.nodes.Fiber;
import gotruffle.nodes.GoStack;
import gotruffle.nodes.RuntimePanics;
import gotruffle.runtime.GoFatalError;
import gotruffle.values.GoRuntimeError;

import java.util.Arrays;

/** The root of a standard-library function implemented in Java (see Native). */
public final class NativeRootNode extends RootNode {
    private final Native impl;
    private final String name;

    public NativeRootNode(TruffleLanguage<?> language, String name, Native impl) {
        super(language);
        this.name = name;
        this.impl = impl;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object[] a = frame.getArguments();
        return invoke(GoContext.get(this), (Fiber) a[0], a);
    }

    @TruffleBoundary
    private Object invoke(GoContext ctx, Fiber fiber, Object[] a) {
        try {
            return impl.call(ctx, fiber, Arrays.copyOfRange(a, 2, a.length));
        } catch (GoRuntimeError e) {
            if (RuntimePanics.NIL_DEREF.equals(e.getMessage())) {
                throw RuntimePanics.nilDeref(this); // a fault in Go: reported with its SIGSEGV line
            }
            throw RuntimePanics.runtimeError(e.getMessage(), this);
        } catch (GoFatalError e) {
            // the scheduler prints the report after the goroutine's stack is gone: walk it now
            if (fiber != null && fiber.fatalStack == null) {
                fiber.fatalStack = GoStack.current(fiber);
            }
            throw e;
        }
    }

    @Override
    public String getName() {
        return name;
    }
}
