package gotruffle.nodes.expr;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import gotruffle.nodes.ExprNode;
import gotruffle.nodes.Fiber;
import gotruffle.nodes.RuntimePanics;
import gotruffle.nodes.StmtNode;
import gotruffle.nodes.local.Rep;
import gotruffle.values.ConcurrentMapAccess;
import gotruffle.values.GoArray;
import gotruffle.values.GoMap;
import gotruffle.values.GoPointer;
import gotruffle.values.GoRuntimeError;
import gotruffle.values.GoSlice;
import gotruffle.values.GoSubstring;
import gotruffle.values.Values;

/**
 * Indexing of slices, arrays (or pointers to arrays), strings and maps, with Go's bounds checks.
 * The element representation is static: long[] and byte[] stores are read without boxing.
 */
public final class IndexNodes {
    private IndexNodes() {}

    /** The backing store of a slice or array operand being indexed at i (a nil slice has length 0). */
    static Object storeOf(Object o, long i, Node node) {
        if (o instanceof GoSlice s) {
            return s.store;
        } else if (o instanceof GoArray a) {
            return a.store;
        }
        throw RuntimePanics.index(i, 0, node);
    }

    /** The bounds-checked store position of element i of a slice or array operand. */
    static int position(Object o, long i, Node node) {
        if (o instanceof GoSlice s) {
            return s.off + checkIndex(i, s.len, node);
        }
        GoArray a = (GoArray) o;
        return a.off + checkIndex(i, a.len, node);
    }

    static int checkIndex(long i, int len, Node node) {
        if (i < 0 || i >= len) {
            throw RuntimePanics.index(i, len, node);
        }
        return (int) i;
    }

    /**
     * Which operand shapes an access has met (slice or array, byte[] or other store): compiled
     * code keeps only those, so an access of a []int compiles to the slice's checks and one
     * array load, without the array, byte[] and error branches (about half of a compiled loop's
     * IR in fannkuch); another shape deoptimizes once and is added.
     */
    public static final class Shapes extends Node {
        static final int SLICE = 1, ARRAY = 2, BYTES = 4, OTHER = 8;
        @CompilationFinal private int seen;

        /** The bounds-checked store position of element i; o is a GoSlice or GoArray. */
        int position(Object o, long i, Node node) {
            if ((seen & SLICE) != 0 && o instanceof GoSlice s) {
                return s.off + checkIndex(i, s.len, node);
            } else if ((seen & ARRAY) != 0 && o instanceof GoArray a) {
                return a.off + checkIndex(i, a.len, node);
            }
            if (o == null) {
                throw RuntimePanics.index(i, 0, node); // nil slice: length 0
            }
            CompilerDirectives.transferToInterpreterAndInvalidate();
            if (o instanceof GoSlice s) {
                seen |= SLICE;
                return s.off + checkIndex(i, s.len, node);
            } else if (o instanceof GoArray a) {
                seen |= ARRAY;
                return a.off + checkIndex(i, a.len, node);
            }
            throw new IllegalStateException("index of " + o.getClass().getSimpleName());
        }

        /** The backing store of o, cast to the kinds met: long[] (or double[], Object[]) unless byte[]. */
        boolean isBytes(Object store) {
            if ((seen & BYTES) != 0 && store instanceof byte[]) {
                return true;
            } else if ((seen & OTHER) != 0 && !(store instanceof byte[])) {
                return false;
            }
            CompilerDirectives.transferToInterpreterAndInvalidate();
            boolean b = store instanceof byte[];
            seen |= b ? BYTES : OTHER;
            return b;
        }
    }

    static Object storeOf(Object o) {
        return o instanceof GoSlice s ? s.store : ((GoArray) o).store;
    }

    /** x[i] for slices and arrays. */
    public static final class Get extends ExprNode {
        @Child private ExprNode x;
        @Child private ExprNode index;
        @Child private Shapes shapes = new Shapes();
        private final Rep rep;

        public Get(ExprNode x, ExprNode index, Rep rep) {
            this.x = x;
            this.index = index;
            this.rep = rep;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return switch (rep) {
                case LONG -> executeLong(frame);
                case DOUBLE -> executeDouble(frame);
                default -> {
                    Object o = x.execute(frame);
                    long i = index.executeLong(frame);
                    int p = shapes.position(o, i, this);
                    yield ((Object[]) storeOf(o))[p];
                }
            };
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            Object o = x.execute(frame);
            long i = index.executeLong(frame);
            int p = shapes.position(o, i, this);
            Object store = storeOf(o);
            if (shapes.isBytes(store)) {
                return ((byte[]) store)[p] & 0xFF;
            }
            return ((long[]) store)[p];
        }

        @Override
        public double executeDouble(VirtualFrame frame) {
            Object o = x.execute(frame);
            long i = index.executeLong(frame);
            int p = shapes.position(o, i, this);
            return ((double[]) storeOf(o))[p];
        }

        @Override
        public boolean executeBoolean(VirtualFrame frame) {
            return (Boolean) execute(frame);
        }
    }

    /** x[i] = v for slices and arrays; aggregates are copied into the element in place. */
    public static final class Set extends StmtNode {
        @Child private ExprNode x;
        @Child private ExprNode index;
        @Child private ExprNode value;
        @Child private Shapes shapes = new Shapes();
        private final Rep rep;
        private final boolean aggregate;

        public Set(ExprNode x, ExprNode index, ExprNode value, Rep rep, boolean aggregate) {
            this.x = x;
            this.index = index;
            this.value = value;
            this.rep = rep;
            this.aggregate = aggregate;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object o = x.execute(frame);
            long i = index.executeLong(frame);
            int pos = shapes.position(o, i, value);
            Object store = storeOf(o);
            switch (rep) {
                case LONG -> {
                    long v = value.executeLong(frame);
                    if (shapes.isBytes(store)) {
                        ((byte[]) store)[pos] = (byte) v;
                    } else {
                        ((long[]) store)[pos] = v;
                    }
                }
                case DOUBLE -> ((double[]) store)[pos] = value.executeDouble(frame);
                default -> {
                    Object v = value.execute(frame);
                    if (aggregate) {
                        Values.assignAggregate(((Object[]) store)[pos], v);
                    } else {
                        ((Object[]) store)[pos] = v;
                    }
                }
            }
        }
    }

    /** &x[i]: the element itself when it is an aggregate, else a pointer to the slot. */
    public static final class Addr extends ExprNode {
        @Child private ExprNode x;
        @Child private ExprNode index;
        private final boolean aggregate;

        public Addr(ExprNode x, ExprNode index, boolean aggregate) {
            this.x = x;
            this.index = index;
            this.aggregate = aggregate;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object o = x.execute(frame);
            long i = index.executeLong(frame);
            Object store = storeOf(o, i, this);
            int pos = position(o, i, this);
            if (aggregate) {
                return ((Object[]) store)[pos];
            }
            return new GoPointer.ToElem(store, pos);
        }
    }

    /** s[i] on a string: a byte. */
    public static final class StringGet extends ExprNode {
        @Child private ExprNode x;
        @Child private ExprNode index;

        public StringGet(ExprNode x, ExprNode index) {
            this.x = x;
            this.index = index;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return executeLong(frame);
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            Object o = x.execute(frame);
            long i = index.executeLong(frame);
            if (o instanceof GoSubstring v) {
                return v.charAt(checkIndex(i, v.len, this));
            }
            String s = (String) o;
            return s.charAt(checkIndex(i, s.length(), this));
        }
    }

    /** m[k]: the element or the zero value; commaOk yields {value, ok}. */
    public static final class MapGet extends ExprNode {
        @Child private ExprNode m;
        @Child private ExprNode key;
        private final Object zero;
        private final boolean commaOk;
        private final boolean update;

        public MapGet(ExprNode m, ExprNode key, Object zero, boolean commaOk) {
            this(m, key, zero, commaOk, false);
        }

        /** update: the read of m[k] op= v or m[k]++, which Go does inside the write (mapassign). */
        public MapGet(ExprNode m, ExprNode key, Object zero, boolean commaOk, boolean update) {
            this.m = m;
            this.key = key;
            this.zero = zero;
            this.commaOk = commaOk;
            this.update = update;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            GoMap map = (GoMap) m.execute(frame);
            Object k = key.execute(frame);
            return lookup(map, k, (Fiber) frame.getArguments()[0]);
        }

        @TruffleBoundary
        private Object lookup(GoMap map, Object k, Fiber fiber) {
            Object v;
            try {
                v = map == null ? GoMap.ABSENT : map.lookup(k);
            } catch (GoRuntimeError e) {
                throw RuntimePanics.runtimeError(e.getMessage(), this);
            } catch (ConcurrentMapAccess e) {
                throw RuntimePanics.fatal(update ? ConcurrentMapAccess.WRITES : e.getMessage(), fiber, this);
            }
            boolean ok = v != GoMap.ABSENT;
            if (!ok) {
                v = Values.copyAggregate(zero);
            }
            return commaOk ? new Object[]{v, ok} : v;
        }
    }

    /** m[k] = v */
    public static final class MapSet extends StmtNode {
        @Child private ExprNode m;
        @Child private ExprNode key;
        @Child private ExprNode value;

        public MapSet(ExprNode m, ExprNode key, ExprNode value) {
            this.m = m;
            this.key = key;
            this.value = value;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            GoMap map = (GoMap) m.execute(frame);
            Object k = key.execute(frame);
            Object v = value.execute(frame);
            if (map == null) {
                throw RuntimePanics.nilMapWrite(this);
            }
            put(map, k, v, (Fiber) frame.getArguments()[0]);
        }

        @TruffleBoundary
        private void put(GoMap map, Object k, Object v, Fiber fiber) {
            try {
                map.put(k, v);
            } catch (GoRuntimeError e) {
                throw RuntimePanics.runtimeError(e.getMessage(), this);
            } catch (ConcurrentMapAccess e) {
                throw RuntimePanics.fatal(e.getMessage(), fiber, this);
            }
        }
    }
}
