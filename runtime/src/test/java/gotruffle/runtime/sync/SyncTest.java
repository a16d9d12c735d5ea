package gotruffle.runtime.sync;

import gotruffle.runtime.GoFatalError;
import gotruffle.runtime.GoRun;
import gotruffle.runtime.GoRuntimePanic;
import gotruffle.runtime.sched.Sched;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyncTest {
    private static void ok(GoRun.Result r) {
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void mutexProtectsAPlainCounter() {
        int[] counter = new int[1];
        ok(GoRun.run(2, g -> {
            Mutex mu = new Mutex();
            WaitGroup wg = new WaitGroup();
            int n = 100, k = 2000;
            wg.add(g, n);
            for (int i = 0; i < n; i++) {
                g.sched().newproc(g, h -> {
                    for (int j = 0; j < k; j++) {
                        mu.lock(h);
                        int v = counter[0];
                        if ((j & 63) == 0) {
                            h.sched().gosched(h); // park while holding it
                        }
                        counter[0] = v + 1;
                        mu.unlock(h);
                    }
                    wg.done(h);
                });
            }
            wg.await(g);
        }));
        assertEquals(100 * 2000, counter[0]);
    }

    @Test
    void mutexEntersStarvationModeAndHandsOff() {
        AtomicBoolean sawStarving = new AtomicBoolean();
        ok(GoRun.run(2, g -> {
            Mutex mu = new Mutex();
            AtomicBoolean stop = new AtomicBoolean();
            WaitGroup wg = new WaitGroup();
            wg.add(g, 4);
            for (int i = 0; i < 4; i++) {
                g.sched().newproc(g, h -> {
                    while (!stop.get()) {
                        mu.lock(h);
                        long end = System.nanoTime() + 300_000; // hold it for 0.3ms
                        while (System.nanoTime() < end) {
                            // Interpreted code polls at back-edges, so it can be preempted while
                            // holding the mutex; a woken waiter then finds it locked.
                            h.yieldIfPreempted();
                        }
                        if (mu.isStarving()) {
                            sawStarving.set(true);
                        }
                        mu.unlock(h);
                        h.yieldIfPreempted();
                    }
                    wg.done(h);
                });
            }
            for (int i = 0; i < 600 && !sawStarving.get(); i++) { // usually a few ms; slack for loaded machines
                g.sched().sleep(g, 5_000_000);
            }
            stop.set(true);
            wg.await(g);
        }));
        assertTrue(sawStarving.get(), "waiters starving for > 1ms must switch the mutex to starvation mode");
    }

    @Test
    void tryLock() {
        ok(GoRun.run(1, g -> {
            Mutex mu = new Mutex();
            assertTrue(mu.tryLock());
            assertFalse(mu.tryLock());
            mu.unlock(g);
            RWMutex rw = new RWMutex();
            assertTrue(rw.tryRLock());
            assertFalse(rw.tryLock(g));
            rw.runlock(g);
            assertTrue(rw.tryLock(g));
            assertFalse(rw.tryRLock());
            rw.unlock(g);
        }));
    }

    @Test
    void unlockErrorsAreFatal() {
        ok(GoRun.run(1, g -> {
            assertEquals("sync: unlock of unlocked mutex",
                            assertThrows(GoFatalError.class, () -> new Mutex().unlock(g)).getMessage());
            assertEquals("sync: RUnlock of unlocked RWMutex",
                            assertThrows(GoFatalError.class, () -> new RWMutex().runlock(g)).getMessage());
            assertEquals("sync: Unlock of unlocked RWMutex",
                            assertThrows(GoFatalError.class, () -> new RWMutex().unlock(g)).getMessage());
        }));
        var r = GoRun.run(1, g -> new Mutex().unlock(g));
        assertEquals(2, r.code());
        assertEquals("fatal error: sync: unlock of unlocked mutex\n\ngoroutine 1 [running]:\n", r.err());
    }

    @Test
    void rwmutexReadersShareWritersExclude() {
        ok(GoRun.run(2, g -> {
            RWMutex rw = new RWMutex();
            AtomicInteger readers = new AtomicInteger();
            AtomicInteger maxReaders = new AtomicInteger();
            AtomicBoolean writer = new AtomicBoolean();
            AtomicBoolean violated = new AtomicBoolean();
            WaitGroup wg = new WaitGroup();
            int n = 20;
            wg.add(g, n + 2);
            for (int i = 0; i < n; i++) {
                g.sched().newproc(g, h -> {
                    for (int j = 0; j < 200; j++) {
                        rw.rlock(h);
                        int now = readers.incrementAndGet();
                        maxReaders.accumulateAndGet(now, Math::max);
                        if (writer.get()) {
                            violated.set(true);
                        }
                        h.sched().gosched(h);
                        readers.decrementAndGet();
                        rw.runlock(h);
                    }
                    wg.done(h);
                });
            }
            for (int w = 0; w < 2; w++) {
                g.sched().newproc(g, h -> {
                    for (int j = 0; j < 100; j++) {
                        rw.lock(h);
                        if (!writer.compareAndSet(false, true) || readers.get() != 0) {
                            violated.set(true);
                        }
                        h.sched().gosched(h);
                        writer.set(false);
                        rw.unlock(h);
                    }
                    wg.done(h);
                });
            }
            wg.await(g);
            assertFalse(violated.get());
            assertTrue(maxReaders.get() > 1, "readers never overlapped");
        }));
    }

    @Test
    void waitGroupWaitsAndPanicsOnNegative() {
        ok(GoRun.run(2, g -> {
            WaitGroup wg = new WaitGroup();
            AtomicInteger done = new AtomicInteger();
            wg.add(g, 50);
            for (int i = 0; i < 50; i++) {
                g.sched().newproc(g, h -> {
                    h.sched().sleep(h, 1_000_000);
                    done.incrementAndGet();
                    wg.done(h);
                });
            }
            // Several waiters.
            WaitGroup waiters = new WaitGroup();
            waiters.add(g, 3);
            for (int i = 0; i < 3; i++) {
                g.sched().newproc(g, h -> {
                    wg.await(h);
                    assertEquals(50, done.get());
                    waiters.done(h);
                });
            }
            wg.await(g);
            waiters.await(g);
            assertEquals("sync: negative WaitGroup counter",
                            assertThrows(GoRuntimePanic.class, () -> new WaitGroup().done(g)).getMessage());
        }));
    }

    @Test
    void condSignalAndBroadcast() {
        ok(GoRun.run(2, g -> {
            Mutex mu = new Mutex();
            Cond cond = new Cond(mu);
            int[] ready = new int[1];
            AtomicInteger woke = new AtomicInteger();
            WaitGroup wg = new WaitGroup();
            int n = 10;
            wg.add(g, n);
            for (int i = 0; i < n; i++) {
                g.sched().newproc(g, h -> {
                    mu.lock(h);
                    while (ready[0] == 0) {
                        cond.await(h);
                    }
                    ready[0]--;
                    woke.incrementAndGet();
                    mu.unlock(h);
                    wg.done(h);
                });
            }
            g.sched().sleep(g, 5_000_000);
            for (int i = 0; i < 3; i++) {
                mu.lock(g);
                ready[0]++;
                cond.signal(g);
                mu.unlock(g);
            }
            while (woke.get() < 3) {
                g.sched().gosched(g);
            }
            g.sched().sleep(g, 5_000_000);
            assertEquals(3, woke.get(), "Signal woke more than one each");
            mu.lock(g);
            ready[0] += n - 3;
            cond.broadcast(g);
            mu.unlock(g);
            wg.await(g);
        }));
    }

    @Test
    void onceRunsOnceEvenWhenItPanics() {
        ok(GoRun.run(2, g -> {
            Once once = new Once();
            AtomicInteger runs = new AtomicInteger();
            WaitGroup wg = new WaitGroup();
            wg.add(g, 20);
            for (int i = 0; i < 20; i++) {
                g.sched().newproc(g, h -> {
                    once.doOnce(h, () -> {
                        runs.incrementAndGet();
                        h.sched().sleep(h, 2_000_000); // blocks inside f: others wait
                    });
                    assertEquals(1, runs.get());
                    wg.done(h);
                });
            }
            wg.await(g);
            Once bad = new Once();
            assertThrows(GoRuntimePanic.class, () -> bad.doOnce(g, () -> {
                throw new GoRuntimePanic("boom");
            }));
            bad.doOnce(g, () -> {
                throw new AssertionError("ran twice");
            });
            assertTrue(bad.isDone());
        }));
    }

    @Test
    void semaHandoffRunsTheWaiterNext() {
        ok(GoRun.run(1, g -> {
            long[] s = {0};
            StringBuffer log = new StringBuffer();
            g.sched().newproc(g, h -> {
                Sema.acquire(s, 0, h, false, "semacquire");
                log.append("waiter ");
            });
            g.sched().gosched(g);
            Sema.release(s, 0, g, true);
            log.append("releaser");
            assertEquals("waiter releaser", log.toString());
            assertEquals(1, Sched.numCPU() > 0 ? 1 : 0);
        }));
    }

    @Test
    void semaWaitersAreKeyedByWordNotShared() {
        ok(GoRun.run(1, g -> {
            // a copy of a semaphore word (another array, or another index) has no waiters of its own
            long[] a = {0, 0};
            long[] copy = a.clone();
            StringBuffer log = new StringBuffer();
            g.sched().newproc(g, h -> {
                Sema.acquire(a, 1, h, false, "semacquire");
                log.append("woken");
            });
            g.sched().gosched(g);
            Sema.release(copy, 1, g, false);
            Sema.release(a, 0, g, false);
            g.sched().gosched(g);
            assertEquals("", log.toString());
            assertEquals(1, copy[1]);
            assertEquals(1, a[0]);
            Sema.release(a, 1, g, false);
            g.sched().gosched(g);
            assertEquals("woken", log.toString());
            assertEquals(0, a[1]);
        }));
    }

    @Test
    void parkedWaitersEndWithTheirProgram() {
        // program 1 ends with goroutines parked on a Mutex and a WaitGroup
        long[] mu = new long[Mutex.WORDS];
        long[] wg = new long[WaitGroup.WORDS];
        AtomicReference<Sema> first = new AtomicReference<>();
        ok(GoRun.run(2, g -> {
            first.set(g.sched().sema());
            Mutex.lock(mu, g);
            WaitGroup.add(wg, g, 1);
            g.sched().newproc(g, h -> Mutex.lock(mu, h));
            g.sched().newproc(g, h -> WaitGroup.await(wg, h));
            while (g.sched().sema().waiters() < 2) {
                g.sched().gosched(g);
            }
        }));
        assertEquals(2, first.get().waiters());
        // program 2 in the same JVM: a table of its own, with none of them; even the same words
        // wake nothing of program 1 (which would run a dead program's goroutine here)
        AtomicInteger ran = new AtomicInteger();
        ok(GoRun.run(2, g -> {
            assertTrue(g.sched().sema() != first.get());
            assertEquals(0, g.sched().sema().waiters());
            Mutex.unlock(mu, g);
            Mutex.lock(mu, g);
            long[] wg2 = new long[WaitGroup.WORDS];
            WaitGroup.add(wg2, g, 3);
            for (int i = 0; i < 3; i++) {
                g.sched().newproc(g, h -> {
                    Mutex.lock(mu, h);
                    ran.incrementAndGet();
                    Mutex.unlock(mu, h);
                    WaitGroup.add(wg2, h, -1);
                });
            }
            Mutex.unlock(mu, g);
            WaitGroup.await(wg2, g);
            assertEquals(0, g.sched().sema().waiters());
        }));
        assertEquals(3, ran.get());
        assertEquals(2, first.get().waiters());
    }

    @Test
    void waitGroupWordsCopyTheCounter() {
        ok(GoRun.run(1, g -> {
            long[] wg = new long[WaitGroup.WORDS];
            WaitGroup.add(wg, g, 2);
            long[] copy = wg.clone();
            WaitGroup.add(copy, g, -2);
            WaitGroup.await(copy, g);
            assertEquals(2, (int) (wg[WaitGroup.STATE] >> 32));
            long[] mu = new long[Mutex.WORDS];
            Mutex.lock(mu, g);
            long[] locked = mu.clone();
            assertFalse(Mutex.tryLock(locked));
            Mutex.unlock(mu, g);
            assertTrue(Mutex.tryLock(mu));
            assertFalse(Mutex.tryLock(locked));
        }));
    }

    @Test
    void waitGroupReusedBeforeWaitReturnedPanics() {
        AtomicReference<String> msg = new AtomicReference<>();
        ok(GoRun.run(1, g -> {
            WaitGroup wg = new WaitGroup();
            wg.add(g, 1);
            g.sched().newproc(g, h -> {
                try {
                    wg.await(h);
                } catch (GoRuntimePanic e) {
                    msg.set(e.getMessage());
                }
            });
            g.sched().gosched(g); // the waiter parks
            wg.done(g); // readies it; it runs when we yield
            wg.add(g, 1); // reused before its Wait returned
            g.sched().gosched(g);
        }));
        assertEquals("sync: WaitGroup is reused before previous Wait has returned", msg.get());
    }
}
