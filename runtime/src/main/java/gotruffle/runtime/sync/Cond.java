package gotruffle.runtime.sync;

import gotruffle.runtime.sched.G;

/**
 * Go's sync.Cond over any {@link Locker}. Wait takes a ticket before unlocking, so a Signal that
 * happens between the unlock and the park still wakes this waiter.
 */
public final class Cond {
    private final Locker l;
    private final NotifyList notify = new NotifyList();

    public Cond(Locker l) {
        this.l = l;
    }

    public Locker locker() {
        return l;
    }

    /** Wait (named await: Object.wait is taken). */
    public void await(G g) {
        int t = notify.add();
        l.unlock(g);
        notify.await(g, t);
        l.lock(g);
    }

    public void signal(G g) {
        notify.notifyOne(g);
    }

    public void broadcast(G g) {
        notify.notifyAll(g);
    }
}
