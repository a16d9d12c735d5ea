package gotruffle.nodes.call;

import com.oracle.truffle.api.frame.VirtualFrame;
import gotruffle.nodes.ExprNode;

/** The results of a multi-value call spread over several operands (f(g()), x, y = g()): one frame slot holds the result array. */
public final class TupleNodes {
    private TupleNodes() {}

    /** The first element: runs the call and stores its result array in the slot. */
    public static final class Store extends ExprNode {
        @Child private ExprNode call;
        private final int slot;

        public Store(ExprNode call, int slot) {
            this.call = call;
            this.slot = slot;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object[] r = (Object[]) call.execute(frame);
            frame.setObject(slot, r);
            return r[0];
        }
    }

    /** A later element, read from the stored array. */
    public static final class Elem extends ExprNode {
        private final int slot;
        private final int index;

        public Elem(int slot, int index) {
            this.slot = slot;
            this.index = index;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return ((Object[]) frame.getObject(slot))[index];
        }
    }
}
