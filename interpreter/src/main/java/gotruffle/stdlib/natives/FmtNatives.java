package gotruffle.stdlib.natives;

import gotruffle.nodes.call.Native;
import gotruffle.types.Basic;
import gotruffle.types.Kind;
import gotruffle.types.Pointer;
import gotruffle.types.Slice;
import gotruffle.types.Type;
import gotruffle.values.GoPointer;
import gotruffle.values.Iface;

import java.util.Map;

/**
 * What fmt's scanner needs of reflection: the basic kind behind a pointer to a named type
 * (type Celsius float64) and storing through it. Registered by OsNatives (fmt has no group).
 */
public final class FmtNatives {
    private FmtNatives() {}

    public static void register(Map<String, Native> t) {
        // scanKind(arg) names the underlying kind of *arg ("int8", "float64", "bytes", ...),
        // "" for anything else.
        t.put("fmt.scanKind", (ctx, f, a) -> {
            if (!(a[0] instanceof Iface i) || !(i.type.underlying() instanceof Pointer p) || !(i.value instanceof GoPointer)) {
                return "";
            }
            Type u = p.elem.underlying();
            if (u instanceof Basic b) {
                return switch (b.kind) {
                    case BOOL, INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR, FLOAT32, FLOAT64, COMPLEX64, COMPLEX128, STRING -> b.kind.toString().toLowerCase();
                    default -> "";
                };
            }
            if (u instanceof Slice s && s.elem.underlying() instanceof Basic eb && eb.kind == Kind.UINT8) {
                return "bytes";
            }
            return "";
        });
        // scanStore(arg, v) stores v's value (already converted to *arg's kind) through arg.
        t.put("fmt.scanStore", (ctx, f, a) -> {
            Object v = a[1] instanceof Iface i ? i.value : a[1];
            ((GoPointer) ((Iface) a[0]).value).store(v);
            return null;
        });
    }
}
