package gotruffle.nodes.call;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;
import gotruffle.nodes.ExprNode;

/**
 * Evaluates call arguments into a frame-argument array {fiber, env, args...}. When a single
 * argument is a multi-value call (f(g())), spread tells to splice its results.
 */
public final class ArgsNode extends Node {
    @Children private final ExprNode[] args;
    private final boolean spread;
    private final int spreadCount;

    public ArgsNode(ExprNode[] args, boolean spread, int spreadCount) {
        this.args = args;
        this.spread = spread;
        this.spreadCount = spreadCount;
    }

    /** The argument expressions, or null when they come spread from one multi-value call. */
    public ExprNode[] plainArgs() {
        return spread ? null : args;
    }

    @ExplodeLoop
    public Object[] build(VirtualFrame frame, Object env) {
        Object fiber = frame.getArguments()[0];
        if (spread) {
            Object[] multi = (Object[]) args[0].execute(frame);
            Object[] a = new Object[spreadCount + 2];
            a[0] = fiber;
            a[1] = env;
            System.arraycopy(multi, 0, a, 2, spreadCount);
            return a;
        }
        Object[] a = new Object[args.length + 2];
        a[0] = fiber;
        a[1] = env;
        for (int i = 0; i < args.length; i++) {
            a[i + 2] = args[i].execute(frame);
        }
        return a;
    }

    /** {fiber, null, receiver, args...}: a method call's frame arguments. */
    @ExplodeLoop
    public Object[] buildWithReceiver(VirtualFrame frame, Object recv) {
        Object fiber = frame.getArguments()[0];
        if (spread) {
            Object[] multi = (Object[]) args[0].execute(frame);
            Object[] a = new Object[spreadCount + 3];
            a[0] = fiber;
            a[2] = recv;
            System.arraycopy(multi, 0, a, 3, spreadCount);
            return a;
        }
        Object[] a = new Object[args.length + 3];
        a[0] = fiber;
        a[2] = recv;
        for (int i = 0; i < args.length; i++) {
            a[i + 3] = args[i].execute(frame);
        }
        return a;
    }

    /** Evaluates just the arguments (for go/defer, which call later). */
    @ExplodeLoop
    public Object[] values(VirtualFrame frame) {
        if (spread) {
            Object[] multi = (Object[]) args[0].execute(frame);
            Object[] a = new Object[spreadCount];
            System.arraycopy(multi, 0, a, 0, spreadCount);
            return a;
        }
        Object[] a = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            a[i] = args[i].execute(frame);
        }
        return a;
    }
}
