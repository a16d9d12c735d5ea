package gotruffle.runtime.sched;

import gotruffle.runtime.GcPacer;
import gotruffle.runtime.time.Timer;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A goroutine (Go's {@code g}): a suspendable stack plus scheduling state.
 *
 * <p>States and moves (as Go's casgstatus): IDLE→RUNNABLE (newproc), RUNNABLE→RUNNING (execute),
 * RUNNING→WAITING (gopark), WAITING→RUNNABLE (goready), RUNNING→RUNNABLE (Gosched, preemption),
 * RUNNING→SYSCALL→RUNNING/RUNNABLE (entersyscall/exitsyscall), RUNNING→DEAD (goexit).
 * {@link #m} is set while the G runs (or is in a syscall) and is the only way interpreted code
 * reaches its M and P: never ask the current thread.
 */
public final class G implements Runnable {
    public static final int IDLE = 0, RUNNABLE = 1, RUNNING = 2, SYSCALL = 3, WAITING = 4, DEAD = 6;

    /**
     * Kinds of request at poll points ({@link #preempt}), weakest first: none; count polls for a
     * thief waiting for this P's runnext (no yield); the end of a time slice; yield at once.
     */
    static final int PREEMPT_NONE = 0, PREEMPT_COUNT = 1, PREEMPT_SLICE = 2, PREEMPT_NOW = 3;

    private static final VarHandle STATUS, SELECT_DONE, PREEMPT, PENDING;
    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            STATUS = l.findVarHandle(G.class, "atomicstatus", int.class);
            SELECT_DONE = l.findVarHandle(G.class, "selectDone", int.class);
            PREEMPT = l.findVarHandle(G.class, "preempt", int.class);
            PENDING = l.findStaticVarHandle(G.class, "preemptPending", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    final Sched sched;
    final long goid;
    final GoBody fn;
    final Coroutine co;
    /** GcPacer's young-collection epoch at creation: whether the goroutine's memory may have been promoted. */
    final int bornEpoch;

    private volatile int atomicstatus;
    volatile String waitreason = WaitReason.ZERO;
    volatile M m;

    /**
     * A request at poll points: PREEMPT_NOW from stop-the-world, exit and the REPL (yield at
     * the next poll), PREEMPT_SLICE from sysmon when the time slice is used up (yield after
     * the P's grace polls, P.sliceGrace, so that slow first executions are not cut short),
     * PREEMPT_COUNT from a thief that waits until this G did some work (P.runnextPollDone).
     */
    private volatile int preempt;

    /**
     * Set by {@link #requestUnwind}: at its next poll point the goroutine does not yield but
     * lets the interpreter unwind it (the REPL's Ctrl-C, {@code :kill}). Keeps {@link #preempt}
     * set until taken, also across parks, so a goroutine that was blocked unwinds once it runs.
     */
    private volatile boolean unwind;

    /**
     * How many goroutines of this JVM have {@link #preempt} set. Poll points in interpreted loops
     * read only this (one load from a fixed address, cheap enough for every back-edge of a
     * compiled loop) and look at their own goroutine's flag when it is not zero.
     */
    @SuppressWarnings("unused") // through PENDING
    private static volatile int preemptPending;

    /** Free slot for the interpreter (defer/panic state, created-by info...). */
    public Object interpData;
    /** Test mode only (Sched.testResumeHook): the M this G parked on, its wait reason, hand-off attempts. */
    M parkedOn;
    String parkReason;
    int migrateTries;

    /** Link on a GQueue (global run queue or a batch). */
    G schedlink;

    // Channel/select/semaphore wake-up protocol (guarded by the wait queue's lock).
    private volatile Object param;
    private volatile int selectDone;
    Sudog waiting;

    // time.Sleep
    Timer timer;
    long sleepWhen;

    /**
     * runtime.LockOSThread nesting (Go's lockedExt) and the M this G is wired to while it is
     * positive (Go's lockedm); written by the G itself, read by Ms in schedule.
     */
    int lockedExt;
    volatile M lockedm;

    // How the body ended.
    boolean goexited;
    Throwable failure;

    private G(Sched sched, long goid, GoBody fn, boolean isG0) {
        this.sched = sched;
        this.goid = goid;
        this.fn = fn;
        this.co = isG0 ? null : new Coroutine(fn.entry(this));
        this.bornEpoch = isG0 ? 0 : GcPacer.goroutineCreated();
    }

    static G newG(Sched sched, long goid, GoBody fn) {
        return new G(sched, goid, fn, false);
    }

    static G newG0(Sched sched, M m) {
        G g0 = new G(sched, 0, null, true);
        g0.m = m;
        g0.atomicstatus = RUNNING;
        return g0;
    }

    /**
     * The goroutine's body: the entry of its continuation (Coroutine runs it; nobody else may)
     * unless its GoBody is an entry itself ({@link GoBody#entry}). The continuation enters here
     * directly, without a lambda, since each Java frame under a park is copied into the parked
     * goroutine's stack chunk.
     */
    @Override
    public void run() {
        try {
            fn.run(this);
        } catch (Throwable t) {
            bodyEnded(t);
        }
    }

    /** The body threw t: a Goexit ends the goroutine normally, anything else is its failure. */
    public void bodyEnded(Throwable t) {
        if (t instanceof Goexit) {
            goexited = true;
        } else {
            failure = t;
        }
    }

    public long id() {
        return goid;
    }

    /** Whether runtime.LockOSThread wired this goroutine to its M (tracebacks say "locked to thread"). */
    public boolean lockedToThread() {
        return lockedm != null;
    }

    public Sched sched() {
        return sched;
    }

    /** The M running this G (valid while the G runs: re-read it after any blocking call). */
    public M m() {
        return m;
    }

    /**
     * Whether this G is running on the calling thread, so that its frames can be walked there
     * (for tracebacks; call from runtime code, not across a yield).
     */
    public boolean runningOnCurrentThread() {
        M mp = m;
        return status() == RUNNING && mp != null && mp.thread == Thread.currentThread();
    }

    /** Whether this is an M's scheduler context (g0) rather than a goroutine. */
    public boolean isG0() {
        return co == null;
    }

    public int status() {
        return atomicstatus;
    }

    public String waitReason() {
        return waitreason;
    }

    void setStatus(int s) {
        atomicstatus = s;
    }

    /** Go's casgstatus; a failed transition is a runtime bug. */
    void casgstatus(int from, int to) {
        if (!STATUS.compareAndSet(this, from, to)) {
            throw new IllegalStateException("runtime: casgstatus: goroutine " + goid + " is in status "
                            + atomicstatus + ", expected " + from + " (to " + to + ")");
        }
    }

    boolean casStatus(int from, int to) {
        return STATUS.compareAndSet(this, from, to);
    }

    /**
     * The fast check of a poll point: whether any goroutine has a pending preemption request. An
     * opaque read is done again on every loop iteration (so a busy loop sees sysmon's request)
     * but, unlike a volatile read, does not order the loop's other memory accesses.
     */
    public static boolean anyPreemptPending() {
        return (int) PENDING.getOpaque() != 0;
    }

    public boolean preemptRequested() {
        return preempt != PREEMPT_NONE;
    }

    /** Asks this goroutine to yield at its next poll point (overrides a time-slice request). */
    void requestPreempt() {
        if ((int) PREEMPT.getAndSet(this, PREEMPT_NOW) == PREEMPT_NONE) {
            PENDING.getAndAdd(1);
        }
    }

    /** Sysmon: the time slice is over; yield after the grace polls (unless already asked). */
    void requestSlicePreempt() {
        raisePreempt(PREEMPT_SLICE);
    }

    /** A thief waits for runnext of this G's P: count this G's polls (it does not yield). */
    void requestRunnextCountdown() {
        raisePreempt(PREEMPT_COUNT);
    }

    private void raisePreempt(int kind) {
        for (;;) {
            int k = preempt;
            if (k >= kind) {
                return;
            }
            if (PREEMPT.compareAndSet(this, k, kind)) {
                if (k == PREEMPT_NONE) {
                    PENDING.getAndAdd(1);
                }
                return;
            }
        }
    }

    /**
     * At a resume from runnext into a time slice that is already over: the request becomes
     * PREEMPT_SLICE, whatever the goroutine's last run left. A hand-off partner usually parked
     * with exactly that request (it ran in the same slice), and then nothing changes: clearing it
     * and raising it again cost four atomic operations at every switch of a ping-pong once its
     * slice was over (the whole grace of 100,000 polls while the code runs interpreted).
     */
    void inheritSliceOver() {
        if (preempt == PREEMPT_SLICE && !unwind) {
            return;
        }
        clearPreempt();
        raisePreempt(PREEMPT_SLICE);
    }

    void clearPreempt() {
        // a plain read first: no atomic exchange at every resume when nothing was requested
        if (preempt != PREEMPT_NONE && !unwind && (int) PREEMPT.getAndSet(this, PREEMPT_NONE) != PREEMPT_NONE) {
            PENDING.getAndAdd(-1);
            // requestUnwind raced with us (its request found ours still set and did not count
            // itself): ask again, or no poll would ever look at this goroutine's unwind
            if (unwind) {
                requestPreempt();
            }
        }
    }

    /**
     * A poll point that found {@link #preemptRequested}: false while a time-slice request is
     * still in its grace (the goroutine keeps running), true when it must call
     * {@link #yieldIfPreempted} now. Small enough to compile into the poll's fast path.
     */
    public boolean pollMustYield() {
        int k = preempt;
        M mp = m;
        P pp = mp == null ? null : mp.p;
        if (k == PREEMPT_SLICE && pp != null && pp.sliceGrace > 0) {
            pp.sliceGrace--;
            return false;
        }
        if (k == PREEMPT_COUNT) {
            if ((pp == null || pp.runnextPollDone()) && PREEMPT.compareAndSet(this, PREEMPT_COUNT, PREEMPT_NONE)) {
                PENDING.getAndAdd(-1);
            }
            return false;
        }
        return k != PREEMPT_NONE;
    }

    /**
     * {@link #pollMustYield} for a poll in JIT-compiled code: a time slice that ran out gets no
     * grace polls there. The grace is for cold first executions (runtime/README.md); compiled
     * code is warm, and counting 100,000 grace polls through the G's M and P at every
     * back-edge cost hot loops more than half their speed whenever the machine was loaded (a
     * wall-clock slice then holds fewer polls than the grace).
     */
    public boolean pollMustYieldCompiled() {
        return preempt == PREEMPT_SLICE || pollMustYield();
    }

    /** After {@link #pollMustYieldCompiled} said so: yields now (unless an unwind is pending). */
    public void yieldPreempted() {
        if (preempt != PREEMPT_NONE && !unwind) {
            sched.preemptPark(this);
        }
    }

    /**
     * A poll point (loop back-edges of interpreted code; plain Java bodies call it in their
     * loops): yields if asked to, once a time slice's grace is used up.
     */
    public void yieldIfPreempted() {
        if (preempt != PREEMPT_NONE && pollMustYield() && !unwind) {
            sched.preemptPark(this);
        }
    }

    /** Asks this goroutine to unwind at its next poll point (see {@link #takeUnwind}); any thread may call it. */
    public void requestUnwind() {
        unwind = true;
        requestPreempt();
    }

    public boolean unwindRequested() {
        return unwind;
    }

    /**
     * Called by interpreted code at a poll point: true once per {@link #requestUnwind}, and the
     * caller then unwinds the goroutine (deferred calls run without being stopped again).
     */
    public boolean takeUnwind() {
        if (!unwind) {
            return false;
        }
        unwind = false;
        clearPreempt();
        return true;
    }

    // --- wake-up protocol used by chan/select/sync (Go's g.param, g.selectDone, g.waiting) ---

    public Object param() {
        return param;
    }

    public void setParam(Object p) {
        param = p;
    }

    /** A waker claims a goroutine blocked in select; only one succeeds. */
    public boolean casSelectDone() {
        return SELECT_DONE.compareAndSet(this, 0, 1);
    }

    public void clearSelectDone() {
        selectDone = 0;
    }

    public Sudog waiting() {
        return waiting;
    }

    public void setWaiting(Sudog s) {
        waiting = s;
    }

    @Override
    public String toString() {
        return isG0() ? "g0" : "goroutine " + goid;
    }
}
