package gotruffle.nodes.call;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.RootNode;
import gotruffle.nodes.control.GoStackOverflow;

/**
 * Makes HotSpot's compiled code of Truffle's call path (OptimizedCallTarget.callDirect) expect
 * exceptions. C2 compiles a handler that never ran as an uncommon trap, and every frame of that
 * code an exception then passes deoptimizes on its own: a stack overflow a million Go calls deep
 * made a million traps (about 5,000 a second: minutes; measured with
 * -Xlog:deoptimization=debug, issue 12). Throwing through a call a few thousand times at start,
 * while the call path is still profiled, puts the handler in its profile once per JVM.
 */
public final class UnwindWarmup extends RootNode {
    private static final int ROUNDS = 20_000;
    private static volatile boolean done;

    private static final class Thrower extends RootNode {
        Thrower(TruffleLanguage<?> language) {
            super(language);
        }

        @Override
        public Object execute(VirtualFrame frame) {
            throw GoStackOverflow.INSTANCE; // the exception itself: C2 profiles its class too
        }
    }

    @Child private DirectCallNode call;

    private UnwindWarmup(TruffleLanguage<?> language) {
        super(language);
        this.call = DirectCallNode.create(new Thrower(language).getCallTarget());
    }

    @Override
    public Object execute(VirtualFrame frame) {
        for (int i = 0; i < ROUNDS; i++) {
            try {
                call.call();
            } catch (GoStackOverflow e) {
                // expected: that is the path being warmed
            }
        }
        return null;
    }

    /** Once per JVM, before the first program runs. */
    public static void run(TruffleLanguage<?> language) {
        if (!done) {
            done = true;
            new UnwindWarmup(language).getCallTarget().call();
        }
    }
}
