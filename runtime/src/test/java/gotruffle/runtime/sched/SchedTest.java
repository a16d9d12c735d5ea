package gotruffle.runtime.sched;

import gotruffle.runtime.GoFatalError;
import gotruffle.runtime.GoRun;
import gotruffle.runtime.GoRuntimePanic;
import gotruffle.runtime.chan.Chan;
import gotruffle.runtime.sync.WaitGroup;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchedTest {
    @Test
    void mainReturningEndsTheProgramWhileOthersRun() {
        AtomicLong spins = new AtomicLong();
        var r = GoRun.run(2, g -> {
            for (int i = 0; i < 4; i++) {
                g.sched().newproc(g, h -> {
                    for (;;) {
                        spins.incrementAndGet();
                        h.yieldIfPreempted();
                    }
                });
            }
            Chan c = new Chan(0);
            g.sched().newproc(g, h -> Chan.chanrecv(h, c)); // parked forever
            g.sched().sleep(g, 5_000_000);
        });
        assertEquals(0, r.code());
        assertEquals("", r.err());
        assertTrue(spins.get() > 0);
    }

    @Test
    void exitFromAnyGoroutine() {
        var r = GoRun.run(2, g -> {
            g.sched().newproc(g, h -> h.sched().exit(h, 3));
            Chan.chanrecv(g, new Chan(0));
        });
        assertEquals(3, r.code());
        assertEquals("", r.err(), "exit is not a deadlock");
    }

    @Test
    void numGoroutineCountsLiveGoroutines() {
        var r = GoRun.run(2, g -> {
            Sched s = g.sched();
            assertEquals(1, s.numGoroutine());
            Chan block = new Chan(0);
            WaitGroup started = new WaitGroup();
            started.add(g, 10);
            for (int i = 0; i < 10; i++) {
                s.newproc(g, h -> {
                    started.done(h);
                    Chan.chanrecv(h, block);
                });
            }
            started.await(g);
            assertEquals(11, s.numGoroutine());
            Chan.closechan(g, block);
            while (s.numGoroutine() > 1) {
                s.gosched(g);
            }
        });
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void goschedLetsOthersRunOnOneP() {
        List<String> order = new ArrayList<>();
        var r = GoRun.run(1, g -> {
            g.sched().newproc(g, h -> order.add("child"));
            order.add("main before");
            g.sched().gosched(g);
            order.add("main after");
        });
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("main before", "child", "main after"), order);
    }

    @Test
    void gomaxprocsReturnsOldValueAndWorkContinues() {
        var r = GoRun.run(1, g -> {
            Sched s = g.sched();
            assertEquals(1, s.gomaxprocs(g, 0));
            assertEquals(1, s.gomaxprocs(g, 4));
            assertEquals(4, s.gomaxprocs(g, 0));
            AtomicInteger n = new AtomicInteger();
            WaitGroup wg = new WaitGroup();
            wg.add(g, 100);
            for (int i = 0; i < 100; i++) {
                s.newproc(g, h -> {
                    for (int k = 0; k < 100; k++) {
                        n.incrementAndGet();
                        h.sched().gosched(h);
                    }
                    wg.done(h);
                });
            }
            // Shrink while those goroutines are queued on Ps that go away.
            assertEquals(4, s.gomaxprocs(g, 2));
            assertEquals(2, s.gomaxprocs(g, 1));
            wg.await(g);
            assertEquals(10_000, n.get());
            assertEquals(1, s.gomaxprocs(g, 3));
            assertEquals(3, s.gomaxprocs());
        });
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void timersSurviveTheirPBeingDestroyed() {
        var r = GoRun.run(4, g -> {
            Sched s = g.sched();
            WaitGroup wg = new WaitGroup();
            wg.add(g, 8);
            for (int i = 0; i < 8; i++) {
                s.newproc(g, h -> {
                    h.sched().sleep(h, 30_000_000);
                    wg.done(h);
                });
            }
            s.sleep(g, 2_000_000);
            s.gomaxprocs(g, 1);
            wg.await(g);
        });
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void goexitInMainWaitsForOthersThenDies() {
        AtomicInteger ran = new AtomicInteger();
        var r = GoRun.run(2, g -> {
            g.sched().newproc(g, h -> {
                h.sched().sleep(h, 10_000_000);
                ran.incrementAndGet();
            });
            throw new Goexit();
        });
        assertEquals(2, r.code());
        assertEquals(1, ran.get());
        assertEquals("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n", r.err());
    }

    @Test
    void uncaughtRuntimePanicPrintsLikeGo() {
        var r = GoRun.run(2, g -> {
            Chan c = new Chan(1);
            Chan.closechan(g, c);
            Chan.chansend(g, c, 1);
        });
        assertEquals(2, r.code());
        assertEquals("panic: send on closed channel\n\ngoroutine 1 [running]:\n", r.err());
    }

    @Test
    void fatalErrorListsAllGoroutinesCurrentFirst() {
        var r = GoRun.run(1, g -> {
            Chan c = new Chan(0);
            g.sched().newproc(g, h -> Chan.chanrecv(h, c));
            g.sched().gosched(g);
            throw new GoFatalError("sync: unlock of unlocked mutex");
        });
        assertEquals(2, r.code());
        assertEquals("fatal error: sync: unlock of unlocked mutex\n\ngoroutine 1 [running]:\n\n"
                        + "goroutine 2 [chan receive]:\n", r.err());
    }

    @Test
    void panicInAnotherGoroutineKillsTheProgram() {
        var r = GoRun.run(2, g -> {
            g.sched().newproc(g, h -> {
                throw new GoRuntimePanic("boom");
            });
            Chan.chanrecv(g, new Chan(0));
        });
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("panic: boom\n\ngoroutine 2 [running]:\n"), r.err());
    }

    private static int recurse(int n) {
        return recurse(n + 1) + 1;
    }

    @Test
    void stackOverflowIsGosFatalError() {
        var cfg = SchedConfig.builder().gomaxprocs(1).threadFactory(r -> new Thread(null, r, "gotruffle-small", 1 << 20));
        var r = GoRun.run(cfg, g -> recurse(0));
        assertEquals(2, r.code());
        assertEquals("runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n\n"
                        + "goroutine 1 [running]:\n", r.err());
    }

    @Test
    void internalErrorsAreRethrownByRunMain() {
        Sched s = new Sched(SchedConfig.builder().gomaxprocs(2).err(new PrintStream(
                        OutputStream.nullOutputStream())).build());
        var e = assertThrows(IllegalArgumentException.class, () -> s.runMain(g -> {
            g.sched().newproc(g, h -> {
                throw new IllegalArgumentException("interpreter bug");
            });
            Chan.chanrecv(g, new Chan(0));
        }));
        assertEquals("interpreter bug", e.getMessage());
    }

    @Test
    void tracebackHookPrintsUnderEachHeader() {
        var cfg = SchedConfig.builder().gomaxprocs(1).traceback((gp, err) -> err.print("frames of " + gp.id() + "\n"));
        var r = GoRun.run(cfg, g -> {
            Chan c = new Chan(0);
            g.sched().newproc(g, h -> Chan.chansend(h, c, 1));
            g.sched().gosched(g);
            Chan.chanrecv(g, c);
            Chan.chanrecv(g, c);
        });
        assertEquals(2, r.code());
        assertEquals("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\nframes of 1\n",
                        r.err());
    }

    @Test
    void noThreadsOutliveRunMain() {
        for (int i = 0; i < 20; i++) {
            int k = i;
            GoRun.run(2, g -> {
                for (int j = 0; j < 10; j++) {
                    g.sched().newproc(g, h -> {
                        for (;;) {
                            h.yieldIfPreempted();
                        }
                    });
                }
                if (k % 2 == 0) {
                    g.sched().sleep(g, 1_000_000);
                }
            });
        }
        Set<String> alive = ConcurrentHashMap.newKeySet();
        long deadline = System.nanoTime() + 2_000_000_000L;
        do {
            alive.clear();
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (t.getName().startsWith("gotruffle-")) {
                    alive.add(t.getName());
                }
            }
        } while (!alive.isEmpty() && System.nanoTime() < deadline);
        assertTrue(alive.isEmpty(), "leaked threads: " + alive);
    }

    @Test
    void goroutineIdsAreUniqueAndMainIsOne() {
        Set<Long> ids = ConcurrentHashMap.newKeySet();
        var r = GoRun.run(2, g -> {
            assertEquals(1, g.id());
            WaitGroup wg = new WaitGroup();
            wg.add(g, 1000);
            for (int i = 0; i < 1000; i++) {
                G child = g.sched().newproc(g, h -> {
                    ids.add(h.id());
                    wg.done(h);
                });
                assertFalse(child.id() == 1);
            }
            wg.await(g);
        });
        assertEquals(0, r.code(), r.err());
        assertEquals(1000, ids.size());
    }
}
