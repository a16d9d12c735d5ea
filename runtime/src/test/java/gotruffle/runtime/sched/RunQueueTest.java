package gotruffle.runtime.sched;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The P's lock-free ring, runnext, overflow to the global queue and stealing, without threads. */
class RunQueueTest {
    private final Sched sched = new Sched(SchedConfig.builder().gomaxprocs(2).build());
    private long ids;

    private G newG() {
        return G.newG(sched, ++ids, g -> {
        });
    }

    private P newP(int id) {
        P p = new P(sched, id);
        p.setStatus(P.RUNNING);
        return p;
    }

    @Test
    void fifoOrderAndRunnext() {
        P p = newP(0);
        assertTrue(p.runqempty());
        G a = newG(), b = newG(), c = newG();
        p.runqput(a, false);
        p.runqput(b, false);
        p.runqput(c, true);
        assertSame(c, p.runnextTake(), "runnext first");
        assertNull(p.runnextTake());
        assertSame(a, p.runqget());
        assertSame(b, p.runqget());
        assertNull(p.runqget());
        assertTrue(p.runqempty());
    }

    @Test
    void newRunnextKicksOldOneToTheTail() {
        P p = newP(0);
        G a = newG(), b = newG(), c = newG();
        p.runqput(a, false);
        p.runqput(b, true);
        p.runqput(c, true);
        assertSame(c, p.runnextTake());
        assertSame(a, p.runqget());
        assertSame(b, p.runqget());
    }

    @Test
    void fullRingMovesHalfPlusOneToGlobalQueue() {
        sched.gomaxprocs = 1;
        P p = newP(0);
        G[] gs = new G[P.RUNQ_SIZE + 1];
        for (int i = 0; i < gs.length; i++) {
            gs[i] = newG();
            p.runqput(gs[i], false);
        }
        // 256 fit; the 257th moves the oldest 128 plus itself to the global queue.
        assertEquals(P.RUNQ_SIZE / 2, p.runqsize());
        assertEquals(P.RUNQ_SIZE / 2 + 1, sched.runqsize);
        // Global queue keeps the original order: gs[0..127], then gs[256].
        sched.lock.lock();
        for (int i = 0; i < P.RUNQ_SIZE / 2; i++) {
            assertSame(gs[i], sched.runq.pop());
        }
        assertSame(gs[P.RUNQ_SIZE], sched.runq.pop());
        assertNull(sched.runq.pop());
        sched.lock.unlock();
        for (int i = P.RUNQ_SIZE / 2; i < P.RUNQ_SIZE; i++) {
            assertSame(gs[i], p.runqget());
        }
        assertTrue(p.runqempty());
    }

    @Test
    void stealTakesHalfRoundedUp() {
        P victim = newP(0);
        P thief = newP(1);
        Set<G> all = new HashSet<>();
        for (int i = 0; i < 9; i++) {
            G gp = newG();
            all.add(gp);
            victim.runqput(gp, false);
        }
        G first = thief.runqsteal(victim, false);
        assertNotNull(first);
        // 9 - 9/2 = 5 stolen: one returned, four queued on the thief.
        assertEquals(4, thief.runqsize());
        assertEquals(4, victim.runqsize());
        Set<G> seen = new HashSet<>();
        seen.add(first);
        for (G gp; (gp = thief.runqget()) != null;) {
            assertTrue(seen.add(gp));
        }
        for (G gp; (gp = victim.runqget()) != null;) {
            assertTrue(seen.add(gp));
        }
        assertEquals(all, seen, "nothing lost or duplicated");
    }

    @Test
    void runnextIsStolenOnlyAsLastResort() {
        P victim = newP(0);
        P thief = newP(1);
        G only = newG();
        victim.runqput(only, true);
        assertNull(thief.runqsteal(victim, false));
        victim.setStatus(P.IDLE); // no 3us courtesy wait
        assertSame(only, thief.runqsteal(victim, true));
        assertTrue(victim.runqempty());
    }

    /** A P with an M running {@code cur} on it (no threads: just the fields a poll reads). */
    private P runningPWith(G cur) {
        P p = newP(0);
        M m = new M(sched, 1, false);
        m.p = p;
        m.curg = cur;
        p.m = m;
        cur.m = m;
        return p;
    }

    @Test
    void runnextOfARunningPWaitsUntilItsGoroutineDidSomeWork() {
        // Go: the thief sleeps ~3us before taking runnext; ours waits for the owner's G to make
        // runnextStealPolls polls (our first executions are slow), counted from the thief's look.
        sched.runnextStealMaxNanos = Long.MAX_VALUE; // only polls count here
        G cur = newG();
        P victim = runningPWith(cur);
        P thief = newP(1);
        G fresh = newG();
        victim.runqput(fresh, true);
        assertNull(thief.runqsteal(victim, true), "a fresh runnext stays with its owner");
        assertTrue(cur.preemptRequested(), "the owner's G counts its polls now");
        for (long i = 1; i < sched.runnextStealPolls; i++) {
            assertFalse(cur.pollMustYield(), "counting polls never makes the G yield");
        }
        assertNull(thief.runqsteal(victim, true), "one poll short");
        assertFalse(cur.pollMustYield());
        assertFalse(cur.preemptRequested(), "done counting");
        assertSame(fresh, thief.runqsteal(victim, true));
    }

    @Test
    void aThiefNotesAFreshRunnextSoThatItPausesAndNotWhenItFoundWork() {
        // Sched.stealWork pauses (Go's usleep(3)) when a fresh runnext was all it found
        sched.runnextStealMaxNanos = Long.MAX_VALUE;
        G cur = newG();
        P victim = runningPWith(cur);
        P thief = newP(1);
        victim.runqput(newG(), true);
        assertNull(thief.runqsteal(victim, false), "no runnext in the first passes");
        assertFalse(thief.freshRunnextSeen, "nothing to wait for in the ring");
        assertNull(thief.runqsteal(victim, true));
        assertTrue(thief.freshRunnextSeen, "left to its owner: the thief pauses");
        thief.freshRunnextSeen = false;
        G queued = newG();
        victim.runqput(queued, false);
        assertSame(queued, thief.runqsteal(victim, true), "the ring is taken before runnext");
        assertFalse(thief.freshRunnextSeen);
    }

    @Test
    void aNewRunnextRestartsTheCountOfPollsAThiefWaitsFor() {
        sched.runnextStealMaxNanos = Long.MAX_VALUE;
        G cur = newG();
        P victim = runningPWith(cur);
        P thief = newP(1);
        victim.runqput(newG(), true);
        assertNull(thief.runqsteal(victim, true)); // the thief's look: cur counts its polls
        for (long i = 1; i < sched.runnextStealPolls; i++) {
            assertFalse(cur.pollMustYield());
        }
        G fresh = newG();
        victim.runqput(fresh, true); // the old runnext goes to the ring
        assertNotNull(thief.runqsteal(victim, true), "the ring's G");
        assertNull(thief.runqsteal(victim, true), "the new runnext is fresh again");
        cur.requestRunnextCountdown();
        assertFalse(cur.pollMustYield(), "one poll is not the count");
        assertNull(thief.runqsteal(victim, true));
        assertSame(fresh, victim.runnextTake());
    }

    @Test
    void runnextIsStolenAfterTheTimeLimitEvenWithoutPolls() {
        G cur = newG();
        P victim = runningPWith(cur);
        P thief = newP(1);
        G fresh = newG();
        sched.runnextStealMaxNanos = Long.MAX_VALUE;
        victim.runqput(fresh, true);
        assertNull(thief.runqsteal(victim, true));
        sched.runnextStealMaxNanos = 0; // code without loops never polls
        assertSame(fresh, thief.runqsteal(victim, true));
    }

    @Test
    void aTimeSliceThatRanOutGrantsGracePollsButStopTheWorldDoesNot() {
        G cur = newG();
        P p = runningPWith(cur);
        p.sliceGrace = 3;
        assertTrue(sched.preemptone(p, true));
        assertTrue(p.sliceOver);
        assertFalse(cur.pollMustYield());
        assertFalse(cur.pollMustYield());
        assertFalse(cur.pollMustYield());
        assertTrue(cur.pollMustYield(), "grace used up: yield");
        p.sliceGrace = 3;
        sched.preemptone(p, false); // stop-the-world, exit: at once
        assertTrue(cur.pollMustYield());
        cur.clearPreempt();
        assertFalse(cur.preemptRequested());
        // a thief's poll count does not weaken a slice request, and a slice request wins over it
        cur.requestSlicePreempt();
        cur.requestRunnextCountdown();
        p.sliceGrace = 0;
        assertTrue(cur.pollMustYield());
        cur.clearPreempt();
    }

    @Test
    void sliceGraceScalesWithTheQuantum() {
        assertEquals(100_000, SchedConfig.builder().preemptQuantumNanos(10_000_000).build().sliceGracePolls());
        assertEquals(2_000, SchedConfig.builder().preemptQuantumNanos(200_000).build().sliceGracePolls());
    }

    @Test
    void globrunqgetTakesAFairShareIntoTheLocalQueue() {
        sched.gomaxprocs = 2;
        P p = newP(0);
        sched.lock.lock();
        for (int i = 0; i < 10; i++) {
            sched.globrunqput(newG());
        }
        G gp = sched.globrunqget(p, 0);
        sched.lock.unlock();
        assertNotNull(gp);
        // n = 10/2 + 1 = 6: one returned, five moved to the local queue.
        assertEquals(5, p.runqsize());
        assertEquals(4, sched.runqsize);
        sched.lock.lock();
        assertNotNull(sched.globrunqget(p, 1));
        sched.lock.unlock();
        assertEquals(5, p.runqsize());
        assertEquals(3, sched.runqsize);
    }

    @Test
    void concurrentOwnerAndThievesLoseNothing() throws Exception {
        // One owner producing and consuming, two thieves stealing: every G comes out exactly once.
        P owner = newP(0);
        P[] thieves = { newP(1), newP(2) };
        int total = 200_000;
        ConcurrentHashMap<G, Boolean> out = new ConcurrentHashMap<>();
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger dup = new AtomicInteger();
        sched.gomaxprocs = 3;
        Thread[] ts = new Thread[2];
        for (int t = 0; t < 2; t++) {
            P me = thieves[t];
            ts[t] = new Thread(() -> {
                while (!done.get() || !owner.runqempty()) {
                    G gp = me.runqsteal(owner, true);
                    if (gp != null && out.put(gp, true) != null) {
                        dup.incrementAndGet();
                    }
                    for (G x; (x = me.runqget()) != null;) {
                        if (out.put(x, true) != null) {
                            dup.incrementAndGet();
                        }
                    }
                }
            });
            ts[t].start();
        }
        for (int i = 0; i < total; i++) {
            owner.runqput(G.newG(sched, i + 1, g -> {
            }), (i & 7) == 0);
            if ((i & 3) == 0) {
                G gp = owner.runnextTake();
                if (gp == null) {
                    gp = owner.runqget();
                }
                if (gp != null && out.put(gp, true) != null) {
                    dup.incrementAndGet();
                }
            }
        }
        done.set(true);
        for (Thread t : ts) {
            t.join();
        }
        for (G gp; (gp = owner.runnextTake()) != null || (gp = owner.runqget()) != null;) {
            out.put(gp, true);
        }
        sched.lock.lock();
        for (G gp; (gp = sched.runq.pop()) != null;) {
            if (out.put(gp, true) != null) {
                dup.incrementAndGet();
            }
        }
        sched.lock.unlock();
        assertEquals(0, dup.get(), "duplicated");
        assertEquals(total, out.size(), "lost");
    }
}
