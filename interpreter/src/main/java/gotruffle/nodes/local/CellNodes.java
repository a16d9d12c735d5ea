package gotruffle.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;
import gotruffle.nodes.ExprNode;
import gotruffle.nodes.StmtNode;
import gotruffle.values.Cell;
import gotruffle.values.GlobalVar;
import gotruffle.values.GoPointer;

/** Variables that live outside the frame: boxed locals, captured variables of closures, package-level variables. */
public final class CellNodes {
    private CellNodes() {}

    /** The Cell of a boxed local (frame slot) or of a captured variable (closure env index). */
    public static final class CellRef extends ExprNode {
        private final int index;
        private final boolean captured;

        public CellRef(int index, boolean captured) {
            this.index = index;
            this.captured = captured;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return cell(frame);
        }

        public Cell cell(VirtualFrame frame) {
            if (captured) {
                return (Cell) ((Object[]) frame.getArguments()[1])[index];
            }
            return (Cell) frame.getObject(index);
        }
    }

    public static final class ReadCell extends ExprNode {
        @Child private CellRef ref;

        public ReadCell(CellRef ref) {
            this.ref = ref;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return ref.cell(frame).value;
        }
    }

    public static final class WriteCell extends StmtNode {
        @Child private CellRef ref;
        @Child private ExprNode value;

        public WriteCell(CellRef ref, ExprNode value) {
            this.ref = ref;
            this.value = value;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            ref.cell(frame).value = value.execute(frame);
        }
    }

    /** Declares a boxed local: a fresh Cell per execution of the declaration (each loop iteration's closure sees its own). */
    public static final class NewCell extends StmtNode {
        private final int slot;
        @Child private ExprNode value;

        public NewCell(int slot, ExprNode value) {
            this.slot = slot;
            this.value = value;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            frame.setObject(slot, new Cell(value.execute(frame)));
        }
    }

    public static final class ReadGlobal extends ExprNode {
        private final GlobalVar global;

        public ReadGlobal(GlobalVar global) {
            this.global = global;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return global.value;
        }
    }

    /** &v of a package-level variable: a new pointer object each time, equal to the others. */
    public static final class AddrGlobal extends ExprNode {
        private final GlobalVar global;

        public AddrGlobal(GlobalVar global) {
            this.global = global;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return new GoPointer.ToGlobal(global);
        }
    }

    public static final class WriteGlobal extends StmtNode {
        private final GlobalVar global;
        @Child private ExprNode value;

        public WriteGlobal(GlobalVar global, ExprNode value) {
            this.global = global;
            this.value = value;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            global.value = value.execute(frame);
        }
    }
}
