package gotruffle.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.FrameInstance;
import com.oracle.truffle.api.frame.FrameInstanceVisitor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import gotruffle.GoContext;
import gotruffle.nodes.ExprNode;
import gotruffle.nodes.Fiber;
import gotruffle.nodes.GoPanic;
import gotruffle.nodes.OutOfMemory;
import gotruffle.nodes.RuntimePanics;
import gotruffle.nodes.RuntimePrint;
import gotruffle.nodes.call.FuncRootNode;
import gotruffle.types.Type;
import gotruffle.values.Cell;
import gotruffle.values.ConcurrentMapAccess;
import gotruffle.values.GoMap;
import gotruffle.values.GoPointer;
import gotruffle.values.GoRuntimeError;
import gotruffle.values.GoSlice;
import gotruffle.values.Iface;
import gotruffle.values.SizeClasses;
import gotruffle.values.Stores;
import gotruffle.values.Values;

/** make, new, delete, copy, panic, recover, print/println. */
public final class MiscBuiltins {
    private MiscBuiltins() {}

    /**
     * make([]T, len, cap) with Go's makeslice rules: a length that is negative or whose size
     * passes maxAlloc is "len out of range", then a cap below the length or whose size passes
     * maxAlloc is "cap out of range" (recoverable panics); a size within maxAlloc that cannot
     * be allocated (here: more elements than a Java array holds, or no heap left) is Go's fatal
     * "runtime: out of memory".
     */
    public static final class MakeSlice extends ExprNode {
        /** The most elements a Java array holds. */
        private static final long MAX_ELEMS = Values.MAX_STORE_ELEMS;

        private final Type elem;
        private final long elemSize;
        @Child private ExprNode len;
        @Child private ExprNode cap;

        public MakeSlice(Type elem, ExprNode len, ExprNode cap) {
            this.elem = elem;
            this.elemSize = SizeClasses.sizeof(elem);
            this.len = len;
            this.cap = cap;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            long l = len.executeLong(frame);
            long c = cap == null ? l : cap.executeLong(frame);
            if (l < 0 || l > c || c > MAX_ELEMS) {
                checkMakeslice(l, c, (Fiber) frame.getArguments()[0]);
            }
            return make((int) l, (int) c, (Fiber) frame.getArguments()[0]);
        }

        /** The slow path: Go's panics, or its fatal error for a size it would try to allocate. */
        @TruffleBoundary
        private void checkMakeslice(long l, long c, Fiber fiber) {
            if (l < 0 || tooBig(l)) {
                throw RuntimePanics.runtimeError("makeslice: len out of range", this);
            }
            if (c < l || tooBig(c)) {
                throw RuntimePanics.runtimeError("makeslice: cap out of range", this);
            }
            if (elemSize == 0) {
                // Go allocates nothing for zero-size elements, but a slice here holds at most
                // MAX_ELEMS of them: a (recoverable) range panic, as before, not a fatal error
                throw RuntimePanics.runtimeError(l > MAX_ELEMS ? "makeslice: len out of range" : "makeslice: cap out of range", this);
            }
            throw OutOfMemory.fatal(this, fiber);
        }

        private boolean tooBig(long n) {
            return elemSize != 0 && n > OutOfMemory.MAX_ALLOC / elemSize;
        }

        @TruffleBoundary
        private GoSlice make(int l, int c, Fiber fiber) {
            try {
                return new GoSlice(Values.newStore(elem, c), 0, l, c);
            } catch (OutOfMemoryError e) {
                throw OutOfMemory.fatal(this, fiber);
            }
        }
    }

    /**
     * make(map[K]V, hint) with Go's makemap rules: a hint that is negative or whose buckets would
     * pass maxAlloc counts as 0 (no panic); otherwise Go allocates the buckets for it at once, and
     * when they cannot fit that is its fatal "runtime: out of memory". Our maps grow on demand,
     * so only the first 2^20 entries of a hint are preallocated.
     */
    public static final class MakeMap extends ExprNode {
        private static final int MAX_PREALLOC = 1 << 20;
        private final Type key;
        /** Go's bucket size for this map type on amd64 (8 entries, their tophash bytes and the overflow pointer). */
        private final long bucketBytes;
        @Child private ExprNode hint;

        public MakeMap(Type key, Type elem, ExprNode hint) {
            this.key = key;
            this.bucketBytes = 8 + 8 * slotBytes(key) + 8 * slotBytes(elem) + 8;
            this.hint = hint;
        }

        /** Keys and values over 128 bytes are stored indirectly in Go's buckets. */
        private static long slotBytes(Type t) {
            long size = SizeClasses.sizeof(t);
            return size > 128 ? 8 : size;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            long h = hint == null ? 0 : hint.executeLong(frame);
            if (h < 0 || h > MAX_PREALLOC) {
                checkMakemap(h, (Fiber) frame.getArguments()[0]);
                h = h < 0 ? 0 : MAX_PREALLOC;
            }
            return make((int) h);
        }

        @TruffleBoundary
        private void checkMakemap(long h, Fiber fiber) {
            if (h < 0 || h > OutOfMemory.MAX_ALLOC / bucketBytes) {
                return; // Go: hint = 0
            }
            // Go's B: the fewest buckets that hold h entries at a load factor of 6.5
            long buckets = 1;
            while (h > 8 && h > buckets * 13 / 2) {
                buckets <<= 1;
            }
            if (OutOfMemory.exceedsHeap(buckets * bucketBytes)) {
                throw OutOfMemory.fatal(this, fiber);
            }
        }

        @TruffleBoundary
        private GoMap make(int h) {
            return new GoMap(key, h);
        }
    }

    /** new(T): a pointer to a fresh zero value (an aggregate itself, or a Cell for others). */
    public static final class New extends ExprNode {
        private final Type elem;

        public New(Type elem) {
            this.elem = elem;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return make();
        }

        @TruffleBoundary
        private Object make() {
            Object z = Values.zero(elem);
            if (elem.isAggregate()) {
                return z;
            }
            return new GoPointer.ToCell(new Cell(z), true);
        }
    }

    public static final class Delete extends ExprNode {
        @Child private ExprNode map;
        @Child private ExprNode key;

        public Delete(ExprNode map, ExprNode key) {
            this.map = map;
            this.key = key;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            GoMap m = (GoMap) map.execute(frame);
            Object k = key.execute(frame);
            if (m != null) {
                remove(m, k, (Fiber) frame.getArguments()[0]);
            }
            return null;
        }

        @TruffleBoundary
        private void remove(GoMap m, Object k, Fiber fiber) {
            try {
                m.remove(k);
            } catch (GoRuntimeError e) {
                throw RuntimePanics.runtimeError(e.getMessage(), this); // hash of unhashable type
            } catch (ConcurrentMapAccess e) {
                throw RuntimePanics.fatal(e.getMessage(), fiber, this);
            }
        }
    }

    /** copy(dst, src): min(len) elements, overlap-safe; src may be a string for []byte. */
    public static final class Copy extends ExprNode {
        @Child private ExprNode dst;
        @Child private ExprNode src;
        private final boolean aggregate;

        public Copy(ExprNode dst, ExprNode src, boolean aggregate) {
            this.dst = dst;
            this.src = src;
            this.aggregate = aggregate;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return executeLong(frame);
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            GoSlice d = (GoSlice) dst.execute(frame);
            Object s = src.execute(frame);
            return copy(d, s, aggregate);
        }

        /** copy(d, s) over evaluated operands (also run by a deferred copy). */
        @TruffleBoundary
        public static long copy(GoSlice d, Object s, boolean aggregate) {
            if (d == null) {
                return 0;
            }
            if (s instanceof String str) {
                int n = Math.min(d.len, str.length());
                Stores.putString(str, 0, n, (byte[]) d.store, d.off);
                return n;
            }
            GoSlice sl = (GoSlice) s;
            if (sl == null) {
                return 0;
            }
            int n = Math.min(d.len, sl.len);
            if (aggregate) {
                Object[] tmp = new Object[n];
                for (int i = 0; i < n; i++) {
                    tmp[i] = Values.copyAggregate(((Object[]) sl.store)[sl.off + i]);
                }
                for (int i = 0; i < n; i++) {
                    Values.assignAggregate(((Object[]) d.store)[d.off + i], tmp[i]);
                }
            } else {
                System.arraycopy(sl.store, sl.off, d.store, d.off, n);
            }
            return n;
        }
    }

    /** panic(v): v is already an interface value. */
    public static final class Panic extends ExprNode {
        @Child private ExprNode value;

        public Panic(ExprNode value) {
            this.value = value;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            throw new GoPanic(value.execute(frame), this);
        }
    }

    /** recover(): stops the current panic when called directly by a deferred function. */
    public static final class Recover extends ExprNode {
        @Override
        public Object execute(VirtualFrame frame) {
            return recover((Fiber) frame.getArguments()[0], getRootNode().getCallTarget());
        }

        /**
         * recover() called by the function whose call target is me: it stops the panic in
         * progress only when me is the deferred call that panic is running (Go's rule: recover
         * must be called directly by a deferred function).
         */
        public static Object recover(Fiber f, RootCallTarget me) {
            GoPanic p = f.panicking;
            if (p == null || p.recovered || p.goexit || f.deferCallee != me || !calledByDefers()) {
                return null;
            }
            p.recovered = true;
            return p.value;
        }

        /**
         * The running Go function was called by the deferred-call machinery, not by Go code (a
         * recursive call of the deferred function has the same call target): the first Go frame
         * above it reached it without a call node.
         */
        @TruffleBoundary
        private static boolean calledByDefers() {
            Boolean r = Truffle.getRuntime().iterateFrames(new FrameInstanceVisitor<Boolean>() {
                private boolean first = true;

                @Override
                public Boolean visitFrame(FrameInstance fi) {
                    if (first) {
                        first = false;
                        return null;
                    }
                    if (fi.getCallTarget() instanceof RootCallTarget rct && rct.getRootNode() instanceof FuncRootNode) {
                        return fi.getCallNode() == null;
                    }
                    return null;
                }
            });
            return r == null || r;
        }
    }

    /** print/println: Go's runtime printing to stderr (floats as +1.500000e+000, no fmt). */
    public static final class Print extends ExprNode {
        @Children private final ExprNode[] args;
        private final Type[] types;
        private final boolean ln;

        public Print(ExprNode[] args, Type[] types, boolean ln) {
            this.args = args;
            this.types = types;
            this.ln = ln;
        }

        @Override
        @ExplodeLoop
        public Object execute(VirtualFrame frame) {
            Object[] vals = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                vals[i] = args[i].execute(frame);
            }
            GoContext.get(this).writeErr(format(vals));
            return null;
        }

        @TruffleBoundary
        private String format(Object[] vals) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < vals.length; i++) {
                if (ln && i > 0) {
                    sb.append(' ');
                }
                sb.append(RuntimePrint.format(vals[i], types[i]));
            }
            if (ln) {
                sb.append('\n');
            }
            return sb.toString();
        }
    }

    static Iface box(Type t, Object v) {
        return new Iface(t, v);
    }
}
