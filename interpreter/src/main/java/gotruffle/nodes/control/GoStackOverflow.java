package gotruffle.nodes.control;

import com.oracle.truffle.api.nodes.ControlFlowException;

/**
 * The goroutine's stack is exhausted (Go: "goroutine stack exceeds 1000000000-byte limit").
 * A Java StackOverflowError is turned into this at the first Go function that sees it: as a
 * control-flow exception it unwinds without Truffle collecting a stack trace per frame.
 */
public final class GoStackOverflow extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    public static final GoStackOverflow INSTANCE = new GoStackOverflow();
}
