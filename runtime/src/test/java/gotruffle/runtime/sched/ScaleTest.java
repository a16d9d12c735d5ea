package gotruffle.runtime.sched;

import gotruffle.runtime.GoRun;
import gotruffle.runtime.chan.Chan;
import gotruffle.runtime.sync.WaitGroup;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScaleTest {
    @Test
    void hundredThousandParkedGoroutinesFitInMemory() {
        int n = 100_000;
        AtomicLong bytesPerG = new AtomicLong();
        var r = GoRun.run(2, g -> {
            Sched s = g.sched();
            Chan gate = new Chan(0);
            WaitGroup started = new WaitGroup();
            WaitGroup finished = new WaitGroup();
            started.add(g, n);
            finished.add(g, n);
            Runtime rt = Runtime.getRuntime();
            System.gc();
            long before = rt.totalMemory() - rt.freeMemory();
            for (int i = 0; i < n; i++) {
                s.newproc(g, h -> {
                    started.done(h);
                    Chan.chanrecv(h, gate);
                    finished.done(h);
                });
            }
            started.await(g);
            assertEquals(n + 1, s.numGoroutine());
            System.gc();
            long after = rt.totalMemory() - rt.freeMemory();
            bytesPerG.set((after - before) / n);
            Chan.closechan(g, gate);
            finished.await(g);
        });
        assertEquals(0, r.code(), r.err());
        assertTrue(bytesPerG.get() < 4096, bytesPerG.get() + " bytes per parked goroutine");
    }

    @Test
    void spawnManyShortGoroutines() {
        var r = GoRun.run(2, g -> {
            int n = 200_000;
            WaitGroup wg = new WaitGroup();
            wg.add(g, n);
            AtomicLong sum = new AtomicLong();
            for (int i = 0; i < n; i++) {
                long v = i;
                g.sched().newproc(g, h -> {
                    sum.addAndGet(v);
                    wg.done(h);
                });
            }
            wg.await(g);
            assertEquals((long) n * (n - 1) / 2, sum.get());
        });
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void cpuBoundGoroutinesRunInParallelOnTwoPs() {
        // With two Ps, two goroutines that never block must at some point run at the same time.
        AtomicInteger running = new AtomicInteger();
        AtomicBoolean overlapped = new AtomicBoolean();
        var r = GoRun.run(2, g -> {
            WaitGroup wg = new WaitGroup();
            wg.add(g, 2);
            for (int k = 0; k < 2; k++) {
                g.sched().newproc(g, h -> {
                    long end = System.nanoTime() + 5_000_000_000L;
                    running.incrementAndGet();
                    while (!overlapped.get() && System.nanoTime() < end) {
                        if (running.get() == 2) {
                            overlapped.set(true);
                        }
                        if (h.preemptRequested()) {
                            running.decrementAndGet();
                            h.yieldIfPreempted();
                            running.incrementAndGet();
                        }
                    }
                    running.decrementAndGet();
                    wg.done(h);
                });
            }
            wg.await(g);
        });
        assertEquals(0, r.code(), r.err());
        assertTrue(overlapped.get(), "the two goroutines never ran in parallel");
    }
}
