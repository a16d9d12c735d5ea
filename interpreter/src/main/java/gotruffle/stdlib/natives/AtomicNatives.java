package gotruffle.stdlib.natives;

import gotruffle.stdlib.Native;
import gotruffle.types.Kind;
import gotruffle.values.GoPointer;
import gotruffle.values.GoStruct;
import gotruffle.values.Iface;
import gotruffle.nodes.expr.IntNorm;

import java.util.Map;

/**
 * sync/atomic on interpreter locations: each operation runs under one global Java lock, held only
 * for the load/modify/store itself (never across a goroutine switch), which makes every atomic
 * operation on every location linearizable, as Go's are.
 */
public final class AtomicNatives {
    private static final Object LOCK = new Object();

    private AtomicNatives() {}

    private static GoPointer ptr(Object p) {
        if (p == null) {
            throw new gotruffle.values.GoRuntimeError("invalid memory address or nil pointer dereference");
        }
        return (GoPointer) p;
    }

    public static void register(Map<String, Native> t) {
        String[][] kinds = {{"Int32", "INT32"}, {"Int64", "INT64"}, {"Uint32", "UINT32"}, {"Uint64", "UINT64"}, {"Uintptr", "UINTPTR"}};
        for (String[] k : kinds) {
            String name = k[0];
            Kind kind = Kind.valueOf(k[1]);
            t.put("sync/atomic.Add" + name, (ctx, f, a) -> {
                synchronized (LOCK) {
                    GoPointer p = ptr(a[0]);
                    long v = IntNorm.norm(kind, (Long) p.load() + (Long) a[1]);
                    p.store(v);
                    return v;
                }
            });
            t.put("sync/atomic.Load" + name, (ctx, f, a) -> {
                synchronized (LOCK) {
                    return ptr(a[0]).load();
                }
            });
            t.put("sync/atomic.Store" + name, (ctx, f, a) -> {
                synchronized (LOCK) {
                    ptr(a[0]).store(a[1]);
                    return null;
                }
            });
            t.put("sync/atomic.Swap" + name, (ctx, f, a) -> {
                synchronized (LOCK) {
                    GoPointer p = ptr(a[0]);
                    Object old = p.load();
                    p.store(a[1]);
                    return old;
                }
            });
            t.put("sync/atomic.CompareAndSwap" + name, (ctx, f, a) -> {
                synchronized (LOCK) {
                    GoPointer p = ptr(a[0]);
                    if (((Long) p.load()).longValue() == (Long) a[1]) {
                        p.store(a[2]);
                        return true;
                    }
                    return false;
                }
            });
        }
        // atomic.Value: field 0 holds the stored interface value
        t.put("sync/atomic.Value.Load", (ctx, f, a) -> {
            synchronized (LOCK) {
                return ((GoStruct) a[0]).refs[0];
            }
        });
        t.put("sync/atomic.Value.Store", (ctx, f, a) -> {
            synchronized (LOCK) {
                store((GoStruct) a[0], (Iface) a[1], "Store");
                return null;
            }
        });
        t.put("sync/atomic.Value.Swap", (ctx, f, a) -> {
            synchronized (LOCK) {
                GoStruct v = (GoStruct) a[0];
                Object old = v.refs[0];
                store(v, (Iface) a[1], "Swap");
                return old;
            }
        });
        t.put("sync/atomic.Value.CompareAndSwap", (ctx, f, a) -> {
            synchronized (LOCK) {
                GoStruct v = (GoStruct) a[0];
                Iface cur = (Iface) v.refs[0];
                Iface old = (Iface) a[1];
                if (cur == null ? old != null : !cur.equals(old)) {
                    return false;
                }
                store(v, (Iface) a[2], "CompareAndSwap");
                return true;
            }
        });
    }

    private static void store(GoStruct v, Iface val, String op) {
        if (val == null) {
            throw new gotruffle.nodes.GoPanic(new Iface(gotruffle.types.Basic.STRING, "sync/atomic: " + op + " of nil value into Value"));
        }
        Iface cur = (Iface) v.refs[0];
        if (cur != null && cur.type != val.type) {
            throw new gotruffle.nodes.GoPanic(new Iface(gotruffle.types.Basic.STRING, "sync/atomic: " + op.toLowerCase() + " of inconsistently typed value into Value"));
        }
        v.refs[0] = val;
    }
}
