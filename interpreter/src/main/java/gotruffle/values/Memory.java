package gotruffle.values;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import gotruffle.types.Array;
import gotruffle.types.Predicates;
import gotruffle.types.Struct;
import gotruffle.types.Type;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Made-up, stable addresses of Go locations (uintptr(unsafe.Pointer(p)), %p). Each storage
 * object (a struct, an array's or slice's store, a Cell, a global) gets, the first time its
 * address is asked for, a range as large as its Go size, so a field's or an element's address is
 * the base plus Go's amd64 offset, and an address maps back to its location ({@link #locate})
 * while the object lives. Objects are held weakly: an address alone keeps nothing alive (in Go a
 * uintptr does not either).
 */
public final class Memory {
    private static final ReferenceQueue<Object> DEAD = new ReferenceQueue<>();
    private static final Map<Region, Region> BY_OBJECT = new HashMap<>();
    private static final TreeMap<Long, Region> BY_ADDRESS = new TreeMap<>();
    private static long next = 0xc000010000L;
    /**
     * The objects given an address most recently, held strongly: a uintptr made from a pointer
     * and turned back into one a little later (an argument, Go's //go:uintptrescapes) still finds
     * its object after a GC, as in Go while the pointer's expression or call is live.
     */
    private static final Object[] RECENT = new Object[256];
    private static int recentAt;

    private Memory() {}

    /** One storage object's range; equal to another Region (or a probe) of the same object. */
    private static final class Region extends WeakReference<Object> {
        final int hash;
        final long base, size;
        /** The Go type of the whole object (struct, [n]T of a store, a cell's or global's type), or null if unknown. */
        Type type;

        Region(Object o, long base, long size, Type type, ReferenceQueue<Object> q) {
            super(o, q);
            this.hash = System.identityHashCode(o);
            this.base = base;
            this.size = size;
            this.type = type;
        }

        @Override
        public boolean equals(Object x) {
            if (this == x) {
                return true;
            }
            Object o = get();
            return o != null && x instanceof Region r && r.get() == o;
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** The address of storage object o (type: its Go type if known, for {@link #locate}). */
    @TruffleBoundary
    public static synchronized long base(Object o, Type type) {
        expunge();
        Region probe = new Region(o, 0, 0, null, null);
        Region r = BY_OBJECT.get(probe);
        if (r != null) {
            if (r.type == null) {
                r.type = type;
            }
            return r.base;
        }
        long size = type != null ? Math.max(SizeClasses.sizeof(type), 1) : storeBytes(o);
        long base = next;
        next += (size + 15 & ~15L) + 16; // a gap: one past the end is no other object's address
        r = new Region(o, base, size, type, DEAD);
        BY_OBJECT.put(r, r);
        BY_ADDRESS.put(base, r);
        RECENT[recentAt++ & (RECENT.length - 1)] = o;
        return base;
    }

    private static long storeBytes(Object o) {
        if (o instanceof byte[] b) {
            return Math.max(b.length, 1);
        } else if (o instanceof long[] l) {
            return Math.max(8L * l.length, 1);
        } else if (o instanceof double[] d) {
            return Math.max(8L * d.length, 1);
        } else if (o instanceof Object[] a) {
            return Math.max(16L * a.length, 1);
        }
        return 16;
    }

    private static void expunge() {
        for (Object r; (r = DEAD.poll()) != null; ) {
            Region g = (Region) r;
            BY_OBJECT.remove(g);
            BY_ADDRESS.remove(g.base, g);
        }
    }

    /** The address of pointer value p (GoStruct, GoArray, GoPointer; null is 0) to a value of type elem. */
    @TruffleBoundary
    public static long addressOf(Object p, Type elem) {
        if (p == null) {
            return 0;
        } else if (p instanceof GoStruct s) {
            return base(s, s.type);
        } else if (p instanceof GoArray a) {
            return base(a.store, Array.of(Stores.length(a.store), a.elem)) + SizeClasses.sizeof(a.elem) * a.off;
        } else if (p instanceof GoPointer.ToCell c) {
            return base(c.cell, elem);
        } else if (p instanceof GoPointer.ToGlobal g) {
            return base(g.g, elem);
        } else if (p instanceof GoPointer.ToField f) {
            return base(f.s, f.s.type) + SizeClasses.fieldOffsets(f.s.type)[f.index];
        } else if (p instanceof GoPointer.ToElem e) {
            if (elem == null) {
                return base(e.store, null) + 8L * e.index;
            }
            return base(e.store, Array.of(Stores.length(e.store), elem)) + SizeClasses.sizeof(elem) * e.index;
        } else if (p instanceof GoPointer.View v) {
            return addressOf(v.base, null);
        } else if (p instanceof GoPointer.Bare b) {
            return b.addr;
        }
        return base(p, null);
    }

    /**
     * The pointer to the live location of type t at address addr (a GoStruct or GoArray when t is
     * a struct or array, else a GoPointer), or null when no known object of a matching layout is there.
     */
    @TruffleBoundary
    public static Object locate(long addr, Type t) {
        Region r;
        Object o;
        synchronized (Memory.class) {
            expunge();
            var e = BY_ADDRESS.floorEntry(addr);
            if (e == null) {
                return null;
            }
            r = e.getValue();
            o = r.get();
            if (o == null || r.type == null || addr - r.base >= r.size && addr != r.base) {
                return null;
            }
        }
        long off = addr - r.base;
        if (o instanceof Cell c) {
            return off == 0 && same(r.type, t) ? new GoPointer.ToCell(c) : null;
        } else if (o instanceof GlobalVar g) {
            return off == 0 && same(r.type, t) ? new GoPointer.ToGlobal(g) : null;
        } else if (o instanceof GoStruct s) {
            return within(s, s.type, off, t);
        }
        Array a = (Array) r.type.underlying();
        return within(new GoArray(o, a.elem), a, off, t);
    }

    /** The location of type t at offset off inside aggregate value v of type vt, or null. */
    private static Object within(Object v, Type vt, long off, Type t) {
        if (off == 0 && same(vt, t)) {
            return v;
        }
        Type u = vt.underlying();
        if (u instanceof Struct st) {
            long[] offs = SizeClasses.fieldOffsets(st);
            GoStruct s = (GoStruct) v;
            for (int i = st.fields.size() - 1; i >= 0; i--) {
                if (offs[i] <= off) {
                    Type ft = st.fields.get(i).type();
                    if (ft.isAggregate()) {
                        Object in = within(s.get(i), ft, off - offs[i], t);
                        if (in != null) {
                            return in;
                        }
                    } else if (off == offs[i] && same(ft, t)) {
                        return new GoPointer.ToField(s, i);
                    }
                    if (off - offs[i] >= SizeClasses.sizeof(ft) || !ft.isAggregate()) {
                        return null;
                    }
                }
            }
            return null;
        } else if (u instanceof Array a) {
            long es = SizeClasses.sizeof(a.elem);
            GoArray arr = (GoArray) v;
            if (es == 0 || off / es >= arr.length()) {
                return null;
            }
            int i = (int) (off / es);
            if (a.elem.isAggregate()) {
                return within(Stores.get(arr.store, arr.off + i), a.elem, off - i * es, t);
            }
            return off % es == 0 && same(a.elem, t) ? new GoPointer.ToElem(arr.store, arr.off + i) : null;
        }
        return null;
    }

    /** Same in-memory representation: identical underlying types. */
    static boolean same(Type a, Type b) {
        return a == b || Predicates.identicalIgnoreTags(a.underlying(), b.underlying());
    }
}
