package gotruffle.runtime.sched;

import gotruffle.runtime.GoRun;
import gotruffle.runtime.chan.Chan;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** sysmon asks long-running goroutines to yield; the fairness rules keep queues from starving. */
class PreemptionTest {
    /** A goroutine spinning in {@code for {}} (polling like interpreted back-edges). */
    private static GoBody spinner(AtomicBoolean stop, AtomicLong firstYieldAfterNanos) {
        return g -> {
            long start = System.nanoTime();
            boolean first = true;
            while (!stop.get()) {
                if (g.preempt) {
                    if (first) {
                        firstYieldAfterNanos.set(System.nanoTime() - start);
                        first = false;
                    }
                    g.yieldIfPreempted();
                }
            }
        };
    }

    @RepeatedTest(3)
    void spinningGoroutineYieldsWithinTheQuantumOnOneP() {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong yieldAfter = new AtomicLong(-1);
        var r = GoRun.run(1, g -> {
            Chan done = new Chan(0);
            Sched s = g.sched();
            // Queue the stopper first so the spinner (runnext) runs before it.
            s.newproc(g, h -> {
                stop.set(true);
                Chan.chansend(h, done, true);
            });
            s.newproc(g, spinner(stop, yieldAfter));
            Chan.chanrecv(g, done);
        });
        assertEquals(0, r.code(), r.err());
        long ms = yieldAfter.get() / 1_000_000;
        // Go: 10ms quantum, sysmon ticks up to 10ms apart when idle: 10..20ms (+ CI slack).
        assertTrue(ms >= 9 && ms < 200, "first preemption after " + ms + "ms");
    }

    @Test
    void tinyQuantumPreemptsSooner() {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong yieldAfter = new AtomicLong(-1);
        var cfg = SchedConfig.builder().gomaxprocs(1).preemptQuantumNanos(200_000);
        var r = GoRun.run(cfg, g -> {
            Chan done = new Chan(0);
            g.sched().newproc(g, h -> {
                stop.set(true);
                Chan.chansend(h, done, true);
            });
            g.sched().newproc(g, spinner(stop, yieldAfter));
            Chan.chanrecv(g, done);
        });
        assertEquals(0, r.code(), r.err());
        assertTrue(yieldAfter.get() < 8_000_000, "first preemption after " + yieldAfter.get() + "ns");
    }

    @Test
    void manySpinnersShareOneP() {
        // Every spinner must get the CPU repeatedly: round-robin through the global queue.
        int n = 4;
        AtomicInteger[] slices = new AtomicInteger[n];
        var cfg = SchedConfig.builder().gomaxprocs(1).preemptQuantumNanos(1_000_000);
        var r = GoRun.run(cfg, g -> {
            AtomicBoolean stop = new AtomicBoolean();
            for (int i = 0; i < n; i++) {
                AtomicInteger mine = slices[i] = new AtomicInteger();
                g.sched().newproc(g, h -> {
                    while (!stop.get()) {
                        if (h.preempt) {
                            mine.incrementAndGet();
                            h.yieldIfPreempted();
                        }
                    }
                });
            }
            g.sched().sleep(g, 100_000_000);
            stop.set(true);
        });
        assertEquals(0, r.code(), r.err());
        for (AtomicInteger s : slices) {
            assertTrue(s.get() >= 3, "a spinner was starved: " + java.util.Arrays.toString(slices));
        }
    }

    @Test
    void globalQueueCannotBeStarvedByRespawningGoroutines() {
        // Two goroutines keep respawning each other through runnext on one P; a goroutine put on
        // the global queue from outside must still run.
        AtomicBoolean foreignRan = new AtomicBoolean();
        AtomicLong spawns = new AtomicLong();
        var r = GoRun.run(1, g -> {
            Sched s = g.sched();
            GoBody[] respawn = new GoBody[1];
            respawn[0] = h -> {
                spawns.incrementAndGet();
                h.yieldIfPreempted();
                if (!foreignRan.get()) {
                    h.sched().newproc(h, respawn[0]);
                }
            };
            s.newproc(g, respawn[0]);
            Chan done = new Chan(1);
            Thread t = new Thread(() -> s.newproc(null, h -> {
                foreignRan.set(true);
                Chan.chansend(h, done, true);
            }));
            t.start();
            Chan.chanrecv(g, done);
        });
        assertEquals(0, r.code(), r.err());
        assertTrue(foreignRan.get());
        assertTrue(spawns.get() > 0);
    }

    @Test
    void localRingChurnStillServesGlobalQueueEvery61Ticks() {
        // Goroutines cycle through the local ring (goyield keeps them local, new slice each
        // time); the schedtick % 61 check must pick up the global queue without any preemption.
        AtomicBoolean globalRan = new AtomicBoolean();
        AtomicInteger ticksUntil = new AtomicInteger();
        var cfg = SchedConfig.builder().gomaxprocs(1).preemptQuantumNanos(60_000_000_000L);
        var r = GoRun.run(cfg, g -> {
            Sched s = g.sched();
            Chan done = new Chan(1);
            for (int i = 0; i < 3; i++) {
                s.newproc(g, h -> {
                    while (!globalRan.get()) {
                        ticksUntil.incrementAndGet();
                        h.sched().goyield(h);
                    }
                });
            }
            s.gosched(g); // let them start
            // Put one G on the global queue from the G side (lock + globrunqput).
            s.lock.lock();
            G gp = G.newG(s, 999_999, h -> {
                globalRan.set(true);
                Chan.chansend(h, done, true);
            });
            s.allgs.put(gp.goid, gp);
            gp.setStatus(G.RUNNABLE);
            s.globrunqput(gp);
            s.lock.unlock();
            Chan.chanrecv(g, done);
        });
        assertEquals(0, r.code(), r.err());
        assertTrue(ticksUntil.get() <= 2 * 61 + 10, "took " + ticksUntil.get() + " slices");
    }
}
