package gotruffle.runtime.chan;

import gotruffle.runtime.sched.Sudog;

/** A channel's FIFO of waiting senders or receivers (Go's waitq); guarded by the channel lock. */
final class WaitQ {
    Sudog first;
    Sudog last;

    void enqueue(Sudog s) {
        s.next = null;
        Sudog x = last;
        if (x == null) {
            s.prev = null;
            first = s;
            last = s;
            return;
        }
        s.prev = x;
        x.next = s;
        last = s;
    }

    /**
     * Removes and returns the first waiter that can still be woken: a goroutine blocked in select
     * may already have been claimed through another case (its selectDone CAS fails); such sudogs
     * are dropped here and cleaned up by the select itself.
     */
    Sudog dequeue() {
        for (;;) {
            Sudog s = first;
            if (s == null) {
                return null;
            }
            Sudog y = s.next;
            if (y == null) {
                first = null;
                last = null;
            } else {
                y.prev = null;
                first = y;
                s.next = null;
            }
            if (s.isSelect && !s.g.casSelectDone()) {
                continue;
            }
            return s;
        }
    }

    /** Removes s if it is still queued (Go's dequeueSudoG); a no-op otherwise. */
    void remove(Sudog s) {
        Sudog x = s.prev;
        Sudog y = s.next;
        if (x != null) {
            if (y != null) {
                x.next = y;
                y.prev = x;
                s.next = null;
                s.prev = null;
                return;
            }
            x.next = null;
            last = x;
            s.prev = null;
            return;
        }
        if (y != null) {
            y.prev = null;
            first = y;
            s.next = null;
            return;
        }
        if (first == s) {
            first = null;
            last = null;
        }
    }

    boolean isEmpty() {
        return first == null;
    }
}
