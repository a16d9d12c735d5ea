package gotruffle.runtime.sched;

import gotruffle.runtime.time.TimerHeap;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A processor (Go's {@code p}): the right to run Go code. An M must hold a P to run goroutines.
 * Holds the local run queue: a lock-free ring of {@value #RUNQ_SIZE} Gs plus {@code runnext}.
 *
 * <p>Run-queue invariants (as Go's runqput/runqget/runqsteal): only the owner (the M holding this
 * P, or the goroutine running on it) writes {@code runqtail} and puts; anyone may consume by
 * CAS on {@code runqhead}; {@code runnext} is set non-null only by the owner and may be taken by
 * thieves. A full ring moves half of itself plus the new G to the global queue.
 */
public final class P {
    public static final int IDLE = 0, RUNNING = 1, SYSCALL = 2, GCSTOP = 3, DEAD = 4;
    static final int RUNQ_SIZE = 256;
    private static final int MASK = RUNQ_SIZE - 1;

    private static final VarHandle STATUS, RUNQHEAD, RUNQTAIL, RUNNEXT;
    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            STATUS = l.findVarHandle(P.class, "status", int.class);
            RUNQHEAD = l.findVarHandle(P.class, "runqhead", int.class);
            RUNQTAIL = l.findVarHandle(P.class, "runqtail", int.class);
            RUNNEXT = l.findVarHandle(P.class, "runnext", G.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    final Sched sched;
    final int id;
    private volatile int status = GCSTOP;
    /** Next P on sched.pidle (guarded by sched.lock). */
    P link;
    /** The M holding this P (null when idle or in a syscall). */
    volatile M m;
    volatile int schedtick;
    volatile int syscalltick;
    // Written by sysmon only (Go's sysmontick).
    int sysmonSchedtick;
    long sysmonSchedwhen;
    int sysmonSyscalltick;
    long sysmonSyscallwhen;

    /**
     * The time slice ran out (set by sysmon, cleared by a new slice); the polls the running G
     * may still make before it yields (owner only; a G in runnext inherits the slice and what is
     * left of it).
     */
    volatile boolean sliceOver;
    long sliceGrace;

    private volatile int runqhead;
    private volatile int runqtail;
    private final G[] runq = new G[RUNQ_SIZE];
    private volatile G runnext;
    /**
     * When a thief first found the current runnext (0: none has yet; the clock starts there, not
     * at runqput, which would read the clock at every channel hand-off), and the polls the
     * owner's G still owes before thieves may take it.
     */
    private volatile long runnextWhen;
    private volatile long runnextPolls;
    /**
     * Set by {@link #runqsteal} on the thief's own P when a victim kept a fresh runnext (owner
     * only): the spinning M then backs off instead of spinning hot (Sched.stealWork).
     */
    boolean freshRunnextSeen;

    /** This P's timers (Go's p.timers with p.timersLock). */
    public final TimerHeap timers;

    P(Sched sched, int id) {
        this.sched = sched;
        this.id = id;
        this.timers = new TimerHeap(this);
    }

    public int id() {
        return id;
    }

    public int status() {
        return status;
    }

    void setStatus(int s) {
        status = s;
    }

    boolean casStatus(int from, int to) {
        return STATUS.compareAndSet(this, from, to);
    }

    /** Number of Gs in the ring (not counting runnext), as schedtrace prints it. */
    int runqsize() {
        return runqtail - runqhead;
    }

    boolean runqempty() {
        // A thief may take runnext while we read; re-read tail to get a consistent snapshot.
        for (;;) {
            int head = runqhead;
            int tail = runqtail;
            G next = runnext;
            if (tail == runqtail) {
                return head == tail && next == null;
            }
        }
    }

    /** Go's runqput: owner only. With {@code next}, gp goes to runnext and kicks the old one out. */
    void runqput(G gp, boolean next) {
        if (next) {
            // The thief's clock and count restart for the new runnext; written only when a thief
            // touched them (two volatile stores at every hand-off otherwise).
            if (runnextWhen != 0) {
                runnextWhen = 0;
            }
            long polls = sched.runnextStealPolls;
            if (runnextPolls != polls) {
                runnextPolls = polls;
            }
            for (;;) {
                G old = runnext;
                if (RUNNEXT.compareAndSet(this, old, gp)) {
                    if (old == null) {
                        return;
                    }
                    gp = old;
                    break;
                }
            }
        }
        for (;;) {
            int h = (int) RUNQHEAD.getAcquire(this);
            int t = runqtail;
            if (t - h < RUNQ_SIZE) {
                runq[t & MASK] = gp;
                RUNQTAIL.setRelease(this, t + 1);
                return;
            }
            if (runqputslow(gp, h, t)) {
                return;
            }
            // The ring is not full any more: retry the fast path.
        }
    }

    /** Moves half of the full ring plus gp to the global queue (keeps the local queue cheap). */
    private boolean runqputslow(G gp, int h, int t) {
        int n = (t - h) / 2;
        if (n != RUNQ_SIZE / 2) {
            throw new IllegalStateException("runtime: runqputslow: queue is not full");
        }
        G[] batch = new G[n + 1];
        for (int i = 0; i < n; i++) {
            batch[i] = runq[(h + i) & MASK];
        }
        if (!RUNQHEAD.compareAndSet(this, h, h + n)) {
            return false;
        }
        batch[n] = gp;
        GQueue q = new GQueue();
        for (G b : batch) {
            q.pushBack(b);
        }
        sched.lock.lock();
        sched.globrunqputbatch(q, n + 1);
        sched.lock.unlock();
        return true;
    }

    /** Takes runnext (Go's runqget first step); the caller then inherits the time slice. */
    G runnextTake() {
        G next = runnext;
        // Only the owner sets runnext non-null, so a failed CAS means a thief took it: no retry.
        if (next != null && RUNNEXT.compareAndSet(this, next, null)) {
            return next;
        }
        return null;
    }

    /** Go's runqget without runnext: consumes from the ring head. */
    G runqget() {
        for (;;) {
            int h = (int) RUNQHEAD.getAcquire(this);
            int t = runqtail;
            if (t == h) {
                return null;
            }
            G gp = runq[h & MASK];
            if (RUNQHEAD.compareAndSet(this, h, h + 1)) {
                return gp;
            }
        }
    }

    /**
     * Go's runqgrab: copies half of this P's queue into {@code batch} starting at
     * {@code batchHead} and consumes them. May take runnext as a last resort; -1 when the queue
     * is empty but a fresh runnext was left to its running owner.
     */
    int runqgrab(G[] batch, int batchHead, boolean stealRunNextG) {
        for (;;) {
            int h = (int) RUNQHEAD.getAcquire(this);
            int t = (int) RUNQTAIL.getAcquire(this);
            int n = t - h;
            n = n - n / 2;
            if (n == 0) {
                if (stealRunNextG) {
                    G next = runnext;
                    if (next != null) {
                        if (status == RUNNING && !runnextStealable()) {
                            // The owner is likely about to run runnext (a G it just started or
                            // readied) as soon as its G blocks; the spinning thief comes back.
                            return -1;
                        }
                        if (!RUNNEXT.compareAndSet(this, next, null)) {
                            continue;
                        }
                        batch[batchHead & MASK] = next;
                        return 1;
                    }
                }
                return 0;
            }
            if (n > RUNQ_SIZE / 2) {
                continue; // read inconsistent h and t
            }
            for (int i = 0; i < n; i++) {
                batch[(batchHead + i) & MASK] = runq[(h + i) & MASK];
            }
            if (RUNQHEAD.compareAndSet(this, h, h + n)) {
                return n;
            }
        }
    }

    /** Whether thieves may take runnext from this running P yet (see Sched.runnextStealPolls). */
    private boolean runnextStealable() {
        if (runnextPolls <= 0) {
            return true;
        }
        long now = System.nanoTime();
        long when = runnextWhen;
        if (when == 0) {
            runnextWhen = now; // the first look starts the clock
            when = now;
        }
        if (now - when >= sched.runnextStealMaxNanos) {
            return true;
        }
        M owner = m;
        G cur = owner == null ? null : owner.curg;
        if (cur != null) {
            cur.requestRunnextCountdown(); // count its polls from now on
        }
        return false;
    }

    /** The running G made a poll while a thief waits for runnext; true once the thief may take it. */
    boolean runnextPollDone() {
        long left = runnextPolls - 1; // only the owner's G writes it (and runqput, also the owner)
        runnextPolls = left;
        return left <= 0;
    }

    /** Go's runqsteal: steals half of p2's queue into this (the caller's own) P; returns one G. */
    G runqsteal(P p2, boolean stealRunNextG) {
        int t = runqtail;
        int n = p2.runqgrab(runq, t, stealRunNextG);
        if (n <= 0) {
            if (n < 0) {
                freshRunnextSeen = true;
            }
            return null;
        }
        n--;
        G gp = runq[(t + n) & MASK];
        if (n == 0) {
            return gp;
        }
        int h = (int) RUNQHEAD.getAcquire(this);
        if (t - h + n >= RUNQ_SIZE) {
            throw new IllegalStateException("runtime: runqsteal: runq overflow");
        }
        RUNQTAIL.setRelease(this, t + n);
        return gp;
    }

    /** Drains the whole local queue (runnext first); used when a P is destroyed. */
    void drainTo(GQueue q) {
        G next = runnextTake();
        if (next != null) {
            q.pushBack(next);
        }
        for (G gp; (gp = runqget()) != null;) {
            q.pushBack(gp);
        }
    }

    @Override
    public String toString() {
        return "P" + id;
    }
}
