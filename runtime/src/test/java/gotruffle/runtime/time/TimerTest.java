package gotruffle.runtime.time;

import gotruffle.runtime.GoRun;
import gotruffle.runtime.chan.Chan;
import gotruffle.runtime.chan.Select;
import gotruffle.runtime.chan.SelectCase;
import gotruffle.runtime.chan.SelectResult;
import gotruffle.runtime.sched.G;
import gotruffle.runtime.sched.Sched;
import gotruffle.runtime.sync.WaitGroup;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimerTest {
    private static final long MS = 1_000_000;

    /** time.After as the interpreter builds it: a timer whose callback does a non-blocking send. */
    static Chan after(G g, long d) {
        Chan c = new Chan(1);
        Timer t = new Timer((g0, arg, now) -> Chan.selectnbsend(g0, (Chan) arg, now), c);
        t.start(g, Timer.when(Sched.nanotime(), d), 0);
        return c;
    }

    @Test
    void sleepSleepsAtLeastTheDuration() {
        var r = GoRun.run(2, g -> {
            for (long d : new long[] { 1 * MS, 20 * MS, 5 * MS }) {
                long t0 = Sched.nanotime();
                g.sched().sleep(g, d);
                long took = Sched.nanotime() - t0;
                assertTrue(took >= d, "slept " + took + " < " + d);
                assertTrue(took < d + 150 * MS, "slept " + took + " for " + d);
            }
            g.sched().sleep(g, 0);
            g.sched().sleep(g, -5);
        });
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void sleepersTakeNoThread() {
        var r = GoRun.run(2, g -> {
            Sched s = g.sched();
            int n = 2000;
            WaitGroup wg = new WaitGroup();
            wg.add(g, n);
            AtomicInteger woke = new AtomicInteger();
            for (int i = 0; i < n; i++) {
                long d = (i % 50 + 1) * MS;
                s.newproc(g, h -> {
                    h.sched().sleep(h, d);
                    woke.incrementAndGet();
                    wg.done(h);
                });
            }
            s.sleep(g, 10 * MS);
            int threads = 0;
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (t.getName().startsWith("gotruffle-m")) {
                    threads++;
                }
            }
            assertTrue(threads <= 8, threads + " M threads for 2000 sleepers");
            wg.await(g);
            assertEquals(n, woke.get());
        });
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void sleepersWakeInOrder() {
        // Timers wake their goroutines in deadline order. Two sleepers whose deadlines had both
        // passed when the timers were checked (a stalled machine) are both made ready at once and
        // may then run in either order, in Go too (goready puts each in runnext).
        long[] wokeAt = new long[4];
        StringBuffer order = new StringBuffer();
        long[] deadline = new long[4];
        var r = GoRun.run(1, g -> {
            WaitGroup wg = new WaitGroup();
            wg.add(g, 3);
            long start = Sched.nanotime();
            for (int i : new int[] { 3, 1, 2 }) {
                deadline[i] = start + i * 40 * MS;
                g.sched().newproc(g, h -> {
                    // Deadlines relative to one start, so a late-starting goroutine keeps its place.
                    h.sched().sleep(h, deadline[i] - Sched.nanotime());
                    wokeAt[i] = Sched.nanotime();
                    order.append(i);
                    wg.done(h);
                });
            }
            wg.await(g);
        });
        assertEquals(0, r.code(), r.err());
        String o = order.toString();
        for (int a = 1; a <= 3; a++) {
            assertTrue(wokeAt[a] >= deadline[a], "sleeper " + a + " woke early");
            for (int b = a + 1; b <= 3; b++) {
                boolean inOrder = o.indexOf('0' + a) < o.indexOf('0' + b);
                boolean bothDueAtOnce = wokeAt[a] >= deadline[b];
                assertTrue(inOrder || bothDueAtOnce, "woke in order " + o);
            }
        }
    }

    @Test
    void afterDeliversOnAChannel() {
        var r = GoRun.run(2, g -> {
            long t0 = Sched.nanotime();
            Chan c = after(g, 10 * MS);
            Object v = Chan.chanrecv(g, c);
            assertTrue((Long) v - t0 >= 10 * MS);
            // select with a timeout: the never-ready channel loses to the timer.
            Chan never = new Chan(0);
            SelectResult sr = Select.selectgo(g, new SelectCase[] { SelectCase.recv(never),
                            SelectCase.recv(after(g, 5 * MS)) }, false);
            assertEquals(1, sr.index());
        });
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void stopAndResetReturnGosBooleans() {
        var r = GoRun.run(2, g -> {
            AtomicInteger fired = new AtomicInteger();
            Timer t = new Timer((g0, arg, now) -> fired.incrementAndGet(), null);
            assertFalse(t.stop(), "never started");
            assertFalse(t.start(g, Timer.when(Sched.nanotime(), 50 * MS), 0));
            assertTrue(t.stop(), "stopped a pending timer");
            assertFalse(t.stop(), "already stopped");
            assertFalse(t.reset(g, Timer.when(Sched.nanotime(), 5 * MS)), "reset of a stopped timer");
            assertTrue(t.reset(g, Timer.when(Sched.nanotime(), 5 * MS)), "reset of a pending timer");
            g.sched().sleep(g, 30 * MS);
            assertEquals(1, fired.get());
            assertFalse(t.stop(), "already fired");
            assertFalse(t.isPending());
        });
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void tickerTicksUntilStopped() {
        var r = GoRun.run(2, g -> {
            Chan c = new Chan(1);
            Timer ticker = new Timer((g0, arg, now) -> Chan.selectnbsend(g0, (Chan) arg, now), c);
            long period = 5 * MS;
            long start = Sched.nanotime();
            ticker.start(g, Timer.when(start, period), period);
            // Ticks follow a fixed schedule (a late tick does not delay the next one).
            for (int i = 1; i <= 5; i++) {
                long now = (Long) Chan.chanrecv(g, c);
                assertTrue(now >= start + i * period, "tick " + i + " early at " + (now - start));
            }
            assertTrue(ticker.stop());
            g.sched().sleep(g, 20 * MS);
            Chan.selectnbrecv(g, c); // at most one tick was buffered
            g.sched().sleep(g, 20 * MS);
            assertEquals(null, Chan.selectnbrecv(g, c), "ticker still ticking after Stop");
        });
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void afterFuncStartsAGoroutine() {
        AtomicLong ranOn = new AtomicLong();
        var r = GoRun.run(2, g -> {
            Chan done = new Chan(0);
            Timer t = new Timer((g0, arg, now) -> g0.sched().newproc(g0, h -> {
                ranOn.set(h.id());
                Chan.chansend(h, done, 1);
            }), null);
            t.start(g, Timer.when(Sched.nanotime(), 5 * MS), 0);
            Chan.chanrecv(g, done);
        });
        assertEquals(0, r.code(), r.err());
        assertTrue(ranOn.get() > 1);
    }

    @Test
    void pendingTimerPreventsDeadlockReportUntilItFires() {
        var r = GoRun.run(2, g -> {
            Chan c = after(g, 30 * MS);
            Chan.chanrecv(g, c);
            Chan.chanrecv(g, new Chan(0)); // now a real deadlock
        });
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:"));
    }

    @Test
    void hugeDurationsDoNotOverflow() {
        assertEquals(Long.MAX_VALUE, Timer.when(Sched.nanotime(), Long.MAX_VALUE));
        var r = GoRun.run(1, g -> {
            Timer t = new Timer((g0, a, n) -> {
            }, null);
            t.start(g, Timer.when(Sched.nanotime(), Long.MAX_VALUE), 0);
            g.sched().sleep(g, MS);
            assertTrue(t.stop());
        });
        assertEquals(0, r.code(), r.err());
    }
}
