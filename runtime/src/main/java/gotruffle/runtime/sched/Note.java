package gotruffle.runtime.sched;

import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * A one-shot wakeup for one known thread (Go's {@code note}): {@link #sleep} blocks the owner until
 * {@link #wakeup}; {@link #clear} re-arms it. The owner is fixed at construction instead of
 * {@code Thread.currentThread()} so that G-side callers never depend on the current thread.
 */
final class Note {
    private volatile boolean key;
    private volatile Thread owner;

    void setOwner(Thread t) {
        owner = t;
    }

    void wakeup() {
        key = true;
        Thread t = owner;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }

    void clear() {
        key = false;
    }

    boolean isSet() {
        return key;
    }

    /** Blocks until woken or until {@code abort} says to give up (the program is exiting). */
    void sleep(BooleanSupplier abort) {
        while (!key && !abort.getAsBoolean()) {
            LockSupport.park(this);
        }
    }

    /** Sleeps at most {@code ns}; returns whether it was woken. */
    boolean tsleep(long ns) {
        long deadline = System.nanoTime() + ns;
        while (!key) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return key;
            }
            LockSupport.parkNanos(this, left);
        }
        return true;
    }
}
