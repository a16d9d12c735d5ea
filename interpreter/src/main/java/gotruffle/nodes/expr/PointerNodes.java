package gotruffle.nodes.expr;

import com.oracle.truffle.api.frame.VirtualFrame;
import gotruffle.nodes.ExprNode;
import gotruffle.nodes.RuntimePanics;
import gotruffle.nodes.StmtNode;
import gotruffle.nodes.local.CellNodes;
import gotruffle.values.Cell;
import gotruffle.values.GoPointer;
import gotruffle.values.GoStruct;
import gotruffle.values.Values;

/** *p loads and stores, and &x of boxed variables. Pointers to aggregates are the aggregate object itself. */
public final class PointerNodes {
    private PointerNodes() {}

    public static final class Load extends ExprNode {
        @Child private ExprNode p;
        private final boolean aggregate;

        public Load(ExprNode p, boolean aggregate) {
            this.p = p;
            this.aggregate = aggregate;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object v = p.execute(frame);
            if (v == null) {
                throw RuntimePanics.nilDeref(this);
            }
            if (aggregate) {
                return v;
            }
            try {
                return ((GoPointer) v).load();
            } catch (UnsupportedOperationException e) {
                throw RuntimePanics.plain(e.getMessage(), this); // unsafe.Pointer views the JVM cannot represent
            }
        }
    }

    public static final class Store extends StmtNode {
        @Child private ExprNode p;
        @Child private ExprNode value;
        private final boolean aggregate;

        public Store(ExprNode p, ExprNode value, boolean aggregate) {
            this.p = p;
            this.value = value;
            this.aggregate = aggregate;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object ptr = p.execute(frame);
            Object v = value.execute(frame);
            if (ptr == null) {
                throw RuntimePanics.nilDeref(this);
            }
            if (aggregate) {
                Values.assignAggregate(ptr, v);
            } else {
                try {
                    ((GoPointer) ptr).store(v);
                } catch (UnsupportedOperationException e) {
                    throw RuntimePanics.plain(e.getMessage(), this);
                }
            }
        }
    }

    /**
     * p[i] and p[lo:hi] with p a pointer to an array, and &*p: Go dereferences p first, so a nil p
     * faults (before any bounds check) instead of acting as an empty array or passing through.
     */
    public static final class NonNil extends ExprNode {
        @Child private ExprNode p;

        public NonNil(ExprNode p) {
            this.p = p;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return checkNil(p.execute(frame), this);
        }
    }

    /** &x for a boxed variable. */
    public static final class AddrOfCell extends ExprNode {
        @Child private CellNodes.CellRef ref;

        public AddrOfCell(CellNodes.CellRef ref) {
            this.ref = ref;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return new GoPointer.ToCell(ref.cell(frame));
        }
    }

    /** new(T) / &T{} of a non-aggregate: a fresh cell holding the value. */
    public static final class NewCellPointer extends ExprNode {
        @Child private ExprNode value;

        public NewCellPointer(ExprNode value) {
            this.value = value;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return new GoPointer.ToCell(new Cell(value.execute(frame)), true);
        }
    }

    /** Checks a pointer operand for nil where Go would fault (p.f on a nil *struct is caught by field access). */
    public static GoStruct nonNil(Object o, ExprNode node) {
        return (GoStruct) checkNil(o, node);
    }

    private static Object checkNil(Object o, ExprNode node) {
        if (o == null) {
            throw RuntimePanics.nilDeref(node);
        }
        return o;
    }
}
