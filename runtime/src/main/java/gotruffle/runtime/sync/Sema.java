package gotruffle.runtime.sync;

import gotruffle.runtime.sched.G;
import gotruffle.runtime.sched.RLock;
import gotruffle.runtime.sched.Sched;
import gotruffle.runtime.sched.Sudog;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Go's runtime semaphores (sema.go: semacquire1/semrelease1). As in Go, the count is a word of the
 * sync value itself, here an element of a {@code long[]} (a Go struct's unboxed fields), so copying
 * the value copies the count as Go copies the word; waiters queue in a table keyed by the word's
 * address (array identity + index), like Go's semtable. A copy of a sync value therefore never
 * shares waiters with its original, and a waiter's queue entry outlives no wait. An instance is
 * one program's table (its scheduler's, {@link Sched#sema()}): the waiters a program left parked
 * when it ended go with it, never into the next program of the same JVM (REPL, tests, standby).
 */
public final class Sema {
    static final VarHandle WORDS = MethodHandles.arrayElementVarHandle(long[].class);
    private static final int SEMTAB_SIZE = 251;
    private final Root[] semtable = new Root[SEMTAB_SIZE];

    public Sema() {
        for (int i = 0; i < SEMTAB_SIZE; i++) {
            semtable[i] = new Root();
        }
    }

    /** How many goroutines wait in this table (tests, diagnostics). */
    public int waiters() {
        int n = 0;
        for (Root r : semtable) {
            n += r.nwait.get();
        }
        return n;
    }

    /**
     * One bucket of the table (Go's semaRoot): the waiters on all addresses hashing here, in one
     * list in queue order; {@link #nwait} lets release skip the lock when nobody waits.
     */
    private static final class Root {
        final RLock lock = new RLock();
        final AtomicInteger nwait = new AtomicInteger();
        Sudog head;
        Sudog tail;

        void enqueue(Sudog s, boolean lifo) {
            s.prev = s.next = null;
            if (head == null) {
                head = tail = s;
            } else if (lifo) {
                // at the head of the whole list: first among the waiters of its own address too
                s.next = head;
                head.prev = s;
                head = s;
            } else {
                s.prev = tail;
                tail.next = s;
                tail = s;
            }
        }

        /** The first waiter on words[i], unlinked; null if none. */
        Sudog dequeue(long[] words, int i) {
            for (Sudog s = head; s != null; s = s.next) {
                if (s.c == words && s.wordIndex == i) {
                    if (s.prev == null) {
                        head = s.next;
                    } else {
                        s.prev.next = s.next;
                    }
                    if (s.next == null) {
                        tail = s.prev;
                    } else {
                        s.next.prev = s.prev;
                    }
                    s.next = s.prev = null;
                    return s;
                }
            }
            return null;
        }
    }

    /** The bucket of words[i] in gp's program's table. */
    private static Root root(G gp, long[] words, int i) {
        return gp.sched().sema().semtable[((System.identityHashCode(words) * 31 + i) & 0x7fffffff) % SEMTAB_SIZE];
    }

    private static boolean cansemacquire(long[] words, int i) {
        for (;;) {
            long v = (long) WORDS.getVolatile(words, i);
            if (v == 0) {
                return false;
            }
            if (WORDS.compareAndSet(words, i, v, v - 1)) {
                return true;
            }
        }
    }

    /** semacquire: waits until the count in words[i] is positive and decrements it. */
    public static void acquire(long[] words, int i, G gp, boolean lifo, String waitReason) {
        if (cansemacquire(words, i)) {
            return;
        }
        Root root = root(gp, words, i);
        Sudog s = new Sudog(gp);
        s.c = words;
        s.wordIndex = i;
        for (;;) {
            root.lock.lock();
            root.nwait.incrementAndGet();
            if (cansemacquire(words, i)) {
                root.nwait.decrementAndGet();
                root.lock.unlock();
                return;
            }
            s.ticket = 0;
            root.enqueue(s, lifo);
            gp.sched().gopark(gp, (g, g0) -> {
                root.lock.unlock();
                return true;
            }, waitReason);
            // ticket 1: the releaser handed the count to us directly.
            if (s.ticket != 0 || cansemacquire(words, i)) {
                return;
            }
        }
    }

    /**
     * semrelease: increments the count in words[i] and wakes one waiter on it. With
     * {@code handoff} the count goes straight to the waiter, which then runs next on this P
     * (starving Mutex).
     */
    public static void release(long[] words, int i, G gp, boolean handoff) {
        WORDS.getAndAdd(words, i, 1L);
        Root root = root(gp, words, i);
        if (root.nwait.get() == 0) {
            return;
        }
        root.lock.lock();
        if (root.nwait.get() == 0) {
            root.lock.unlock();
            return;
        }
        Sudog s = root.dequeue(words, i);
        if (s != null) {
            root.nwait.decrementAndGet();
        }
        root.lock.unlock();
        if (s != null) {
            if (handoff && cansemacquire(words, i)) {
                s.ticket = 1;
            }
            gp.sched().goready(gp, s.g);
            if (s.ticket == 1 && gp != null && !gp.isG0()) {
                // Direct hand-off: the waiter sits in our runnext; let it run now.
                gp.sched().goyield(gp);
            }
        }
    }
}
