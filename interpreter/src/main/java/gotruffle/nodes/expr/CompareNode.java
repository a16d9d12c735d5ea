package gotruffle.nodes.expr;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import gotruffle.nodes.ExprNode;
import gotruffle.nodes.RuntimePanics;
import gotruffle.types.Type;
import gotruffle.values.GoRuntimeError;
import gotruffle.values.GoStrings;
import gotruffle.values.Values;

/** Comparison operators; the operand representation (signed/unsigned long, double, string, generic ==) is static. */
public final class CompareNode extends ExprNode {
    public enum Op { EQL, NEQ, LSS, LEQ, GTR, GEQ }

    public enum Mode { SIGNED, UNSIGNED, FLOAT, STRING, BOOL, GENERIC }

    private final Op op;
    private final Mode mode;
    private final Type type;
    @Child private ExprNode left;
    @Child private ExprNode right;

    public CompareNode(Op op, Mode mode, Type type, ExprNode left, ExprNode right) {
        this.op = op;
        this.mode = mode;
        this.type = type;
        this.left = left;
        this.right = right;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return executeBoolean(frame);
    }

    @Override
    public boolean executeBoolean(VirtualFrame frame) {
        int c;
        switch (mode) {
            case SIGNED -> c = Long.compare(left.executeLong(frame), right.executeLong(frame));
            case UNSIGNED -> c = Long.compareUnsigned(left.executeLong(frame), right.executeLong(frame));
            case FLOAT -> {
                double a = left.executeDouble(frame), b = right.executeDouble(frame);
                return switch (op) {
                    case EQL -> a == b;
                    case NEQ -> a != b;
                    case LSS -> a < b;
                    case LEQ -> a <= b;
                    case GTR -> a > b;
                    case GEQ -> a >= b;
                };
            }
            case STRING -> {
                Object a = left.execute(frame), b = right.execute(frame);
                if (op == Op.EQL || op == Op.NEQ) {
                    return GoStrings.equal(a, b) == (op == Op.EQL);
                }
                c = GoStrings.compare(a, b);
            }
            case BOOL -> c = left.executeBoolean(frame) == right.executeBoolean(frame) ? 0 : 1;
            default -> {
                boolean eq = genericEquals(left.execute(frame), right.execute(frame));
                return op == Op.EQL ? eq : !eq;
            }
        }
        return switch (op) {
            case EQL -> c == 0;
            case NEQ -> c != 0;
            case LSS -> c < 0;
            case LEQ -> c <= 0;
            case GTR -> c > 0;
            case GEQ -> c >= 0;
        };
    }

    @TruffleBoundary
    private boolean genericEquals(Object a, Object b) {
        try {
            return Values.goEquals(a, b, type);
        } catch (GoRuntimeError e) {
            throw RuntimePanics.runtimeError(e.getMessage(), this);
        }
    }
}
