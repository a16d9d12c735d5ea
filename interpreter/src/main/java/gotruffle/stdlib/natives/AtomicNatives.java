package gotruffle.stdlib.natives;

import gotruffle.nodes.call.Native;
import gotruffle.nodes.expr.IntNorm;
import gotruffle.types.Interface;
import gotruffle.types.Kind;
import gotruffle.values.GoPointer;
import gotruffle.values.GoRuntimeError;
import gotruffle.values.GoStruct;
import gotruffle.values.Iface;
import gotruffle.values.Values;

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
            throw new GoRuntimeError("invalid memory address or nil pointer dereference");
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
                return value(a[0]).refs[0];
            }
        });
        t.put("sync/atomic.Value.Store", (ctx, f, a) -> {
            synchronized (LOCK) {
                store(value(a[0]), (Iface) a[1], "store");
                return null;
            }
        });
        t.put("sync/atomic.Value.Swap", (ctx, f, a) -> {
            synchronized (LOCK) {
                GoStruct v = value(a[0]);
                Object old = v.refs[0];
                store(v, (Iface) a[1], "swap");
                return old;
            }
        });
        t.put("sync/atomic.Value.CompareAndSwap", (ctx, f, a) -> {
            Iface old = (Iface) a[1];
            Iface nw = (Iface) a[2];
            if (nw == null) {
                throw AlgoPanics.string("sync/atomic: compare and swap of nil value into Value");
            }
            if (old != null && old.type != nw.type) {
                throw AlgoPanics.string("sync/atomic: compare and swap of inconsistently typed values");
            }
            synchronized (LOCK) {
                GoStruct v = value(a[0]);
                Iface cur = (Iface) v.refs[0];
                if (cur == null) {
                    if (old != null) {
                        return false;
                    }
                    v.refs[0] = nw;
                    return true;
                }
                if (cur.type != nw.type) {
                    throw AlgoPanics.string("sync/atomic: compare and swap of inconsistently typed value into Value");
                }
                // Go's == on interfaces: panics on an uncomparable dynamic type
                if (!Values.goEquals(cur, old, Interface.EMPTY)) {
                    return false;
                }
                v.refs[0] = nw;
                return true;
            }
        });
    }

    private static GoStruct value(Object recv) {
        if (recv == null) {
            throw new GoRuntimeError("invalid memory address or nil pointer dereference");
        }
        return (GoStruct) recv;
    }

    /** Store and Swap: Go's panics name the operation ("store", "swap"). */
    private static void store(GoStruct v, Iface val, String op) {
        if (val == null) {
            throw AlgoPanics.string("sync/atomic: " + op + " of nil value into Value");
        }
        Iface cur = (Iface) v.refs[0];
        if (cur != null && cur.type != val.type) {
            throw AlgoPanics.string("sync/atomic: " + op + " of inconsistently typed value into Value");
        }
        v.refs[0] = val;
    }
}
