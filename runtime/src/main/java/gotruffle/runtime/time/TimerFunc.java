package gotruffle.runtime.time;

import gotruffle.runtime.sched.G;

/**
 * What a timer does when it fires (Go's {@code timer.f}). Runs on an M, not in a goroutine:
 * {@code g0} is that M's scheduler context, usable as the caller G of non-blocking runtime calls
 * (goready, selectnbsend, newproc). Must not block and must be quick.
 */
@FunctionalInterface
public interface TimerFunc {
    void fire(G g0, Object arg, long now);
}
