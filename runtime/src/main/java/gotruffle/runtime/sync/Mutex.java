package gotruffle.runtime.sync;

import gotruffle.runtime.GoFatalError;
import gotruffle.runtime.sched.G;
import gotruffle.runtime.sched.Sched;
import gotruffle.runtime.sched.WaitReason;


/**
 * Go's sync.Mutex (sync/mutex.go) with normal and starvation modes. In normal mode waiters queue
 * FIFO but a woken waiter competes with newly arriving goroutines (which usually win: they are
 * running); a waiter that failed for more than 1ms switches the mutex to starvation mode, where
 * Unlock hands ownership directly to the first waiter. Blocking parks the goroutine, never the M.
 *
 * The state lives in the Go value's own words, {@code m[STATE]} (Go's {@code state int32}) and
 * {@code m[SEMA]} (Go's {@code sema uint32}), so copying a Mutex copies its state as Go does;
 * the static methods work on those words, an instance is a Mutex of its own (runtime use, tests).
 */
public final class Mutex implements Locker {
    static final int MUTEX_LOCKED = 1;
    static final int MUTEX_WOKEN = 2;
    static final int MUTEX_STARVING = 4;
    static final int MUTEX_WAITER_SHIFT = 3;
    private static final long STARVATION_THRESHOLD_NS = 1_000_000;
    private static final int ACTIVE_SPIN = 4;
    private static final int ACTIVE_SPIN_CNT = 30;
    /** Indices of the words; int32 values are kept sign-extended, as Go's int32 field reads. */
    public static final int STATE = 0;
    public static final int SEMA = 1;
    public static final int WORDS = 2;

    private final long[] words = new long[WORDS];

    @Override
    public void lock(G g) {
        lock(words, g);
    }

    @Override
    public void unlock(G g) {
        unlock(words, g);
    }

    public boolean tryLock() {
        return tryLock(words);
    }

    private static int state(long[] m) {
        return (int) (long) Sema.WORDS.getVolatile(m, STATE);
    }

    private static boolean casState(long[] m, int old, int nw) {
        return Sema.WORDS.compareAndSet(m, STATE, (long) old, (long) nw);
    }

    private static int addState(long[] m, int delta) {
        return (int) ((long) Sema.WORDS.getAndAdd(m, STATE, (long) delta) + delta);
    }

    public static void lock(long[] m, G g) {
        if (casState(m, 0, MUTEX_LOCKED)) {
            return;
        }
        lockSlow(m, g);
    }

    public static boolean tryLock(long[] m) {
        int old = state(m);
        if ((old & (MUTEX_LOCKED | MUTEX_STARVING)) != 0) {
            return false;
        }
        return casState(m, old, old | MUTEX_LOCKED);
    }

    private static void lockSlow(long[] m, G g) {
        long waitStartTime = 0;
        boolean starving = false;
        boolean awoke = false;
        int iter = 0;
        int old = state(m);
        for (;;) {
            // Spin only while locked in normal mode and spinning can help (Go's canSpin).
            if ((old & (MUTEX_LOCKED | MUTEX_STARVING)) == MUTEX_LOCKED && canSpin(g, iter)) {
                if (!awoke && (old & MUTEX_WOKEN) == 0 && (old >>> MUTEX_WAITER_SHIFT) != 0
                                && casState(m, old, old | MUTEX_WOKEN)) {
                    awoke = true;
                }
                for (int i = 0; i < ACTIVE_SPIN_CNT; i++) {
                    Thread.onSpinWait();
                }
                iter++;
                old = state(m);
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
            if (casState(m, old, nw)) {
                if ((old & (MUTEX_LOCKED | MUTEX_STARVING)) == 0) {
                    return; // locked with the CAS
                }
                boolean queueLifo = waitStartTime != 0;
                if (waitStartTime == 0) {
                    waitStartTime = Sched.nanotime();
                }
                Sema.acquire(m, SEMA, g, queueLifo, WaitReason.SEMACQUIRE);
                starving = starving || Sched.nanotime() - waitStartTime > STARVATION_THRESHOLD_NS;
                old = state(m);
                if ((old & MUTEX_STARVING) != 0) {
                    // Ownership was handed to us; fix up the state.
                    if ((old & (MUTEX_LOCKED | MUTEX_WOKEN)) != 0 || (old >>> MUTEX_WAITER_SHIFT) == 0) {
                        throw new GoFatalError("sync: inconsistent mutex state");
                    }
                    int delta = MUTEX_LOCKED - (1 << MUTEX_WAITER_SHIFT);
                    if (!starving || (old >>> MUTEX_WAITER_SHIFT) == 1) {
                        delta -= MUTEX_STARVING;
                    }
                    addState(m, delta);
                    return;
                }
                awoke = true;
                iter = 0;
            } else {
                old = state(m);
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

    public static void unlock(long[] m, G g) {
        int nw = addState(m, -MUTEX_LOCKED);
        if (nw != 0) {
            unlockSlow(m, g, nw);
        }
    }

    private static void unlockSlow(long[] m, G g, int nw) {
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
                if (casState(m, old, next)) {
                    Sema.release(m, SEMA, g, false);
                    return;
                }
                old = state(m);
            }
        } else {
            // Starvation: hand the mutex to the next waiter and let it run now.
            Sema.release(m, SEMA, g, true);
        }
    }

    /** Whether the mutex is currently in starvation mode (tests). */
    boolean isStarving() {
        return (state(words) & MUTEX_STARVING) != 0;
    }
}
