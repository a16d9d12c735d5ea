package gotruffle.runtime.sched;

import jdk.internal.vm.Continuation;
import jdk.internal.vm.ContinuationScope;

/**
 * The only place that touches {@code jdk.internal.vm.Continuation}: a goroutine's stack that can
 * be suspended anywhere in its call chain and resumed later, possibly on another thread.
 *
 * <p>{@link #resume()} runs on an M's thread (Go's {@code gogo}); {@link #yieldToM()} runs inside
 * the goroutine and returns control to the M that resumed it (Go's {@code mcall}). Callers must not
 * hold a Java monitor or an owner-checked lock across {@link #yieldToM()}: the goroutine may
 * continue on another thread.
 */
final class Coroutine extends Continuation {
    static final ContinuationScope SCOPE = new ContinuationScope("goroutine");

    Coroutine(G body) {
        super(SCOPE, body);
    }

    /** Mounts the goroutine's stack on the current (M) thread and runs it until it yields or ends. */
    void resume() {
        run();
    }

    /** Suspends the running goroutine; {@link #resume()} on some M continues after this call. */
    static void yieldToM() {
        Continuation.yield(SCOPE);
    }

    @Override
    protected void onPinned(Pinned reason) {
        throw new IllegalStateException("runtime: goroutine cannot park: its stack is pinned (" + reason
                        + "); a native frame or critical section is active");
    }
}
