package gotruffle.stdlib.natives;

import com.oracle.truffle.api.RootCallTarget;
import gotruffle.GoContext;
import gotruffle.nodes.Fiber;
import gotruffle.nodes.RuntimePanics;
import gotruffle.runtime.GoRuntimePanic;
import gotruffle.runtime.sched.G;
import gotruffle.runtime.sync.Cond;
import gotruffle.runtime.sync.Locker;
import gotruffle.runtime.sync.Mutex;
import gotruffle.runtime.sync.RWMutex;
import gotruffle.runtime.sync.WaitGroup;
import gotruffle.stdlib.Native;
import gotruffle.values.GoStruct;
import gotruffle.values.Iface;

import java.util.Map;
import java.util.function.Supplier;

/**
 * sync.Mutex, RWMutex, WaitGroup and Cond on the runtime's semaphore-based primitives. Each Go
 * value keeps its runtime object in field 0 ("h"), created on first use so that zero values work;
 * blocking parks the goroutine (its G comes from the Fiber), never the thread.
 */
public final class SyncNatives {
    private SyncNatives() {}

    static G g(Fiber f) {
        return f.g;
    }

    /** The runtime object of a sync value, created atomically on first use. */
    @SuppressWarnings("unchecked")
    static <T> T handle(Object recv, Supplier<T> make) {
        GoStruct s = (GoStruct) recv;
        if (s == null) {
            throw new gotruffle.values.GoRuntimeError("invalid memory address or nil pointer dereference");
        }
        Object h = s.refs[0];
        if (h == null) {
            synchronized (s) {
                h = s.refs[0];
                if (h == null) {
                    h = make.get();
                    s.refs[0] = h;
                }
            }
        }
        return (T) h;
    }

    private static Object panics(Runnable r) {
        try {
            r.run();
        } catch (GoRuntimePanic e) {
            throw RuntimePanics.plain(e.getMessage(), null);
        }
        return null;
    }

    public static void register(Map<String, Native> t) {
        t.put("sync.Mutex.Lock", (ctx, f, a) -> panics(() -> handle(a[0], Mutex::new).lock(g(f))));
        t.put("sync.Mutex.Unlock", (ctx, f, a) -> panics(() -> handle(a[0], Mutex::new).unlock(g(f))));
        t.put("sync.Mutex.TryLock", (ctx, f, a) -> ((Mutex) handle(a[0], Mutex::new)).tryLock());
        t.put("sync.RWMutex.Lock", (ctx, f, a) -> panics(() -> handle(a[0], RWMutex::new).lock(g(f))));
        t.put("sync.RWMutex.Unlock", (ctx, f, a) -> panics(() -> handle(a[0], RWMutex::new).unlock(g(f))));
        t.put("sync.RWMutex.RLock", (ctx, f, a) -> panics(() -> handle(a[0], RWMutex::new).rlock(g(f))));
        t.put("sync.RWMutex.RUnlock", (ctx, f, a) -> panics(() -> handle(a[0], RWMutex::new).runlock(g(f))));
        t.put("sync.RWMutex.TryLock", (ctx, f, a) -> ((RWMutex) handle(a[0], RWMutex::new)).tryLock(g(f)));
        t.put("sync.RWMutex.TryRLock", (ctx, f, a) -> ((RWMutex) handle(a[0], RWMutex::new)).tryRLock());
        t.put("sync.WaitGroup.Add", (ctx, f, a) -> panics(() -> handle(a[0], WaitGroup::new).add(g(f), (Long) a[1])));
        t.put("sync.WaitGroup.Wait", (ctx, f, a) -> panics(() -> handle(a[0], WaitGroup::new).await(g(f))));
        // Cond: field 0 is L (the Go Locker), field 1 the runtime Cond over an adapter calling L's methods
        t.put("sync.Cond.Wait", (ctx, f, a) -> panics(() -> cond(ctx, f, a[0]).await(g(f))));
        t.put("sync.Cond.Signal", (ctx, f, a) -> panics(() -> cond(ctx, f, a[0]).signal(g(f))));
        t.put("sync.Cond.Broadcast", (ctx, f, a) -> panics(() -> cond(ctx, f, a[0]).broadcast(g(f))));
    }

    private static Cond cond(GoContext ctx, Fiber fiber, Object recv) {
        GoStruct c = (GoStruct) recv;
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
