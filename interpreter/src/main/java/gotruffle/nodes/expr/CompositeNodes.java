package gotruffle.nodes.expr;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import gotruffle.nodes.ExprNode;
import gotruffle.nodes.RuntimePanics;
import gotruffle.types.Struct;
import gotruffle.types.Type;
import gotruffle.values.GoArray;
import gotruffle.values.GoMap;
import gotruffle.values.GoRuntimeError;
import gotruffle.values.GoSlice;
import gotruffle.values.GoStruct;
import gotruffle.values.Stores;
import gotruffle.values.Values;

/** Composite literals: T{...} for structs, arrays, slices and maps. Elements arrive already copied (fresh). */
public final class CompositeNodes {
    private CompositeNodes() {}

    public static final class NewStruct extends ExprNode {
        private final Struct type;
        @Children private final ExprNode[] fields; // null entries: zero value

        @CompilationFinal(dimensions = 1) private final byte[] kinds;
        @CompilationFinal(dimensions = 1) private final int[] slots;
        @CompilationFinal(dimensions = 1) private final int[] order;
        /** Blank (_) fields: their elements are evaluated, but the field keeps its zero value (Go never stores there). */
        @CompilationFinal(dimensions = 1) private final boolean[] blank;
        private final int primCount;

        /** order: the indices of the given fields in the order Go evaluates them (source order). */
        public NewStruct(Struct type, ExprNode[] fields, int[] order) {
            this.type = type;
            this.fields = fields;
            this.order = order;
            this.kinds = type.primKinds();
            this.slots = type.primSlots();
            this.primCount = type.primCount();
            this.blank = new boolean[fields.length];
            for (int i = 0; i < fields.length; i++) {
                blank[i] = type.fields.get(i).name().equals("_");
            }
        }

        @Override
        @ExplodeLoop
        public Object execute(VirtualFrame frame) {
            // Numeric fields go straight into the unboxed part (see GoStruct).
            Object[] refs = new Object[fields.length];
            long[] prims = new long[primCount];
            for (int j = 0; j < order.length; j++) {
                int i = order[j];
                if (kinds[i] == Struct.LONG) {
                    long x = fields[i].executeLong(frame);
                    prims[slots[i]] = blank[i] ? 0 : x;
                } else if (kinds[i] == Struct.DOUBLE) {
                    double x = fields[i].executeDouble(frame);
                    prims[slots[i]] = blank[i] ? 0 : Double.doubleToRawLongBits(x);
                } else {
                    Object x = fields[i].execute(frame);
                    refs[i] = blank[i] ? zero(i) : x;
                }
            }
            for (int i = 0; i < fields.length; i++) {
                if (fields[i] == null && kinds[i] == Struct.REF) {
                    refs[i] = zero(i);
                }
            }
            return GoStruct.ofParts(type, refs, prims);
        }

        @TruffleBoundary
        private Object zero(int i) {
            return Values.zero(type.fields.get(i).type());
        }
    }

    /** Array or slice literal: positions are the (constant) indices of the elements. */
    public static final class NewSeq extends ExprNode {
        private final Type elem;
        private final int length;
        private final boolean slice;
        @Children private final ExprNode[] elems;
        @CompilationFinal(dimensions = 1) private final int[] positions;

        public NewSeq(Type elem, int length, boolean slice, ExprNode[] elems, int[] positions) {
            this.elem = elem;
            this.length = length;
            this.slice = slice;
            this.elems = elems;
            this.positions = positions;
        }

        @Override
        @ExplodeLoop
        public Object execute(VirtualFrame frame) {
            Object store = newStore();
            for (int i = 0; i < elems.length; i++) {
                Object v = elems[i].execute(frame);
                Stores.set(store, positions[i], v);
            }
            return slice ? new GoSlice(store, 0, length, length) : new GoArray(store, elem);
        }

        @TruffleBoundary
        private Object newStore() {
            return Values.newStore(elem, length);
        }
    }

    public static final class NewMap extends ExprNode {
        private final Type keyType;
        @Children private final ExprNode[] keys;
        @Children private final ExprNode[] values;

        public NewMap(Type keyType, ExprNode[] keys, ExprNode[] values) {
            this.keyType = keyType;
            this.keys = keys;
            this.values = values;
        }

        @Override
        @ExplodeLoop
        public Object execute(VirtualFrame frame) {
            GoMap m = newMap();
            for (int i = 0; i < keys.length; i++) {
                put(m, keys[i].execute(frame), values[i].execute(frame));
            }
            return m;
        }

        @TruffleBoundary
        private GoMap newMap() {
            return new GoMap(keyType, keys.length);
        }

        @TruffleBoundary
        private void put(GoMap m, Object k, Object v) {
            try {
                m.put(k, v);
            } catch (GoRuntimeError e) {
                throw RuntimePanics.runtimeError(e.getMessage(), this);
            }
        }
    }
}
