package gotruffle.runtime.sync;

import gotruffle.runtime.GoFatalError;
import gotruffle.runtime.sched.G;
import gotruffle.runtime.sched.WaitReason;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Go's sync.RWMutex (sync/rwmutex.go): writers serialise on a Mutex, then announce themselves by
 * making readerCount negative (new readers block) and wait for the departing readers.
 */
public final class RWMutex implements Locker {
    private static final int RWMUTEX_MAX_READERS = 1 << 30;

    private final Mutex w = new Mutex();
    private final Sema writerSem = new Sema(0);
    private final Sema readerSem = new Sema(0);
    private final AtomicInteger readerCount = new AtomicInteger();
    private final AtomicInteger readerWait = new AtomicInteger();

    public void rlock(G g) {
        if (readerCount.incrementAndGet() < 0) {
            // A writer is pending: wait for it.
            readerSem.acquire(g, false, WaitReason.SEMACQUIRE);
        }
    }

    public boolean tryRLock() {
        for (;;) {
            int c = readerCount.get();
            if (c < 0) {
                return false;
            }
            if (readerCount.compareAndSet(c, c + 1)) {
                return true;
            }
        }
    }

    public void runlock(G g) {
        int r = readerCount.decrementAndGet();
        if (r < 0) {
            if (r + 1 == 0 || r + 1 == -RWMUTEX_MAX_READERS) {
                throw new GoFatalError("sync: RUnlock of unlocked RWMutex");
            }
            // The last departing reader unblocks the writer.
            if (readerWait.decrementAndGet() == 0) {
                writerSem.release(g, false);
            }
        }
    }

    @Override
    public void lock(G g) {
        w.lock(g);
        int r = readerCount.addAndGet(-RWMUTEX_MAX_READERS) + RWMUTEX_MAX_READERS;
        if (r != 0 && readerWait.addAndGet(r) != 0) {
            writerSem.acquire(g, false, WaitReason.SEMACQUIRE);
        }
    }

    public boolean tryLock(G g) {
        if (!w.tryLock()) {
            return false;
        }
        if (!readerCount.compareAndSet(0, -RWMUTEX_MAX_READERS)) {
            w.unlock(g);
            return false;
        }
        return true;
    }

    @Override
    public void unlock(G g) {
        int r = readerCount.addAndGet(RWMUTEX_MAX_READERS);
        if (r >= RWMUTEX_MAX_READERS) {
            throw new GoFatalError("sync: Unlock of unlocked RWMutex");
        }
        for (int i = 0; i < r; i++) {
            readerSem.release(g, false);
        }
        w.unlock(g);
    }

    /** Go's RLocker: a Locker whose Lock/Unlock are RLock/RUnlock. */
    public Locker rlocker() {
        return new Locker() {
            @Override
            public void lock(G g) {
                rlock(g);
            }

            @Override
            public void unlock(G g) {
                runlock(g);
            }
        };
    }
}
