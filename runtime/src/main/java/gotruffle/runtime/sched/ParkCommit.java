package gotruffle.runtime.sched;

/**
 * Go's gopark {@code unlockf}: runs on the M after the goroutine's stack really yielded, with the
 * parked G and the M's g0 (whose M still holds a P). Returning false resumes the G at once.
 */
@FunctionalInterface
public interface ParkCommit {
    boolean commit(G gp, G g0);
}
