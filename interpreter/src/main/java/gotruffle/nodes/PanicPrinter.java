package gotruffle.nodes;

import com.oracle.truffle.api.RootCallTarget;
import gotruffle.GoContext;
import gotruffle.types.Basic;
import gotruffle.types.Lookup;
import gotruffle.types.Named;
import gotruffle.types.Type;
import gotruffle.values.Iface;

import java.util.ArrayList;
import java.util.List;

/**
 * Go's report of an unrecovered panic (runtime.printpanics): the chain of panics oldest first,
 * "[recovered]" marks, error values printed by Error() and Stringers by String(), other values
 * like the print builtin, and the goroutine header that ends what the goldens compare.
 */
public final class PanicPrinter {
    private PanicPrinter() {}

    public static String report(GoContext ctx, Fiber fiber, GoPanic p, long goid) {
        List<GoPanic> chain = new ArrayList<>();
        for (GoPanic q = p; q != null; q = q.previous) {
            chain.add(0, q);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < chain.size(); i++) {
            GoPanic q = chain.get(i);
            if (i > 0) {
                sb.append('\t');
            }
            sb.append("panic: ").append(value(ctx, fiber, q.value));
            if (q.recovered) {
                sb.append(" [recovered]");
            }
            sb.append('\n');
        }
        if (chain.stream().anyMatch(q -> q.nilDeref)) { // Go's g.sig stays set until a recovery completes
            sb.append("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n");
        }
        sb.append('\n').append(runningHeader(goid, fiber));
        return sb.toString();
    }

    /** The header of the running goroutine's traceback ("goroutine 1 [running]:"). */
    public static String runningHeader(long goid, Fiber fiber) {
        boolean locked = fiber.g != null && fiber.g.lockedToThread();
        return "goroutine " + goid + " [running" + (locked ? ", locked to thread" : "") + "]:\n";
    }

    /** printpanicval after preprintpanics: Error()/String() first, then the value's own printing. */
    public static String value(GoContext ctx, Fiber fiber, Object v) {
        if (v == null) {
            return "nil";
        }
        Iface i = (Iface) v;
        RootCallTarget m = ctx.methods.lookup(i.type, "Error");
        if (m != null && Lookup.signature(i.type, "Error") != null
                && Lookup.signature(i.type, "Error").params.isEmpty()) {
            return (String) m.call(fiber, null, i.value);
        }
        m = ctx.methods.lookup(i.type, "String");
        if (m != null && Lookup.signature(i.type, "String").params.isEmpty()) {
            return (String) m.call(fiber, null, i.value);
        }
        Type t = i.type;
        Type u = t.underlying();
        if (u instanceof Basic b && b != Basic.INVALID) {
            String s = RuntimePrint.format(i.value, t);
            if (t instanceof Named) {
                if (u.isString()) {
                    return t.toString(true) + "(\"" + s + "\")";
                }
                return t.toString(true) + "(" + s + ")";
            }
            return s;
        }
        return "(" + t.toString(true) + ") 0xc000012120";
    }
}
