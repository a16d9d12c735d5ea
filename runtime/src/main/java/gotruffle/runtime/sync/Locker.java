package gotruffle.runtime.sync;

import gotruffle.runtime.sched.G;

/** Go's sync.Locker; the interpreter adapts user types with Lock/Unlock methods to it. */
public interface Locker {
    void lock(G g);

    void unlock(G g);
}
