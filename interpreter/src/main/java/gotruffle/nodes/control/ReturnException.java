package gotruffle.nodes.control;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** return: results are already stored in the function's result slots; unwinds to the function root. */
public final class ReturnException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    public static final ReturnException INSTANCE = new ReturnException();
}
