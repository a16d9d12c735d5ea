package gotruffle.stdlib.natives;

import gotruffle.nodes.call.Native;
import gotruffle.stdlib.fmt.GoPrinter;
import gotruffle.stdlib.text.FloatParse;
import gotruffle.stdlib.text.IntParse;
import gotruffle.stdlib.text.NumError;
import gotruffle.types.Basic;
import gotruffle.types.Pointer;
import gotruffle.values.Cell;
import gotruffle.values.GoPointer;
import gotruffle.values.Iface;
import gotruffle.values.Values;

import java.util.Map;

/** Natives of package flag: strconv-style number parsing and zero values of custom Values. */
public final class FlagNatives {
    private FlagNatives() {}

    private static long status(NumError e) {
        if (e == null) {
            return 0;
        }
        return e.kind == NumError.Kind.RANGE ? 2 : 1;
    }

    public static void register(Map<String, Native> t) {
        t.put("flag.parseInt", (ctx, fiber, a) -> {
            IntParse.Result r = IntParse.parseInt((String) a[0], 0, (int) (long) (Long) a[1]);
            return new Object[]{r.value(), status(r.error())};
        });
        t.put("flag.parseUint", (ctx, fiber, a) -> {
            IntParse.Result r = IntParse.parseUint((String) a[0], 0, (int) (long) (Long) a[1]);
            return new Object[]{r.value(), status(r.error())};
        });
        t.put("flag.parseFloat", (ctx, fiber, a) -> {
            FloatParse.Result r = FloatParse.parseFloat((String) a[0], 64);
            return new Object[]{r.value(), status(r.error())};
        });
        t.put("flag.formatFloat", (ctx, fiber, a) -> {
            GoPrinter p = new GoPrinter(ctx, fiber);
            p.doPrint(new Object[]{new Iface(Basic.FLOAT64, a[0])});
            return p.result();
        });
        t.put("flag.zeroString", (ctx, fiber, a) -> {
            // Go builds a zero value of the dynamic type (a new T for a *T) and calls String.
            Iface v = (Iface) a[0];
            Object zero = v.type instanceof Pointer p ? Values.zero(p.elem) : Values.zero(v.type);
            if (v.type instanceof Pointer p && !p.elem.isAggregate()) {
                zero = new GoPointer.ToCell(new Cell(zero));
            }
            Object s = ctx.methods.lookup(v.type, "String").call(fiber, null, zero);
            return s;
        });
    }
}
