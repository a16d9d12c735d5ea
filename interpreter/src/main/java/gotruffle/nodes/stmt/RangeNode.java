package gotruffle.nodes.stmt;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;
import gotruffle.nodes.ExprNode;
import gotruffle.nodes.Fiber;
import gotruffle.nodes.Preemption;
import gotruffle.nodes.RuntimePanics;
import gotruffle.nodes.StmtNode;
import gotruffle.nodes.control.BreakException;
import gotruffle.nodes.control.ContinueException;
import gotruffle.nodes.local.Rep;
import gotruffle.stdlib.text.Utf8;
import gotruffle.types.Type;
import gotruffle.values.ConcurrentMapAccess;
import gotruffle.values.GoArray;
import gotruffle.values.GoMap;
import gotruffle.values.GoSlice;
import gotruffle.values.GoStrings;
import gotruffle.values.Stores;
import gotruffle.values.Values;

import java.util.ArrayList;
import java.util.concurrent.ThreadLocalRandom;

/**
 * for k, v := range x over slices, arrays, strings and maps. The range expression is evaluated
 * once; each iteration stores the index (long slot) and the element (object slot) that the
 * key/value assignments then read. Maps iterate over a snapshot of keys from a random start,
 * skipping keys deleted meanwhile, which is within Go's rules (order unspecified, deleted
 * entries not produced).
 */
public final class RangeNode extends StmtNode {
    public enum Kind { SLICE, STRING, MAP, CHAN }

    @Child private ExprNode x;
    @Child private LoopNode loop;
    private final Kind kind;
    private final int stateSlot;
    private final boolean copyArray;
    private final boolean needValue;
    private final long arrayPtrLen;

    /** arrayPtrLen: for range over a pointer to an array, the array's length (a nil pointer still has it); else -1. */
    public RangeNode(Kind kind, ExprNode x, int indexSlot, int keySlot, int valueSlot, Rep valueRep, int stateSlot, boolean needValue, boolean copyArray,
                     StmtNode assign, StmtNode body, Object target, ChanReceiver recv, long arrayPtrLen) {
        this.kind = kind;
        this.x = x;
        this.stateSlot = stateSlot;
        this.copyArray = copyArray;
        this.needValue = needValue;
        this.arrayPtrLen = arrayPtrLen;
        this.loop = Truffle.getRuntime().createLoopNode(new Body(kind, indexSlot, keySlot, valueSlot, valueRep, stateSlot, needValue, assign, body, target, recv));
    }

    /** Receives from a channel for range over channels: returns {value, ok}. */
    public interface ChanReceiver {
        Object[] recv(VirtualFrame frame, Object ch);
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object v = x.execute(frame);
        Body b = (Body) loop.getRepeatingNode();
        switch (kind) {
            case SLICE -> {
                if (v instanceof GoArray a && copyArray) {
                    v = a.copy();
                } else if (v == null && arrayPtrLen >= 0) {
                    // for i := range p with p a nil *[N]T: N iterations; the values would dereference p
                    if (needValue) {
                        throw RuntimePanics.nilDeref(this);
                    }
                    v = arrayPtrLen;
                }
                frame.setObject(stateSlot, v);
            }
            case STRING -> frame.setObject(stateSlot, v);
            case MAP -> frame.setObject(stateSlot, v == null ? null : new MapIter((GoMap) v));
            case CHAN -> frame.setObject(stateSlot, v);
        }
        try {
            b.start(frame);
            loop.execute(frame);
        } catch (BreakException e) {
            if (e.target != b.target) {
                throw e;
            }
        }
    }

    static final class MapIter {
        final GoMap map;
        final Object[] keys;
        int next;

        @TruffleBoundary
        MapIter(GoMap map) {
            this.map = map;
            ArrayList<Object> ks = new ArrayList<>(map.entries.keySet());
            int n = ks.size();
            Object[] k = new Object[n];
            int start = n == 0 ? 0 : ThreadLocalRandom.current().nextInt(n);
            for (int i = 0; i < n; i++) {
                k[i] = ks.get((start + i) % n);
            }
            this.keys = k;
        }

        /** Advances to the next live key; returns false at the end. out = {key, value}. */
        @TruffleBoundary
        boolean next(Object[] out, Fiber fiber, Node at) {
            try {
                map.checkIterating();
            } catch (ConcurrentMapAccess e) {
                throw RuntimePanics.fatal(e.getMessage(), fiber, at);
            }
            while (next < keys.length) {
                Object k = keys[next++];
                if (map.entries.containsKey(k)) {
                    out[0] = map.unwrapKey(k);
                    out[1] = map.entries.get(k);
                    return true;
                }
            }
            return false;
        }
    }

    static final class Body extends Node implements RepeatingNode {
        private final Kind kind;
        final int indexSlot;
        private final int keySlot;
        private final int valueSlot;
        private final Rep valueRep;
        private final int stateSlot;
        private final boolean needValue;
        @Child private StmtNode assign;
        @Child private StmtNode body;
        @Child private Preemption.Poll poll = new Preemption.Poll();
        final Object target;
        private final ChanReceiver recv;

        Body(Kind kind, int indexSlot, int keySlot, int valueSlot, Rep valueRep, int stateSlot, boolean needValue, StmtNode assign, StmtNode body, Object target, ChanReceiver recv) {
            this.kind = kind;
            this.indexSlot = indexSlot;
            this.keySlot = keySlot;
            this.valueSlot = valueSlot;
            this.valueRep = valueRep;
            this.stateSlot = stateSlot;
            this.needValue = needValue;
            this.assign = assign;
            this.body = body;
            this.target = target;
            this.recv = recv;
        }

        void start(VirtualFrame frame) {
            frame.setLong(indexSlot, -1);
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            if (!advance(frame)) {
                return false;
            }
            if (assign != null) {
                assign.executeVoid(frame);
            }
            try {
                body.executeVoid(frame);
            } catch (ContinueException c) {
                if (c.target != target) {
                    throw c;
                }
            }
            poll.poll(frame);
            return true;
        }

        private boolean advance(VirtualFrame frame) {
            Object st = frame.getObject(stateSlot);
            switch (kind) {
                case SLICE -> {
                    long i = frame.getLong(indexSlot) + 1;
                    int len;
                    Object store;
                    int off;
                    if (st instanceof GoSlice s) {
                        len = s.len;
                        store = s.store;
                        off = s.off;
                    } else if (st instanceof GoArray a) {
                        len = a.length();
                        store = a.store;
                        off = a.off;
                    } else if (st instanceof Long n) {
                        len = (int) (long) n; // indices only (see arrayPtrLen)
                        store = null;
                        off = 0;
                    } else {
                        return false;
                    }
                    if (i >= len) {
                        return false;
                    }
                    frame.setLong(indexSlot, i);
                    if (needValue) {
                        int p = off + (int) i;
                        switch (valueRep) {
                            case LONG -> frame.setLong(valueSlot, store instanceof byte[] b ? b[p] & 0xFF : ((long[]) store)[p]);
                            case DOUBLE -> frame.setDouble(valueSlot, ((double[]) store)[p]);
                            default -> frame.setObject(valueSlot, ((Object[]) store)[p]);
                        }
                    }
                    return true;
                }
                case STRING -> {
                    // st may be a view: decode within [off, end) of its base
                    String s = GoStrings.base(st);
                    int off = GoStrings.offset(st);
                    int end = off + GoStrings.length(st);
                    long i = frame.getLong(indexSlot);
                    int p = i < 0 ? 0 : (int) i + Utf8.width(decode(s, off + (int) i, end));
                    if (off + p >= end) {
                        return false;
                    }
                    frame.setLong(indexSlot, p);
                    long dr = decode(s, off + p, end);
                    frame.setLong(valueSlot, Utf8.rune(dr));
                    return true;
                }
                case MAP -> {
                    if (st == null) {
                        return false;
                    }
                    Object[] kv = new Object[2];
                    if (!((MapIter) st).next(kv, (Fiber) frame.getArguments()[0], this)) {
                        return false;
                    }
                    frame.setObject(valueSlot, kv[1]);
                    frame.setObject(keySlot, kv[0]);
                    return true;
                }
                case CHAN -> {
                    Object[] r = recv.recv(frame, st);
                    if (!(Boolean) r[1]) {
                        return false;
                    }
                    frame.setObject(valueSlot, r[0]);
                    return true;
                }
            }
            return false;
        }

        @TruffleBoundary
        private static long decode(String s, int i, int end) {
            return Utf8.decodeRune(s, i, end);
        }
    }

    /** The slot representation of a slice, array or string element variable: unboxed numbers, else an Object. */
    public static Rep valueRep(Type elem) {
        Rep r = Rep.of(elem);
        return r == Rep.LONG || r == Rep.DOUBLE ? r : Rep.OBJECT;
    }

    static Object elem(Object store, int i) {
        return Stores.get(store, i);
    }

    static Object copy(Object v) {
        return Values.copyAggregate(v);
    }
}
