package gotruffle.nodes.expr;

import com.oracle.truffle.api.frame.VirtualFrame;
import gotruffle.nodes.ExprNode;
import gotruffle.nodes.RuntimePanics;
import gotruffle.nodes.StmtNode;
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

    public static final class Get extends ExprNode {
        @Child private ExprNode x;
        private final int index;

        public Get(ExprNode x, int index) {
            this.x = x;
            this.index = index;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return struct(x.execute(frame), this).fields[index];
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            return (Long) struct(x.execute(frame), this).fields[index];
        }

        @Override
        public double executeDouble(VirtualFrame frame) {
            return (Double) struct(x.execute(frame), this).fields[index];
        }
    }

    public static final class Set extends StmtNode {
        @Child private ExprNode x;
        @Child private ExprNode value;
        private final int index;
        private final boolean aggregate;

        public Set(ExprNode x, int index, ExprNode value, boolean aggregate) {
            this.x = x;
            this.index = index;
            this.value = value;
            this.aggregate = aggregate;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            GoStruct s = struct(x.execute(frame), value);
            Object v = value.execute(frame);
            if (aggregate) {
                Values.assignAggregate(s.fields[index], v);
            } else {
                s.fields[index] = v;
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
