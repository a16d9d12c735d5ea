package gotruffle.runtime.sync;

import gotruffle.runtime.sched.G;

/**
 * Go's sync.Once: the fast path is one volatile read; the slow path serialises on a Mutex, and
 * {@code done} is set even if f panics (Go's deferred store), so f never runs twice.
 */
public final class Once {
    private volatile boolean done;
    private final Mutex m = new Mutex();

    /** Do: f may block or throw (a Go panic) — the mutex is released and done is set anyway. */
    public void doOnce(G g, Runnable f) {
        if (!done) {
            doSlow(g, f);
        }
    }

    private void doSlow(G g, Runnable f) {
        m.lock(g);
        try {
            if (!done) {
                try {
                    f.run();
                } finally {
                    done = true;
                }
            }
        } finally {
            m.unlock(g);
        }
    }

    public boolean isDone() {
        return done;
    }
}
