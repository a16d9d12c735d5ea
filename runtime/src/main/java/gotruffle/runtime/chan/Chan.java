package gotruffle.runtime.chan;

import gotruffle.runtime.GoRuntimePanic;
import gotruffle.runtime.sched.G;
import gotruffle.runtime.sched.ParkCommit;
import gotruffle.runtime.sched.RLock;
import gotruffle.runtime.sched.Sudog;
import gotruffle.runtime.sched.WaitReason;

import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A Go channel (Go's hchan, chan.go): one lock, a ring buffer ({@code recvx}, {@code qcount}) and
 * FIFO queues of blocked senders and receivers. A sender that finds a waiting receiver hands the
 * value over directly (and vice versa), so an unbuffered channel is a rendezvous. Elements are the
 * interpreter's Java objects; {@link #zero} is what receives from a closed channel yield.
 *
 * <p>Invariants (lock held): at most one of sendq/recvq is non-empty; if the buffer has data
 * recvq is empty; if the buffer has room sendq is empty; a closed channel has empty queues.
 */
public final class Chan {
    private static final AtomicLong IDS = new AtomicLong();

    /** Lock order for select (Go sorts by address). */
    final long id = IDS.incrementAndGet();
    final RLock lock = new RLock();
    final Object zero;
    /**
     * The ring buffer, grown on demand up to the capacity (Go's buffer is fresh memory the OS
     * maps lazily: a big buffer costs nothing until it fills). Null when nothing is buffered:
     * unbuffered channels, and elements of zero size, which are all alike (only counted).
     */
    private Object[] buf;
    /** The capacity: a long, since Go allows up to maxAlloc of elements, any number of zero size. */
    final long dataqsiz;
    private final boolean zeroSize;
    volatile int qcount;
    private int recvx;
    volatile boolean closed;
    final WaitQ recvq = new WaitQ();
    final WaitQ sendq = new WaitQ();

    /**
     * make(chan T, size); {@code zero} is T's zero value; {@code zeroSize}: T's values occupy no
     * memory (struct{}, [0]T), so only their count is kept and any size is allowed.
     */
    public Chan(long size, Object zero, boolean zeroSize) {
        if (size < 0 || !zeroSize && size > MAX_BUF) {
            throw new GoRuntimePanic("makechan: size out of range");
        }
        this.dataqsiz = size;
        this.zeroSize = zeroSize;
        this.zero = zero;
    }

    public Chan(int size, Object zero) {
        this(size, zero, false);
    }

    public Chan(int size) {
        this(size, null);
    }

    /** The most buffered elements of non-zero size (a Java array's limit). */
    public static final long MAX_BUF = Integer.MAX_VALUE - 8;

    public static int len(Chan c) {
        return c == null ? 0 : c.qcount;
    }

    public static long cap(Chan c) {
        return c == null ? 0 : c.dataqsiz;
    }

    public Object zeroValue() {
        return zero;
    }

    /** Go's chanparkcommit: the waiter's sudog names the channel whose lock to release. */
    static final ParkCommit CHANPARKCOMMIT = (gp, g0) -> {
        ((Chan) gp.waiting().c).lock.unlock();
        return true;
    };

    // ------------------------------------------------------------------ send

    /** {@code c <- v}; blocks; panics if c is closed; blocks forever on a nil channel. */
    public static void chansend(G g, Chan c, Object v) {
        chansend(g, c, v, true);
    }

    /** Non-blocking send ({@code select} with one send case and default); true if sent. */
    public static boolean selectnbsend(G g, Chan c, Object v) {
        return chansend(g, c, v, false);
    }

    /*
     * Send and receive are split in two so that a goroutine blocked in one keeps only small frames
     * on its stack (each is copied into its stack chunk; bench/parked.go parks 100k goroutines):
     * the fast paths (buffer, a waiting partner, closed, the wake-up of a partner) return before the
     * park, which happens in a small method with only what it needs afterwards.
     */

    /** sendNow's results; with MUST_PARK it returns with c.lock held. */
    private static final int SENT = 0, NOT_SENT = 1, MUST_PARK = 2;

    static boolean chansend(G g, Chan c, Object ep, boolean block) {
        int r = sendNow(g, c, ep, block);
        return r == MUST_PARK ? sendPark(g, c, ep) : r == SENT;
    }

    private static int sendNow(G g, Chan c, Object ep, boolean block) {
        if (c == null) {
            if (!block) {
                return NOT_SENT;
            }
            g.sched().gopark(g, (ParkCommit) null, WaitReason.CHAN_SEND_NIL_CHAN);
            throw new IllegalStateException("runtime: unreachable (send on nil channel resumed)");
        }
        c.lock.lock();
        if (c.closed) {
            c.lock.unlock();
            throw new GoRuntimePanic("send on closed channel");
        }
        Sudog sg = c.recvq.dequeue();
        if (sg != null) {
            // A receiver is waiting: give it the value directly, bypassing the buffer.
            c.sendTo(sg, ep);
            c.lock.unlock();
            wake(g, sg);
            return SENT;
        }
        if (c.qcount < c.dataqsiz) {
            c.bufput(ep);
            c.lock.unlock();
            return SENT;
        }
        if (!block) {
            c.lock.unlock();
            return NOT_SENT;
        }
        return MUST_PARK;
    }

    /** The blocking send (c.lock held): waits in c.sendq for a receiver or close. */
    private static boolean sendPark(G g, Chan c, Object ep) {
        Sudog mysg = new Sudog(g);
        mysg.elem = ep;
        mysg.c = c;
        g.setWaiting(mysg);
        g.setParam(null);
        c.sendq.enqueue(mysg);
        g.sched().gopark(g, CHANPARKCOMMIT, WaitReason.CHAN_SEND);
        g.setWaiting(null);
        g.setParam(null);
        if (!mysg.success) {
            if (!c.closed) {
                throw new IllegalStateException("runtime: chansend: spurious wakeup");
            }
            throw new GoRuntimePanic("send on closed channel");
        }
        return true;
    }

    /** Hands ep to the waiting receiver sg (lock held). */
    void sendTo(Sudog sg, Object ep) {
        sg.elem = ep;
        sg.success = true;
    }

    void bufput(Object ep) {
        if (zeroSize) {
            qcount++;
            return;
        }
        if (buf == null || qcount == buf.length) {
            grow();
        }
        buf[(recvx + qcount) % buf.length] = ep;
        qcount++;
    }

    /** Doubles the ring (at least 8 slots, at most the capacity), its elements in order from index 0. */
    private void grow() {
        int n = buf == null ? 0 : buf.length;
        Object[] b = new Object[(int) Math.min(dataqsiz, Math.max(8, 2L * n))];
        for (int i = 0; i < qcount; i++) {
            b[i] = buf[(recvx + i) % n];
        }
        buf = b;
        recvx = 0;
    }

    Object bufget() {
        qcount--;
        if (zeroSize) {
            return zero;
        }
        Object v = buf[recvx];
        buf[recvx] = null;
        if (++recvx == buf.length) {
            recvx = 0;
        }
        return v;
    }

    /** Wakes the goroutine of a dequeued sudog, after the channel lock(s) were released. */
    static void wake(G g, Sudog sg) {
        sg.g.setParam(sg);
        g.sched().goready(g, sg.g);
    }

    // ------------------------------------------------------------------ receive

    /** {@code <-c}: blocks; the zero value once c is closed and drained; forever on nil. */
    public static Object chanrecv(G g, Chan c) {
        return chanrecv(g, c, true).value();
    }

    /** {@code v, ok := <-c}. */
    public static Recv chanrecv2(G g, Chan c) {
        return chanrecv(g, c, true);
    }

    /** Non-blocking receive ({@code select} with one receive case and default); null if it would block. */
    public static Recv selectnbrecv(G g, Chan c) {
        return chanrecv(g, c, false);
    }

    /** recvNow's result when the receiver must park: it returns with c.lock held. */
    private static final Recv MUST_PARK_RECV = new Recv(null, false);

    static Recv chanrecv(G g, Chan c, boolean block) {
        Recv r = recvNow(g, c, block);
        return r == MUST_PARK_RECV ? recvPark(g, c) : r;
    }

    private static Recv recvNow(G g, Chan c, boolean block) {
        if (c == null) {
            if (!block) {
                return null;
            }
            g.sched().gopark(g, (ParkCommit) null, WaitReason.CHAN_RECEIVE_NIL_CHAN);
            throw new IllegalStateException("runtime: unreachable (receive from nil channel resumed)");
        }
        c.lock.lock();
        if (c.closed && c.qcount == 0) {
            c.lock.unlock();
            return new Recv(c.zero, false);
        }
        Sudog sg = c.sendq.dequeue();
        if (sg != null) {
            // A sender waits: the buffer is full (or there is none); take over its value.
            Object v = c.recvFrom(sg);
            c.lock.unlock();
            wake(g, sg);
            return new Recv(v, true);
        }
        if (c.qcount > 0) {
            Object v = c.bufget();
            c.lock.unlock();
            return new Recv(v, true);
        }
        if (!block) {
            c.lock.unlock();
            return null;
        }
        return MUST_PARK_RECV;
    }

    /** The blocking receive (c.lock held): waits in c.recvq for a sender or close. */
    private static Recv recvPark(G g, Chan c) {
        Sudog mysg = new Sudog(g);
        mysg.c = c;
        g.setWaiting(mysg);
        g.setParam(null);
        c.recvq.enqueue(mysg);
        g.sched().gopark(g, CHANPARKCOMMIT, WaitReason.CHAN_RECEIVE);
        g.setWaiting(null);
        g.setParam(null);
        boolean success = mysg.success;
        return new Recv(success ? mysg.elem : c.zero, success);
    }

    /**
     * Go's recv (lock held, sender sg dequeued): unbuffered, take its value; buffered (so full),
     * take the head of the buffer and put the sender's value at the tail, keeping FIFO order.
     */
    Object recvFrom(Sudog sg) {
        Object v;
        if (dataqsiz == 0) {
            v = sg.elem;
        } else {
            // the buffer is full: the head goes to the receiver, the sender's value to the tail
            v = bufget();
            bufput(sg.elem);
        }
        sg.elem = null;
        sg.success = true;
        return v;
    }

    // ------------------------------------------------------------------ close

    /** close(c): wakes every receiver (zero value, ok=false) and every sender (they panic). */
    public static void closechan(G g, Chan c) {
        if (c == null) {
            throw new GoRuntimePanic("close of nil channel");
        }
        c.lock.lock();
        if (c.closed) {
            c.lock.unlock();
            throw new GoRuntimePanic("close of closed channel");
        }
        c.closed = true;
        ArrayList<Sudog> wakeList = new ArrayList<>();
        for (Sudog sg; (sg = c.recvq.dequeue()) != null;) {
            sg.elem = c.zero;
            sg.success = false;
            wakeList.add(sg);
        }
        for (Sudog sg; (sg = c.sendq.dequeue()) != null;) {
            sg.elem = null;
            sg.success = false;
            wakeList.add(sg);
        }
        c.lock.unlock();
        // Go pushes them on a gList and pops: the last dequeued is readied first (senders before
        // receivers, each queue newest first). A GOMAXPROCS=1 program sees that order, and a wave
        // of woken goroutines then runs the youngest first, which die before a young collection
        // would promote them (bench/parked.go).
        for (int i = wakeList.size() - 1; i >= 0; i--) {
            wake(g, wakeList.get(i));
        }
    }

    public boolean isClosed() {
        return closed;
    }

    @Override
    public String toString() {
        return "chan#" + id + "(cap " + dataqsiz + ")";
    }
}
