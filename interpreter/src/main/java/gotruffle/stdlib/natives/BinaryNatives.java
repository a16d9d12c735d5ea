package gotruffle.stdlib.natives;

import gotruffle.stdlib.Native;
import gotruffle.types.Array;
import gotruffle.types.Basic;
import gotruffle.types.Kind;
import gotruffle.types.Pointer;
import gotruffle.types.Slice;
import gotruffle.types.Struct;
import gotruffle.types.Type;
import gotruffle.values.Iface;

import java.util.Map;

/**
 * Natives of encoding/binary: tells a value that Go would encode through reflection (a struct,
 * an array, a named bool or number, complex numbers) from one Go rejects as invalid, so that
 * the prelude fails loudly on the first and returns Go's error for the second.
 */
public final class BinaryNatives {
    private BinaryNatives() {}

    public static void register(Map<String, Native> t) {
        t.put("encoding/binary.fixedSize", (ctx, f, a) -> {
            if (!(a[0] instanceof Iface v)) {
                return false;
            }
            boolean read = (Boolean) a[1];
            Type ty = v.type;
            if (ty.underlying() instanceof Pointer p) {
                ty = p.elem;
            } else if (read && !(ty.underlying() instanceof Slice)) {
                return false; // Read decodes only through a pointer or into a slice
            }
            if (ty.underlying() instanceof Slice s) {
                ty = s.elem;
            }
            return fixed(ty);
        });
    }

    private static boolean fixed(Type t) {
        Type u = t.underlying();
        if (u instanceof Basic b) {
            return b.kind == Kind.BOOL || b.kind.isNumeric() && b.kind != Kind.INT && b.kind != Kind.UINT && b.kind != Kind.UINTPTR;
        }
        if (u instanceof Array arr) {
            return fixed(arr.elem);
        }
        if (u instanceof Struct s) {
            for (Struct.Field fld : s.fields) {
                if (!fixed(fld.type())) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
