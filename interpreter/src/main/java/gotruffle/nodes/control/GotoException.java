package gotruffle.nodes.control;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** goto L: unwinds to the statement list that contains label L, which continues there. */
public final class GotoException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    public final Object target;

    public GotoException(Object target) {
        this.target = target;
    }
}
