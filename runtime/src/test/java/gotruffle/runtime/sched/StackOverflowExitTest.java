package gotruffle.runtime.sched;

import gotruffle.runtime.GoRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StackOverflowExitTest {
    @AfterEach
    void noOwner() {
        StackOverflowExit.ownProcess(null);
        StackOverflowExit.overflowedOn = null;
    }

    @Test
    void anOwnedProcessEndsAtTheOverflowWhileTheStackIsStillDeep() {
        CountDownLatch unwound = new CountDownLatch(1);
        AtomicInteger exitCode = new AtomicInteger(-1);
        AtomicInteger stillDeepAtExit = new AtomicInteger(-1);
        StackOverflowExit.ownProcess(code -> {
            stillDeepAtExit.set((int) unwound.getCount());
            exitCode.set(code);
            unwound.countDown(); // a real owner halts the process here
        });
        var r = GoRun.run(SchedConfig.builder().gomaxprocs(2), g -> {
            StackOverflowExit.overflowedOn = Thread.currentThread(); // what the interpreter's catch stores
            try {
                // the deep stack, which would take long to unwind
                assertTrue(unwound.await(20, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertEquals(2, r.code());
        assertEquals(2, exitCode.get());
        assertEquals(1, stillDeepAtExit.get());
        assertEquals(StackOverflowExit.report(1), r.err());
    }

    @Test
    void anotherProgramsOverflowIsNotThisOnes() throws InterruptedException {
        StackOverflowExit.ownProcess(code -> {
            throw new AssertionError("exit " + code);
        });
        Thread other = new Thread(() -> StackOverflowExit.overflowedOn = Thread.currentThread());
        other.start();
        other.join();
        var r = GoRun.run(SchedConfig.builder().gomaxprocs(1), g -> g.sched().sleep(g, 50_000_000L));
        assertEquals(0, r.code());
        assertEquals("", r.err());
    }
}
