package gotruffle.runtime.sched;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The runtime's internal mutex (Go's runtime {@code mutex}): short critical sections only, never
 * held across a goroutine park. Unlike {@code ReentrantLock} it does not record an owner thread,
 * because a goroutine may lock on one thread and the M that parked it unlocks after the yield
 * (gopark's unlockf), and {@code Thread.currentThread()} can be stale in compiled frames that
 * yielded. Contention is rare and short: spin, then yield the CPU.
 */
public final class RLock {
    private static final VarHandle STATE;
    static {
        try {
            STATE = MethodHandles.lookup().findVarHandle(RLock.class, "state", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @SuppressWarnings("unused") private volatile int state;

    public void lock() {
        if (!STATE.compareAndSet(this, 0, 1)) {
            lockSlow();
        }
    }

    private void lockSlow() {
        int spins = 0;
        for (;;) {
            if (state == 0 && STATE.compareAndSet(this, 0, 1)) {
                return;
            }
            if (++spins < 64) {
                Thread.onSpinWait();
            } else {
                // The holder may have been descheduled by the OS: give it the CPU.
                Thread.yield();
            }
        }
    }

    public boolean tryLock() {
        return STATE.compareAndSet(this, 0, 1);
    }

    public void unlock() {
        STATE.setRelease(this, 0);
    }

    public boolean isLocked() {
        return state != 0;
    }
}
