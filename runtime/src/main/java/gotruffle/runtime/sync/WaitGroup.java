package gotruffle.runtime.sync;

import gotruffle.runtime.GoRuntimePanic;
import gotruffle.runtime.sched.G;
import gotruffle.runtime.sched.WaitReason;

/**
 * Go's sync.WaitGroup (sync/waitgroup.go): one 64-bit state word, counter in the high half and
 * the number of waiters in the low half, plus a semaphore word the waiters sleep on. Both words
 * are the Go value's own ({@code wg[STATE]}, {@code wg[SEMA]}), so a copy has its own counter
 * (a WaitGroup passed by value is not the caller's); an instance is a WaitGroup of its own.
 */
public final class WaitGroup {
    public static final int STATE = 0;
    public static final int SEMA = 1;
    public static final int WORDS = 2;

    private final long[] words = new long[WORDS];

    public static void add(long[] wg, G g, long delta) {
        long st = (long) Sema.WORDS.getAndAdd(wg, STATE, delta << 32) + (delta << 32);
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
        if ((long) Sema.WORDS.getVolatile(wg, STATE) != st) {
            throw new GoRuntimePanic("sync: WaitGroup misuse: Add called concurrently with Wait");
        }
        Sema.WORDS.setVolatile(wg, STATE, 0L);
        for (; w != 0; w--) {
            Sema.release(wg, SEMA, g, false);
        }
    }

    /** Wait (named await: Object.wait is taken). */
    public static void await(long[] wg, G g) {
        for (;;) {
            long st = (long) Sema.WORDS.getVolatile(wg, STATE);
            int v = (int) (st >> 32);
            if (v == 0) {
                return;
            }
            if (Sema.WORDS.compareAndSet(wg, STATE, st, st + 1)) {
                Sema.acquire(wg, SEMA, g, false, WaitReason.SEMACQUIRE);
                if ((long) Sema.WORDS.getVolatile(wg, STATE) != 0) {
                    throw new GoRuntimePanic("sync: WaitGroup is reused before previous Wait has returned");
                }
                return;
            }
        }
    }

    public void add(G g, long delta) {
        add(words, g, delta);
    }

    public void done(G g) {
        add(words, g, -1);
    }

    /** Wait (named await: Object.wait is taken). */
    public void await(G g) {
        await(words, g);
    }

    /** Current counter (tests, debugging). */
    public int counter() {
        return (int) ((long) Sema.WORDS.getVolatile(words, STATE) >> 32);
    }
}
