package gotruffle.runtime.netpoll;

import gotruffle.runtime.sched.G;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * The poller (Go's netpoll): the one idle M that waits for the next timer blocks here, and
 * operations completed by foreign threads (see {@link PollDesc}) hand their goroutines back
 * through it. {@link #netpollBreak} wakes the blocked M early (a new earlier timer, shutdown).
 *
 * <p>Go's poller waits in epoll; ours parks the polling thread, which is recorded when it enters
 * {@link #poll} (M side, so {@code Thread.currentThread()} is reliable there).
 */
public final class NetPoll {
    private final ConcurrentLinkedQueue<G> ready = new ConcurrentLinkedQueue<>();
    private final AtomicInteger waiters = new AtomicInteger();
    private final BooleanSupplier abort;
    private volatile Thread poller;
    private volatile boolean wakeSig;

    public NetPoll(BooleanSupplier abort) {
        this.abort = abort;
    }

    /** Go's netpollWaiters: goroutines blocked on a PollDesc (they keep one M polling). */
    public int waiters() {
        return waiters.get();
    }

    void addWaiter(int d) {
        waiters.addAndGet(d);
    }

    /**
     * Waits up to {@code delayNs} (forever if negative, not at all if 0) for ready goroutines or
     * a break, and returns the goroutines made ready (still in status waiting).
     */
    public List<G> poll(long delayNs) {
        if (delayNs != 0) {
            Thread me = Thread.currentThread();
            poller = me;
            long deadline = delayNs > 0 ? System.nanoTime() + delayNs : 0;
            while (!wakeSig && ready.isEmpty() && !abort.getAsBoolean()) {
                if (delayNs < 0) {
                    LockSupport.park(this);
                } else {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        break;
                    }
                    LockSupport.parkNanos(this, left);
                }
            }
            poller = null;
            wakeSig = false;
        }
        if (ready.isEmpty()) {
            return List.of();
        }
        List<G> out = new ArrayList<>();
        for (G gp; (gp = ready.poll()) != null;) {
            // Counted as a waiter until a poller hands it back (Go's netpollgoready).
            waiters.decrementAndGet();
            out.add(gp);
        }
        return out;
    }

    /** Go's netpollBreak: wakes the thread blocked in {@link #poll}, if any. */
    public void netpollBreak() {
        wakeSig = true;
        Thread t = poller;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }

    /** A foreign completion made gp ready: hand it to the poller. */
    void netpollready(G gp) {
        ready.add(gp);
        netpollBreak();
    }
}
