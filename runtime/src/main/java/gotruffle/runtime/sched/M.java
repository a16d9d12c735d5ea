package gotruffle.runtime.sched;

/**
 * A worker thread (Go's {@code m}). Holds a P while running goroutines; parks on {@link #park} when
 * idle. The M's own code (schedule, findRunnable, the park/gosched/exit handling after a goroutine
 * yields) runs on its thread outside any goroutine, like Go's g0; {@link #g0} stands for that
 * context when scheduler-side code (timer callbacks) calls APIs that take a G.
 */
public final class M {
    // What the goroutine asked for when it yielded to the M (Go's mcall targets).
    static final int YIELD_NONE = 0, YIELD_PARK = 1, YIELD_GOSCHED = 2, YIELD_PREEMPT = 3,
                    YIELD_EXITSYSCALL = 4, YIELD_GOYIELD = 5;

    final Sched sched;
    final long id;
    final G g0;
    Thread thread;
    final boolean isSysmon;

    volatile P p;
    /** P handed over by startm, acquired when the M wakes. */
    volatile P nextp;
    /** P held before entering a syscall (Go's m.oldp). */
    P oldp;
    volatile G curg;
    /** The goroutine wired to this M by LockOSThread (Go's lockedg): the only one it runs. */
    volatile G lockedg;
    volatile boolean spinning;
    /** Blocked in notesleep (schedtrace's blocked=). */
    volatile boolean blocked;
    final Note park = new Note();
    /** Next M on sched.midle (guarded by sched.lock). */
    M schedlink;
    volatile boolean exited;

    int yieldKind;
    ParkCommit waitunlockf;

    /** gopark's request to the M: after the yield, park the goroutine (commit with {@code unlockf}). */
    void parking(ParkCommit unlockf) {
        waitunlockf = unlockf;
        yieldKind = YIELD_PARK;
    }
    /** findRunnable's second result. */
    boolean inheritTime;
    // checkTimers results (Go returns them as a tuple).
    long tnow;
    long tpollUntil;
    boolean tran;
    /** stealWork's newWork result: timers ran, look again. */
    boolean stealNewWork;

    int syscalltick;
    private long rnd;

    M(Sched sched, long id, boolean isSysmon) {
        this.sched = sched;
        this.id = id;
        this.isSysmon = isSysmon;
        this.g0 = G.newG0(sched, this);
        this.rnd = 0x9E3779B97F4A7C15L * (id + 1) ^ System.nanoTime();
    }

    public long id() {
        return id;
    }

    /** The P this M holds (null while idle or in a syscall). */
    public P p() {
        return p;
    }

    /** Per-M random numbers (Go's fastrand); ThreadLocalRandom would depend on the current thread. */
    int fastrand() {
        long x = rnd;
        x ^= x << 13;
        x ^= x >>> 7;
        x ^= x << 17;
        rnd = x;
        return (int) (x >>> 32);
    }

    /** Uniform in [0, n). */
    public int fastrandn(int n) {
        return (int) (((fastrand() & 0xFFFFFFFFL) * n) >>> 32);
    }

    @Override
    public String toString() {
        return "M" + id;
    }
}
