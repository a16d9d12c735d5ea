package gotruffle.nodes.control;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** break [label]: target identifies the statement to leave (the innermost loop/switch/select unless labeled). */
public final class BreakException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    public final Object target;

    public BreakException(Object target) {
        this.target = target;
    }
}
