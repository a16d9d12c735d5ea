package gotruffle.runtime.sched;

import gotruffle.runtime.GoRun;
import gotruffle.runtime.chan.Chan;
import gotruffle.runtime.netpoll.Completion;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyscallTest {
    @Test
    void blockedSyscallHandsThePToAnotherM() {
        // GOMAXPROCS=1: while goroutine A blocks in "I/O", sysmon retakes the P so B can run.
        CountDownLatch bRan = new CountDownLatch(1);
        AtomicBoolean ranDuringSyscall = new AtomicBoolean();
        var r = GoRun.run(1, g -> {
            Sched s = g.sched();
            Chan done = new Chan(0);
            s.newproc(g, h -> {
                bRan.countDown();
                Chan.chansend(h, done, 1);
            });
            s.entersyscall(g);
            // A blocking read that only B can unblock (with a generous safety timeout).
            ranDuringSyscall.set(bRan.await(10, TimeUnit.SECONDS));
            s.exitsyscall(g);
            Chan.chanrecv(g, done);
        });
        assertEquals(0, r.code(), r.err());
        assertTrue(ranDuringSyscall.get());
    }

    @Test
    void shortSyscallKeepsItsP() {
        var r = GoRun.run(1, g -> {
            Sched s = g.sched();
            for (int i = 0; i < 10_000; i++) {
                P before = g.m().p();
                s.entersyscall(g);
                s.exitsyscall(g);
                assertEquals(G.RUNNING, g.status());
                assertTrue(g.m().p() != null);
                if (i == 0) {
                    assertEquals(before, g.m().p());
                }
            }
        });
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void manyConcurrentSyscallsAllComeBack() {
        var r = GoRun.run(2, g -> {
            Sched s = g.sched();
            int n = 20;
            Chan done = new Chan(n);
            for (int i = 0; i < n; i++) {
                s.newproc(g, h -> {
                    h.sched().entersyscall(h);
                    Thread.sleep(20);
                    h.sched().exitsyscall(h);
                    Chan.chansend(h, done, 1);
                });
            }
            for (int i = 0; i < n; i++) {
                Chan.chanrecv(g, done);
            }
        });
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void completionParksWithoutAThreadAndIsNotADeadlock() {
        AtomicLong seenBy = new AtomicLong();
        var r = GoRun.run(2, g -> {
            Sched s = g.sched();
            Completion pd = new Completion();
            Thread helper = new Thread(() -> {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
                pd.ready(s.netpoll());
            });
            helper.start();
            pd.await(g); // all Ms would otherwise be idle: must not report a deadlock
            seenBy.set(g.id());
            Completion early = new Completion();
            early.ready(s.netpoll());
            early.await(g); // readiness before the wait returns at once
        });
        assertEquals(0, r.code(), r.err());
        assertEquals(1, seenBy.get());
    }

    @Test
    void parkedGoroutineResumesOnAnotherM() {
        // The waker readies the goroutine into its own runnext and then keeps its P busy without
        // yielding; the other M (woken by wakep) steals it: same continuation, different thread.
        AtomicBoolean migrated = new AtomicBoolean();
        var r = GoRun.run(2, g -> {
            Sched s = g.sched();
            for (int attempt = 0; attempt < 50 && !migrated.get(); attempt++) {
                Chan c = new Chan(0);
                Chan done = new Chan(0);
                s.newproc(g, h -> {
                    M before = h.m();
                    Thread tb = before.thread;
                    Chan.chanrecv(h, c);
                    M after = h.m();
                    if (after != before) {
                        assertNotSame(tb, after.thread);
                        migrated.set(true);
                    }
                    Chan.chansend(h, done, 1);
                });
                s.sleep(g, 1_000_000);
                Chan.chansend(g, c, 1);
                long end = System.nanoTime() + 20_000_000;
                while (System.nanoTime() < end) {
                    Thread.onSpinWait(); // busy, no poll: the woken goroutine must be stolen
                }
                Chan.chanrecv(g, done);
            }
        });
        assertEquals(0, r.code(), r.err());
        assertTrue(migrated.get(), "never resumed on another M");
    }
}
