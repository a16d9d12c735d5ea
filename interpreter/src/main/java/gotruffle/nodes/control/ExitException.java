package gotruffle.nodes.control;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** os.Exit(code) (or a fatal panic already reported): ends the program without running deferred calls. */
public final class ExitException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    public final int code;

    public ExitException(int code) {
        this.code = code;
    }
}
