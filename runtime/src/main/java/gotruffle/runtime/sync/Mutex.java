package gotruffle.runtime.sync;

import gotruffle.runtime.GoFatalError;
import gotruffle.runtime.sched.G;
import gotruffle.runtime.sched.Sched;
import gotruffle.runtime.sched.WaitReason;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Go's sync.Mutex (sync/mutex.go) with normal and starvation modes. In normal mode waiters queue
 * FIFO but a woken waiter competes with newly arriving goroutines (which usually win: they are
 * running); a waiter that failed for more than 1ms switches the mutex to starvation mode, where
 * Unlock hands ownership directly to the first waiter. Blocking parks the goroutine, never the M.
 */
public final class Mutex implements Locker {
    static final int MUTEX_LOCKED = 1;
    static final int MUTEX_WOKEN = 2;
    static final int MUTEX_STARVING = 4;
    static final int MUTEX_WAITER_SHIFT = 3;
    private static final long STARVATION_THRESHOLD_NS = 1_000_000;
    private static final int ACTIVE_SPIN = 4;
    private static final int ACTIVE_SPIN_CNT = 30;

    private final AtomicInteger state = new AtomicInteger();
    private final Sema sema = new Sema(0);

    @Override
    public void lock(G g) {
        if (state.compareAndSet(0, MUTEX_LOCKED)) {
            return;
        }
        lockSlow(g);
    }

    public boolean tryLock() {
        int old = state.get();
        if ((old & (MUTEX_LOCKED | MUTEX_STARVING)) != 0) {
            return false;
        }
        return state.compareAndSet(old, old | MUTEX_LOCKED);
    }

    private void lockSlow(G g) {
        long waitStartTime = 0;
        boolean starving = false;
        boolean awoke = false;
        int iter = 0;
        int old = state.get();
        for (;;) {
            // Spin only while locked in normal mode and spinning can help (Go's canSpin).
            if ((old & (MUTEX_LOCKED | MUTEX_STARVING)) == MUTEX_LOCKED && canSpin(g, iter)) {
                if (!awoke && (old & MUTEX_WOKEN) == 0 && (old >>> MUTEX_WAITER_SHIFT) != 0
                                && state.compareAndSet(old, old | MUTEX_WOKEN)) {
                    awoke = true;
                }
                for (int i = 0; i < ACTIVE_SPIN_CNT; i++) {
                    Thread.onSpinWait();
                }
                iter++;
                old = state.get();
                continue;
            }
            int nw = old;
            if ((old & MUTEX_STARVING) == 0) {
                nw |= MUTEX_LOCKED;
            }
            if ((old & (MUTEX_LOCKED | MUTEX_STARVING)) != 0) {
                nw += 1 << MUTEX_WAITER_SHIFT;
            }
            if (starving && (old & MUTEX_LOCKED) != 0) {
                nw |= MUTEX_STARVING;
            }
            if (awoke) {
                if ((nw & MUTEX_WOKEN) == 0) {
                    throw new GoFatalError("sync: inconsistent mutex state");
                }
                nw &= ~MUTEX_WOKEN;
            }
            if (state.compareAndSet(old, nw)) {
                if ((old & (MUTEX_LOCKED | MUTEX_STARVING)) == 0) {
                    return; // locked with the CAS
                }
                boolean queueLifo = waitStartTime != 0;
                if (waitStartTime == 0) {
                    waitStartTime = Sched.nanotime();
                }
                sema.acquire(g, queueLifo, WaitReason.SEMACQUIRE);
                starving = starving || Sched.nanotime() - waitStartTime > STARVATION_THRESHOLD_NS;
                old = state.get();
                if ((old & MUTEX_STARVING) != 0) {
                    // Ownership was handed to us; fix up the state.
                    if ((old & (MUTEX_LOCKED | MUTEX_WOKEN)) != 0 || (old >>> MUTEX_WAITER_SHIFT) == 0) {
                        throw new GoFatalError("sync: inconsistent mutex state");
                    }
                    int delta = MUTEX_LOCKED - (1 << MUTEX_WAITER_SHIFT);
                    if (!starving || (old >>> MUTEX_WAITER_SHIFT) == 1) {
                        delta -= MUTEX_STARVING;
                    }
                    state.addAndGet(delta);
                    return;
                }
                awoke = true;
                iter = 0;
            } else {
                old = state.get();
            }
        }
    }

    private static boolean canSpin(G g, int iter) {
        if (iter >= ACTIVE_SPIN || Sched.numCPU() <= 1) {
            return false;
        }
        Sched s = g.sched();
        if (s.gomaxprocs() <= s.idleAndSpinning() + 1) {
            return false;
        }
        return !s.localRunqNonEmpty(g);
    }

    @Override
    public void unlock(G g) {
        int nw = state.addAndGet(-MUTEX_LOCKED);
        if (nw != 0) {
            unlockSlow(g, nw);
        }
    }

    private void unlockSlow(G g, int nw) {
        if (((nw + MUTEX_LOCKED) & MUTEX_LOCKED) == 0) {
            throw new GoFatalError("sync: unlock of unlocked mutex");
        }
        if ((nw & MUTEX_STARVING) == 0) {
            int old = nw;
            for (;;) {
                // No waiters, or someone is already woken/locked it: nothing to do.
                if ((old >>> MUTEX_WAITER_SHIFT) == 0 || (old & (MUTEX_LOCKED | MUTEX_WOKEN | MUTEX_STARVING)) != 0) {
                    return;
                }
                int next = (old - (1 << MUTEX_WAITER_SHIFT)) | MUTEX_WOKEN;
                if (state.compareAndSet(old, next)) {
                    sema.release(g, false);
                    return;
                }
                old = state.get();
            }
        } else {
            // Starvation: hand the mutex to the next waiter and let it run now.
            sema.release(g, true);
        }
    }

    /** Whether the mutex is currently in starvation mode (tests). */
    boolean isStarving() {
        return (state.get() & MUTEX_STARVING) != 0;
    }
}
