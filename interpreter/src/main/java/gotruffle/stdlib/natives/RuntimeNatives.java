package gotruffle.stdlib.natives;

import gotruffle.GoContext;
import gotruffle.nodes.Fiber;
import gotruffle.nodes.GoStack;
import gotruffle.nodes.call.FuncRootNode;
import gotruffle.stdlib.Native;
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

    private static PcTable table(GoContext ctx) {
        return ctx.pcTable();
    }

    public static void register(Map<String, Native> t) {
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
            long[] store = (long[]) buf.store;
            int n = Math.min(s.length(), buf.len);
            for (int i = 0; i < n; i++) {
                store[buf.off + i] = s.charAt(i) & 0xff;
            }
            return (long) n;
        });
    }

    /** runtime.Stack's text: the calling goroutine, then with all the others (headers and what is known of them). */
    private static String stack(GoContext ctx, Fiber fiber, boolean all) {
        StringBuilder sb = new StringBuilder();
        sb.append("goroutine ").append(fiber.id).append(" [running]:\n");
        List<GoStack.Frame> frames = GoStack.current(fiber);
        if (!frames.isEmpty() && frames.get(0).root() instanceof gotruffle.nodes.call.NativeRootNode) {
            frames.remove(0);
        }
        GoStack.print(sb, frames);
        gotruffle.nodes.conc.Goroutines.printCreatedBy(sb, fiber);
        if (all) {
            gotruffle.runtime.sched.G self = (gotruffle.runtime.sched.G) fiber.g;
            for (gotruffle.runtime.sched.G gp : self.sched().allGoroutines()) {
                if (gp == self || gp.status() == gotruffle.runtime.sched.G.DEAD) {
                    continue;
                }
                sb.append("\ngoroutine ").append(gp.id()).append(" [").append(gotruffle.runtime.sched.Sched.statusString(gp)).append("]:\n");
                sb.append(gotruffle.nodes.conc.Goroutines.traceback(gp));
            }
        }
        return sb.toString();
    }
}
