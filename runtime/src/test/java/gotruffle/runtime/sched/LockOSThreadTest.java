package gotruffle.runtime.sched;

import gotruffle.runtime.GoRun;
import gotruffle.runtime.chan.Chan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** runtime.LockOSThread: while locked, the M runs only its goroutine and the goroutine runs only on that M. */
class LockOSThreadTest {
    private static final int ROUNDS = 2000;

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void lockedGoroutineKeepsItsMAndTheMRunsNothingElse(int procs) {
        AtomicReference<M> lockedM = new AtomicReference<>();
        AtomicInteger violations = new AtomicInteger();
        AtomicInteger othersRan = new AtomicInteger();
        Set<M> unlockedMs = ConcurrentHashMap.newKeySet();
        var r = GoRun.run(procs, g -> {
            Sched s = g.sched();
            Chan ping = new Chan(0);
            Chan pong = new Chan(0);
            Chan done = new Chan(8);
            // Busy goroutines that keep every P wanted and check they never run on the locked M.
            for (int k = 0; k < 4; k++) {
                s.newproc(g, h -> {
                    for (int i = 0; i < ROUNDS; i++) {
                        M m = lockedM.get();
                        if (m != null && h.m() == m) {
                            violations.incrementAndGet();
                        }
                        othersRan.incrementAndGet();
                        h.sched().gosched(h);
                    }
                    Chan.chansend(h, done, 1);
                });
            }
            // A partner the locked goroutine blocks on (park/ready through channels).
            s.newproc(g, h -> {
                for (int i = 0; i < ROUNDS; i++) {
                    Object v = Chan.chanrecv(h, ping);
                    Chan.chansend(h, pong, v);
                }
                Chan.chansend(h, done, 1);
            });
            s.lockOSThread(g);
            M mine = g.m();
            lockedM.set(mine);
            for (int i = 0; i < ROUNDS; i++) {
                Chan.chansend(g, ping, i);
                Chan.chanrecv(g, pong);
                if (g.m() != mine) {
                    violations.incrementAndGet();
                }
                if (i % 10 == 0) {
                    s.gosched(g); // back through the global queue: must still come back here
                    if (g.m() != mine) {
                        violations.incrementAndGet();
                    }
                }
                if (i % 100 == 0) {
                    s.entersyscall(g);
                    Thread.onSpinWait();
                    s.exitsyscall(g);
                    if (g.m() != mine) {
                        violations.incrementAndGet();
                    }
                }
            }
            lockedM.set(null);
            s.unlockOSThread(g);
            for (int k = 0; k < 5; k++) {
                Chan.chanrecv(g, done);
            }
            unlockedMs.add(g.m());
        });
        assertEquals(0, r.code(), r.err());
        assertEquals(0, violations.get());
        assertEquals(4 * ROUNDS, othersRan.get());
        assertFalse(unlockedMs.isEmpty());
    }

    @Test
    void lockNestsAndUnlockWithoutLockIsHarmless() {
        AtomicReference<String> states = new AtomicReference<>("");
        var r = GoRun.run(2, g -> {
            Sched s = g.sched();
            s.unlockOSThread(g); // no-op, as in Go
            s.lockOSThread(g);
            s.lockOSThread(g);
            s.unlockOSThread(g);
            String a = "" + g.lockedToThread();
            s.unlockOSThread(g);
            states.set(a + "," + g.lockedToThread());
        });
        assertEquals(0, r.code(), r.err());
        assertEquals("true,false", states.get());
    }

    @Test
    void goroutineExitingLockedFreesItsM() {
        AtomicReference<M> exitedOn = new AtomicReference<>();
        AtomicInteger ranAfter = new AtomicInteger();
        var r = GoRun.run(1, g -> {
            Sched s = g.sched();
            Chan done = new Chan(0);
            s.newproc(g, h -> {
                h.sched().lockOSThread(h);
                exitedOn.set(h.m());
                Chan.chansend(h, done, 1);
                // exits still locked
            });
            Chan.chanrecv(g, done);
            for (int i = 0; i < 100; i++) {
                Chan c = new Chan(0);
                s.newproc(g, h -> Chan.chansend(h, c, 1));
                Chan.chanrecv(g, c);
                ranAfter.incrementAndGet();
            }
            assertTrue(exitedOn.get().lockedg == null);
        });
        assertEquals(0, r.code(), r.err());
        assertNotNull(exitedOn.get());
        assertEquals(100, ranAfter.get());
    }

    @Test
    void lockedGoroutineBlockedForeverIsADeadlockAndSaysLocked() {
        var r = GoRun.run(2, g -> {
            g.sched().lockOSThread(g);
            Chan.chanrecv(g, new Chan(0));
        });
        assertEquals(2, r.code());
        assertEquals("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive, locked to thread]:\n", r.err());
    }
}
