package gotruffle.parser;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;

import gotruffle.grammar.GoLexer;
import gotruffle.grammar.GoParser;

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
    /** An error Go reports at the same position before this one (a bad receiver list), or null. */
    String before;
    /** An error Go reports at the same position after this one (go/defer without an operand), or null. */
    String after;

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
        offending = e.getOffendingToken() != null ? e.getOffendingToken() : recognizer.getCurrentToken();
        ctx = e.getCtx() instanceof ParserRuleContext c ? c : recognizer.getContext();
        message = m;
        before = receiverError(ctx, m.text());
        if (before != null) {
            errors.soft(at.getLine(), at.getCharPositionInLine() + 1, before);
        }
        errors.add(at.getLine(), at.getCharPositionInLine() + 1, m.text());
        after = missingCall(recognizer, offending, m.text());
        if (after != null) {
            errors.soft(at.getLine(), at.getCharPositionInLine() + 1, after);
        }
    }

    /** go/defer followed by no expression: Go's callStmt then finds its bad operand is no call either. */
    private static String missingCall(Parser recognizer, Token t, String msg) {
        if (!msg.endsWith(", expecting expression")) {
            return null;
        }
        for (int i = t.getTokenIndex() - 1; i >= 0; i--) {
            Token p = recognizer.getInputStream().get(i);
            if (p.getChannel() == Token.DEFAULT_CHANNEL) {
                return p.getType() == GoLexer.GO || p.getType() == GoLexer.DEFER
                        ? "expression in " + p.getText() + " must be function call" : null;
            }
        }
        return null;
    }

    /**
     * Go's funcDeclOrNil checks the receiver list before it wants the name: `func () {` or
     * `func (a, b T) {` at top level also gets "method has no receiver" / "multiple receivers".
     */
    private static String receiverError(ParserRuleContext ctx, String msg) {
        if (!(ctx instanceof GoParser.MethodDeclContext md) || !msg.endsWith(", expecting name or (")
                || md.parameters() == null || md.parameters().R_PAREN() == null) {
            return null;
        }
        int n = 0;
        for (GoParser.ParameterDeclContext d : md.parameters().parameterDecl()) {
            n += d.identifierList() == null ? 1 : Math.max(1, d.identifierList().IDENTIFIER().size());
        }
        return n == 0 ? "method has no receiver" : n > 1 ? "method has multiple receivers" : null;
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
