package gotruffle.runtime.sched;

import gotruffle.runtime.GoRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A recursion that yields or parks at every level keeps its frames in heap chunks; Go's stack limit still holds (issue 12). */
class YieldingRecursionTest {
    @AfterEach
    void restoreLimit() {
        Coroutine.stackLimit = SchedConfig.DEFAULT_STACK_SIZE;
    }

    private static int recurse(G g, int n, int max) {
        g.sched().gosched(g); // the frames below move into the continuation's chunks
        return n == max ? n : recurse(g, n + 1, max);
    }

    @Test
    void aRecursionThatYieldsOverflowsAtTheStackLimit() {
        Coroutine.stackLimit = 256 << 10;
        AtomicInteger overflowedAt = new AtomicInteger(-1);
        var r = GoRun.run(SchedConfig.builder().gomaxprocs(1), g -> {
            try {
                recurse(g, 0, 1_000_000);
            } catch (StackOverflowError e) {
                overflowedAt.set(1); // the M's stack itself is far from full: the chunks were counted
            }
        });
        assertEquals(0, r.code(), r.err());
        assertEquals(1, overflowedAt.get());
    }

    private static int recurseParking(G g, int n, int max) {
        g.sched().sleep(g, 1); // parks on its timer: the frames below move into chunks, one chunk per level
        return n == max ? n : recurseParking(g, n + 1, max);
    }

    @Test
    void aRecursionThatParksOverflowsAtTheStackLimit() {
        Coroutine.stackLimit = 256 << 10;
        AtomicInteger overflowedAt = new AtomicInteger(-1);
        var r = GoRun.run(SchedConfig.builder().gomaxprocs(1), g -> {
            try {
                recurseParking(g, 0, 1_000_000);
            } catch (StackOverflowError e) {
                overflowedAt.set(1);
            }
        });
        assertEquals(0, r.code(), r.err());
        assertEquals(1, overflowedAt.get());
    }

    @Test
    void aShallowerParkingOneEnds() {
        Coroutine.stackLimit = 4 << 20;
        AtomicInteger result = new AtomicInteger(-1);
        var r = GoRun.run(SchedConfig.builder().gomaxprocs(1), g -> result.set(recurseParking(g, 0, 2000)));
        assertEquals(0, r.code(), r.err());
        assertEquals(2000, result.get());
    }

    @Test
    void aShallowerOneEnds() {
        Coroutine.stackLimit = 4 << 20;
        AtomicInteger result = new AtomicInteger(-1);
        var r = GoRun.run(SchedConfig.builder().gomaxprocs(1), g -> result.set(recurse(g, 0, 2000)));
        assertEquals(0, r.code(), r.err());
        assertEquals(2000, result.get());
    }
}
