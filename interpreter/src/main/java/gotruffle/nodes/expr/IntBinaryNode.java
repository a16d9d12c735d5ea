package gotruffle.nodes.expr;

import com.oracle.truffle.api.frame.VirtualFrame;
import gotruffle.nodes.ExprNode;
import gotruffle.nodes.RuntimePanics;
import gotruffle.types.Kind;

/**
 * Integer arithmetic for one static kind. op and kind are final, so partial evaluation folds the
 * switches to the one instruction sequence needed (e.g. an int32 add is an add plus a sign
 * extension). Unsigned kinds use Java's unsigned division/remainder helpers.
 */
public final class IntBinaryNode extends ExprNode {
    public enum Op { ADD, SUB, MUL, DIV, REM, AND, OR, XOR, ANDNOT, SHL, SHR }

    private final Op op;
    private final Kind kind;
    private final boolean unsigned;
    /** For shifts: the count operand is unsigned (negative counts only possible with signed counts). */
    private final boolean countSigned;
    @Child private ExprNode left;
    @Child private ExprNode right;

    public IntBinaryNode(Op op, Kind kind, ExprNode left, ExprNode right, boolean countSigned) {
        this.op = op;
        this.kind = kind;
        this.unsigned = kind.isUnsigned();
        this.countSigned = countSigned;
        this.left = left;
        this.right = right;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return executeLong(frame);
    }

    @Override
    public long executeLong(VirtualFrame frame) {
        long a = left.executeLong(frame);
        long b = right.executeLong(frame);
        return compute(a, b);
    }

    public long compute(long a, long b) {
        long r;
        switch (op) {
            case ADD -> r = a + b;
            case SUB -> r = a - b;
            case MUL -> r = a * b;
            case DIV -> {
                if (b == 0) {
                    throw RuntimePanics.divideByZero(this);
                }
                r = unsigned ? Long.divideUnsigned(a, b) : a / b;
            }
            case REM -> {
                if (b == 0) {
                    throw RuntimePanics.divideByZero(this);
                }
                r = unsigned ? Long.remainderUnsigned(a, b) : a % b;
            }
            case AND -> r = a & b;
            case OR -> r = a | b;
            case XOR -> r = a ^ b;
            case ANDNOT -> r = a & ~b;
            case SHL -> {
                checkCount(b);
                r = (b >= 64 || b < 0) ? 0 : a << b;
            }
            case SHR -> {
                checkCount(b);
                if (unsigned) {
                    r = (b >= 64 || b < 0) ? 0 : a >>> b;
                } else {
                    r = (b >= 64 || b < 0) ? (a < 0 ? -1 : 0) : a >> b;
                }
            }
            default -> throw new IllegalStateException();
        }
        return IntNorm.norm(kind, r);
    }

    private void checkCount(long b) {
        if (countSigned && b < 0) {
            throw RuntimePanics.negativeShift(this);
        }
    }
}
