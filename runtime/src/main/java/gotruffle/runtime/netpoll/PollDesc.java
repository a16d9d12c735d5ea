package gotruffle.runtime.netpoll;

import gotruffle.runtime.sched.G;
import gotruffle.runtime.sched.ParkCommit;
import gotruffle.runtime.sched.Sched;
import gotruffle.runtime.sched.WaitReason;
import gotruffle.runtime.time.Timer;
import gotruffle.runtime.time.TimerFunc;

import java.io.IOException;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Go's pollDesc: the poller's view of one non-blocking channel. A goroutine whose read (accept)
 * or write (connect) would block calls {@link #waitRead}/{@link #waitWrite}, which parks it with
 * wait reason {@code IO wait} until the selector reports readiness, the deadline passes or the
 * descriptor is closed.
 *
 * <p>{@link #rg}/{@link #wg} hold, as in Go: null, {@link #READY} (readiness not yet consumed),
 * {@link #WAIT} (a goroutine is about to park) or the parked G. The G is published only by the
 * park's commit, after its continuation really yielded, so the poller can never resume it early.
 *
 * <p>Go's epoll is edge-triggered; a Selector is level-triggered. So the interest set holds an op
 * while someone waits for it, and the poller drops it when readiness finds nobody waiting
 * (otherwise every select would report it again). Interest changes and the rg/wg transitions that
 * decide them happen under this object's monitor (never held across a park), so a waiter adding
 * interest and the poller dropping it cannot interleave.
 */
public final class PollDesc {
    static final Object READY = new Object();
    static final Object WAIT = new Object();

    /** Results of {@link #prepare} and the waits: retry the operation, closed, deadline passed. */
    public static final int OK = 0, ERR_CLOSING = 1, ERR_TIMEOUT = 2;

    private final NetPoll np;
    private final SelectableChannel ch;
    private final SelectionKey key;
    final AtomicReference<Object> rg = new AtomicReference<>();
    final AtomicReference<Object> wg = new AtomicReference<>();
    private final ParkCommit rcommit;
    private final ParkCommit wcommit;
    /** The selector ops that mean "readable" and "writable" for this channel. */
    private final int readOp;
    private volatile int writeOp;
    /** Guarded by this. */
    private int interest;
    private volatile boolean closing;
    /** Deadlines in nanotime: 0 none, -1 passed (Go's rd/wd). */
    private volatile long rd;
    private volatile long wd;
    /** Guards rt/wt (concurrent SetDeadline calls); lock order: this, then the timers' locks. */
    private final Object timers = new Object();
    private Timer rt;
    private Timer wt;

    /** Registers the (non-blocking) channel with the poller, interested in nothing yet. */
    public PollDesc(NetPoll np, SelectableChannel ch, int readOp, int writeOp) throws IOException {
        this.np = np;
        this.ch = ch;
        this.readOp = readOp;
        this.writeOp = writeOp;
        this.rcommit = commit(rg, np);
        this.wcommit = commit(wg, np);
        this.key = ch.register(np.selector(), 0, this);
        np.opened(this);
    }

    private static ParkCommit commit(AtomicReference<Object> gpp, NetPoll np) {
        // Go's netpollblockcommit: publish the G unless readiness (or an error) came first.
        return (gp, g0) -> {
            if (gpp.compareAndSet(WAIT, gp)) {
                np.addWaiter(1);
                return true;
            }
            return false;
        };
    }

    public SelectableChannel channel() {
        return ch;
    }

    NetPoll poll() {
        return np;
    }

    /** A connected socket waits for OP_WRITE from now on (OP_CONNECT while connecting). */
    public void setWriteOp(int op) {
        writeOp = op;
    }

    // ------------------------------------------------------------------ G side

    /** Go's pollDesc.prepare: OK if the operation may be tried, else why not. */
    public int prepare(boolean read) {
        if (closing) {
            return ERR_CLOSING;
        }
        if ((read ? rd : wd) < 0) {
            return ERR_TIMEOUT;
        }
        return OK;
    }

    /** Go's poll_runtime_pollWait for reading (accepting): OK means try again. */
    public int waitRead(G gp) {
        return waitio(gp, true);
    }

    /** Go's poll_runtime_pollWait for writing (connecting): OK means try again. */
    public int waitWrite(G gp) {
        return waitio(gp, false);
    }

    private int waitio(G gp, boolean read) {
        int err = prepare(read);
        if (err != OK) {
            return err;
        }
        while (!block(gp, read)) {
            err = prepare(read);
            if (err != OK) {
                return err;
            }
        }
        return OK;
    }

    /** Go's netpollblock: true if readiness was reported, false if woken for another reason. */
    private boolean block(G gp, boolean read) {
        AtomicReference<Object> gpp = read ? rg : wg;
        boolean kick;
        synchronized (this) {
            for (;;) {
                if (gpp.compareAndSet(READY, null)) {
                    return true;
                }
                if (gpp.compareAndSet(null, WAIT)) {
                    break;
                }
                Object v = gpp.get();
                if (v != READY && v != null) {
                    throw new IllegalStateException("runtime: double wait");
                }
            }
            kick = addInterest(read ? readOp : writeOp);
        }
        if (kick) {
            np.interestChanged();
        }
        // Recheck after publishing WAIT: close and deadlines store first, then look at rg/wg.
        if (prepare(read) == OK) {
            gp.sched().gopark(gp, read ? rcommit : wcommit, WaitReason.IO_WAIT);
        }
        return gpp.getAndSet(null) == READY;
    }

    /** Adds op to the interest set (monitor held); true if it was not there. */
    private boolean addInterest(int op) {
        if ((interest & op) != 0) {
            return false;
        }
        interest |= op;
        try {
            key.interestOps(interest);
        } catch (CancelledKeyException e) {
            // closed meanwhile: the waiter sees closing
            return false;
        }
        return true;
    }

    // ------------------------------------------------------------------ poller side

    /** Readiness of this channel reported by a select (poll lock held): collect the woken Gs. */
    void netpollready(SelectionKey k, List<G> toRun) {
        int ops;
        try {
            ops = k.readyOps();
        } catch (CancelledKeyException e) {
            ops = readOp | writeOp;
        }
        boolean r = (ops & (SelectionKey.OP_READ | SelectionKey.OP_ACCEPT)) != 0;
        boolean w = (ops & (SelectionKey.OP_WRITE | SelectionKey.OP_CONNECT)) != 0;
        synchronized (this) {
            int drop = 0;
            if (r && ready(rg, toRun)) {
                drop |= readOp;
            }
            if (w && ready(wg, toRun)) {
                drop |= writeOp | SelectionKey.OP_CONNECT;
            }
            if (drop != 0 && (interest & drop) != 0) {
                interest &= ~drop;
                try {
                    k.interestOps(interest);
                } catch (CancelledKeyException e) {
                    // closed: nothing to watch
                }
            }
        }
    }

    /** Marks one direction ready; true if nobody waited on it (the interest can go). */
    private boolean ready(AtomicReference<Object> gpp, List<G> toRun) {
        Object old = gpp.get();
        G gp = unblock(gpp, true);
        if (gp != null) {
            toRun.add(gp);
            return false;
        }
        return old != WAIT;
    }

    /**
     * Go's netpollunblock: takes the parked G out of gpp, if any; with ioready, leaves READY
     * behind for the next waiter.
     */
    private G unblock(AtomicReference<Object> gpp, boolean ioready) {
        for (;;) {
            Object old = gpp.get();
            if (old == READY) {
                return null;
            }
            if (old == null && !ioready) {
                return null;
            }
            if (gpp.compareAndSet(old, ioready ? READY : null)) {
                if (old instanceof G gp) {
                    np.addWaiter(-1);
                    return gp;
                }
                return null;
            }
        }
    }

    // ------------------------------------------------------------------ deadlines and close

    /**
     * Go's poll_runtime_pollSetDeadline: {@code when} is a nanotime, 0 for none, negative for
     * "already passed"; applies to reads, writes or both. A waiter whose deadline passed wakes
     * with ERR_TIMEOUT. {@code caller} is the running goroutine.
     */
    public void setDeadline(G caller, long when, boolean read, boolean write) {
        if (when > 0 && when <= Sched.nanotime()) {
            when = -1;
        }
        synchronized (timers) {
            if (read) {
                rd = when;
                rt = arm(caller, rt, when, READ_DEADLINE);
            }
            if (write) {
                wd = when;
                wt = arm(caller, wt, when, WRITE_DEADLINE);
            }
        }
        if (when < 0) {
            if (read) {
                wake(caller, unblock(rg, false));
            }
            if (write) {
                wake(caller, unblock(wg, false));
            }
        }
    }

    private Timer arm(G caller, Timer t, long when, TimerFunc f) {
        if (when > 0) {
            if (t == null) {
                t = new Timer(f, this);
            }
            t.modify(caller, when, 0);
        } else if (t != null) {
            t.stop();
        }
        return t;
    }

    private static final TimerFunc READ_DEADLINE = (g0, arg, now) -> ((PollDesc) arg).deadlineFired(g0, true, now);
    private static final TimerFunc WRITE_DEADLINE = (g0, arg, now) -> ((PollDesc) arg).deadlineFired(g0, false, now);

    /** Go's netpolldeadlineimpl; a timer left over from an earlier deadline finds it moved and does nothing. */
    private void deadlineFired(G g0, boolean read, long now) {
        long d = read ? rd : wd;
        if (d <= 0 || d > now) {
            return;
        }
        if (read) {
            rd = -1;
            wake(g0, unblock(rg, false));
        } else {
            wd = -1;
            wake(g0, unblock(wg, false));
        }
    }

    private void wake(G caller, G gp) {
        if (gp != null) {
            gp.sched().goready(caller, gp);
        }
    }

    /**
     * Go's poll_runtime_pollUnblock plus close: wakes every waiter with ERR_CLOSING, stops the
     * deadline timers and closes the channel (which cancels its key). {@code caller} may be null
     * (program end).
     */
    public void close(G caller) throws IOException {
        closing = true;
        wake(caller, unblock(rg, false));
        wake(caller, unblock(wg, false));
        release();
        np.flushCancelled();
    }

    /** Program end: closes without waking anyone (nothing runs any more). */
    void release() throws IOException {
        closing = true;
        synchronized (timers) {
            if (rt != null) {
                rt.stop();
            }
            if (wt != null) {
                wt.stop();
            }
        }
        np.closed(this);
        ch.close();
    }

    public boolean isClosing() {
        return closing;
    }
}
