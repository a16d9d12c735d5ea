package gotruffle.values;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import gotruffle.types.Array;
import gotruffle.types.Basic;
import gotruffle.types.Slice;
import gotruffle.types.Struct;
import gotruffle.types.Type;

/**
 * A non-nil unsafe.Pointer (nil is null): the Go pointer it was made from and the type it points
 * to, so converting it back to *T finds the location again. It keeps its object alive, as Go's
 * does. Equality and hashing are by address ({@link Memory}), so a struct and its first field,
 * or p and unsafe.Add(q, n) landing on p, are the same pointer, as in Go.
 */
public final class UnsafePointer {
    /** A GoStruct, GoArray or GoPointer (a GoPointer.Bare for an address where nothing is known). */
    public final Object ref;
    /** The type ref points to; null for a bare address. */
    public final Type elem;
    private long addr;

    public UnsafePointer(Object ref, Type elem) {
        this.ref = ref;
        this.elem = elem;
    }

    /** unsafe.Pointer(uintptr): the live location there of a known object if any, else a bare address. */
    @TruffleBoundary
    public static UnsafePointer fromAddress(long addr) {
        if (addr == 0) {
            return null;
        }
        UnsafePointer p = new UnsafePointer(new GoPointer.Bare(addr), null);
        p.addr = addr;
        return p;
    }

    public long address() {
        if (addr == 0) {
            addr = Memory.addressOf(ref, elem);
        }
        return addr;
    }

    /**
     * This pointer as a *t (t: the pointed-to type), or null when the location cannot be viewed as
     * a t here (the caller reports it as unsupported).
     */
    @TruffleBoundary
    public Object to(Type t) {
        if (elem != null && Memory.same(elem, t)) {
            return ref;
        }
        Object at = Memory.locate(address(), t);
        if (at != null) {
            return at;
        }
        if (elem == null) {
            return t.isAggregate() ? null : ref; // a bare address as *T: comparable and printable only
        }
        Type eu = elem.underlying(), tu = t.underlying();
        if (ref instanceof GoStruct s && tu instanceof Struct ts && sameFieldTypes(s.type, ts)) {
            return GoStruct.ofParts(ts, s.refs, s.prims); // a view of the same storage under the other struct type
        }
        if (ref instanceof GoArray a && tu instanceof Array ta && eu instanceof Array ea && ea.len == ta.len && Memory.same(ea.elem, ta.elem)) {
            return new GoArray(a.store, a.off, a.len, ta.elem);
        }
        if (ref instanceof GoPointer gp && eu instanceof Slice es && Values.isByte(es.elem) && tu == Basic.STRING) {
            return new GoPointer.StringOfBytes(gp);
        }
        if (ref instanceof GoPointer gp && eu instanceof Basic eb && tu instanceof Basic tb && GoPointer.View.allowed(eb.kind, tb.kind)) {
            return new GoPointer.View(gp, eb.kind, tb.kind);
        }
        return null;
    }

    /** Struct types with the same field types in order (names and tags aside): the same layout here. */
    private static boolean sameFieldTypes(Struct a, Struct b) {
        if (a.fields.size() != b.fields.size()) {
            return false;
        }
        for (int i = 0; i < a.fields.size(); i++) {
            if (!Memory.same(a.fields.get(i).type(), b.fields.get(i).type())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnsafePointer p && (p.ref == ref || ref instanceof GoPointer && ref.equals(p.ref) || p.address() == address());
    }

    @Override
    public int hashCode() {
        return Long.hashCode(address());
    }
}
