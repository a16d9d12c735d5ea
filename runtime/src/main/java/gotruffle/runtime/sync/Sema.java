package gotruffle.runtime.sync;

import gotruffle.runtime.sched.G;
import gotruffle.runtime.sched.RLock;
import gotruffle.runtime.sched.Sudog;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A counting semaphore that parks goroutines (Go's runtime sema.go: semacquire1/semrelease1).
 * Go keys semaphores by address in a global table; here each sync object owns its Sema, so the
 * wait queue is a plain FIFO (LIFO insertion for re-queued Mutex waiters). {@link #lock} guards
 * the queue; {@link #nwait} lets release skip the lock when nobody waits.
 */
public final class Sema {
    private final AtomicInteger count;
    private final AtomicInteger nwait = new AtomicInteger();
    private final RLock lock = new RLock();
    private Sudog head;
    private Sudog tail;

    public Sema(int initial) {
        count = new AtomicInteger(initial);
    }

    private boolean cansemacquire() {
        for (;;) {
            int v = count.get();
            if (v == 0) {
                return false;
            }
            if (count.compareAndSet(v, v - 1)) {
                return true;
            }
        }
    }

    /** semacquire: waits until the count is positive and decrements it. */
    public void acquire(G gp, boolean lifo, String waitReason) {
        if (cansemacquire()) {
            return;
        }
        Sudog s = new Sudog(gp);
        s.c = this;
        for (;;) {
            lock.lock();
            nwait.incrementAndGet();
            if (cansemacquire()) {
                nwait.decrementAndGet();
                lock.unlock();
                return;
            }
            s.ticket = 0;
            enqueue(s, lifo);
            gp.sched().gopark(gp, (g, g0) -> {
                lock.unlock();
                return true;
            }, waitReason);
            // ticket 1: the releaser handed the count to us directly.
            if (s.ticket != 0 || cansemacquire()) {
                return;
            }
        }
    }

    /**
     * semrelease: increments the count and wakes one waiter. With {@code handoff} the count goes
     * straight to the waiter, which then runs next on this P (starving Mutex).
     */
    public void release(G gp, boolean handoff) {
        count.incrementAndGet();
        if (nwait.get() == 0) {
            return;
        }
        lock.lock();
        if (nwait.get() == 0) {
            lock.unlock();
            return;
        }
        Sudog s = dequeue();
        if (s != null) {
            nwait.decrementAndGet();
        }
        lock.unlock();
        if (s != null) {
            if (handoff && cansemacquire()) {
                s.ticket = 1;
            }
            gp.sched().goready(gp, s.g);
            if (s.ticket == 1 && gp != null && !gp.isG0()) {
                // Direct hand-off: the waiter sits in our runnext; let it run now.
                gp.sched().goyield(gp);
            }
        }
    }

    private void enqueue(Sudog s, boolean lifo) {
        s.prev = s.next = null;
        if (head == null) {
            head = tail = s;
        } else if (lifo) {
            s.next = head;
            head.prev = s;
            head = s;
        } else {
            s.prev = tail;
            tail.next = s;
            tail = s;
        }
    }

    private Sudog dequeue() {
        Sudog s = head;
        if (s != null) {
            head = s.next;
            if (head == null) {
                tail = null;
            } else {
                head.prev = null;
            }
            s.next = s.prev = null;
        }
        return s;
    }
}
