package gotruffle.parser;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;

/**
 * Reports the first syntax error in Go's wording and stops parsing (no ANTLR recovery, whose
 * follow-up errors would not match Go's).
 */
final class GoErrorStrategy extends DefaultErrorStrategy {
    /** Unwinds the parser after the first error. */
    static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    private final SyntaxErrors errors;
    /** The reported error (for {@link SyntaxRecovery}): the parser's token and rule there, and the message. */
    Token offending;
    ParserRuleContext ctx;
    SyntaxMessages.Message message;

    GoErrorStrategy(SyntaxErrors errors) {
        this.errors = errors;
    }

    @Override
    public void reportError(Parser recognizer, RecognitionException e) {
        SyntaxMessages.Message m;
        try {
            m = SyntaxMessages.of(recognizer, e);
        } catch (RuntimeException bug) {
            // Never let a flaw in the wording heuristics hide the error itself.
            Token t = e.getOffendingToken() != null ? e.getOffendingToken() : recognizer.getCurrentToken();
            m = new SyntaxMessages.Message(t, "syntax error: unexpected " + SyntaxMessages.describe(t));
        }
        Token at = m.at();
        errors.add(at.getLine(), at.getCharPositionInLine() + 1, m.text());
        offending = e.getOffendingToken() != null ? e.getOffendingToken() : recognizer.getCurrentToken();
        ctx = e.getCtx() instanceof ParserRuleContext c ? c : recognizer.getContext();
        message = m;
    }

    @Override
    public void recover(Parser recognizer, RecognitionException e) {
        throw new Stop();
    }

    @Override
    public Token recoverInline(Parser recognizer) {
        reportError(recognizer, new InputMismatchException(recognizer));
        throw new Stop();
    }

    @Override
    public void sync(Parser recognizer) {
        // errors are reported where matching fails
    }
}
