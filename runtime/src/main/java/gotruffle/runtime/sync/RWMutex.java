package gotruffle.runtime.sync;

import gotruffle.runtime.GoFatalError;
import gotruffle.runtime.sched.G;
import gotruffle.runtime.sched.WaitReason;

/**
 * Go's sync.RWMutex (sync/rwmutex.go): writers serialise on a Mutex, then announce themselves by
 * making readerCount negative (new readers block) and wait for the departing readers.
 *
 * As for {@link Mutex}, the state is the Go value's own words: {@code w} is the words of its
 * Mutex field, {@code rw} those of Go's writerSem, readerSem, readerCount and readerWait (int32
 * values kept sign-extended); an instance is an RWMutex of its own.
 */
public final class RWMutex implements Locker {
    private static final int RWMUTEX_MAX_READERS = 1 << 30;
    public static final int WRITER_SEM = 0;
    public static final int READER_SEM = 1;
    public static final int READER_COUNT = 2;
    public static final int READER_WAIT = 3;
    public static final int WORDS = 4;

    private final long[] w = new long[Mutex.WORDS];
    private final long[] rw = new long[WORDS];

    private static int add(long[] rw, int i, int delta) {
        return (int) ((long) Sema.WORDS.getAndAdd(rw, i, (long) delta) + delta);
    }

    public static void rlock(long[] rw, G g) {
        if (add(rw, READER_COUNT, 1) < 0) {
            // A writer is pending: wait for it.
            Sema.acquire(rw, READER_SEM, g, false, WaitReason.SEMACQUIRE);
        }
    }

    public static boolean tryRLock(long[] rw) {
        for (;;) {
            long c = (long) Sema.WORDS.getVolatile(rw, READER_COUNT);
            if (c < 0) {
                return false;
            }
            if (Sema.WORDS.compareAndSet(rw, READER_COUNT, c, c + 1)) {
                return true;
            }
        }
    }

    public static void runlock(long[] rw, G g) {
        int r = add(rw, READER_COUNT, -1);
        if (r < 0) {
            if (r + 1 == 0 || r + 1 == -RWMUTEX_MAX_READERS) {
                throw new GoFatalError("sync: RUnlock of unlocked RWMutex");
            }
            // The last departing reader unblocks the writer.
            if (add(rw, READER_WAIT, -1) == 0) {
                Sema.release(rw, WRITER_SEM, g, false);
            }
        }
    }

    public static void lock(long[] w, long[] rw, G g) {
        Mutex.lock(w, g);
        int r = add(rw, READER_COUNT, -RWMUTEX_MAX_READERS) + RWMUTEX_MAX_READERS;
        if (r != 0 && add(rw, READER_WAIT, r) != 0) {
            Sema.acquire(rw, WRITER_SEM, g, false, WaitReason.SEMACQUIRE);
        }
    }

    public static boolean tryLock(long[] w, long[] rw, G g) {
        if (!Mutex.tryLock(w)) {
            return false;
        }
        if (!Sema.WORDS.compareAndSet(rw, READER_COUNT, 0L, (long) -RWMUTEX_MAX_READERS)) {
            Mutex.unlock(w, g);
            return false;
        }
        return true;
    }

    public static void unlock(long[] w, long[] rw, G g) {
        int r = add(rw, READER_COUNT, RWMUTEX_MAX_READERS);
        if (r >= RWMUTEX_MAX_READERS) {
            throw new GoFatalError("sync: Unlock of unlocked RWMutex");
        }
        for (int i = 0; i < r; i++) {
            Sema.release(rw, READER_SEM, g, false);
        }
        Mutex.unlock(w, g);
    }

    public void rlock(G g) {
        rlock(rw, g);
    }

    public boolean tryRLock() {
        return tryRLock(rw);
    }

    public void runlock(G g) {
        runlock(rw, g);
    }

    @Override
    public void lock(G g) {
        lock(w, rw, g);
    }

    public boolean tryLock(G g) {
        return tryLock(w, rw, g);
    }

    @Override
    public void unlock(G g) {
        unlock(w, rw, g);
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
