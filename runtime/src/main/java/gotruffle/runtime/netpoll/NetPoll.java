package gotruffle.runtime.netpoll;

import gotruffle.runtime.sched.G;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Go's netpoller: one {@link Selector} (epoll underneath) watches every socket a goroutine waits
 * on ({@link PollDesc}); {@link #poll} returns the goroutines whose I/O became ready, which the
 * scheduler makes runnable (injectglist). findRunnable and sysmon poll without blocking; the one
 * idle M that waits for the next timer blocks here. {@link #netpollBreak} wakes it early
 * (Selector.wakeup: a new earlier timer, new interest in a socket, shutdown).
 *
 * <p>The selector is opened with the first socket (Go's netpollGenericInit); until then the poller
 * parks its thread (to the nanosecond). With the selector, waits are whole milliseconds, at least
 * one, as Go's epoll waits are, so timers fire up to 1 ms late there, as in Go. Operations
 * completed by foreign threads ({@link Completion}) also come back through here.
 *
 * <p>A Selector admits one selecting thread at a time (a second select would block behind the
 * first), so {@link #pollLock} guards every select: non-blocking polls only try it.
 */
public final class NetPoll {
    private final ConcurrentLinkedQueue<G> ready = new ConcurrentLinkedQueue<>();
    private final AtomicInteger waiters = new AtomicInteger();
    private final BooleanSupplier abort;
    private final ReentrantLock pollLock = new ReentrantLock();
    private volatile Selector selector;
    /** The thread blocked in {@link #poll}, in select or parked (null if none). */
    private volatile Thread poller;
    private volatile boolean inSelect;
    private volatile boolean wakeSig;
    /** The goroutines made ready by the select in progress (pollLock held). */
    private final ArrayList<G> batch = new ArrayList<>();
    /** Every open socket, closed at program end. */
    private final Set<PollDesc> open = ConcurrentHashMap.newKeySet();
    private final Consumer<SelectionKey> onReady = key -> ((PollDesc) key.attachment()).netpollready(key, batch);

    public NetPoll(BooleanSupplier abort) {
        this.abort = abort;
    }

    /**
     * Goroutines blocked on the poller (Go's netpollWaiters): while there are any, one M keeps
     * polling, so a program whose goroutines all wait for the network is not deadlocked.
     */
    public int waiters() {
        return waiters.get();
    }

    void addWaiter(int d) {
        waiters.addAndGet(d);
    }

    /** The selector, opened on first use. */
    Selector selector() throws IOException {
        Selector s = selector;
        if (s == null) {
            synchronized (this) {
                s = selector;
                if (s == null) {
                    s = Selector.open();
                    selector = s;
                }
            }
        }
        return s;
    }

    /**
     * Waits up to {@code delayNs} (forever if negative, not at all if 0) for I/O readiness, ready
     * completions or a break, and returns the goroutines made ready (still in status waiting).
     */
    public List<G> poll(long delayNs) {
        if (delayNs == 0) {
            if (selector == null || !pollLock.tryLock()) {
                return drainReady(List.of());
            }
        } else {
            pollLock.lock();
        }
        try {
            Selector sel = selector;
            batch.clear();
            if (delayNs != 0) {
                poller = Thread.currentThread();
                try {
                    if (sel != null) {
                        inSelect = true;
                        if (wakeSig || !ready.isEmpty() || abort.getAsBoolean()) {
                            sel.selectNow(onReady);
                        } else if (delayNs < 0) {
                            sel.select(onReady);
                        } else {
                            // Go's epoll wait: whole milliseconds, at least one (timers fire up to 1 ms late).
                            sel.select(onReady, Math.max(1, delayNs / 1_000_000));
                        }
                        inSelect = false;
                    } else {
                        park(delayNs);
                    }
                } finally {
                    inSelect = false;
                    poller = null;
                    wakeSig = false;
                }
            } else if (sel != null) {
                sel.selectNow(onReady);
            }
            List<G> out = batch.isEmpty() ? List.of() : new ArrayList<>(batch);
            batch.clear();
            return drainReady(out);
        } catch (IOException e) {
            throw new UncheckedIOException("runtime: netpoll failed", e);
        } finally {
            pollLock.unlock();
        }
    }

    private void park(long delayNs) {
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
    }

    private List<G> drainReady(List<G> out) {
        if (ready.isEmpty()) {
            return out;
        }
        List<G> all = new ArrayList<>(out);
        for (G gp; (gp = ready.poll()) != null;) {
            // Counted as a waiter until a poller hands it back (Go's netpollgoready).
            waiters.decrementAndGet();
            all.add(gp);
        }
        return all;
    }

    /** Go's netpollBreak: wakes the thread blocked in {@link #poll}, if any. */
    public void netpollBreak() {
        wakeSig = true;
        Thread t = poller;
        if (t != null) {
            if (inSelect) {
                Selector s = selector;
                if (s != null) {
                    s.wakeup();
                }
            }
            LockSupport.unpark(t);
        }
    }

    /**
     * A socket's interest set changed: a poller already blocked would not see it until its
     * select returns, so wake it (the next select picks the change up).
     */
    void interestChanged() {
        if (poller != null) {
            netpollBreak();
        }
    }

    /** A foreign completion made gp ready: hand it to the poller. */
    void netpollready(G gp) {
        ready.add(gp);
        netpollBreak();
    }

    /**
     * A registered channel was closed: the JDK releases its socket only when a select flushes the
     * cancelled key, so until then a closed listener would still accept connections and its port
     * stay taken. Flush now: select here if nobody is polling, or wake the poller that is.
     */
    void flushCancelled() {
        Selector sel = selector;
        if (sel == null) {
            return;
        }
        while (!pollLock.tryLock()) {
            if (poller != null) {
                netpollBreak();
                return;
            }
            Thread.onSpinWait();
        }
        try {
            batch.clear();
            sel.selectNow(onReady);
            // Readiness found on the way is handed to the next poll, like a foreign completion.
            for (G gp : batch) {
                waiters.incrementAndGet();
                ready.add(gp);
            }
            batch.clear();
        } catch (IOException e) {
            throw new UncheckedIOException("runtime: netpoll failed", e);
        } finally {
            pollLock.unlock();
        }
    }

    void opened(PollDesc pd) {
        open.add(pd);
    }

    void closed(PollDesc pd) {
        open.remove(pd);
    }

    /**
     * Program end: closes every socket still open and the selector, as the exit of a Go process
     * closes its descriptors (a listener must not outlive its program in a shared JVM).
     */
    public void closeAll() {
        if (open.isEmpty() && selector == null) {
            return;
        }
        // On a thread of its own, waited for briefly: closing a channel waits for operations in
        // progress on it, and a program that failed may have left one in an odd state.
        Thread t = new Thread(() -> {
            for (PollDesc pd : open) {
                try {
                    pd.release();
                } catch (IOException | RuntimeException e) {
                    // closing anyway
                }
            }
            Selector s = selector;
            if (s != null) {
                try {
                    s.close();
                } catch (IOException e) {
                    // nothing left to do
                }
            }
        }, "gotruffle-netpoll-close");
        t.setDaemon(true);
        t.start();
        try {
            t.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
