package gotruffle.stdlib.natives;

import gotruffle.nodes.call.Native;
import gotruffle.nodes.expr.IntNorm;
import gotruffle.types.Interface;
import gotruffle.types.Kind;
import gotruffle.values.AtomicWords;
import gotruffle.values.GoPointer;
import gotruffle.values.GoRuntimeError;
import gotruffle.values.GoStruct;
import gotruffle.values.Iface;
import gotruffle.values.Values;

import java.util.Map;
import java.util.Objects;

/**
 * sync/atomic on interpreter locations: every operation works on the word itself (a volatile
 * access or a compare-and-set loop on the array element, struct slot, Cell or package variable
 * that holds the value: {@link AtomicWords}), so each is linearizable, as Go's are, and atomics
 * on different words never contend. Read-modify-write operations loop until their CAS wins.
 */
public final class AtomicNatives {
    private AtomicNatives() {}

    private static GoPointer ptr(Object p) {
        if (p == null) {
            throw new GoRuntimeError("invalid memory address or nil pointer dereference");
        }
        return (GoPointer) p;
    }

    /** Load, Store and Swap of one word type: the same for integers and unsafe.Pointer words. */
    private static void registerLoadStoreSwap(Map<String, Native> t, String name) {
        t.put("sync/atomic.Load" + name, (ctx, f, a) -> ptr(a[0]).loadAtomic());
        t.put("sync/atomic.Store" + name, (ctx, f, a) -> {
            ptr(a[0]).storeAtomic(a[1]);
            return null;
        });
        t.put("sync/atomic.Swap" + name, (ctx, f, a) -> {
            GoPointer p = ptr(a[0]);
            for (;;) {
                Object old = p.loadAtomic();
                if (p.casAtomic(old, a[1])) {
                    return old;
                }
            }
        });
    }

    public static void register(Map<String, Native> t) {
        String[][] kinds = {{"Int32", "INT32"}, {"Int64", "INT64"}, {"Uint32", "UINT32"}, {"Uint64", "UINT64"}, {"Uintptr", "UINTPTR"}};
        for (String[] k : kinds) {
            String name = k[0];
            Kind kind = Kind.valueOf(k[1]);
            t.put("sync/atomic.Add" + name, (ctx, f, a) -> {
                GoPointer p = ptr(a[0]);
                long delta = (Long) a[1];
                for (;;) {
                    Object cur = p.loadAtomic();
                    Object v = IntNorm.norm(kind, (Long) cur + delta);
                    if (p.casAtomic(cur, v)) {
                        return v;
                    }
                }
            });
            registerLoadStoreSwap(t, name);
            t.put("sync/atomic.CompareAndSwap" + name, (ctx, f, a) -> {
                GoPointer p = ptr(a[0]);
                long old = (Long) a[1];
                for (;;) {
                    Object cur = p.loadAtomic();
                    if ((Long) cur != old) {
                        return false;
                    }
                    if (p.casAtomic(cur, a[2])) {
                        return true;
                    }
                }
            });
        }
        // unsafe.Pointer words: old is matched by Go's == (the same address), then CAS on the word's object
        registerLoadStoreSwap(t, "Pointer");
        t.put("sync/atomic.CompareAndSwapPointer", (ctx, f, a) -> {
            GoPointer p = ptr(a[0]);
            for (;;) {
                Object cur = p.loadAtomic();
                if (!Objects.equals(cur, a[1])) {
                    return false;
                }
                if (p.casAtomic(cur, a[2])) {
                    return true;
                }
            }
        });
        // atomic.Value: field 0 of the struct holds the stored interface value
        t.put("sync/atomic.Value.Load", (ctx, f, a) -> AtomicWords.loadField(value(a[0]), 0));
        t.put("sync/atomic.Value.Store", (ctx, f, a) -> {
            swap(value(a[0]), (Iface) a[1], "store");
            return null;
        });
        t.put("sync/atomic.Value.Swap", (ctx, f, a) -> swap(value(a[0]), (Iface) a[1], "swap"));
        t.put("sync/atomic.Value.CompareAndSwap", (ctx, f, a) -> {
            Iface old = (Iface) a[1];
            Iface nw = (Iface) a[2];
            if (nw == null) {
                throw AlgoPanics.string("sync/atomic: compare and swap of nil value into Value");
            }
            if (old != null && old.type != nw.type) {
                throw AlgoPanics.string("sync/atomic: compare and swap of inconsistently typed values");
            }
            GoStruct v = value(a[0]);
            for (;;) {
                Iface cur = (Iface) AtomicWords.loadField(v, 0);
                if (cur == null) {
                    if (old != null) {
                        return false;
                    }
                } else {
                    if (cur.type != nw.type) {
                        throw AlgoPanics.string("sync/atomic: compare and swap of inconsistently typed value into Value");
                    }
                    // Go's == on interfaces: panics on an uncomparable dynamic type
                    if (!Values.goEquals(cur, old, Interface.EMPTY)) {
                        return false;
                    }
                }
                if (AtomicWords.casField(v, 0, cur, nw)) {
                    return true;
                }
            }
        });
    }

    private static GoStruct value(Object recv) {
        if (recv == null) {
            throw new GoRuntimeError("invalid memory address or nil pointer dereference");
        }
        return (GoStruct) recv;
    }

    /** Store and Swap (returns the old value): Go's panics name the operation ("store", "swap"). */
    private static Iface swap(GoStruct v, Iface val, String op) {
        if (val == null) {
            throw AlgoPanics.string("sync/atomic: " + op + " of nil value into Value");
        }
        for (;;) {
            Iface cur = (Iface) AtomicWords.loadField(v, 0);
            if (cur != null && cur.type != val.type) {
                throw AlgoPanics.string("sync/atomic: " + op + " of inconsistently typed value into Value");
            }
            if (AtomicWords.casField(v, 0, cur, val)) {
                return cur;
            }
        }
    }
}
