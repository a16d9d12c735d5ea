package gotruffle.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;
import gotruffle.nodes.ExprNode;
import gotruffle.nodes.StmtNode;
import gotruffle.values.Values;

/** x = v for struct/array variables: copy into the variable's own object, so pointers to it stay valid. */
public final class AggregateNodes {
    private AggregateNodes() {}

    public static final class AssignInPlace extends StmtNode {
        @Child private ExprNode target;
        @Child private ExprNode value;

        public AssignInPlace(ExprNode target, ExprNode value) {
            this.target = target;
            this.value = value;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object v = value.execute(frame);
            Values.assignAggregate(target.execute(frame), v);
        }
    }
}
