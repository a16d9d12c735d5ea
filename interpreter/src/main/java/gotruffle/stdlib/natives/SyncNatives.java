package gotruffle.stdlib.natives;

import com.oracle.truffle.api.RootCallTarget;
import gotruffle.GoContext;
import gotruffle.nodes.Fiber;
import gotruffle.nodes.call.Native;
import gotruffle.runtime.GoRuntimePanic;
import gotruffle.runtime.sched.G;
import gotruffle.runtime.sync.Cond;
import gotruffle.runtime.sync.Locker;
import gotruffle.runtime.sync.Mutex;
import gotruffle.runtime.sync.RWMutex;
import gotruffle.runtime.sync.WaitGroup;
import gotruffle.values.GoRuntimeError;
import gotruffle.values.GoStruct;
import gotruffle.values.Iface;

import java.util.Map;

/**
 * sync.Mutex, RWMutex, WaitGroup and Cond on the runtime's semaphore-based primitives. Mutex,
 * RWMutex and WaitGroup keep their state in the Go value's unboxed integer fields
 * ({@link GoStruct#prims}, laid out as the runtime classes expect: see sync.go), so copies copy
 * it; Cond keeps its notify list in field 1, created on first use. Blocking parks the goroutine
 * (its G comes from the Fiber), never the thread.
 */
public final class SyncNatives {
    private SyncNatives() {}

    static G g(Fiber f) {
        return f.g;
    }

    private static GoStruct value(Object recv) {
        if (recv == null) {
            throw new GoRuntimeError("invalid memory address or nil pointer dereference");
        }
        return (GoStruct) recv;
    }

    /** The words of a Mutex or WaitGroup, or the own words of an RWMutex. */
    static long[] words(Object recv) {
        return value(recv).prims;
    }

    /** The words of an RWMutex's Mutex field w. */
    private static long[] rwW(Object recv) {
        return ((GoStruct) value(recv).refs[0]).prims;
    }

    /** The runtime's sync panics are Go's panic("...") with a string value. */
    private static Object panics(Runnable r) {
        try {
            r.run();
        } catch (GoRuntimePanic e) {
            throw AlgoPanics.string(e.getMessage());
        }
        return null;
    }

    public static void register(Map<String, Native> t) {
        t.put("sync.Mutex.Lock", (ctx, f, a) -> {
            Mutex.lock(words(a[0]), g(f));
            return null;
        });
        t.put("sync.Mutex.Unlock", (ctx, f, a) -> {
            Mutex.unlock(words(a[0]), g(f));
            return null;
        });
        t.put("sync.Mutex.TryLock", (ctx, f, a) -> Mutex.tryLock(words(a[0])));
        t.put("sync.RWMutex.Lock", (ctx, f, a) -> {
            RWMutex.lock(rwW(a[0]), words(a[0]), g(f));
            return null;
        });
        t.put("sync.RWMutex.Unlock", (ctx, f, a) -> {
            RWMutex.unlock(rwW(a[0]), words(a[0]), g(f));
            return null;
        });
        t.put("sync.RWMutex.RLock", (ctx, f, a) -> {
            RWMutex.rlock(words(a[0]), g(f));
            return null;
        });
        t.put("sync.RWMutex.RUnlock", (ctx, f, a) -> {
            RWMutex.runlock(words(a[0]), g(f));
            return null;
        });
        t.put("sync.RWMutex.TryLock", (ctx, f, a) -> RWMutex.tryLock(rwW(a[0]), words(a[0]), g(f)));
        t.put("sync.RWMutex.TryRLock", (ctx, f, a) -> RWMutex.tryRLock(words(a[0])));
        t.put("sync.WaitGroup.Add", (ctx, f, a) -> panics(() -> WaitGroup.add(words(a[0]), g(f), (Long) a[1])));
        t.put("sync.WaitGroup.Wait", (ctx, f, a) -> panics(() -> WaitGroup.await(words(a[0]), g(f))));
        // Cond: field 0 is L (the Go Locker), field 1 the runtime Cond over an adapter calling L's methods
        t.put("sync.Cond.Wait", (ctx, f, a) -> panics(() -> cond(ctx, f, a[0]).await(g(f))));
        t.put("sync.Cond.Signal", (ctx, f, a) -> panics(() -> cond(ctx, f, a[0]).signal(g(f))));
        t.put("sync.Cond.Broadcast", (ctx, f, a) -> panics(() -> cond(ctx, f, a[0]).broadcast(g(f))));
    }

    private static Cond cond(GoContext ctx, Fiber fiber, Object recv) {
        GoStruct c = value(recv);
        copyCheck(c);
        Object h = c.refs[1];
        if (h == null) {
            synchronized (c) {
                h = c.refs[1];
                if (h == null) {
                    h = new Cond(new GoLocker(ctx, c));
                    c.refs[1] = h;
                }
            }
        }
        return (Cond) h;
    }

    /**
     * Go's copyChecker: field 2 (checker) points to the Cond itself from its first use on; a
     * copy's checker points to the original, and any use of the copy panics.
     */
    private static void copyCheck(GoStruct c) {
        Object self = c.refs[2];
        if (self == c) {
            return;
        }
        synchronized (c) {
            if (c.refs[2] == null) {
                c.refs[2] = c;
                return;
            }
        }
        if (c.refs[2] != c) {
            throw new GoRuntimePanic("sync.Cond is copied");
        }
    }

    /** A runtime Locker calling the Lock/Unlock methods of the Go value in Cond.L (they may park the goroutine). */
    private record GoLocker(GoContext ctx, GoStruct cond) implements Locker {
        @Override
        public void lock(G g) {
            call(g, "Lock");
        }

        @Override
        public void unlock(G g) {
            call(g, "Unlock");
        }

        private void call(G g, String name) {
            Iface l = (Iface) cond.refs[0];
            RootCallTarget m = ctx.methods.lookup(l.type, name);
            m.call(g.interpData, null, l.value);
        }
    }
}
