package gotruffle.runtime.time;

import gotruffle.runtime.sched.G;
import gotruffle.runtime.sched.P;
import gotruffle.runtime.sched.RLock;

/**
 * A runtime timer (Go's {@code timer}): fires {@link TimerFunc} at {@code when} (nanotime), and
 * every {@code period} after that if period > 0 (tickers). Backs time.Sleep, time.After,
 * time.NewTimer/Stop/Reset, Ticker and AfterFunc.
 *
 * <p>A pending timer lives in exactly one P's {@link TimerHeap}; {@link #pp} names it and is changed
 * only under that heap's lock. {@link #mu} serialises stop/reset of one timer against each other
 * (lock order: timer.mu, then heap lock) so a timer is never inserted twice.
 */
public final class Timer {
    final TimerFunc f;
    final Object arg;
    final RLock mu = new RLock();
    volatile P pp;
    int index = -1;
    long when;
    long period;

    public Timer(TimerFunc f, Object arg) {
        this.f = f;
        this.arg = arg;
    }

    /** Go's when(): now + d, clamped so that huge durations never overflow into the past. */
    public static long when(long now, long d) {
        long t = now + d;
        if (d > 0 && t < now) {
            return Long.MAX_VALUE;
        }
        return t;
    }

    /** Starts (or restarts) the timer on the caller's P. Returns whether it was pending. */
    public boolean start(G caller, long when, long period) {
        return modify(caller, when, period);
    }

    /** Go's deltimer (time.Timer.Stop): true if this call stopped a pending timer. */
    public boolean stop() {
        mu.lock();
        try {
            return delete();
        } finally {
            mu.unlock();
        }
    }

    /** Go's resettimer (time.Timer.Reset): keeps the period; true if the timer was pending. */
    public boolean reset(G caller, long when) {
        return modify(caller, when, period);
    }

    /** Go's modtimer: (re)arms the timer with a new time and period; true if it was pending. */
    public boolean modify(G caller, long when, long period) {
        if (when < 0) {
            when = Long.MAX_VALUE;
        }
        P target = caller.m().p();
        if (target == null) {
            throw new IllegalStateException("runtime: timer started without a P");
        }
        boolean pending;
        mu.lock();
        try {
            pending = delete();
            this.when = when;
            this.period = period;
            TimerHeap h = target.timers;
            h.lock.lock();
            h.add(this);
            h.lock.unlock();
        } finally {
            mu.unlock();
        }
        caller.sched().wakeNetPoller(when);
        return pending;
    }

    /** Removes this timer from its heap if it is in one; mu is held. */
    private boolean delete() {
        for (;;) {
            P p = pp;
            if (p == null) {
                return false;
            }
            TimerHeap h = p.timers;
            h.lock.lock();
            if (pp != p) {
                // runtimer or a heap move changed the owner meanwhile; look again.
                h.lock.unlock();
                continue;
            }
            h.remove(this);
            h.lock.unlock();
            return true;
        }
    }

    public boolean isPending() {
        return pp != null;
    }

    public long when() {
        return when;
    }
}
