package gotruffle.runtime.sched;

import gotruffle.runtime.GoRun;
import gotruffle.runtime.chan.Chan;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** sysmon asks long-running goroutines to yield; the fairness rules keep queues from starving. */
class PreemptionTest {
    /**
     * Two goroutines spinning in {@code for {}} on one P (polling like interpreted back-edges);
     * returns the sorted lengths of the time slices they got (from when one starts running to
     * when the other sees it has stopped, so a time slice's grace polls count too).
     */
    static long[] sliceLengths(long quantumNs, int slices) {
        long[] lens = new long[slices];
        AtomicInteger n = new AtomicInteger();
        AtomicInteger running = new AtomicInteger(-1);
        AtomicLong sliceStart = new AtomicLong();
        var cfg = SchedConfig.builder().gomaxprocs(1).preemptQuantumNanos(quantumNs);
        var r = GoRun.run(cfg, g -> {
            Chan done = new Chan(2);
            for (int k = 0; k < 2; k++) {
                int id = k;
                g.sched().newproc(g, h -> {
                    while (n.get() < slices) {
                        if (running.get() != id) {
                            // the other one was preempted: its slice just ended
                            long now = System.nanoTime();
                            if (running.getAndSet(id) != -1) {
                                int i = n.getAndIncrement();
                                if (i < slices) {
                                    lens[i] = now - sliceStart.get();
                                }
                            }
                            sliceStart.set(now);
                        }
                        h.yieldIfPreempted();
                    }
                    Chan.chansend(h, done, 1);
                });
            }
            Chan.chanrecv(g, done);
            Chan.chanrecv(g, done);
        });
        assertEquals(0, r.code(), r.err());
        Arrays.sort(lens);
        return lens;
    }

    @Test
    void spinningGoroutinesAreSlicedLikeGo() {
        // Go: a goroutine may run 10ms before sysmon asks it to yield; sysmon then ticks every
        // 10ms, so slices are 10..20ms. The median is robust against OS scheduling noise.
        long[] lens = sliceLengths(SchedConfig.DEFAULT_QUANTUM_NANOS, 12);
        long median = lens[lens.length / 2] / 1_000_000;
        // Lower bound: sysmon never asks before the quantum. Upper bound: generous, the machine may be loaded.
        assertTrue(median >= 9 && median <= 100, "median slice " + median + "ms " + Arrays.toString(lens));
    }

    @Test
    void tinyQuantumGivesShortSlices() {
        long[] lens = sliceLengths(200_000, 40);
        long median = lens[lens.length / 2];
        // Clearly below the 10ms a default quantum could never beat.
        assertTrue(median < 9_000_000, "median slice " + median + "ns " + Arrays.toString(lens));
    }

    @Test
    void anotherGoroutineRunsWhileOneSpinsOnOneP() {
        AtomicBoolean stop = new AtomicBoolean();
        var r = GoRun.run(1, g -> {
            Chan done = new Chan(0);
            // Queue the stopper first so the spinner (runnext) runs before it.
            g.sched().newproc(g, h -> {
                stop.set(true);
                Chan.chansend(h, done, true);
            });
            g.sched().newproc(g, h -> {
                while (!stop.get()) {
                    h.yieldIfPreempted();
                }
            });
            Chan.chanrecv(g, done);
        });
        assertEquals(0, r.code(), r.err());
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
                        if (h.preemptRequested()) {
                            h.yieldIfPreempted();
                            if (!h.preemptRequested()) {
                                mine.incrementAndGet(); // it yielded (not a grace poll)
                            }
                        }
                    }
                });
            }
            // Count-based, not time-based: GC pauses and a loaded machine stretch wall time.
            for (int i = 0; i < 2000 && Arrays.stream(slices).mapToInt(AtomicInteger::get).sum() < 40; i++) {
                g.sched().sleep(g, 5_000_000);
            }
            stop.set(true);
        });
        assertEquals(0, r.code(), r.err());
        // Round-robin through the global queue: everybody gets the CPU, and about equally often.
        int min = Integer.MAX_VALUE, max = 0;
        for (AtomicInteger s : slices) {
            min = Math.min(min, s.get());
            max = Math.max(max, s.get());
        }
        assertTrue(min >= 8 && max - min <= 2, "unfair slices: " + Arrays.toString(slices));
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
            s.allgs.add(gp);
            gp.setStatus(G.RUNNABLE);
            s.globrunqput(gp);
            s.lock.unlock();
            Chan.chanrecv(g, done);
        });
        assertEquals(0, r.code(), r.err());
        assertTrue(ticksUntil.get() <= 2 * 61 + 10, "took " + ticksUntil.get() + " slices");
    }
}
