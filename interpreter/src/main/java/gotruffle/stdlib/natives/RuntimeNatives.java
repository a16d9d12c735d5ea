package gotruffle.stdlib.natives;

import com.oracle.truffle.api.nodes.RootNode;
import gotruffle.GoContext;
import gotruffle.nodes.Fiber;
import gotruffle.nodes.GoStack;
import gotruffle.nodes.PanicPrinter;
import gotruffle.nodes.call.FuncRootNode;
import gotruffle.nodes.call.Native;
import gotruffle.nodes.call.NativeRootNode;
import gotruffle.nodes.conc.Goroutines;
import gotruffle.nodes.control.ExitException;
import gotruffle.runtime.GoFatalError;
import gotruffle.runtime.sched.G;
import gotruffle.runtime.sched.Sched;
import gotruffle.stdlib.text.Utf8;
import gotruffle.types.Interface;
import gotruffle.types.Pointer;
import gotruffle.types.Signature;
import gotruffle.types.Type;
import gotruffle.values.GoFunc;
import gotruffle.values.GoPointer;
import gotruffle.values.GoSlice;
import gotruffle.values.GoStruct;
import gotruffle.values.Iface;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * runtime.Caller, Callers, FuncForPC, Stack: stack introspection on Truffle's frame walk. A "pc"
 * is an index into a per-program table of (function, line) locations, spaced so that pc-1 (what
 * Go's CallersFrames looks up for a return address) names the same location.
 */
public final class RuntimeNatives {
    private RuntimeNatives() {}

    private static final long BASE = 0x401000;
    /** Go 1.19's own tree on this system (Debian's golang-1.19): Go's defaultGOROOT. */
    private static final String GOROOT = "/usr/lib/go-1.19";
    private static final String GOROOT_RUNTIME = GOROOT + "/src/runtime/";

    /** Go's frames below main.main and below a goroutine's function (shown by Callers, not by tracebacks). */
    private static final GoStack.Frame RUNTIME_MAIN = new GoStack.Frame(null, "runtime.main", GOROOT_RUNTIME + "proc.go", 250, false);
    private static final GoStack.Frame GOEXIT = new GoStack.Frame(null, "runtime.goexit", GOROOT_RUNTIME + "asm_amd64.s", 1594, false);
    private static final GoStack.Frame CALLERS = new GoStack.Frame(null, "runtime.Callers", GOROOT_RUNTIME + "extern.go", 247, true);

    /** The location table of one program run. */
    public static final class PcTable {
        private final List<GoStack.Frame> frames = new ArrayList<>();
        private final Map<GoStack.Frame, Integer> index = new HashMap<>();

        synchronized long pc(GoStack.Frame f) {
            Integer i = index.get(f);
            if (i == null) {
                i = frames.size();
                frames.add(f);
                index.put(f, i);
            }
            return BASE + 16L * i + 8;
        }

        synchronized GoStack.Frame lookup(long pc) {
            long i = (pc - BASE) >> 4;
            return pc < BASE || i >= frames.size() ? null : frames.get((int) i);
        }

        /** The entry pc of a Go function (what reflect.Value.Pointer gives for a func value). */
        public synchronized long funcEntry(RootNode root) {
            if (root instanceof FuncRootNode r) {
                return pc(new GoStack.Frame(r, r.goName(), r.file(), r.startLine(), r.hasParams()));
            }
            return pc(new GoStack.Frame(root, root.getName(), "?", 0, true)); // a native: no Go source
        }

        /** The pc of the function's first line. */
        synchronized long entry(GoStack.Frame f) {
            if (f.root() instanceof FuncRootNode r) {
                return pc(new GoStack.Frame(r, f.function(), f.file(), r.startLine(), f.hasParams()));
            }
            return pc(f);
        }
    }

    /** The Go frames of the calling goroutine as Callers sees them: Callers itself, ..., runtime.goexit. */
    private static List<GoStack.Frame> callersView(Fiber fiber) {
        List<GoStack.Frame> frames = GoStack.current(fiber);
        // frame 0 is the native that walks (Caller, Callers or Stack)
        if (!frames.isEmpty() && frames.get(0).root() instanceof NativeRootNode) {
            frames.set(0, CALLERS);
        }
        if (fiber.id == 1) {
            frames.add(RUNTIME_MAIN);
        }
        frames.add(GOEXIT);
        return frames;
    }

    /** The runtime.Caller/Callers pc table of this program run. */
    public static PcTable table(GoContext ctx) {
        return ctx.packageState(PcTable.class, PcTable::new);
    }

    /** runtime.SetFinalizer's registrations of this program run. */
    private static Finalizers finalizers(GoContext ctx) {
        return ctx.packageState(Finalizers.class, Finalizers::new);
    }

    public static void register(Map<String, Native> t) {
        registerMemory(t);
        t.put("runtime.LockOSThread", (ctx, fiber, a) -> {
            G g = fiber.g;
            g.sched().lockOSThread(g);
            return null;
        });
        t.put("runtime.UnlockOSThread", (ctx, fiber, a) -> {
            G g = fiber.g;
            g.sched().unlockOSThread(g);
            return null;
        });
        t.put("runtime.Caller", (ctx, fiber, a) -> {
            int skip = (int) (long) (Long) a[0];
            List<GoStack.Frame> frames = callersView(fiber);
            int i = skip + 1;
            if (skip < 0 || i >= frames.size()) {
                return new Object[]{0L, "", 0L, false};
            }
            GoStack.Frame f = frames.get(i);
            return new Object[]{table(ctx).pc(f), f.file(), (long) f.line(), true};
        });
        t.put("runtime.Callers", (ctx, fiber, a) -> {
            int skip = (int) (long) (Long) a[0];
            GoSlice pcs = (GoSlice) a[1];
            if (pcs == null || skip < 0) {
                return 0L;
            }
            List<GoStack.Frame> frames = callersView(fiber);
            long[] store = (long[]) pcs.store;
            int n = 0;
            for (int i = skip; i < frames.size() && n < pcs.len; i++) {
                store[pcs.off + n++] = table(ctx).pc(frames.get(i));
            }
            return (long) n;
        });
        t.put("runtime.validPC", (ctx, fiber, a) -> table(ctx).lookup((Long) a[0]) != null);
        t.put("runtime.funcName", (ctx, fiber, a) -> {
            GoStack.Frame f = table(ctx).lookup((Long) a[0]);
            return f == null ? "" : f.function();
        });
        t.put("runtime.funcEntry", (ctx, fiber, a) -> {
            GoStack.Frame f = table(ctx).lookup((Long) a[0]);
            return f == null ? 0L : table(ctx).entry(f);
        });
        t.put("runtime.pcFileLine", (ctx, fiber, a) -> {
            GoStack.Frame f = table(ctx).lookup((Long) a[0]);
            return f == null ? new Object[]{"?", 0L} : new Object[]{f.file(), (long) f.line()};
        });
        t.put("runtime.Stack", (ctx, fiber, a) -> {
            GoSlice buf = (GoSlice) a[0];
            boolean all = (Boolean) a[1];
            String s = stack(ctx, fiber, all);
            if (buf == null) {
                return 0L;
            }
            int n = Math.min(s.length(), buf.len);
            ByteSlices.putString(buf, 0, s.substring(0, n));
            return (long) n;
        });
    }

    // ---- finalizers, GC, memory statistics

    /**
     * A finalizer waiting for its object to become unreachable. It must not reference the object
     * (or it never would be), so it holds a twin: a GoStruct sharing the object's field array,
     * indistinguishable from the original once the original is gone (nothing can compare them).
     */
    static final class Finalizer extends WeakReference<Object> {
        final Object twin;
        final Type objType;
        final GoFunc fn;
        final boolean ifaceParam;

        Finalizer(Object obj, ReferenceQueue<Object> q, Object twin, Type objType,
                  GoFunc fn, boolean ifaceParam) {
            super(obj, q);
            this.twin = twin;
            this.objType = objType;
            this.fn = fn;
            this.ifaceParam = ifaceParam;
        }
    }

    /** The finalizers of one program run. */
    public static final class Finalizers {
        private final ReferenceQueue<Object> queue = new ReferenceQueue<>();
        /** Keeps the pending references themselves alive until they are processed. */
        private final Set<Finalizer> pending = ConcurrentHashMap.newKeySet();

        void set(Object obj, Object twin, Type objType, GoFunc fn, boolean ifaceParam) {
            clear(obj);
            if (fn != null) {
                pending.add(new Finalizer(obj, queue, twin, objType, fn, ifaceParam));
            }
        }

        private void clear(Object obj) {
            pending.removeIf(f -> {
                if (f.get() == obj) {
                    f.clear();
                    return true;
                }
                return false;
            });
        }

        /** The finalizers whose objects the collector found unreachable, waiting briefly for the reference handler. */
        List<Finalizer> due(long waitMillis) {
            List<Finalizer> out = new ArrayList<>();
            try {
                // remove(0) would wait forever
                Reference<?> r = pending.isEmpty() ? null : waitMillis > 0 ? queue.remove(waitMillis) : queue.poll();
                while (r != null) {
                    if (r instanceof Finalizer f && pending.remove(f)) {
                        out.add(f);
                    }
                    r = queue.poll();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return out;
        }
    }

    private static G g(Fiber f) {
        return f.g;
    }

    /** Go throws (fatal error) on a bad SetFinalizer argument. */
    private static RuntimeException badFinalizer(String msg) {
        return new GoFatalError("runtime.SetFinalizer: " + msg);
    }

    /** Runs the finalizers found due, each in a new goroutine (Go runs them on its finalizer goroutine). */
    private static void runDue(GoContext ctx, Fiber fiber, long waitMillis) {
        for (Finalizer f : finalizers(ctx).due(waitMillis)) {
            Object arg = f.ifaceParam ? new Iface(f.objType, f.twin) : f.twin;
            g(fiber).sched().newproc(g(fiber), Goroutines.body(ctx, f.fn.target, f.fn.env, new Object[]{arg}));
        }
    }

    private static long totalAllocated;

    /** Bytes allocated by all threads so far (HotSpot's per-thread counters; kept monotonic). */
    private static synchronized long totalAllocated() {
        long n = 0;
        // HotSpot's extension of java.lang.management's ThreadMXBean (same simple name: kept qualified)
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t) {
            try {
                n = t.getTotalThreadAllocatedBytes();
            } catch (UnsupportedOperationException e) {
                n = -1;
            }
        }
        if (n < 0) {
            n = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }
        totalAllocated = Math.max(totalAllocated, n);
        return totalAllocated;
    }

    static void registerMemory(Map<String, Native> t) {
        t.put("runtime.SetFinalizer", (ctx, fiber, a) -> {
            Iface obj = (Iface) a[0];
            Iface fin = (Iface) a[1];
            if (obj == null) {
                throw badFinalizer("first argument is nil");
            }
            if (!(obj.type.underlying() instanceof Pointer)) {
                throw badFinalizer("first argument is " + obj.type.toString(true) + ", not pointer");
            }
            if (obj.value == null) {
                throw badFinalizer("pointer not in allocated block");
            }
            GoFunc fn = null;
            boolean ifaceParam = false;
            if (fin != null && fin.value != null) {
                if (!(fin.type.underlying() instanceof Signature sig) || sig.params.size() != 1) {
                    throw badFinalizer("cannot pass " + obj.type.toString(true) + " to finalizer " + fin.type.toString(true));
                }
                fn = (GoFunc) fin.value;
                ifaceParam = sig.params.get(0).underlying() instanceof Interface;
            }
            // only structs and cells made by new/&T{} have a twin that does not keep the pointer
            // object alive while meaning the same object; a finalizer on any other object never
            // runs, which Go allows (finalizers are not guaranteed to run)
            if (obj.value instanceof GoStruct s) {
                finalizers(ctx).set(s, GoStruct.ofParts(s.type, s.refs, s.prims), obj.type, fn, ifaceParam);
            } else if (obj.value instanceof GoPointer.ToCell c && c.sole) {
                finalizers(ctx).set(c, c.twin(), obj.type, fn, ifaceParam);
            }
            return null;
        });
        t.put("runtime.KeepAlive", (ctx, fiber, a) -> {
            Reference.reachabilityFence(a[0]);
            return null;
        });
        t.put("runtime.GC", (ctx, fiber, a) -> {
            System.gc();
            runDue(ctx, fiber, 20);
            return null;
        });
        t.put("runtime.readMemStats", (ctx, fiber, a) -> {
            MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
            MemoryUsage nonHeap = ManagementFactory.getMemoryMXBean().getNonHeapMemoryUsage();
            long gcs = 0;
            long gcMillis = 0;
            for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
                gcs += Math.max(0, b.getCollectionCount());
                gcMillis += Math.max(0, b.getCollectionTime());
            }
            runDue(ctx, fiber, 0);
            return new Object[]{heap.getUsed(), totalAllocated(), heap.getCommitted() + Math.max(0, nonHeap.getCommitted()),
                heap.getCommitted(), gcs, gcMillis * 1_000_000L, Math.max(heap.getMax(), heap.getCommitted())};
        });
        t.put("runtime.GOROOT", (ctx, fiber, a) -> {
            String root = ctx.environment().get("GOROOT");
            return Utf8.fromJava(root == null || root.isEmpty() ? GOROOT : root);
        });
        t.put("runtime.Breakpoint", (ctx, fiber, a) -> {
            // Go executes a trap instruction: the process dies of SIGTRAP
            ctx.flushOut();
            StringBuilder sb = new StringBuilder("SIGTRAP: trace trap\nPC=0x0 m=0 sigcode=128\n\ngoroutine ");
            sb.append(fiber.id).append(" [running]:\n");
            List<GoStack.Frame> frames = GoStack.current(fiber);
            if (!frames.isEmpty() && frames.get(0).root() instanceof NativeRootNode) {
                frames.remove(0);
            }
            GoStack.print(sb, frames);
            ctx.writeErr(sb.toString());
            throw new ExitException(2);
        });
    }

    /** ", locked to thread" in a goroutine header after runtime.LockOSThread, as Go prints it. */
    /** runtime.Stack's text: the calling goroutine, then with all the others (headers and what is known of them). */
    private static String stack(GoContext ctx, Fiber fiber, boolean all) {
        StringBuilder sb = new StringBuilder();
        sb.append(PanicPrinter.runningHeader(fiber.id, fiber));
        List<GoStack.Frame> frames = GoStack.current(fiber);
        if (!frames.isEmpty() && frames.get(0).root() instanceof NativeRootNode) {
            frames.remove(0);
        }
        GoStack.print(sb, frames);
        Goroutines.printCreatedBy(sb, fiber);
        if (all) {
            G self = fiber.g;
            for (G gp : self.sched().allGoroutines()) {
                if (gp == self || gp.status() == G.DEAD) {
                    continue;
                }
                sb.append("\ngoroutine ").append(gp.id()).append(" [").append(Sched.statusString(gp))
                        .append(gp.lockedToThread() ? ", locked to thread" : "").append("]:\n");
                sb.append(Goroutines.traceback(gp));
            }
        }
        return sb.toString();
    }
}
