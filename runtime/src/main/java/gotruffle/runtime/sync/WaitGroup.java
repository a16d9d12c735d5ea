package gotruffle.runtime.sync;

import gotruffle.runtime.GoRuntimePanic;
import gotruffle.runtime.sched.G;
import gotruffle.runtime.sched.WaitReason;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Go's sync.WaitGroup (sync/waitgroup.go): one 64-bit state, counter in the high half and the
 * number of waiters in the low half, plus a semaphore the waiters sleep on.
 */
public final class WaitGroup {
    private final AtomicLong state = new AtomicLong();
    private final Sema sema = new Sema(0);

    public void add(G g, long delta) {
        long st = state.addAndGet(delta << 32);
        int v = (int) (st >> 32);
        int w = (int) st;
        if (v < 0) {
            throw new GoRuntimePanic("sync: negative WaitGroup counter");
        }
        if (w != 0 && delta > 0 && v == (int) delta) {
            throw new GoRuntimePanic("sync: WaitGroup misuse: Add called concurrently with Wait");
        }
        if (v > 0 || w == 0) {
            return;
        }
        // Counter reached 0 with waiters: nobody may change the state concurrently now.
        if (state.get() != st) {
            throw new GoRuntimePanic("sync: WaitGroup misuse: Add called concurrently with Wait");
        }
        state.set(0);
        for (; w != 0; w--) {
            sema.release(g, false);
        }
    }

    public void done(G g) {
        add(g, -1);
    }

    /** Wait (named await: Object.wait is taken). */
    public void await(G g) {
        for (;;) {
            long st = state.get();
            int v = (int) (st >> 32);
            if (v == 0) {
                return;
            }
            if (state.compareAndSet(st, st + 1)) {
                sema.acquire(g, false, WaitReason.SEMACQUIRE);
                if (state.get() != 0) {
                    throw new GoRuntimePanic("sync: WaitGroup is reused before previous Wait has returned");
                }
                return;
            }
        }
    }

    /** Current counter (tests, debugging). */
    public int counter() {
        return (int) (state.get() >> 32);
    }
}
