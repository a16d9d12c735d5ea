package gotruffle.stdlib;

import gotruffle.GoContext;
import gotruffle.nodes.Fiber;
import gotruffle.nodes.GoPanic;
import gotruffle.nodes.call.Native;
import gotruffle.nodes.control.ExitException;
import gotruffle.runtime.sched.G;
import gotruffle.runtime.sched.Sched;
import gotruffle.stdlib.fmt.GoPrinter;
import gotruffle.stdlib.text.Printf;
import gotruffle.stdlib.text.Utf8;
import gotruffle.types.Basic;
import gotruffle.types.Interface;
import gotruffle.types.Lookup;
import gotruffle.types.Pointer;
import gotruffle.types.Predicates;
import gotruffle.types.Type;
import gotruffle.values.GoPointer;
import gotruffle.values.GoSlice;
import gotruffle.values.Iface;
import gotruffle.values.Values;

import java.util.List;
import java.util.Map;

/** Natives of the runtime, os, errors and fmt preludes. */
final class CoreNatives {
    private CoreNatives() {}

    static void register(Map<String, Native> t) {
        // fmt
        t.put("fmt.Sprint", (ctx, fiber, a) -> {
            GoPrinter p = new GoPrinter(ctx, fiber);
            p.doPrint(elems(a[0]));
            return p.result();
        });
        t.put("fmt.Sprintln", (ctx, fiber, a) -> {
            GoPrinter p = new GoPrinter(ctx, fiber);
            p.doPrintln(elems(a[0]));
            return p.result();
        });
        t.put("fmt.Sprintf", (ctx, fiber, a) -> {
            GoPrinter p = new GoPrinter(ctx, fiber);
            p.doPrintf((String) a[0], elems(a[1]));
            return p.result();
        });
        t.put("fmt.sprintfWrap", (ctx, fiber, a) -> {
            GoPrinter p = new GoPrinter(ctx, fiber);
            p.wrapErrs = true;
            p.doPrintf((String) a[0], elems(a[1]));
            return new Object[]{p.result(), p.wrappedErr};
        });
        // os
        t.put("os.runtimeArgs", (ctx, fiber, a) -> {
            // os.Args[0] is the program (go run names a temporary binary after the main file)
            String[] args = ctx.args();
            Object[] s = new Object[args.length + 1];
            s[0] = Utf8.fromJava(ctx.programName());
            for (int i = 0; i < args.length; i++) {
                s[i + 1] = Utf8.fromJava(args[i]);
            }
            return new GoSlice(s, 0, s.length, s.length);
        });
        t.put("os.writeFd", (ctx, fiber, a) -> {
            long fd = (Long) a[0];
            if (fd == 2) {
                ctx.writeErr((String) a[1]);
            } else {
                ctx.writeOut((String) a[1]);
            }
            return null;
        });
        t.put("os.Exit", (ctx, fiber, a) -> {
            throw new ExitException((int) (long) (Long) a[0]);
        });
        // runtime
        t.put("runtime.NumCPU", (ctx, fiber, a) -> (long) Sched.numCPU());
        t.put("runtime.GOMAXPROCS", (ctx, fiber, a) -> (long) ctx.sched().gomaxprocs(g(fiber), (int) (long) (Long) a[0]));
        t.put("runtime.NumGoroutine", (ctx, fiber, a) -> (long) ctx.sched().numGoroutine());
        t.put("runtime.Goexit", (ctx, fiber, a) -> {
            throw GoPanic.goexit();
        });
        t.put("runtime.Gosched", (ctx, fiber, a) -> {
            ctx.sched().gosched(g(fiber));
            return null;
        });
        t.put("context.typeName", (ctx, fiber, a) -> a[0] == null ? "<nil>" : ((Iface) a[0]).type.toString(true));
        // errors
        t.put("errors.comparable", (ctx, fiber, a) -> a[0] == null || Predicates.comparable(((Iface) a[0]).type));
        t.put("errors.checkAsTarget", (ctx, fiber, a) -> {
            Iface target = (Iface) a[0];
            if (!(target.type.underlying() instanceof Pointer) || target.value == null) {
                throw new GoPanic(new Iface(Basic.STRING, "errors: target must be a non-nil pointer"));
            }
            Type elem = ((Pointer) target.type.underlying()).elem;
            if (!(elem.underlying() instanceof Interface) && !implementsError(ctx, elem)) {
                throw new GoPanic(new Iface(Basic.STRING, "errors: *target must be interface or implement error"));
            }
            return null;
        });
        t.put("errors.assignTo", (ctx, fiber, a) -> {
            Iface err = (Iface) a[0];
            Iface target = (Iface) a[1];
            Type elem = ((Pointer) target.type.underlying()).elem;
            Object value;
            if (elem.underlying() instanceof Interface ei) {
                if (!ctx.methods.implementsIface(err.type, ei)) {
                    return false;
                }
                value = err;
            } else if (err.type == elem) {
                value = err.value;
            } else {
                return false;
            }
            if (elem.isAggregate()) {
                Values.assignAggregate(target.value, value);
            } else {
                ((GoPointer) target.value).store(value);
            }
            return true;
        });
    }

    static G g(Fiber f) {
        return f.g;
    }

    private static boolean implementsError(GoContext ctx, Type t) {
        return Lookup.signature(t, "Error") != null;
    }

    /** The elements of a ...any parameter (nil slice → none). */
    static Object[] elems(Object slice) {
        GoSlice s = (GoSlice) slice;
        if (s == null) {
            return new Object[0];
        }
        Object[] out = new Object[s.len];
        System.arraycopy(s.store, s.off, out, 0, s.len);
        return out;
    }
}
