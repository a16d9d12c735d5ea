package gotruffle.runtime.sched;

import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * Go's sysmon: a thread without a P that wakes every 20us, backing off (doubling after 1ms of
 * idle rounds) to 10ms, and
 * <ul>
 * <li>preempts a goroutine that has held its P for longer than the quantum (10ms) by setting its
 * {@code preempt} flag (retake/preemptone; the goroutine yields at its next poll),
 * <li>retakes the P of an M blocked in a syscall for more than one tick and hands it to another M
 * (handoffp),
 * <li>polls the poller if nobody did for 10ms, and starts an M when a timer is overdue,
 * <li>prints GODEBUG=schedtrace lines.
 * </ul>
 * It sleeps deeply (until the next timer) when every P is idle.
 */
final class Sysmon implements Runnable {
    private static final long FORCEGC_PERIOD = 2 * 60 * 1_000_000_000L;

    private final Sched sched;
    private final M mp;
    private final long forcePreemptNS;
    private final long maxDelayUs;

    Sysmon(Sched sched, M mp) {
        this.sched = sched;
        this.mp = mp;
        this.forcePreemptNS = sched.config.preemptQuantumNanos();
        // With a tiny quantum (tests), keep checking often enough to honour it.
        this.maxDelayUs = Math.max(20, Math.min(10_000, forcePreemptNS / 2_000));
    }

    void start() {
        Thread t = new Thread(this, "gotruffle-sysmon");
        t.setDaemon(true);
        mp.thread = t;
        sched.sysmonnote.setOwner(t);
        t.start();
    }

    @Override
    public void run() {
        try {
            loop();
        } catch (Throwable t) {
            sched.internalError(t);
        } finally {
            mp.exited = true;
        }
    }

    private void loop() {
        int schedtrace = sched.config.schedtraceMillis();
        long lasttrace = 0;
        int idle = 0;
        long delay = 0;
        while (!sched.isDying()) {
            if (idle == 0) {
                delay = 20;
            } else if (idle > 50) {
                delay *= 2;
            }
            if (delay > maxDelayUs) {
                delay = maxDelayUs;
            }
            LockSupport.parkNanos(this, delay * 1000);
            if (sched.isDying()) {
                return;
            }
            long now = Sched.nanotime();
            if (schedtrace <= 0 && (sched.gcwaiting || sched.npidle.get() == sched.gomaxprocs)) {
                boolean woken = false;
                sched.lock.lock();
                if (sched.gcwaiting || sched.npidle.get() == sched.gomaxprocs) {
                    long next = sched.timeSleepUntil();
                    if (next > now) {
                        sched.sysmonwait = true;
                        sched.sysmonnote.clear();
                        sched.lock.unlock();
                        long sleep = Math.min(FORCEGC_PERIOD / 2, next - now);
                        // shutdown sets dying before waking us: checking after clear() cannot miss it.
                        if (!sched.isDying()) {
                            woken = sched.sysmonnote.tsleep(sleep);
                        }
                        sched.lock.lock();
                        sched.sysmonwait = false;
                        sched.sysmonnote.clear();
                    }
                }
                sched.lock.unlock();
                if (woken) {
                    idle = 0;
                    delay = 20;
                }
                if (sched.isDying()) {
                    return;
                }
            }
            now = Sched.nanotime();
            long lastpoll = sched.lastpoll.get();
            if (lastpoll != 0 && lastpoll + 10_000_000 < now) {
                sched.lastpoll.compareAndSet(lastpoll, now);
                // Go's incidlelocked(-1) around injectglist: counted as a running M from before
                // the poll (which takes the goroutines off the waiter count while they are still
                // waiting) until they are queued runnable, so an M stopping meanwhile does not
                // find every goroutine asleep and report a deadlock; incidlelocked(1) then
                // reports the deadlock that such an M, the last to stop, could not.
                sched.incidlelocked(-1);
                try {
                    List<G> ready = sched.netpoll.poll(0);
                    if (!ready.isEmpty()) {
                        sched.injectglist(null, Sched.toQueue(ready));
                    }
                } finally {
                    sched.incidlelocked(1);
                }
                // Nobody is polling: if a timer is overdue, get an M to run it.
                if (sched.timeSleepUntil() < now) {
                    sched.startm(null, false);
                }
            }
            if (retake(now) != 0) {
                idle = 0;
            } else {
                idle++;
            }
            if (schedtrace > 0 && lasttrace + schedtrace * 1_000_000L <= now) {
                lasttrace = now;
                SchedTrace.print(sched, sched.config.scheddetail());
            }
        }
    }

    /** Go's retake: preempt long-running goroutines; take Ps away from long syscalls. */
    private int retake(long now) {
        int n = 0;
        for (P pp : sched.allp) {
            int s = pp.status();
            boolean sysretake = false;
            if (s == P.RUNNING || s == P.SYSCALL) {
                int t = pp.schedtick;
                if (pp.sysmonSchedtick != t) {
                    pp.sysmonSchedtick = t;
                    pp.sysmonSchedwhen = now;
                } else if (pp.sysmonSchedwhen + forcePreemptNS <= now) {
                    sched.preemptone(pp, true);
                    // In a syscall there is no M on the P to preempt: retake it instead.
                    sysretake = true;
                }
            }
            if (s == P.SYSCALL) {
                int t = pp.syscalltick;
                if (!sysretake && pp.sysmonSyscalltick != t) {
                    pp.sysmonSyscalltick = t;
                    pp.sysmonSyscallwhen = now;
                    continue;
                }
                // Nothing else to run and others are idle: no hurry (but not forever).
                if (pp.runqempty() && sched.nmspinning.get() + sched.npidle.get() > 0
                                && pp.sysmonSyscallwhen + 10_000_000 > now) {
                    continue;
                }
                if (pp.casStatus(P.SYSCALL, P.IDLE)) {
                    n++;
                    pp.syscalltick++;
                    sched.handoffp(pp);
                }
            }
        }
        return n;
    }
}
