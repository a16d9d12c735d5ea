package gotruffle.compiler;

import gotruffle.nodes.ExprNode;
import gotruffle.nodes.StmtNode;
import gotruffle.types.Type;

import java.util.List;

/** An assignable location: how to read it, write it, and take its address. */
public interface LValue {
    Type type();

    /** type() as written (byte/rune kept, see gotruffle.types.Shown), for messages and assign's target. */
    default Type shownType() {
        return type();
    }

    ExprNode read();

    /** read() as the first half of op= or ++ (Go's single mapassign: a race is reported as a write's). */
    default ExprNode readForUpdate() {
        return read();
    }

    StmtNode write(ExprNode value);

    /** &location; may be unsupported for map elements (not addressable). */
    ExprNode addr();

    /** Evaluates operands with side effects into temporaries and returns an equivalent location (for op= and ++). */
    default LValue stabilize(List<StmtNode> pre) {
        return this;
    }
}
