package gotruffle.runtime.sched;

import gotruffle.runtime.GoRun;
import gotruffle.runtime.chan.Chan;
import gotruffle.runtime.chan.Select;
import gotruffle.runtime.chan.SelectCase;
import gotruffle.runtime.sync.Cond;
import gotruffle.runtime.sync.Mutex;
import gotruffle.runtime.sync.RWMutex;
import gotruffle.runtime.sync.WaitGroup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Go 1.19's deadlock report, checked against real go1.19 runs of the equivalent programs. */
class DeadlockTest {
    static Stream<Arguments> programs() {
        return Stream.of(
            Arguments.of("chan receive", (GoBody) g -> Chan.chanrecv(g, new Chan(0))),
            Arguments.of("chan send", (GoBody) g -> Chan.chansend(g, new Chan(0), 1)),
            Arguments.of("select", (GoBody) g -> Select.selectgo(g, new SelectCase[] {
                SelectCase.recv(new Chan(0)), SelectCase.send(new Chan(0), 1) }, false)),
            Arguments.of("select (no cases)", (GoBody) g -> Select.block(g)),
            Arguments.of("chan receive (nil chan)", (GoBody) g -> Chan.chanrecv(g, null)),
            Arguments.of("chan send (nil chan)", (GoBody) g -> Chan.chansend(g, null, 1)),
            // Go 1.19 waits on its semaphores with "semacquire" for WaitGroup, Mutex and RWMutex.
            Arguments.of("semacquire", (GoBody) g -> {
                WaitGroup wg = new WaitGroup();
                wg.add(g, 1);
                wg.await(g);
            }),
            Arguments.of("semacquire", (GoBody) g -> {
                Mutex m = new Mutex();
                m.lock(g);
                m.lock(g);
            }),
            Arguments.of("semacquire", (GoBody) g -> {
                RWMutex m = new RWMutex();
                m.lock(g);
                m.rlock(g);
            }),
            Arguments.of("sync.Cond.Wait", (GoBody) g -> {
                Mutex m = new Mutex();
                Cond c = new Cond(m);
                m.lock(g);
                c.await(g);
            }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void mainBlockedForever(String reason, GoBody main) {
        for (int procs : new int[] { 1, 2 }) {
            var r = GoRun.run(procs, main);
            assertEquals(2, r.code());
            assertEquals("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [" + reason + "]:\n", r.err());
        }
    }

    @Test
    void sleepingGoroutineIsNotADeadlock() {
        var r = GoRun.run(2, g -> {
            Chan c = new Chan(0);
            g.sched().newproc(g, h -> Chan.chanrecv(h, c));
            g.sched().sleep(g, 20_000_000);
        });
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void deadlockAfterLotsOfActivityListsEveryBlockedGoroutine() {
        var r = GoRun.run(2, g -> {
            Chan work = new Chan(10);
            Chan forever = new Chan(0);
            WaitGroup wg = new WaitGroup();
            wg.add(g, 4);
            for (int i = 0; i < 4; i++) {
                g.sched().newproc(g, h -> {
                    for (;;) {
                        Object v = Chan.chanrecv(h, work);
                        if (v.equals(-1)) {
                            break;
                        }
                    }
                    wg.done(h);
                    Chan.chanrecv(h, forever); // and then wait forever
                });
            }
            for (int i = 0; i < 10_000; i++) {
                Chan.chansend(g, work, i);
            }
            for (int i = 0; i < 4; i++) {
                Chan.chansend(g, work, -1);
            }
            wg.await(g);
            wg.add(g, 1);
            wg.await(g);
        });
        assertEquals(2, r.code());
        assertEquals("fatal error: all goroutines are asleep - deadlock!\n\n"
                        + "goroutine 1 [semacquire]:\n\n"
                        + "goroutine 2 [chan receive]:\n\ngoroutine 3 [chan receive]:\n\n"
                        + "goroutine 4 [chan receive]:\n\ngoroutine 5 [chan receive]:\n", r.err());
    }

    @Test
    void goroutineInSyscallIsNotADeadlock() {
        var r = GoRun.run(1, g -> {
            Chan c = new Chan(0);
            g.sched().newproc(g, h -> {
                h.sched().entersyscall(h);
                Thread.sleep(30);
                h.sched().exitsyscall(h);
                Chan.chansend(h, c, 1);
            });
            Chan.chanrecv(g, c);
        });
        assertEquals(0, r.code(), r.err());
    }

    /**
     * Issue 12 (deadlock_select hung once in a few hundred runs): sysmon counts itself as a
     * running M while it polls (incidlelocked(-1)), so the last M to stop inside that window saw
     * an M running and reported nothing; the deadlock must be found when the window closes. The
     * test holds the window open itself, as sysmon would, until every M has stopped.
     */
    @Test
    void deadlockFoundWhenSysmonsPollWindowClosesAfterTheLastMStopped() throws Exception {
        for (int procs : new int[] { 1, 2 }) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            Sched s = new Sched(SchedConfig.builder().gomaxprocs(procs).err(new PrintStream(bytes, true, UTF_8)).build());
            s.incidlelocked(-1);
            FutureTask<Integer> run = new FutureTask<>(() -> s.runMain(g -> Chan.chanrecv(g, new Chan(0))));
            Thread t = new Thread(run, "runMain");
            t.setDaemon(true);
            t.start();
            try {
                awaitEveryMStopped(s, run);
                s.incidlelocked(1);
                assertEquals(2, run.get(10, TimeUnit.SECONDS));
            } finally {
                t.interrupt(); // a hung program ends like os.Exit(2)
            }
            assertEquals("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\n",
                            bytes.toString(UTF_8));
        }
    }

    /** Waits (at most 10 s) until every goroutine is parked and every M but sysmon is on the idle list. */
    private static void awaitEveryMStopped(Sched s, FutureTask<Integer> run) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        for (;;) {
            boolean stopped;
            s.lock.lock();
            try {
                stopped = !s.allgs.isEmpty() && s.allgs.stream().allMatch(g -> g.status() == G.WAITING)
                                && s.nmidle == s.allm.size() - s.nmsys;
            } finally {
                s.lock.unlock();
            }
            if (stopped) {
                return;
            }
            assertFalse(run.isDone(), "the program ended early");
            assertTrue(System.nanoTime() - deadline < 0, "the Ms did not all stop within 10 s");
            LockSupport.parkNanos(100_000);
        }
    }
}
