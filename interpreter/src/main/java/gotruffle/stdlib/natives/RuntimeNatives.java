package gotruffle.stdlib.natives;

import gotruffle.GoContext;
import gotruffle.nodes.Fiber;
import gotruffle.nodes.GoStack;
import gotruffle.nodes.PanicPrinter;
import gotruffle.nodes.call.FuncRootNode;
import gotruffle.nodes.call.Native;
import gotruffle.values.GoSlice;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * runtime.Caller, Callers, FuncForPC, Stack: stack introspection on Truffle's frame walk. A "pc"
 * is an index into a per-program table of (function, line) locations, spaced so that pc-1 (what
 * Go's CallersFrames looks up for a return address) names the same location.
 */
public final class RuntimeNatives {
    private RuntimeNatives() {}

    private static final long BASE = 0x401000;
    private static final String GOROOT_RUNTIME = "/usr/lib/go-1.19/src/runtime/";

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
        public synchronized long funcEntry(com.oracle.truffle.api.nodes.RootNode root) {
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
        if (!frames.isEmpty() && frames.get(0).root() instanceof gotruffle.nodes.call.NativeRootNode) {
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
            gotruffle.runtime.sched.G g = fiber.g;
            g.sched().lockOSThread(g);
            return null;
        });
        t.put("runtime.UnlockOSThread", (ctx, fiber, a) -> {
            gotruffle.runtime.sched.G g = fiber.g;
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
    static final class Finalizer extends java.lang.ref.WeakReference<Object> {
        final Object twin;
        final gotruffle.types.Type objType;
        final gotruffle.values.GoFunc fn;
        final boolean ifaceParam;

        Finalizer(Object obj, java.lang.ref.ReferenceQueue<Object> q, Object twin, gotruffle.types.Type objType,
                  gotruffle.values.GoFunc fn, boolean ifaceParam) {
            super(obj, q);
            this.twin = twin;
            this.objType = objType;
            this.fn = fn;
            this.ifaceParam = ifaceParam;
        }
    }

    /** The finalizers of one program run. */
    public static final class Finalizers {
        private final java.lang.ref.ReferenceQueue<Object> queue = new java.lang.ref.ReferenceQueue<>();
        /** Keeps the pending references themselves alive until they are processed. */
        private final java.util.Set<Finalizer> pending = java.util.concurrent.ConcurrentHashMap.newKeySet();

        void set(Object obj, Object twin, gotruffle.types.Type objType, gotruffle.values.GoFunc fn, boolean ifaceParam) {
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
                java.lang.ref.Reference<?> r = pending.isEmpty() ? null : waitMillis > 0 ? queue.remove(waitMillis) : queue.poll();
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

    private static gotruffle.runtime.sched.G g(Fiber f) {
        return f.g;
    }

    /** Go throws (fatal error) on a bad SetFinalizer argument. */
    private static RuntimeException badFinalizer(String msg) {
        return new gotruffle.runtime.GoFatalError("runtime.SetFinalizer: " + msg);
    }

    /** Runs the finalizers found due, each in a new goroutine (Go runs them on its finalizer goroutine). */
    private static void runDue(GoContext ctx, Fiber fiber, long waitMillis) {
        for (Finalizer f : finalizers(ctx).due(waitMillis)) {
            Object arg = f.ifaceParam ? new gotruffle.values.Iface(f.objType, f.twin) : f.twin;
            g(fiber).sched().newproc(g(fiber), gotruffle.nodes.conc.Goroutines.body(ctx, f.fn.target, f.fn.env, new Object[]{arg}));
        }
    }

    private static long totalAllocated;

    /** Bytes allocated by all threads so far (HotSpot's per-thread counters; kept monotonic). */
    private static synchronized long totalAllocated() {
        long n = 0;
        if (java.lang.management.ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t) {
            try {
                n = t.getTotalThreadAllocatedBytes();
            } catch (UnsupportedOperationException e) {
                n = -1;
            }
        }
        if (n < 0) {
            n = java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }
        totalAllocated = Math.max(totalAllocated, n);
        return totalAllocated;
    }

    static void registerMemory(Map<String, Native> t) {
        t.put("runtime.SetFinalizer", (ctx, fiber, a) -> {
            gotruffle.values.Iface obj = (gotruffle.values.Iface) a[0];
            gotruffle.values.Iface fin = (gotruffle.values.Iface) a[1];
            if (obj == null) {
                throw badFinalizer("first argument is nil");
            }
            if (!(obj.type.underlying() instanceof gotruffle.types.Pointer)) {
                throw badFinalizer("first argument is " + obj.type.toString(true) + ", not pointer");
            }
            if (obj.value == null) {
                throw badFinalizer("pointer not in allocated block");
            }
            gotruffle.values.GoFunc fn = null;
            boolean ifaceParam = false;
            if (fin != null && fin.value != null) {
                if (!(fin.type.underlying() instanceof gotruffle.types.Signature sig) || sig.params.size() != 1) {
                    throw badFinalizer("cannot pass " + obj.type.toString(true) + " to finalizer " + fin.type.toString(true));
                }
                fn = (gotruffle.values.GoFunc) fin.value;
                ifaceParam = sig.params.get(0).underlying() instanceof gotruffle.types.Interface;
            }
            // only structs and cells made by new/&T{} have a twin that does not keep the pointer
            // object alive while meaning the same object; a finalizer on any other object never
            // runs, which Go allows (finalizers are not guaranteed to run)
            if (obj.value instanceof gotruffle.values.GoStruct s) {
                finalizers(ctx).set(s, gotruffle.values.GoStruct.ofParts(s.type, s.refs, s.prims), obj.type, fn, ifaceParam);
            } else if (obj.value instanceof gotruffle.values.GoPointer.ToCell c && c.sole) {
                finalizers(ctx).set(c, c.twin(), obj.type, fn, ifaceParam);
            }
            return null;
        });
        t.put("runtime.KeepAlive", (ctx, fiber, a) -> {
            java.lang.ref.Reference.reachabilityFence(a[0]);
            return null;
        });
        t.put("runtime.GC", (ctx, fiber, a) -> {
            System.gc();
            runDue(ctx, fiber, 20);
            return null;
        });
        t.put("runtime.readMemStats", (ctx, fiber, a) -> {
            java.lang.management.MemoryUsage heap = java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
            java.lang.management.MemoryUsage nonHeap = java.lang.management.ManagementFactory.getMemoryMXBean().getNonHeapMemoryUsage();
            long gcs = 0;
            long gcMillis = 0;
            for (java.lang.management.GarbageCollectorMXBean b : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
                gcs += Math.max(0, b.getCollectionCount());
                gcMillis += Math.max(0, b.getCollectionTime());
            }
            runDue(ctx, fiber, 0);
            return new Object[]{heap.getUsed(), totalAllocated(), heap.getCommitted() + Math.max(0, nonHeap.getCommitted()),
                heap.getCommitted(), gcs, gcMillis * 1_000_000L, Math.max(heap.getMax(), heap.getCommitted())};
        });
        t.put("runtime.Breakpoint", (ctx, fiber, a) -> {
            // Go executes a trap instruction: the process dies of SIGTRAP
            ctx.flushOut();
            StringBuilder sb = new StringBuilder("SIGTRAP: trace trap\nPC=0x0 m=0 sigcode=128\n\ngoroutine ");
            sb.append(fiber.id).append(" [running]:\n");
            List<GoStack.Frame> frames = GoStack.current(fiber);
            if (!frames.isEmpty() && frames.get(0).root() instanceof gotruffle.nodes.call.NativeRootNode) {
                frames.remove(0);
            }
            GoStack.print(sb, frames);
            ctx.writeErr(sb.toString());
            throw new gotruffle.nodes.control.ExitException(2);
        });
    }

    /** ", locked to thread" in a goroutine header after runtime.LockOSThread, as Go prints it. */
    /** runtime.Stack's text: the calling goroutine, then with all the others (headers and what is known of them). */
    private static String stack(GoContext ctx, Fiber fiber, boolean all) {
        StringBuilder sb = new StringBuilder();
        sb.append(PanicPrinter.runningHeader(fiber.id, fiber));
        List<GoStack.Frame> frames = GoStack.current(fiber);
        if (!frames.isEmpty() && frames.get(0).root() instanceof gotruffle.nodes.call.NativeRootNode) {
            frames.remove(0);
        }
        GoStack.print(sb, frames);
        gotruffle.nodes.conc.Goroutines.printCreatedBy(sb, fiber);
        if (all) {
            gotruffle.runtime.sched.G self = fiber.g;
            for (gotruffle.runtime.sched.G gp : self.sched().allGoroutines()) {
                if (gp == self || gp.status() == gotruffle.runtime.sched.G.DEAD) {
                    continue;
                }
                sb.append("\ngoroutine ").append(gp.id()).append(" [").append(gotruffle.runtime.sched.Sched.statusString(gp))
                        .append(gp.lockedToThread() ? ", locked to thread" : "").append("]:\n");
                sb.append(gotruffle.nodes.conc.Goroutines.traceback(gp));
            }
        }
        return sb.toString();
    }
}
