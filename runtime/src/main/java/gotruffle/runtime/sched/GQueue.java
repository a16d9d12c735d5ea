package gotruffle.runtime.sched;

/**
 * A FIFO of Gs linked through {@link G#schedlink} (Go's {@code gQueue}); used for the global run
 * queue (guarded by sched.lock) and for batches being moved between queues. A G is on at most one
 * such queue at a time.
 */
final class GQueue {
    G head;
    G tail;

    boolean isEmpty() {
        return head == null;
    }

    void pushBack(G gp) {
        gp.schedlink = null;
        if (tail != null) {
            tail.schedlink = gp;
        } else {
            head = gp;
        }
        tail = gp;
    }

    void push(G gp) {
        gp.schedlink = head;
        head = gp;
        if (tail == null) {
            tail = gp;
        }
    }

    void pushBackAll(GQueue q) {
        if (q.tail == null) {
            return;
        }
        q.tail.schedlink = null;
        if (tail != null) {
            tail.schedlink = q.head;
        } else {
            head = q.head;
        }
        tail = q.tail;
    }

    G pop() {
        G gp = head;
        if (gp != null) {
            head = gp.schedlink;
            if (head == null) {
                tail = null;
            }
            gp.schedlink = null;
        }
        return gp;
    }
}
