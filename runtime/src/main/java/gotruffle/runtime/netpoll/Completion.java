package gotruffle.runtime.netpoll;

import gotruffle.runtime.sched.G;
import gotruffle.runtime.sched.ParkCommit;
import gotruffle.runtime.sched.WaitReason;

import java.util.concurrent.atomic.AtomicReference;

/**
 * One pending operation completed by a foreign (non-M) thread, e.g. a blocking call done by a
 * helper thread. A goroutine calls {@link #await} and parks without holding an M; the other thread
 * calls {@link #ready}. Either order works: readiness before the park makes await return at once.
 * While someone awaits, an M stays in the poller, so deadlock detection does not fire. (Sockets use
 * {@link PollDesc} instead: readiness comes from the Selector.)
 */
public final class Completion {
    private static final Object READY = new Object();
    /** null (nothing yet), READY, or the waiting G. */
    private final AtomicReference<Object> state = new AtomicReference<>();

    /** Parks gp until {@link #ready} (returns at once if that already happened). One use only. */
    public void await(G gp) {
        if (state.get() == READY) {
            return;
        }
        NetPoll np = gp.sched().netpoll();
        np.addWaiter(1);
        ParkCommit commit = (g, g0) -> {
            // After the yield: publish ourselves unless readiness won the race.
            if (state.compareAndSet(null, g)) {
                return true;
            }
            np.addWaiter(-1);
            return false;
        };
        gp.sched().gopark(gp, commit, WaitReason.IO_WAIT);
    }

    /** Marks the operation complete; wakes the awaiting goroutine. Callable from any thread. */
    public void ready(NetPoll np) {
        Object prev = state.getAndSet(READY);
        if (prev instanceof G gp) {
            np.netpollready(gp);
        }
    }
}
