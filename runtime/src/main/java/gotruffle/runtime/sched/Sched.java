package gotruffle.runtime.sched;

import gotruffle.runtime.GcPacer;
import gotruffle.runtime.GoFatalError;
import gotruffle.runtime.GoRuntimePanic;
import gotruffle.runtime.netpoll.NetPoll;
import gotruffle.runtime.sync.Sema;
import gotruffle.runtime.time.Timer;
import gotruffle.runtime.time.TimerFunc;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;
import java.util.function.Predicate;

/**
 * The scheduler of one Go program run (Go's {@code sched} plus the functions of proc.go): Gs run on
 * Ms (worker threads) that hold Ps; see README.md for the design.
 *
 * <p>Two kinds of code call in here. <b>G side</b>: a goroutine running on an M (gopark, goready,
 * newproc, entersyscall...); it reaches its M and P only through {@code gp.m}. <b>M side</b>: the M's
 * own loop outside any goroutine (schedule, findRunnable, execute and what runs after a goroutine
 * yields), Go's g0; timer callbacks run there and receive the M's g0 as their G.
 *
 * <p>Lock order: channel locks (by channel id) / semaphore and notify-list locks → timer.mu →
 * timer heap locks → {@link #lock} (sched.lock). No runtime lock is ever held across a yield;
 * gopark's unlockf releases the waiter's lock on the M after the yield.
 */
public final class Sched {
    /** Go's _MaxGomaxprocs. */
    static final int MAX_GOMAXPROCS = 1 << 10;
    /** Go's sched.maxmcount. */
    static final int MAX_MCOUNT = 10000;

    final SchedConfig config;
    final PrintStream err;

    /** sched.lock: idle M and P lists, the global run queue, allm, stop-the-world state. */
    final RLock lock = new RLock();

    // Ms (guarded by lock unless atomic).
    M midle;
    int nmidle;
    /** Ms waiting in stoplockedm for their locked goroutine (Go's nmidlelocked; sched.lock). */
    int nmidlelocked;
    int nmsys;
    long mnext;
    final List<M> allm = new ArrayList<>();
    final AtomicInteger nmspinning = new AtomicInteger();
    /**
     * When another P may steal a running P's runnext (Go: after the thief's usleep(3), about
     * 50 us on Linux, plus its wake-up; the spawner has usually blocked and run it by then). Our
     * code, above all its first executions, runs far slower, so the measure is work, not time:
     * the owner's goroutine must have made {@code runnextStealPolls} polls (loop back-edges, a
     * few tens of us of Go) since runnext was set, or {@code runnextStealMaxNanos} have passed
     * since a thief first found it (code without loops, or busy in Java natives, does not poll).
     */
    volatile long runnextStealPolls = 5_000;
    volatile long runnextStealMaxNanos = 1_000_000;

    // Ps.
    P pidle;
    final AtomicInteger npidle = new AtomicInteger();
    /** The gomaxprocs Ps in use; replaced (never mutated) by procresize. */
    volatile P[] allp = new P[0];
    /** Every P ever created, reused when GOMAXPROCS grows again. */
    private final List<P> pstore = new ArrayList<>();
    volatile int gomaxprocs;
    int newprocs;

    // Global run queue.
    final GQueue runq = new GQueue();
    volatile int runqsize;

    // Goroutines.
    private final AtomicLong goidgen = new AtomicLong();
    /**
     * Live goroutines. A set of Gs (identity hashes), not a map from goid: a boxed Long key per
     * goroutine was 24 bytes of each of 100k parked goroutines (bench/parked.go).
     */
    final Set<G> allgs = ConcurrentHashMap.newKeySet();

    // Poller (Go's netpoll: sockets on a Selector, timer waits, completions from foreign threads).
    final NetPoll netpoll = new NetPoll(this::isDying);
    /** nanotime of the last poll; 0 while some M is blocked in netpoll. */
    final AtomicLong lastpoll = new AtomicLong(nanotime());
    /** When the blocked poller will wake up (0: indefinitely). */
    final AtomicLong pollUntil = new AtomicLong();

    // Stop the world (GOMAXPROCS changes).
    volatile boolean gcwaiting;
    int stopwait;
    final Note stopnote = new Note();
    /** Go's worldsema: a semaphore word with count 1. */
    private final long[] worldsema = {1};
    /** This program's semaphore table (sync's waiters): per program, as nothing of one may reach the next. */
    private final Sema sema = new Sema();

    // sysmon.
    volatile boolean sysmonwait;
    final Note sysmonnote = new Note();
    private Sysmon sysmon;

    // Program lifetime.
    volatile boolean mainStarted;
    private volatile boolean dying;
    private final AtomicBoolean exiting = new AtomicBoolean();
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile int exitCode;
    private volatile Throwable internalError;
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile boolean mainGoexited;
    /** Set by the first schedtrace line, which therefore reads "SCHED 0ms" (as Go). */
    long traceStart;

    public Sched(SchedConfig config) {
        this.config = config;
        this.err = config.err();
    }

    // ------------------------------------------------------------------ clock

    private static final long BOOT = System.nanoTime();

    /** Go's nanotime: monotonic, positive, 0 never used as a time (0 means "none" in timers). */
    public static long nanotime() {
        return System.nanoTime() - BOOT + 1;
    }

    public static int numCPU() {
        return Runtime.getRuntime().availableProcessors();
    }

    // ------------------------------------------------------------------ program lifetime

    /**
     * Runs {@code main} as goroutine 1 and blocks until the program ends: main returns (0),
     * {@link #exit} (its code), a fatal error or an uncaught Go panic (2, after printing Go's
     * message to {@code err}). A Throwable that is not a Go error escaping any goroutine body is
     * rethrown here. All Ms are stopped before this returns.
     */
    public int runMain(GoBody main) {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("a Sched runs exactly one program");
        }
        G g1 = G.newG(this, goidgen.incrementAndGet(), main);
        allgs.add(g1);
        g1.setStatus(G.RUNNABLE);
        lock.lock();
        procresize(null, config.gomaxprocs());
        globrunqput(g1);
        lock.unlock();
        mainStarted = true;
        startm(null, false); // M0
        lock.lock();
        M sysmonM = new M(this, mnext++, true);
        allm.add(sysmonM);
        nmsys++;
        lock.unlock();
        sysmon = new Sysmon(this, sysmonM);
        sysmon.start();
        try {
            IntConsumer owner = StackOverflowExit.processExit();
            if (owner == null) {
                done.await();
            } else {
                while (!done.await(StackOverflowExit.POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                    exitIfStackOverflowed(owner);
                }
            }
        } catch (InterruptedException e) {
            // The host gives up on the program (a test's time limit): stop it like os.Exit(2).
            requestExit(2, null);
        }
        shutdown();
        // Like the exit of a Go process: no socket of this program stays open.
        netpoll.closeAll();
        Throwable t = internalError;
        if (t != null) {
            if (t instanceof RuntimeException re) {
                throw re;
            }
            if (t instanceof Error e) {
                throw e;
            }
            throw new IllegalStateException("goroutine failed: " + t, t);
        }
        return exitCode;
    }

    /**
     * A goroutine of this program overflowed its stack and a launcher owns the process: Go's
     * report, then the process ends without unwinding that stack (StackOverflowExit).
     */
    private void exitIfStackOverflowed(IntConsumer owner) {
        Thread t = StackOverflowExit.overflowedOn;
        if (t == null) {
            return;
        }
        G gp = null;
        lock.lock();
        for (M mp : allm) {
            if (mp.thread == t) {
                gp = mp.curg;
            }
        }
        lock.unlock();
        if (gp == null || !claimFatal()) {
            return; // another program's thread, or this program is ending already
        }
        err.print(StackOverflowExit.report(gp.goid));
        err.flush();
        owner.accept(2);
        finishExit(2, null); // an owner that returned: end as the unwind would have
    }

    // Go's runningPanicDefers and panicking (panic.go): while a goroutine runs deferred calls for a
    // panic, or is about to print a fatal panic, main returning does not exit(0) yet (proc.go's main).
    private final AtomicInteger runningPanicDefers = new AtomicInteger();
    private static final long MAIN_RETURN_GRACE_NS = 500_000_000L;
    private volatile boolean panicking;

    /** A panic starts running deferred calls (Go's gopanic). */
    public void panicDefersStarted() {
        runningPanicDefers.incrementAndGet();
    }

    /** That panic was recovered, or is about to end the program (after {@link #startPanicking}). */
    public void panicDefersEnded() {
        runningPanicDefers.decrementAndGet();
    }

    /** An unrecovered panic will end the program: main must not exit(0) first. */
    public void startPanicking() {
        panicking = true;
    }

    /**
     * What Go's main does after main.main returns and before exit(0): gives running panic defers
     * a bounded chance to finish, and waits for good if a goroutine is crashing the program.
     */
    public void mainReturning(G gp) {
        // Go's budget is 1000 goscheds; a goroutine's way from its last deferred call to
        // startPanicking (unwinding, first executions of cold paths) is slower here than in Go,
        // so the budget also lasts at least MAIN_RETURN_GRACE_NS.
        long until = System.nanoTime() + MAIN_RETURN_GRACE_NS;
        for (int c = 0; runningPanicDefers.get() != 0 && (c < 1000 || System.nanoTime() - until < 0); c++) {
            gosched(gp);
        }
        if (panicking) {
            gopark(gp, (ParkCommit) null, WaitReason.PANIC_WAIT);
        }
    }

    /** Whether the program is ending; output produced now would come after Go's exit. */
    public boolean isExiting() {
        return dying;
    }

    boolean isDying() {
        return dying;
    }

    /**
     * os.Exit: ends the program with {@code code}. Called from a goroutine it never returns (the
     * goroutine is parked for good); {@code gp} may be null when called from another thread.
     */
    public void exit(G gp, int code) {
        requestExit(code, null);
        parkIfGoroutine(gp);
    }

    /**
     * Reports a Go fatal error (printed like Go's throw: message, then every goroutine with
     * {@code gp} first as running) and ends the program with status 2. Called from a goroutine
     * it never returns.
     */
    public void fatal(G gp, String msg) {
        fatalNoPark(gp, msg);
        parkIfGoroutine(gp);
    }

    /**
     * Claims the program's one fatal report for a caller that writes its own (out of memory: its
     * bytes were made while there was memory, and nothing here may allocate): claimed before it
     * is written, so no other ending (another goroutine's fatal error or panic) prints into it.
     * If this returns true the caller writes the report, then calls {@link #endFatal}.
     */
    public boolean claimFatal() {
        return exiting.compareAndSet(false, true);
    }

    /** Ends the program with status 2 after a report claimed with {@link #claimFatal}; as {@link #fatal}. */
    public void endFatal(G gp) {
        finishExit(2, null);
        parkIfGoroutine(gp);
    }

    /** The caller never returns when it is a goroutine of this program: it is parked for good. */
    private void parkIfGoroutine(G gp) {
        if (gp != null && !gp.isG0() && gp.m != null) {
            parkForever(gp);
        }
    }

    private void fatalNoPark(G gp, String msg) {
        if (exiting.compareAndSet(false, true)) {
            Traceback.printFatal(this, msg, gp, true);
            finishExit(2, null);
        }
    }

    private void requestExit(int code, Throwable internal) {
        if (exiting.compareAndSet(false, true)) {
            finishExit(code, internal);
        }
    }

    private void finishExit(int code, Throwable internal) {
        exitCode = code;
        internalError = internal;
        dying = true;
        preemptall(null);
        done.countDown();
    }

    /** A runtime bug: stop everything and let runMain rethrow it. */
    void internalError(Throwable t) {
        requestExit(2, t);
    }

    private void parkForever(G gp) {
        gopark(gp, (ParkCommit) null, WaitReason.ZERO);
        throw new IllegalStateException("runtime: exited goroutine resumed");
    }

    /** Wakes every M and joins them, so that nothing of this program outlives runMain. */
    private void shutdown() {
        dying = true;
        List<M> ms;
        lock.lock();
        ms = new ArrayList<>(allm);
        lock.unlock();
        for (M mp : ms) {
            G c = mp.curg;
            if (c != null) {
                c.requestPreempt();
            }
            mp.park.wakeup();
        }
        netpoll.netpollBreak();
        sysmonnote.wakeup();
        stopnote.wakeup();
        // Running goroutines stop at their next preemption poll; Ms in syscalls stop when the
        // call returns (not waited for, not interrupted: interrupting would close NIO channels
        // the interpreter may share). Keep nudging: an M may have picked up a goroutine
        // (clearing its preempt flag) just before it saw dying.
        long deadline = System.nanoTime() + 3_000_000_000L;
        for (M mp : ms) {
            Thread t = mp.thread;
            while (t != null && t.isAlive()) {
                G c = mp.curg;
                if (c != null && c.status() == G.SYSCALL || System.nanoTime() - deadline > 0) {
                    // In I/O, or stuck in Java code that never polls: leave it (a daemon thread).
                    break;
                }
                if (c != null) {
                    c.requestPreempt();
                }
                mp.park.wakeup();
                sysmonnote.wakeup();
                netpoll.netpollBreak();
                try {
                    t.join(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    // ------------------------------------------------------------------ goroutines

    /**
     * The go statement: creates a goroutine running {@code fn} and queues it on the caller's P
     * (runnext, like Go). {@code caller} may be a g0 (timer callbacks) or null (foreign thread).
     */
    public G newproc(G caller, GoBody fn) {
        G newg = G.newG(this, goidgen.incrementAndGet(), fn);
        allgs.add(newg);
        newg.setStatus(G.RUNNABLE);
        P pp = currentP(caller);
        if (pp == null) {
            lock.lock();
            globrunqput(newg);
            lock.unlock();
            startIdle(1);
        } else {
            pp.runqput(newg, true);
            if (mainStarted) {
                wakep();
            }
        }
        return newg;
    }

    private static P currentP(G caller) {
        if (caller == null) {
            return null;
        }
        M mp = caller.m;
        return mp == null ? null : mp.p;
    }

    public int numGoroutine() {
        return allgs.size();
    }

    /** Go's status text of a goroutine as its traceback header shows it ("running", "chan receive", ...). */
    public static String statusString(G gp) {
        return Traceback.statusString(gp);
    }

    /** All live goroutines in id order (for tracebacks and debugging). */
    public List<G> allGoroutines() {
        List<G> gs = new ArrayList<>(allgs);
        gs.sort((a, b) -> Long.compare(a.goid, b.goid));
        return gs;
    }

    // ------------------------------------------------------------------ park / ready (G side)

    /**
     * Go's gopark: blocks the running goroutine {@code gp} in state waiting with
     * {@code waitReason}. {@code unlockf} runs on the M after the goroutine really yielded (so a
     * waker that needs the lock it releases cannot resume the goroutine too early); if it
     * returns false the goroutine continues at once. Returns when someone calls goready.
     */
    public void gopark(G gp, ParkCommit unlockf, String waitReason) {
        // Kept under C1's inlining limit (35 bytecodes): it is a frame of every parked goroutine's stack.
        if (gp.co == null) {
            throw parkOnG0();
        }
        gp.waitreason = waitReason;
        gp.m.parking(unlockf);
        gp.co.park(); // also counts the frames a recursion that parks in each call left in chunks
    }

    private static IllegalStateException parkOnG0() {
        return new IllegalStateException("runtime: blocking operation on g0 (timer callback?)");
    }

    /** gopark with a plain unlock action (always commits). */
    public void gopark(G gp, Runnable unlockf, String waitReason) {
        gopark(gp, unlockf == null ? null : (g, g0) -> {
            unlockf.run();
            return true;
        }, waitReason);
    }

    /**
     * Go's goready: makes the parked {@code gp} runnable in the runnext slot of the caller's P, so
     * it runs next (the caller keeps running until it blocks or its slice ends). {@code caller}
     * is the running goroutine, an M's g0, or null from a foreign thread.
     */
    public void goready(G caller, G gp) {
        gp.casgstatus(G.WAITING, G.RUNNABLE);
        P pp = currentP(caller);
        if (pp == null) {
            lock.lock();
            globrunqput(gp);
            lock.unlock();
            startIdle(1);
            return;
        }
        pp.runqput(gp, true);
        wakep();
    }

    /** runtime.Gosched: yields the processor; the goroutine goes to the global queue. */
    public void gosched(G gp) {
        if (dying) {
            parkForever(gp);
        }
        if (gp.co != null) {
            gp.co.checkStackLimit();
        }
        gp.m.yieldKind = M.YIELD_GOSCHED;
        Coroutine.yieldToM();
    }

    /** Go's goyield: like Gosched but stays on the local run queue (semaphore hand-off). */
    public void goyield(G gp) {
        gp.m.yieldKind = M.YIELD_GOYIELD;
        Coroutine.yieldToM();
    }

    /** The preemption point: interpreted code calls this when {@code gp.preempt} is set. */
    public void preemptPark(G gp) {
        gp.clearPreempt();
        if (gp.isG0() || gp.status() != G.RUNNING) {
            return;
        }
        if (dying) {
            parkForever(gp);
        }
        gp.co.checkStackLimit(); // a recursion that yields is bounded by the heap, not by the M's stack
        gp.m.yieldKind = M.YIELD_PREEMPT;
        Coroutine.yieldToM();
    }

    /** time.Sleep: parks the goroutine on its timer; no thread is used while it sleeps. */
    public void sleep(G gp, long ns) {
        if (ns <= 0) {
            return;
        }
        Timer t = gp.timer;
        if (t == null) {
            t = new Timer(GOROUTINE_READY, gp);
            gp.timer = t;
        }
        gp.sleepWhen = Timer.when(nanotime(), ns);
        // The timer is armed in unlockf, after the goroutine yielded, so it cannot fire early.
        gopark(gp, RESET_FOR_SLEEP, WaitReason.SLEEP);
    }

    private static final TimerFunc GOROUTINE_READY = (g0, arg, now) -> g0.sched.goready(g0, (G) arg);

    private static final ParkCommit RESET_FOR_SLEEP = (gp, g0) -> {
        gp.timer.start(g0, gp.sleepWhen, 0);
        return true;
    };

    // ------------------------------------------------------------------ syscalls (G side)

    /** Go's entersyscall: the goroutine is about to block in I/O; sysmon may give its P away. */
    public void entersyscall(G gp) {
        M mp = gp.m;
        P pp = mp.p;
        gp.casgstatus(G.RUNNING, G.SYSCALL);
        mp.syscalltick = pp.syscalltick;
        pp.m = null;
        mp.oldp = pp;
        mp.p = null;
        pp.setStatus(P.SYSCALL);
        if (sysmonwait) {
            wakeSysmon();
        }
        if (gcwaiting) {
            lock.lock();
            if (stopwait > 0 && pp.casStatus(P.SYSCALL, P.GCSTOP)) {
                pp.syscalltick++;
                if (--stopwait == 0) {
                    stopnote.wakeup();
                }
            }
            lock.unlock();
        }
    }

    /** Go's exitsyscall: gets a P back (the old one if still free) or waits in the run queue. */
    public void exitsyscall(G gp) {
        M mp = gp.m;
        P oldp = mp.oldp;
        mp.oldp = null;
        if (!dying && exitsyscallfast(mp, oldp)) {
            mp.p.syscalltick++;
            gp.casgstatus(G.SYSCALL, G.RUNNING);
            return;
        }
        // No P: the M queues us and goes idle (Go's mcall(exitsyscall0)).
        mp.yieldKind = M.YIELD_EXITSYSCALL;
        Coroutine.yieldToM();
        gp.m.p.syscalltick++;
    }

    private boolean exitsyscallfast(M mp, P oldp) {
        if (oldp != null && oldp.status() == P.SYSCALL && oldp.casStatus(P.SYSCALL, P.IDLE)) {
            wirep(mp, oldp);
            return true;
        }
        if (npidle.get() > 0) {
            lock.lock();
            P pp = pidleget();
            lock.unlock();
            if (pp != null) {
                acquirep(mp, pp);
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ M side: the scheduler loop

    /** Body of every M thread (Go's mstart). */
    void mstart(M mp) {
        try {
            P pp = mp.nextp;
            if (pp != null) {
                mp.nextp = null;
                acquirep(mp, pp);
            }
            schedule(mp);
        } catch (Throwable t) {
            internalError(t);
        } finally {
            mp.exited = true;
        }
    }

    /** Observes goroutines resuming after a park (tests only). */
    public interface ResumeHook {
        /** gp resumes on M resumeM after parking with reason on M parkM. */
        void resumed(G gp, String reason, long parkM, long resumeM);
    }

    /**
     * Test hook (null in normal runs, then the only cost is reading it at parks and resumes):
     * when set, every resume after a real park is reported, and a goroutine about to resume on
     * the M it parked on is handed to another M instead (GOMAXPROCS >= 2), so tests can make
     * every blocking operation continue on a different thread.
     */
    public static volatile ResumeHook testResumeHook;

    /**
     * Go's schedule: find a runnable goroutine and run it, forever (until the program ends). An M
     * with a locked goroutine runs nothing else: it waits until that goroutine is handed back.
     */
    private void schedule(M mp) {
        while (!dying) {
            G locked = mp.lockedg;
            if (locked != null) {
                if (!stoplockedm(mp)) {
                    return;
                }
                execute(mp, locked, false);
                continue;
            }
            G gp = findRunnable(mp);
            if (gp == null) {
                return;
            }
            if (mp.spinning) {
                resetspinning(mp);
            }
            if (gp.lockedm != null) {
                startlockedm(mp, gp);
                continue;
            }
            execute(mp, gp, mp.inheritTime);
        }
    }

    // ------------------------------------------------------------------ LockOSThread

    /** runtime.LockOSThread: wires gp (running) to its M until as many UnlockOSThread calls. */
    public void lockOSThread(G gp) {
        if (gp.lockedExt == Integer.MAX_VALUE) {
            fatal(gp, "LockOSThread nesting overflow");
        }
        gp.lockedExt++;
        M mp = gp.m;
        mp.lockedg = gp;
        gp.lockedm = mp;
    }

    /** runtime.UnlockOSThread: undoes one LockOSThread; at zero the G and M are free again. */
    public void unlockOSThread(G gp) {
        if (gp.lockedExt == 0) {
            return;
        }
        if (--gp.lockedExt == 0) {
            dounlockOSThread(gp);
        }
    }

    private static void dounlockOSThread(G gp) {
        M mp = gp.lockedm;
        if (mp != null) {
            mp.lockedg = null;
        }
        gp.lockedm = null;
    }

    /**
     * Go's stoplockedm: the locked goroutine of mp is not running; give the P away and sleep
     * until startlockedm hands one back with the goroutine runnable. False when the program ends.
     */
    private boolean stoplockedm(M mp) {
        if (mp.p != null) {
            handoffp(releasep(mp));
        }
        incidlelocked(1);
        return sleepForP(mp);
    }

    /** Go's startlockedm: gp (runnable, taken from a queue) is locked to another M: give it our P and stop. */
    private void startlockedm(M mp, G gp) {
        M lm = gp.lockedm;
        P pp = releasep(mp);
        incidlelocked(-1);
        lm.nextp = pp;
        lm.park.wakeup();
        stopm(mp);
    }

    /**
     * Go's execute plus what Go does on g0 after the goroutine calls mcall: runs {@code gp} on this
     * M until it yields, then files it according to why it yielded.
     */
    private void execute(M mp, G gp, boolean inheritTime) {
        for (;;) {
            if (dying) {
                return;
            }
            ResumeHook hook = testResumeHook;
            if (hook != null && gp.parkedOn != null) {
                if (gp.parkedOn == mp && gp.lockedm == null && allp.length > 1 && gp.migrateTries++ < 100_000) {
                    // test mode: hand a goroutine that parked on this M to another one
                    lock.lock();
                    globrunqput(gp);
                    lock.unlock();
                    wakep();
                    Thread.yield();
                    return;
                }
                hook.resumed(gp, gp.parkReason, gp.parkedOn.id, mp.id);
                gp.parkedOn = null;
                gp.migrateTries = 0;
            }
            mp.curg = gp;
            gp.m = mp;
            gp.casgstatus(G.RUNNABLE, G.RUNNING);
            P pp = mp.p;
            if (inheritTime && pp.sliceOver) {
                gp.inheritSliceOver();
            } else {
                gp.clearPreempt();
                if (!inheritTime) {
                    pp.schedtick++;
                    pp.sliceOver = false;
                    pp.sliceGrace = config.sliceGracePolls();
                }
            }
            mp.yieldKind = M.YIELD_NONE;
            gp.co.resume();
            // Back on g0.
            if (gp.co.isDone()) {
                goexit0(mp, gp);
                return;
            }
            switch (mp.yieldKind) {
                case M.YIELD_PARK -> {
                    if (testResumeHook != null) {
                        // before the park commits: from then on another M may resume gp
                        gp.parkedOn = mp;
                        gp.parkReason = gp.waitreason;
                    }
                    if (!parkM(mp, gp)) {
                        return;
                    }
                    gp.parkedOn = null;
                    inheritTime = true; // unlockf said no: resume it right away
                }
                case M.YIELD_GOSCHED, M.YIELD_PREEMPT -> {
                    goschedImpl(mp, gp);
                    return;
                }
                case M.YIELD_GOYIELD -> {
                    gp.casgstatus(G.RUNNING, G.RUNNABLE);
                    dropg(mp, gp);
                    mp.p.runqput(gp, false);
                    return;
                }
                case M.YIELD_EXITSYSCALL -> {
                    if (!exitsyscall0(mp, gp)) {
                        return;
                    }
                    inheritTime = false;
                }
                default -> throw new IllegalStateException("runtime: goroutine " + gp.goid
                                + " yielded without telling the scheduler why");
            }
        }
    }

    private static void dropg(M mp, G gp) {
        gp.m = null;
        mp.curg = null;
    }

    /** Go's park_m; returns true when the goroutine must continue at once. */
    private boolean parkM(M mp, G gp) {
        gp.casgstatus(G.RUNNING, G.WAITING);
        dropg(mp, gp);
        ParkCommit f = mp.waitunlockf;
        mp.waitunlockf = null;
        if (f != null && !f.commit(gp, mp.g0)) {
            gp.casgstatus(G.WAITING, G.RUNNABLE);
            return true;
        }
        return false;
    }

    /** Go's goschedImpl: Gosched and preemption put the goroutine on the global queue. */
    private void goschedImpl(M mp, G gp) {
        gp.casgstatus(G.RUNNING, G.RUNNABLE);
        dropg(mp, gp);
        lock.lock();
        globrunqput(gp);
        lock.unlock();
    }

    /** Go's exitsyscall0; returns true if this M got a P and should run gp now. */
    private boolean exitsyscall0(M mp, G gp) {
        gp.casgstatus(G.SYSCALL, G.RUNNABLE);
        dropg(mp, gp);
        if (dying) {
            return false;
        }
        lock.lock();
        P pp = pidleget();
        if (pp == null) {
            globrunqput(gp);
        }
        lock.unlock();
        if (sysmonwait) {
            wakeSysmon();
        }
        if (pp != null) {
            acquirep(mp, pp);
            return true;
        }
        if (mp.lockedg == null) {
            stopm(mp);
        } // else schedule waits in stoplockedm until gp comes back to this M
        return false;
    }

    /** Go's goexit0, plus what Go does when a goroutine panics or main returns. */
    private void goexit0(M mp, G gp) {
        Throwable failure = gp.failure;
        gp.failure = null;
        if (failure != null && !dying) {
            if (failure instanceof GoFatalError fe) {
                fatalNoPark(gp, fe.getMessage());
            } else if (failure instanceof OutOfMemoryError) {
                fatalNoPark(gp, "runtime: out of memory"); // outside Go code (Goroutines.run reports the rest)
            } else if (failure instanceof StackOverflowError) {
                // Go: "runtime: goroutine stack exceeds 1000000000-byte limit" then a fatal error.
                if (exiting.compareAndSet(false, true)) {
                    err.print("runtime: goroutine stack exceeds 1000000000-byte limit\n");
                    Traceback.printFatal(this, "stack overflow", gp, true);
                    finishExit(2, null);
                }
            } else if (failure instanceof GoRuntimePanic pe) {
                if (exiting.compareAndSet(false, true)) {
                    Traceback.printPanic(this, pe.getMessage(), gp);
                    finishExit(2, null);
                }
            } else {
                internalError(failure);
            }
        }
        gp.takeUnwind();
        gp.clearPreempt();
        gp.casgstatus(G.RUNNING, G.DEAD);
        // A goroutine that exits locked frees its M (Go ends that thread; ours goes back to work).
        gp.lockedExt = 0;
        dounlockOSThread(gp);
        dropg(mp, gp);
        allgs.remove(gp);
        GcPacer.goroutineExited(gp.bornEpoch);
        if (gp.goid == 1) {
            if (gp.goexited) {
                mainGoexited = true;
            } else {
                requestExit(0, null);
            }
        }
    }

    /**
     * Go's findRunnable: local run queue, global queue (every 61st tick first, for fairness),
     * poller, stealing from other Ps; otherwise give up the P and sleep. Returns null only when
     * the program is exiting. Sets {@code mp.inheritTime}.
     */
    private G findRunnable(M mp) {
        top:
        for (;;) {
            if (dying) {
                return null;
            }
            P pp = mp.p;
            if (gcwaiting) {
                gcstopm(mp);
                continue;
            }
            mp.inheritTime = false;
            checkTimers(mp, pp, 0);
            long now = mp.tnow;
            long pollUntilLocal = mp.tpollUntil;

            if (pp.schedtick % 61 == 0 && runqsize > 0) {
                lock.lock();
                G gp = globrunqget(pp, 1);
                lock.unlock();
                if (gp != null) {
                    return gp;
                }
            }
            G gp = pp.runnextTake();
            if (gp != null) {
                mp.inheritTime = true;
                return gp;
            }
            gp = pp.runqget();
            if (gp != null) {
                return gp;
            }
            if (runqsize != 0) {
                lock.lock();
                gp = globrunqget(pp, 0);
                lock.unlock();
                if (gp != null) {
                    return gp;
                }
            }
            if (netpoll.waiters() > 0 && lastpoll.get() != 0) {
                GQueue list = toQueue(netpoll.poll(0));
                if (!list.isEmpty()) {
                    gp = list.pop();
                    injectglist(mp, list);
                    gp.casgstatus(G.WAITING, G.RUNNABLE);
                    return gp;
                }
            }

            // Spinning Ms steal; at most half as many spinning as busy Ps.
            int procs = gomaxprocs;
            if (mp.spinning || 2 * nmspinning.get() < procs - npidle.get()) {
                if (!mp.spinning) {
                    mp.spinning = true;
                    nmspinning.incrementAndGet();
                }
                gp = stealWork(mp, now);
                now = mp.tnow;
                if (gp != null) {
                    return gp;
                }
                if (mp.stealNewWork || pp.freshRunnextSeen) {
                    // Go's thief keeps looking at a fresh runnext (runqgrab's loop) with its P:
                    // giving the P up and taking it back at each look would open windows where
                    // the owner's wakep wakes yet another M for the same runnext.
                    continue;
                }
                long w = mp.tpollUntil;
                if (w != 0 && (pollUntilLocal == 0 || w < pollUntilLocal)) {
                    pollUntilLocal = w;
                }
            }

            // Nothing to do: give up the P.
            P[] allpSnapshot = allp;
            lock.lock();
            if (gcwaiting) {
                lock.unlock();
                continue;
            }
            if (runqsize != 0) {
                gp = globrunqget(pp, 0);
                lock.unlock();
                return gp;
            }
            if (releasep(mp) != pp) {
                throw new IllegalStateException("runtime: findrunnable: wrong p");
            }
            pidleput(pp);
            lock.unlock();

            // Drop spinning first, then re-check all sources: whoever submits work after our
            // checks sees nmspinning == 0 and wakes an M (Go's "delicate dance").
            boolean wasSpinning = mp.spinning;
            if (mp.spinning) {
                mp.spinning = false;
                if (nmspinning.decrementAndGet() < 0) {
                    throw new IllegalStateException("runtime: findrunnable: negative nmspinning");
                }
                P p2 = checkRunqsNoP(allpSnapshot);
                if (p2 != null) {
                    acquirep(mp, p2);
                    mp.spinning = true;
                    nmspinning.incrementAndGet();
                    continue;
                }
                pollUntilLocal = checkTimersNoP(allpSnapshot, pollUntilLocal);
            }

            // Become the poller: sleep until the next timer (or forever if only I/O waiters).
            if ((netpoll.waiters() > 0 || pollUntilLocal != 0) && lastpoll.getAndSet(0) != 0) {
                pollUntil.set(pollUntilLocal);
                if (mp.p != null || mp.spinning) {
                    throw new IllegalStateException("runtime: findrunnable: netpoll with p or spinning");
                }
                now = nanotime();
                long delay = -1;
                if (pollUntilLocal != 0) {
                    delay = Math.max(0, pollUntilLocal - now);
                }
                mp.blocked = true;
                GQueue list = toQueue(netpoll.poll(delay));
                mp.blocked = false;
                pollUntil.set(0);
                lastpoll.set(nanotime());
                if (dying) {
                    return null;
                }
                lock.lock();
                P p2 = pidleget();
                lock.unlock();
                if (p2 == null) {
                    injectglist(null, list);
                } else {
                    acquirep(mp, p2);
                    if (!list.isEmpty()) {
                        gp = list.pop();
                        injectglist(mp, list);
                        gp.casgstatus(G.WAITING, G.RUNNABLE);
                        return gp;
                    }
                    if (wasSpinning) {
                        mp.spinning = true;
                        nmspinning.incrementAndGet();
                    }
                    continue top;
                }
            } else if (pollUntilLocal != 0) {
                long ppu = pollUntil.get();
                if (ppu == 0 || ppu > pollUntilLocal) {
                    netpoll.netpollBreak();
                }
            }
            stopm(mp);
        }
    }

    /**
     * Go's stealWork: four passes over the other Ps in random order; the last pass also runs
     * their due timers and may take their runnext. Sets mp.tnow, mp.tpollUntil (earliest timer
     * seen) and mp.stealNewWork (timers ran: look again).
     */
    private G stealWork(M mp, long now) {
        P pp = mp.p;
        boolean ranTimer = false;
        long pollUntilLocal = 0;
        mp.stealNewWork = false;
        pp.freshRunnextSeen = false;
        P[] ps = allp;
        int n = ps.length;
        for (int i = 0; i < 4; i++) {
            boolean stealTimersOrRunNextG = i == 3;
            int start = mp.fastrand() & Integer.MAX_VALUE;
            int[] coprimes = RandomOrder.coprimes(n);
            int pos = start % n;
            int inc = coprimes[(start / n) % coprimes.length];
            for (int k = 0; k < n; k++, pos = (pos + inc) % n) {
                if (gcwaiting) {
                    mp.tnow = now;
                    mp.tpollUntil = pollUntilLocal;
                    mp.stealNewWork = true;
                    return null;
                }
                P p2 = ps[pos];
                if (p2 == pp) {
                    continue;
                }
                if (stealTimersOrRunNextG && p2.timers.timer0When() != 0) {
                    checkTimers(mp, p2, now);
                    now = mp.tnow;
                    long w = mp.tpollUntil;
                    if (w != 0 && (pollUntilLocal == 0 || w < pollUntilLocal)) {
                        pollUntilLocal = w;
                    }
                    if (mp.tran) {
                        // Timers may have readied goroutines onto our own queue.
                        G gp = pp.runnextTake();
                        if (gp != null) {
                            mp.inheritTime = true;
                        } else {
                            gp = pp.runqget();
                        }
                        if (gp != null) {
                            mp.tnow = now;
                            mp.tpollUntil = pollUntilLocal;
                            mp.stealNewWork = ranTimer;
                            return gp;
                        }
                        ranTimer = true;
                    }
                }
                if (p2.status() != P.IDLE) {
                    G gp = pp.runqsteal(p2, stealTimersOrRunNextG);
                    if (gp != null) {
                        mp.tnow = now;
                        mp.tpollUntil = pollUntilLocal;
                        return gp;
                    }
                }
            }
        }
        mp.tnow = now;
        mp.tpollUntil = pollUntilLocal;
        mp.stealNewWork = ranTimer;
        if (pp.freshRunnextSeen && !ranTimer) {
            // Go's runqgrab sleeps (usleep(3)) before it takes a running P's runnext. A thief
            // that looked again at once would spin hot on the other core while goroutines hand
            // off to each other (ping-pong, threadring), fighting the owner for the run queue's
            // and the scheduler's cache lines and asking its goroutine to count polls each time.
            LockSupport.parkNanos(RUNNEXT_BACKOFF_NANOS);
        }
        return null;
    }

    /** The spinning M's pause when only a fresh runnext was found (Go's usleep(3): ~50 us with Linux's timer slack). */
    private static final long RUNNEXT_BACKOFF_NANOS = 3_000;

    private P checkRunqsNoP(P[] snapshot) {
        for (P p2 : snapshot) {
            if (p2.status() != P.IDLE && !p2.runqempty()) {
                lock.lock();
                P pp = pidleget();
                lock.unlock();
                return pp;
            }
        }
        return null;
    }

    private static long checkTimersNoP(P[] snapshot, long pollUntilLocal) {
        for (P p2 : snapshot) {
            long w = p2.timers.timer0When();
            if (w != 0 && (pollUntilLocal == 0 || w < pollUntilLocal)) {
                pollUntilLocal = w;
            }
        }
        return pollUntilLocal;
    }

    /**
     * Go's checkTimers: runs the due timers of {@code pp} on this M (callbacks get mp.g0). Sets
     * mp.tnow, mp.tpollUntil (next timer, 0 if none) and mp.tran.
     */
    private void checkTimers(M mp, P pp, long now) {
        mp.tran = false;
        long next = pp.timers.timer0When();
        if (next == 0) {
            mp.tnow = now;
            mp.tpollUntil = 0;
            return;
        }
        if (now == 0) {
            now = nanotime();
        }
        if (now < next) {
            mp.tnow = now;
            mp.tpollUntil = next;
            return;
        }
        long pollUntilLocal = 0;
        boolean ran = false;
        var h = pp.timers;
        h.lock.lock();
        try {
            for (;;) {
                long tw = h.runtimer(now, mp.g0);
                if (tw != 0) {
                    if (tw > 0) {
                        pollUntilLocal = tw;
                    }
                    break;
                }
                ran = true;
            }
        } finally {
            h.lock.unlock();
        }
        mp.tnow = now;
        mp.tpollUntil = pollUntilLocal;
        mp.tran = ran;
    }

    /** Earliest timer over all Ps (Go's timeSleepUntil); Long.MAX_VALUE if none. */
    long timeSleepUntil() {
        long next = Long.MAX_VALUE;
        for (P pp : allp) {
            long w = pp.timers.timer0When();
            if (w != 0 && w < next) {
                next = w;
            }
        }
        return next;
    }

    /**
     * Go's wakeNetPoller: a timer at {@code when} was added; make sure some M will be awake then
     * (interrupt the poller if it sleeps longer, or start an M if nobody polls).
     */
    public void wakeNetPoller(long when) {
        if (lastpoll.get() == 0) {
            long ppu = pollUntil.get();
            if (ppu == 0 || ppu > when) {
                netpoll.netpollBreak();
            }
        } else {
            wakep();
        }
    }

    /**
     * Go's injectglist: makes the (waiting) goroutines runnable; with a P, as many as there are
     * idle Ps go to the global queue (and Ms are started), the rest to the local queue.
     */
    void injectglist(M mp, GQueue list) {
        if (list.isEmpty()) {
            return;
        }
        int qsize = 0;
        for (G gp = list.head; gp != null; gp = gp.schedlink) {
            gp.casgstatus(G.WAITING, G.RUNNABLE);
            qsize++;
        }
        P pp = mp == null ? null : mp.p;
        if (pp == null) {
            lock.lock();
            globrunqputbatch(list, qsize);
            lock.unlock();
            startIdle(qsize);
            return;
        }
        int idle = npidle.get();
        GQueue globq = new GQueue();
        int n = 0;
        for (; n < idle && !list.isEmpty(); n++) {
            globq.pushBack(list.pop());
        }
        if (n > 0) {
            lock.lock();
            globrunqputbatch(globq, n);
            lock.unlock();
            startIdle(n);
        }
        for (G gp; (gp = list.pop()) != null;) {
            pp.runqput(gp, false);
        }
    }

    static GQueue toQueue(List<G> gs) {
        GQueue q = new GQueue();
        for (G gp : gs) {
            q.pushBack(gp);
        }
        return q;
    }

    /** The poller: sockets ({@link gotruffle.runtime.netpoll.NetFD}) and foreign completions. */
    public NetPoll netpoll() {
        return netpoll;
    }

    /** The semaphore table of sync's waiters ({@link Sema}): this program's own. */
    public Sema sema() {
        return sema;
    }

    private void startIdle(int n) {
        for (; n != 0 && npidle.get() != 0; n--) {
            startm(null, false);
        }
    }

    // ------------------------------------------------------------------ Ms and Ps

    /** Go's stopm: park this M on the idle list until startm hands it a P. */
    private void stopm(M mp) {
        if (mp.p != null) {
            throw new IllegalStateException("runtime: stopm holding p");
        }
        if (mp.spinning) {
            throw new IllegalStateException("runtime: stopm spinning");
        }
        String dead;
        lock.lock();
        try {
            mput(mp);
            dead = checkdead();
        } finally {
            lock.unlock();
        }
        reportDeadlock(dead);
        sleepForP(mp);
    }

    /** Sleeps on mp.park until someone hands it a P (mp.nextp) and acquires it; false if the program ends. */
    private boolean sleepForP(M mp) {
        mp.blocked = true;
        mp.park.sleep(this::isDying);
        mp.blocked = false;
        mp.park.clear();
        if (dying) {
            return false;
        }
        P pp = mp.nextp;
        mp.nextp = null;
        acquirep(mp, pp);
        return true;
    }

    private void mput(M mp) {
        mp.schedlink = midle;
        midle = mp;
        nmidle++;
    }

    private M mget() {
        M mp = midle;
        if (mp != null) {
            midle = mp.schedlink;
            mp.schedlink = null;
            nmidle--;
        }
        return mp;
    }

    /**
     * Go's startm: runs an M on {@code pp} (an idle P if null; nothing if none). With
     * {@code spinning} the caller has counted the new M in nmspinning.
     */
    void startm(P pp, boolean spinning) {
        lock.lock();
        if (pp == null) {
            pp = pidleget();
            if (pp == null) {
                lock.unlock();
                if (spinning && nmspinning.decrementAndGet() < 0) {
                    throw new IllegalStateException("runtime: startm: negative nmspinning");
                }
                return;
            }
        }
        M nmp = mget();
        if (nmp == null) {
            // Register the new M while still holding the lock, so checkdead counts it as running.
            if (allm.size() >= MAX_MCOUNT) {
                lock.unlock();
                fatalNoPark(null, "thread exhaustion");
                return;
            }
            nmp = new M(this, mnext++, false);
            allm.add(nmp);
            lock.unlock();
            newm(nmp, pp, spinning);
            return;
        }
        lock.unlock();
        if (nmp.spinning) {
            throw new IllegalStateException("runtime: startm: m is spinning");
        }
        nmp.spinning = spinning;
        nmp.nextp = pp;
        nmp.park.wakeup();
    }

    private void newm(M mp, P pp, boolean spinning) {
        if (dying) {
            mp.exited = true;
            return;
        }
        mp.spinning = spinning;
        mp.nextp = pp;
        Thread t;
        try {
            t = config.threadFactory().apply(() -> mstart(mp));
        } catch (Throwable e) {
            internalError(e);
            return;
        }
        mp.thread = t;
        mp.park.setOwner(t);
        t.setDaemon(true);
        t.start();
    }

    /** Go's handoffp: a P leaves a blocked M; start an M for it if there is anything to do. */
    void handoffp(P pp) {
        if (!pp.runqempty() || runqsize != 0) {
            startm(pp, false);
            return;
        }
        if (nmspinning.get() + npidle.get() == 0 && nmspinning.compareAndSet(0, 1)) {
            startm(pp, true);
            return;
        }
        lock.lock();
        if (gcwaiting) {
            pp.setStatus(P.GCSTOP);
            if (--stopwait == 0) {
                stopnote.wakeup();
            }
            lock.unlock();
            return;
        }
        if (runqsize != 0) {
            lock.unlock();
            startm(pp, false);
            return;
        }
        // Last running P and nobody polls: someone must watch the timers.
        if (npidle.get() == gomaxprocs - 1 && lastpoll.get() != 0) {
            lock.unlock();
            startm(pp, false);
            return;
        }
        long when = pp.timers.timer0When();
        pidleput(pp);
        lock.unlock();
        if (when != 0) {
            wakeNetPoller(when);
        }
    }

    /** Go's wakep: start a spinning M if there is an idle P and nobody spins yet. */
    void wakep() {
        if (npidle.get() == 0) {
            return;
        }
        if (nmspinning.get() != 0 || !nmspinning.compareAndSet(0, 1)) {
            return;
        }
        startm(null, true);
    }

    private void resetspinning(M mp) {
        mp.spinning = false;
        if (nmspinning.decrementAndGet() < 0) {
            throw new IllegalStateException("runtime: findrunnable: negative nmspinning");
        }
        wakep();
    }

    private void acquirep(M mp, P pp) {
        wirep(mp, pp);
        if (sysmonwait) {
            wakeSysmon();
        }
    }

    private static void wirep(M mp, P pp) {
        if (mp.p != null) {
            throw new IllegalStateException("runtime: wirep: already in go");
        }
        if (pp.m != null || pp.status() != P.IDLE) {
            throw new IllegalStateException("runtime: wirep: invalid p state " + pp.status());
        }
        mp.p = pp;
        pp.m = mp;
        pp.setStatus(P.RUNNING);
    }

    private static P releasep(M mp) {
        P pp = mp.p;
        if (pp.m != mp || pp.status() != P.RUNNING) {
            throw new IllegalStateException("runtime: releasep: invalid p state");
        }
        mp.p = null;
        pp.m = null;
        pp.setStatus(P.IDLE);
        return pp;
    }

    private void pidleput(P pp) {
        if (!pp.runqempty()) {
            throw new IllegalStateException("runtime: pidleput: P has non-empty run queue");
        }
        pp.setStatus(P.IDLE);
        pp.link = pidle;
        pidle = pp;
        npidle.incrementAndGet();
    }

    private P pidleget() {
        P pp = pidle;
        if (pp != null) {
            pidle = pp.link;
            pp.link = null;
            npidle.decrementAndGet();
        }
        return pp;
    }

    // ------------------------------------------------------------------ global run queue (lock held)

    void globrunqput(G gp) {
        runq.pushBack(gp);
        runqsize++;
    }

    void globrunqputbatch(GQueue batch, int n) {
        runq.pushBackAll(batch);
        runqsize += n;
        batch.head = batch.tail = null;
    }

    /** Go's globrunqget: takes a fair share (at most max if > 0) into pp's queue; returns one. */
    G globrunqget(P pp, int max) {
        int size = runqsize;
        if (size == 0) {
            return null;
        }
        int n = size / gomaxprocs + 1;
        if (n > size) {
            n = size;
        }
        if (max > 0 && n > max) {
            n = max;
        }
        if (n > P.RUNQ_SIZE / 2) {
            n = P.RUNQ_SIZE / 2;
        }
        runqsize = size - n;
        G gp = runq.pop();
        for (n--; n > 0; n--) {
            pp.runqput(runq.pop(), false);
        }
        return gp;
    }

    // ------------------------------------------------------------------ deadlock detection

    /**
     * Go's incidlelocked: Ms that wait off the idle list (+1: a locked M waiting for its goroutine)
     * or count as running without a P (-1: sysmon while it hands goroutines from the poller over).
     * A +1 runs checkdead, as in Go: this may be the last M to stop counting as running, and the
     * Ms that stopped meanwhile saw it running and reported nothing (sysmon's poll window: one
     * deadlock in a few hundred went unreported and the program hung, issue 12).
     */
    void incidlelocked(int v) {
        String dead = null;
        lock.lock();
        try {
            nmidlelocked += v;
            if (v > 0) {
                dead = checkdead();
            }
        } finally {
            lock.unlock();
        }
        reportDeadlock(dead);
    }

    /**
     * Go's checkdead (lock held): if no M is running any more and every goroutine waits with no
     * timer pending, nothing can ever happen again. Returns the fatal message, or null.
     */
    private String checkdead() {
        if (dying) {
            return null;
        }
        int run = allm.size() - nmidle - nmidlelocked - nmsys;
        if (run > 0) {
            return null;
        }
        if (run < 0) {
            throw new IllegalStateException("runtime: checkdead: inconsistent counts nmidle=" + nmidle
                            + " mcount=" + allm.size() + " nmsys=" + nmsys);
        }
        int grunning = 0;
        for (G gp : allgs) {
            int s = gp.status();
            switch (s) {
                case G.WAITING -> grunning++;
                // Go throws here; a foreign thread (newproc/goready with no caller) may be
                // between making a G runnable and queueing it, and will start an M after.
                case G.RUNNABLE, G.RUNNING, G.SYSCALL -> {
                    return null;
                }
                default -> {
                }
            }
        }
        if (grunning == 0) {
            return mainGoexited ? "no goroutines (main called runtime.Goexit) - deadlock!" : null;
        }
        for (P pp : allp) {
            if (pp.timers.size() > 0) {
                return null;
            }
        }
        return "all goroutines are asleep - deadlock!";
    }

    /**
     * Set by an embedder that keeps the program alive between its own inputs (the REPL): told
     * checkdead's finding, it returns true when that is not fatal (then the program waits for
     * work from outside, e.g. the next input).
     */
    public volatile Predicate<String> deadlockHandler;

    private boolean deadlockHandled(String msg) {
        Predicate<String> h = deadlockHandler;
        return h != null && h.test(msg);
    }

    /** Ends the program with checkdead's finding {@code msg} (null: nothing found) unless the embedder keeps it alive. */
    private void reportDeadlock(String msg) {
        if (msg == null || deadlockHandled(msg)) {
            return;
        }
        if (exiting.compareAndSet(false, true)) {
            Traceback.printFatal(this, msg, null, msg.startsWith("all goroutines"));
            finishExit(2, null);
        }
    }

    // ------------------------------------------------------------------ sysmon helpers

    /**
     * Go's preemptone: asks the goroutine running on pp to yield, at its next poll or (a time
     * slice that ran out, {@code slice}) after its grace polls.
     */
    boolean preemptone(P pp, boolean slice) {
        M mp = pp.m;
        if (mp == null) {
            return false;
        }
        G gp = mp.curg;
        if (gp == null) {
            return false;
        }
        if (slice) {
            pp.sliceOver = true;
            gp.requestSlicePreempt();
        } else {
            gp.requestPreempt();
        }
        return true;
    }

    /** Preempts every running goroutine except the one running on {@code self}. */
    private void preemptall(M self) {
        for (P pp : allp) {
            if (pp.status() != P.RUNNING || pp.m == self) {
                continue;
            }
            preemptone(pp, false);
        }
    }

    void wakeSysmon() {
        sysmonnote.wakeup();
    }

    // ------------------------------------------------------------------ GOMAXPROCS and stop-the-world

    /**
     * runtime.GOMAXPROCS: returns the previous setting; n > 0 changes it (stopping the world,
     * resizing the P set, restarting).
     */
    public int gomaxprocs(G gp, int n) {
        int ret = gomaxprocs;
        if (n <= 0 || n == ret) {
            return ret;
        }
        if (n > MAX_GOMAXPROCS) {
            n = MAX_GOMAXPROCS;
        }
        Sema.acquire(worldsema, 0, gp, false, WaitReason.SEMACQUIRE);
        try {
            ret = gomaxprocs;
            stopTheWorld(gp);
            lock.lock();
            newprocs = n;
            lock.unlock();
            startTheWorld(gp);
        } finally {
            Sema.release(worldsema, 0, gp, false);
        }
        return ret;
    }

    public int gomaxprocs() {
        return gomaxprocs;
    }

    /** npidle + nmspinning, for sync.Mutex's spin heuristic (Go's sync_runtime_canSpin). */
    public int idleAndSpinning() {
        return npidle.get() + nmspinning.get();
    }

    /** Whether the caller's P has queued goroutines (spinning would delay them). */
    public boolean localRunqNonEmpty(G caller) {
        P pp = currentP(caller);
        return pp != null && !pp.runqempty();
    }

    /** Go's stopTheWorldWithSema: every P ends up in GCSTOP except none (ours too). */
    private void stopTheWorld(G gp) {
        M mp = gp.m;
        lock.lock();
        stopwait = gomaxprocs;
        gcwaiting = true;
        preemptall(mp);
        mp.p.setStatus(P.GCSTOP);
        stopwait--;
        for (P pp : allp) {
            if (pp.status() == P.SYSCALL && pp.casStatus(P.SYSCALL, P.GCSTOP)) {
                pp.syscalltick++;
                stopwait--;
            }
        }
        for (P pp; (pp = pidleget()) != null;) {
            pp.setStatus(P.GCSTOP);
            stopwait--;
        }
        boolean wait = stopwait > 0;
        stopnote.clear();
        stopnote.setOwner(mp.thread);
        lock.unlock();
        if (wait) {
            // Blocks this M (not just the goroutine), as Go does: the world is stopping.
            while (!stopnote.tsleep(100_000)) {
                if (dying) {
                    return;
                }
                lock.lock();
                preemptall(mp);
                lock.unlock();
            }
            stopnote.clear();
        }
    }

    /** An M saw gcwaiting: stop its P and sleep (Go's gcstopm). */
    private void gcstopm(M mp) {
        if (mp.spinning) {
            mp.spinning = false;
            if (nmspinning.decrementAndGet() < 0) {
                throw new IllegalStateException("runtime: gcstopm: negative nmspinning");
            }
        }
        P pp = releasep(mp);
        lock.lock();
        pp.setStatus(P.GCSTOP);
        if (--stopwait == 0) {
            stopnote.wakeup();
        }
        lock.unlock();
        stopm(mp);
    }

    private void startTheWorld(G gp) {
        M mp = gp.m;
        lock.lock();
        int procs = gomaxprocs;
        if (newprocs != 0) {
            procs = newprocs;
            newprocs = 0;
        }
        List<P> runnable = procresize(mp, procs);
        gcwaiting = false;
        lock.unlock();
        if (sysmonwait) {
            wakeSysmon();
        }
        for (P p : runnable) {
            M nmp = p.m;
            p.m = null;
            if (nmp != null) {
                nmp.nextp = p;
                nmp.park.wakeup();
            } else {
                startm(p, false);
            }
        }
        wakep();
    }

    /**
     * Go's procresize (lock held, world stopped): makes nprocs Ps, keeps the caller's P if it
     * survives, moves the work and timers of removed Ps, and returns the Ps that have local work
     * (each with an idle M reserved in p.m, or none). All other Ps go idle.
     */
    List<P> procresize(M mp, int nprocs) {
        int old = gomaxprocs;
        P[] oldp = allp;
        P[] np = new P[nprocs];
        for (int i = 0; i < nprocs; i++) {
            if (i < pstore.size()) {
                np[i] = pstore.get(i);
                if (i >= old) {
                    np[i].setStatus(P.GCSTOP);
                    np[i].m = null;
                }
            } else {
                P p = new P(this, i);
                pstore.add(p);
                np[i] = p;
            }
        }
        allp = np;
        if (mp != null) {
            P cur = mp.p;
            if (cur != null && cur.id < nprocs) {
                cur.setStatus(P.RUNNING);
            } else {
                if (cur != null) {
                    cur.m = null;
                }
                mp.p = null;
                P p0 = np[0];
                p0.m = null;
                p0.setStatus(P.IDLE);
                wirep(mp, p0);
            }
        }
        // Destroy the Ps that are gone: their goroutines go to the global queue, their timers to us.
        for (int i = nprocs; i < old; i++) {
            P dead = oldp[i];
            GQueue q = new GQueue();
            dead.drainTo(q);
            int cnt = 0;
            for (G g = q.head; g != null; g = g.schedlink) {
                cnt++;
            }
            globrunqputbatch(q, cnt);
            P target = mp != null ? mp.p : np[0];
            dead.timers.moveAllTo(target.timers);
            dead.m = null;
            dead.setStatus(P.DEAD);
        }
        pidle = null;
        npidle.set(0);
        List<P> runnable = new ArrayList<>();
        for (int i = nprocs - 1; i >= 0; i--) {
            P p = np[i];
            if (mp != null && mp.p == p) {
                continue;
            }
            p.setStatus(P.IDLE);
            if (p.runqempty()) {
                pidleput(p);
            } else {
                p.m = mget();
                runnable.add(p);
            }
        }
        gomaxprocs = nprocs;
        return runnable;
    }

    // ------------------------------------------------------------------ tracing support

    List<M> allmSnapshot() {
        lock.lock();
        try {
            return new ArrayList<>(allm);
        } finally {
            lock.unlock();
        }
    }
}
