package gotruffle.runtime.sync;

import gotruffle.runtime.sched.G;
import gotruffle.runtime.sched.RLock;
import gotruffle.runtime.sched.Sudog;
import gotruffle.runtime.sched.WaitReason;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Go's notifyList (sema.go), the ticket-based wait list under sync.Cond: a waiter takes a ticket
 * before unlocking the Cond's Locker ({@link #add}) and then waits for it ({@link #await}), so a
 * Signal between the unlock and the park is not lost. Tickets compare with wrap-around.
 */
final class NotifyList {
    private final AtomicInteger wait = new AtomicInteger();
    private volatile int notify;
    private final RLock lock = new RLock();
    private Sudog head;
    private Sudog tail;

    private static boolean less(int a, int b) {
        return a - b < 0;
    }

    int add() {
        return wait.getAndIncrement();
    }

    void await(G gp, int t) {
        lock.lock();
        if (less(t, notify)) {
            lock.unlock();
            return;
        }
        Sudog s = new Sudog(gp);
        s.ticket = t;
        if (tail == null) {
            head = s;
        } else {
            tail.next = s;
        }
        tail = s;
        gp.sched().gopark(gp, (g, g0) -> {
            lock.unlock();
            return true;
        }, WaitReason.SYNC_COND_WAIT);
    }

    void notifyAll(G gp) {
        if (wait.get() == notify) {
            return;
        }
        lock.lock();
        Sudog s = head;
        head = tail = null;
        notify = wait.get();
        lock.unlock();
        while (s != null) {
            Sudog next = s.next;
            s.next = null;
            gp.sched().goready(gp, s.g);
            s = next;
        }
    }

    void notifyOne(G gp) {
        if (wait.get() == notify) {
            return;
        }
        lock.lock();
        int t = notify;
        if (t == wait.get()) {
            lock.unlock();
            return;
        }
        notify = t + 1;
        // The waiter with ticket t may not have queued yet; it will then see it was notified.
        for (Sudog p = null, s = head; s != null; p = s, s = s.next) {
            if (s.ticket == t) {
                Sudog n = s.next;
                if (p != null) {
                    p.next = n;
                } else {
                    head = n;
                }
                if (tail == s) {
                    tail = p;
                }
                lock.unlock();
                s.next = null;
                gp.sched().goready(gp, s.g);
                return;
            }
        }
        lock.unlock();
    }
}
