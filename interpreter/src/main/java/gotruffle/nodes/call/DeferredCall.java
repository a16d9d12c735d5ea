package gotruffle.nodes.call;

import com.oracle.truffle.api.CallTarget;
import gotruffle.nodes.Fiber;

/** A call recorded by defer: the function and its arguments, evaluated at the defer statement. */
public record DeferredCall(CallTarget target, Object env, Object[] args, Invoker invoker) {
    /** How to run it: a Go function call, or a builtin (close, panic, print...) captured as a closure. */
    public interface Invoker {
        void invoke(Fiber fiber, DeferredCall call);
    }

    /**
     * A builtin that acts as if its deferring function called it at its end (defer recover()):
     * it sees the panic that function's own caller was running, not the one its deferral runs for.
     */
    public interface InCaller extends Invoker {}

    public void invoke(Fiber fiber) {
        if (invoker != null) {
            invoker.invoke(fiber, this);
            return;
        }
        Object[] a = new Object[args.length + 2];
        a[0] = fiber;
        a[1] = env;
        System.arraycopy(args, 0, a, 2, args.length);
        target.call(a);
    }
}
