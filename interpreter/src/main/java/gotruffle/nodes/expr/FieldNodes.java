package gotruffle.nodes.expr;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import gotruffle.nodes.ExprNode;
import gotruffle.nodes.RuntimePanics;
import gotruffle.nodes.StmtNode;
import gotruffle.types.Struct;
import gotruffle.values.GoPointer;
import gotruffle.values.GoStruct;
import gotruffle.values.Values;

/** Struct field access. The operand is a struct value or a pointer to one (the same GoStruct object; null for nil). */
public final class FieldNodes {
    private FieldNodes() {}

    static GoStruct struct(Object o, ExprNode node) {
        if (o == null) {
            throw RuntimePanics.nilDeref(node);
        }
        return (GoStruct) o;
    }

    /**
     * Where field {@code index} lives (GoStruct.refs or, unboxed, GoStruct.prims), learned from the
     * first struct seen: every struct reaching a field node has the same static type, so the same layout.
     */
    abstract static class Access extends ExprNode {
        protected final int index;
        @CompilationFinal protected byte kind = -1;
        @CompilationFinal protected int slot;

        Access(int index) {
            this.index = index;
        }

        protected final GoStruct learn(GoStruct s) {
            if (kind < 0) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                slot = s.type.primSlots()[index];
                kind = s.type.primKinds()[index];
            }
            return s;
        }

        protected final Object load(GoStruct s) {
            return switch (kind) {
                case Struct.LONG -> s.prims[slot];
                case Struct.DOUBLE -> Double.longBitsToDouble(s.prims[slot]);
                default -> s.refs[index];
            };
        }
    }

    public static final class Get extends Access {
        @Child private ExprNode x;

        public Get(ExprNode x, int index) {
            super(index);
            this.x = x;
        }

        private GoStruct target(VirtualFrame frame) {
            return learn(struct(x.execute(frame), this));
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return load(target(frame));
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            GoStruct s = target(frame);
            return kind == Struct.LONG ? s.prims[slot] : (Long) s.refs[index];
        }

        @Override
        public double executeDouble(VirtualFrame frame) {
            GoStruct s = target(frame);
            return kind == Struct.DOUBLE ? Double.longBitsToDouble(s.prims[slot]) : (Double) s.refs[index];
        }
    }

    public static final class Set extends StmtNode {
        @Child private ExprNode x;
        @Child private ExprNode value;
        private final int index;
        private final boolean aggregate;
        @CompilationFinal private byte kind = -1;
        @CompilationFinal private int slot;

        public Set(ExprNode x, int index, ExprNode value, boolean aggregate) {
            this.x = x;
            this.index = index;
            this.value = value;
            this.aggregate = aggregate;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            GoStruct s = struct(x.execute(frame), value);
            if (kind < 0) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                slot = s.type.primSlots()[index];
                kind = s.type.primKinds()[index];
            }
            if (kind == Struct.LONG) {
                s.prims[slot] = value.executeLong(frame);
            } else if (kind == Struct.DOUBLE) {
                s.prims[slot] = Double.doubleToRawLongBits(value.executeDouble(frame));
            } else if (aggregate) {
                Values.assignAggregate(s.refs[index], value.execute(frame));
            } else {
                s.refs[index] = value.execute(frame);
            }
        }
    }

    /** &s.f for a non-aggregate field. */
    public static final class Addr extends ExprNode {
        @Child private ExprNode x;
        private final int index;

        public Addr(ExprNode x, int index) {
            this.x = x;
            this.index = index;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return new GoPointer.ToField(struct(x.execute(frame), this), index);
        }
    }
}
