package gotruffle.runtime.sched;

import gotruffle.runtime.GoRun;
import gotruffle.runtime.chan.Chan;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The REPL's hooks: a goroutine asked to unwind sees it at its next poll point (also after it
 * was parked), exactly once; a deadlock handler keeps the program alive.
 */
class UnwindTest {
    /** An interpreted loop's poll point: yields when preempted, returns true when asked to unwind. */
    private static boolean poll(G g) {
        if (g.preemptRequested()) {
            g.yieldIfPreempted();
            return g.takeUnwind();
        }
        return false;
    }

    @RepeatedTest(5)
    void aSpinningGoroutineUnwindsAtItsNextPoll() {
        AtomicInteger polls = new AtomicInteger();
        var r = GoRun.run(2, g -> {
            Chan started = new Chan(1);
            Chan done = new Chan(1);
            G spinner = g.sched().newproc(g, h -> {
                Chan.chansend(h, started, true);
                while (!poll(h)) {
                    polls.incrementAndGet();
                }
                assertFalse(h.takeUnwind(), "one request unwinds once");
                Chan.chansend(h, done, true);
            });
            Chan.chanrecv(g, started);
            spinner.requestUnwind();
            Chan.chanrecv(g, done);
        });
        assertEquals(0, r.code(), r.err());
    }

    @RepeatedTest(5)
    void aParkedGoroutineUnwindsWhenItRunsAgain() {
        AtomicReference<String> seen = new AtomicReference<>();
        var r = GoRun.run(2, g -> {
            Chan wake = new Chan(0);
            Chan done = new Chan(1);
            G sleeper = g.sched().newproc(g, h -> {
                Chan.chanrecv(h, wake);
                seen.set(poll(h) ? "unwound" : "kept running");
                Chan.chansend(h, done, true);
            });
            while (sleeper.status() != G.WAITING) {
                g.sched().gosched(g);
            }
            sleeper.requestUnwind();
            Chan.chansend(g, wake, true); // resuming it must not clear the request
            Chan.chanrecv(g, done);
        });
        assertEquals(0, r.code(), r.err());
        assertEquals("unwound", seen.get());
    }

    @Test
    void aDeadlockHandlerKeepsTheProgramAlive() {
        AtomicReference<String> message = new AtomicReference<>();
        var r = GoRun.run(1, g -> {
            Chan never = new Chan(0);
            Sched s = g.sched();
            s.deadlockHandler = msg -> {
                message.set(msg);
                s.newproc(null, h -> Chan.chansend(h, never, true)); // work from outside: main goes on
                return true;
            };
            Chan.chanrecv(g, never);
        });
        assertEquals(0, r.code(), r.err());
        assertTrue(message.get().startsWith("all goroutines are asleep"), message.get());
        assertEquals("", r.err());
    }
}
