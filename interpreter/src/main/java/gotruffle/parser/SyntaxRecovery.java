package gotruffle.parser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

import gotruffle.grammar.GoLexer;
import gotruffle.grammar.GoParser;
import gotruffle.grammar.GoParser.*;

/**
 * Finds the syntax errors after the first one, as Go's parser does (several per file: one per
 * line, at most 10). Go's recursive-descent parser recovers by skipping tokens ({@code advance})
 * to a point that depends on the production that failed; this class imitates the common cases and
 * parses again with ANTLR an input that puts the parser in the state Go's parser is in after its
 * recovery: the tokens that parsed fine before the error, possibly a token Go's parser acts as if
 * it had seen (a list's closing token, a statement's semicolon), then the tokens from the point
 * where Go's parser resumes.
 *
 * <ul>
 * <li>"... at end of statement": skip to {@code ;}, {@code }}, case, default or a statement
 * keyword (Go's stopset), then the statement list continues;
 * <li>"... in argument list / composite literal / parameter list / ...; possibly missing X or Y":
 * skip to {@code )}, {@code ]}, {@code }} (or, inside a function, a statement keyword); the list
 * ends there (consuming its own closing token) and its enclosing production continues;
 * <li>"non-declaration statement outside function body" / "after top level declaration": skip to
 * the next import/const/type/var/func;
 * <li>a bad type (type_, typeDecl), a missing name (name()) or a statement list without `=`
 * (simpleStmt): Go's advance for that production, then a placeholder stands for what is missing;
 * <li>EOF: no further syntax error (syntaxErrorAt drops them), but Go's parser still closes every
 * open block and list and reports its other checks (`go f` without a call): the closers are put in
 * until the file parses and those checks run;
 * <li>any other error inside a function body: the rest of that function is skipped when the braces
 * of the file all match (Go's recovery there varies: missing a follow-on error is better than
 * inventing one).
 * </ul>
 * Otherwise, and when an error would be reported at an inserted token, no further error is reported.
 */
final class SyntaxRecovery {
    private static final int MAX = 10;
    private static final int SYNTHETIC = -1;

    private final List<Token> toks; // the file's tokens (all channels), index = token index
    private final SyntaxErrors errors;
    /** The input of the current parse: the original token index of each of its tokens, or SYNTHETIC. */
    private List<Integer> input;
    /** Types of the synthetic tokens of the current input, by position. */
    private final Map<Integer, Integer> synthetic = new HashMap<>();

    private SyntaxRecovery(List<Token> toks, SyntaxErrors errors) {
        this.toks = toks;
        this.errors = errors;
        input = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            input.add(i);
        }
    }

    /** Called after the first error, reported by {@code first}, in the full parse of the file. */
    static void continueAfter(List<Token> toks, GoErrorStrategy first, SyntaxErrors errors) {
        try {
            new SyntaxRecovery(toks, errors).run(first);
        } catch (RuntimeException | StackOverflowError e) {
            // best effort: the errors found so far stand
        }
    }

    private record Next(List<Integer> input, Map<Integer, Integer> synthetic) {
    }

    private void run(GoErrorStrategy err) {
        for (int n = 1; n < MAX && err != null; n++) {
            if (err.offending.getType() == Token.EOF) {
                closeAtEof(err);
                return;
            }
            Next next = resume(err);
            if (next == null) {
                return;
            }
            err = parse(next);
            if (err == null) {
                astErrors();
                return;
            }
            if (err.offending.getType() == Token.EOF) {
                continue; // syntaxErrorAt: no follow-up syntax error at EOF ("avoid meaningless follow-up errors")
            }
            Token at = err.message.at();
            if (at.getType() == Token.EOF && at.getTokenIndex() >= input.size() || input.get(at.getTokenIndex()) == SYNTHETIC
                    || input.get(err.offending.getTokenIndex()) == SYNTHETIC) {
                return; // would be reported at a token Go's parser does not see
            }
            if (err.before != null) {
                errors.soft(at.getLine(), at.getCharPositionInLine() + 1, err.before);
            }
            errors.add(at.getLine(), at.getCharPositionInLine() + 1, err.message.text());
            if (err.after != null) {
                errors.soft(at.getLine(), at.getCharPositionInLine() + 1, err.after);
            }
        }
    }

    /**
     * At EOF every list and block of Go's parser ends (its loops stop at EOF, want's error is
     * dropped there) and the checks made on the way still report (`go f` without a call). Here: the
     * closing tokens the grammar asks for are put before EOF until the file parses, then those checks.
     */
    private void closeAtEof(GoErrorStrategy err) {
        if (close(err)) {
            astErrors();
        }
    }

    /**
     * The file parsed with the closing tokens its first error, at EOF, asks for (see
     * {@link #closeAtEof}), its malformed literals still marked in errors; or null.
     */
    static GoParserFacade.Parsed closedAtEof(List<Token> toks, GoErrorStrategy first, SyntaxErrors errors) {
        SyntaxRecovery r = new SyntaxRecovery(toks, new SyntaxErrors(""));
        try {
            if (!r.close(first)) {
                return null;
            }
        } catch (RuntimeException | StackOverflowError e) {
            return null;
        }
        for (int i = 0; i < r.input.size(); i++) {
            int o = r.input.get(i);
            if (o != SYNTHETIC && errors.isBad(toks.get(o))) {
                errors.badToken(r.lastTokens.get(i));
            }
        }
        return new GoParserFacade.Parsed(r.lastTree, r.lastTokens);
    }

    /** Puts closers before EOF until the file parses: whether it does. */
    private boolean close(GoErrorStrategy err) {
        for (int n = 0; n < 100 && err != null; n++) {
            int ts = err.offending.getTokenIndex();
            String msg = err.message.text();
            int close = msg.endsWith(", expecting }") ? GoLexer.R_CURLY : msg.endsWith(", expecting )") ? GoLexer.R_PAREN
                    : msg.endsWith(", expecting ]") ? GoLexer.R_BRACKET
                    : msg.endsWith(" at end of statement") || msg.endsWith(" after top level declaration")
                            || msg.endsWith(", expecting semicolon or newline") ? GoLexer.SEMI : -1;
            if (err.offending.getType() != Token.EOF || close < 0 || ts >= input.size()) {
                return false;
            }
            Next out = new Next(new ArrayList<>(), new HashMap<>());
            copy(0, ts, out);
            insert(close, ts, out);
            rest(input.get(ts), out);
            err = parse(out);
        }
        return err == null && lastTree != null;
    }

    /**
     * The rest parsed: the checks that Go's parser makes and this front end leaves to the AST
     * builder ("expecting { after if clause", "mixed named and unnamed parameters", ...); the first
     * one is reported, when the input has no inserted token that could be the cause.
     */
    private void astErrors() {
        if (lastTree == null) {
            return;
        }
        SyntaxErrors scratch = new SyntaxErrors("");
        try {
            new AstBuilder(scratch, "", lastTokens).sourceFile(lastTree);
        } catch (GoSyntaxException e) {
            // the first hard one stops the builder; the soft ones before it stand with it
        }
        for (int pos : synthetic.keySet()) {
            Token at = lastTokens.get(pos);
            if (scratch.anyAt(at.getLine(), at.getCharPositionInLine() + 1)) {
                return; // at an inserted token: caused by it
            }
        }
        errors.addAll(scratch);
    }

    private GoParser.SourceFileContext lastTree;
    private CommonTokenStream lastTokens;

    /** The input that puts the parser where Go's parser resumes after err, or null when unsure. */
    private Next resume(GoErrorStrategy err) {
        Token off = err.offending;
        int ts = off.getTokenIndex(); // in the current input
        if (ts >= input.size() || input.get(ts) == SYNTHETIC) {
            return null;
        }
        int t = input.get(ts); // in the file
        ParserRuleContext ctx = err.ctx;
        String msg = err.message.text();
        boolean inFunc = enclosing(ctx, BlockContext.class) != null;
        Next out = new Next(new ArrayList<>(), new HashMap<>());
        if (msg.endsWith(" at end of statement") && inFunc) {
            int stop = advance(t, true, GoLexer.SEMI, GoLexer.R_CURLY, GoLexer.CASE, GoLexer.DEFAULT);
            copy(0, ts, out);
            if (type(stop) != GoLexer.SEMI) {
                insert(GoLexer.SEMI, stop, out);
            }
            rest(stop, out);
            return out;
        }
        ListKind list = ListKind.of(msg);
        if (list != null) {
            ParserRuleContext l = enclosing(ctx, list.ctx);
            Token open = l == null ? null : child(l, list.open);
            if (open == null) {
                return null;
            }
            int stop = advance(t, inFunc, GoLexer.R_PAREN, GoLexer.R_BRACKET, GoLexer.R_CURLY);
            copy(0, open.getTokenIndex() + 1, out);
            if (type(stop) != list.close) {
                insert(list.close, stop, out);
            }
            rest(stop, out);
            return out;
        }
        if (inFunc && (msg.endsWith(", expecting { after if clause") || msg.endsWith(", expecting { after for clause"))) {
            // blockStmt: advance(_Name, _Rbrace); a "}" ends the (empty) block, else its statements follow
            int stop = advance(t, true, GoLexer.IDENTIFIER, GoLexer.R_CURLY);
            copy(0, ts, out);
            insert(GoLexer.L_CURLY, stop, out);
            rest(stop, out);
            return out;
        }
        if (inFunc && type(t) == GoLexer.SEMI
                && (msg.endsWith(", expecting )") || msg.endsWith(", expecting ]") || msg.endsWith(", expecting :"))) {
            // want(tok): the offending token is consumed, parsing goes on as if tok had been there (only
            // when that token is a semicolon: consuming a bracket changes the nesting, where Go's
            // parser and the grammar differ in how they go on)
            copy(0, ts, out);
            insert(msg.endsWith(")") ? GoLexer.R_PAREN : msg.endsWith("]") ? GoLexer.R_BRACKET : GoLexer.COLON, t, out);
            rest(next(t), out);
            return out;
        }
        if (inFunc && msg.endsWith(", expecting }") && type(t) != Token.EOF
                && (ctx instanceof BlockContext || ctx instanceof StatementListContext)) {
            // blockStmt's want(_Rbrace): advance() without a follow list skips the offending token,
            // and the block ends there (its statements go on in the enclosing block or at top level)
            copy(0, ts, out);
            insert(GoLexer.R_CURLY, t, out);
            rest(next(t), out);
            return out;
        }
        if (msg.endsWith(", expecting )") && enclosing(ctx, ParametersContext.class) != null) {
            // paramDeclOrNil: advance(_Comma, _Rparen); at the ')' the parameter list ends
            int stop = advance(t, inFunc, GoLexer.COMMA, GoLexer.R_PAREN);
            if (type(stop) != GoLexer.R_PAREN) {
                return null;
            }
            copy(0, ts, out);
            rest(stop, out);
            return out;
        }
        if (!inFunc && msg.endsWith(", expecting name or (") && enclosing(ctx, TopLevelDeclContext.class) != null) {
            // funcDeclOrNil: advance(_Lbrace, _Semi) and no declaration; then the file wants ';'
            // ("after top level declaration", mostly hidden by the error before on its line)
            TopLevelDeclContext decl = enclosing(ctx, TopLevelDeclContext.class);
            int stop = advance(t, false, GoLexer.L_CURLY, GoLexer.SEMI);
            if (type(stop) == GoLexer.L_CURLY) {
                Token b = toks.get(stop);
                errors.add(b.getLine(), b.getCharPositionInLine() + 1, "syntax error: unexpected { after top level declaration");
                stop = advance(stop, false, GoLexer.CONST, GoLexer.TYPE, GoLexer.VAR, GoLexer.FUNC);
            } else if (type(stop) == GoLexer.SEMI) {
                stop = next(stop);
            }
            copy(0, decl.getStart().getTokenIndex(), out);
            rest(stop, out);
            return out;
        }
        if (msg.endsWith(", expecting type") || msg.endsWith(" in type declaration")) {
            // type_: badExpr, advance(_Comma, _Colon, _Semi, _Rparen, _Rbrack, _Rbrace); typeDecl:
            // advance(_Semi, _Rparen); the declaration goes on with a bad type there
            int stop = msg.endsWith(", expecting type")
                    ? advance(t, inFunc, GoLexer.COMMA, GoLexer.COLON, GoLexer.SEMI, GoLexer.R_PAREN, GoLexer.R_BRACKET,
                            GoLexer.R_CURLY)
                    : advance(t, inFunc, GoLexer.SEMI, GoLexer.R_PAREN);
            copy(0, ts, out);
            insert(GoLexer.IDENTIFIER, stop, out);
            rest(stop, out);
            return out;
        }
        if (msg.endsWith(", expecting name") && type(t) != Token.EOF) {
            // name(): advance() skips the one offending token, the name "_" stands
            copy(0, ts, out);
            insert(GoLexer.IDENTIFIER, t, out);
            rest(next(t), out);
            return out;
        }
        if (inFunc && msg.endsWith(", expecting := or = or comma")) {
            // simpleStmt: advance(_Semi, _Rbrace), the expression list stands as a statement
            int stop = advance(t, true, GoLexer.SEMI, GoLexer.R_CURLY);
            copy(0, ts, out);
            insert(GoLexer.ASSIGN, stop, out);
            insert(GoLexer.IDENTIFIER, stop, out);
            rest(stop, out);
            return out;
        }
        if (inFunc && msg.endsWith(", expecting expression")) {
            // operand: badExpr, advance(_Rparen, _Rbrack, _Rbrace); the enclosing production goes on
            int stop = advance(t, true, GoLexer.R_PAREN, GoLexer.R_BRACKET, GoLexer.R_CURLY);
            copy(0, ts, out);
            insert(GoLexer.IDENTIFIER, stop, out);
            rest(stop, out);
            return out;
        }
        if (inFunc && msg.endsWith(", expecting comma, : or ]")) {
            // index or slice: advance(_Comma, _Colon, _Rbrack), then the slice expression goes on
            int stop = advance(t, true, GoLexer.COMMA, GoLexer.COLON, GoLexer.R_BRACKET);
            if (type(stop) != GoLexer.R_BRACKET && type(stop) != GoLexer.COLON) {
                return null;
            }
            copy(0, ts, out);
            if (type(stop) == GoLexer.R_BRACKET) {
                insert(GoLexer.COLON, stop, out);
            }
            rest(stop, out);
            return out;
        }
        if (!inFunc && msg.endsWith(" after top level declaration")) {
            int stop = advance(t, false, GoLexer.CONST, GoLexer.TYPE, GoLexer.VAR, GoLexer.FUNC);
            copy(0, ts, out);
            insert(GoLexer.SEMI, stop, out);
            rest(stop, out);
            return out;
        }
        if (!inFunc && msg.equals("syntax error: non-declaration statement outside function body")) {
            int stop = advance(t, false, GoLexer.CONST, GoLexer.TYPE, GoLexer.VAR, GoLexer.FUNC);
            copy(0, ts, out);
            rest(stop, out);
            return out;
        }
        if (inFunc) {
            TopLevelDeclContext decl = enclosing(ctx, TopLevelDeclContext.class);
            BlockContext body = decl == null ? null : decl.functionDecl() != null ? decl.functionDecl().block()
                    : decl.methodDecl() != null ? decl.methodDecl().block() : null;
            if (body == null || body.L_CURLY() == null || input.get(body.L_CURLY().getSymbol().getTokenIndex()) == SYNTHETIC
                    || !balanced()) {
                return null;
            }
            int after = afterBraces(input.get(body.L_CURLY().getSymbol().getTokenIndex()));
            if (after < 0) {
                return null;
            }
            copy(0, decl.getStart().getTokenIndex(), out);
            rest(after, out);
            return out;
        }
        return null;
    }

    /** Go's lists (parser.list) and the messages naming them. */
    private enum ListKind {
        ARGS(" in argument list; possibly missing comma or )", ArgumentsContext.class, GoLexer.L_PAREN, GoLexer.R_PAREN),
        COMPLIT(" in composite literal; possibly missing comma or }", LiteralValueContext.class, GoLexer.L_CURLY, GoLexer.R_CURLY),
        PARAMS(" in parameter list; possibly missing comma or )", ParametersContext.class, GoLexer.L_PAREN, GoLexer.R_PAREN),
        STRUCT(" in struct type; possibly missing semicolon or newline or }", StructTypeContext.class, GoLexer.L_CURLY, GoLexer.R_CURLY),
        IFACE(" in interface type; possibly missing semicolon or newline or }", InterfaceTypeContext.class, GoLexer.L_CURLY, GoLexer.R_CURLY);

        final String suffix;
        final Class<? extends ParserRuleContext> ctx;
        final int open, close;

        ListKind(String suffix, Class<? extends ParserRuleContext> ctx, int open, int close) {
            this.suffix = suffix;
            this.ctx = ctx;
            this.open = open;
            this.close = close;
        }

        static ListKind of(String msg) {
            for (ListKind k : values()) {
                if (msg.endsWith(k.suffix)) {
                    return k;
                }
            }
            return null;
        }
    }

    // ---- building the next input ----

    private void copy(int from, int to, Next out) {
        for (int i = from; i < to; i++) {
            int pos = out.input.size();
            out.input.add(input.get(i));
            Integer s = synthetic.get(i);
            if (s != null) {
                out.synthetic.put(pos, s);
            }
        }
    }

    private void insert(int type, int before, Next out) {
        out.synthetic.put(out.input.size(), type);
        out.input.add(SYNTHETIC);
    }

    private void rest(int from, Next out) {
        for (int i = from; i < toks.size(); i++) {
            out.input.add(i);
        }
    }

    /** Parses the next input; its first error, or null when it parsed. */
    private GoErrorStrategy parse(Next next) {
        input = next.input;
        synthetic.clear();
        synthetic.putAll(next.synthetic);
        List<Token> copies = new ArrayList<>();
        for (int i = 0; i < input.size(); i++) {
            int o = input.get(i);
            if (o == SYNTHETIC) {
                // placed where the next real token is, so that messages would name that position
                Token after = toks.get(nextOriginal(i));
                int type = synthetic.get(i);
                CommonToken c = new CommonToken(type, switch (type) {
                    case GoLexer.SEMI -> ";";
                    case GoLexer.R_PAREN -> ")";
                    case GoLexer.R_BRACKET -> "]";
                    case GoLexer.L_CURLY -> "{";
                    case GoLexer.COLON -> ":";
                    case GoLexer.IDENTIFIER -> "_";
                    case GoLexer.ASSIGN -> "=";
                    default -> "}";
                });
                c.setLine(after.getLine());
                c.setCharPositionInLine(after.getCharPositionInLine());
                copies.add(c);
            } else {
                copies.add(new CommonToken(toks.get(o)));
            }
        }
        CommonTokenStream ts = new CommonTokenStream(new ListTokenSource(copies));
        ts.fill();
        GoParser parser = new GoParser(ts);
        parser.removeErrorListeners();
        parser.setInterpreter(new FurthestPredictionSimulator(parser, parser.getInterpreter()));
        parser.getInterpreter().setPredictionMode(PredictionMode.LL);
        GoErrorStrategy s = new GoErrorStrategy(new SyntaxErrors(""));
        parser.setErrorHandler(s);
        lastTree = null;
        lastTokens = ts;
        try {
            lastTree = parser.sourceFile();
        } catch (GoErrorStrategy.Stop stop) {
            // the error is recorded in s
        }
        return s.offending == null ? null : s;
    }

    private int nextOriginal(int i) {
        for (int k = i; k < input.size(); k++) {
            if (input.get(k) != SYNTHETIC) {
                return input.get(k);
            }
        }
        return toks.size() - 1;
    }

    // ---- Go's advance ----

    private static boolean stopset(int type) {
        return switch (type) {
            case GoLexer.BREAK, GoLexer.CONST, GoLexer.CONTINUE, GoLexer.DEFER, GoLexer.FALLTHROUGH, GoLexer.FOR,
                    GoLexer.GO, GoLexer.GOTO, GoLexer.IF, GoLexer.RETURN, GoLexer.SELECT, GoLexer.SWITCH,
                    GoLexer.TYPE, GoLexer.VAR -> true;
            default -> false;
        };
    }

    /** The first token from t on (in the file) in the follow list, the stopset (inside functions) or EOF. */
    private int advance(int t, boolean inFunc, int... follow) {
        for (int i = t; ; i = next(i)) {
            int ty = type(i);
            if (ty == Token.EOF || inFunc && stopset(ty)) {
                return i;
            }
            for (int f : follow) {
                if (ty == f) {
                    return i;
                }
            }
        }
    }

    private int next(int i) {
        for (i++; i < toks.size(); i++) {
            if (toks.get(i).getChannel() == Token.DEFAULT_CHANNEL) {
                return i;
            }
        }
        return toks.size() - 1;
    }

    private int type(int i) {
        return toks.get(i).getType();
    }

    /** The declaration after the braces opened at open (in the file): after `}` and `;`, a declaration keyword or EOF. */
    private int afterBraces(int open) {
        int depth = 0;
        for (int i = open; ; i = next(i)) {
            int ty = type(i);
            if (ty == GoLexer.L_CURLY) {
                depth++;
            } else if (ty == GoLexer.R_CURLY && --depth == 0) {
                int n = next(i);
                if (type(n) == GoLexer.SEMI) {
                    n = next(n);
                }
                int nt = type(n);
                return nt == GoLexer.FUNC || nt == GoLexer.TYPE || nt == GoLexer.VAR || nt == GoLexer.CONST
                        || nt == GoLexer.IMPORT || nt == Token.EOF ? n : -1;
            } else if (ty == Token.EOF) {
                return -1;
            }
        }
    }

    private boolean balanced() {
        int depth = 0;
        for (Token t : toks) {
            if (t.getChannel() != Token.DEFAULT_CHANNEL) {
                continue;
            }
            if (t.getType() == GoLexer.L_CURLY) {
                depth++;
            } else if (t.getType() == GoLexer.R_CURLY && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    // ---- contexts ----

    private static <T extends ParserRuleContext> T enclosing(RuleContext c, Class<T> k) {
        for (; c != null; c = c.parent) {
            if (k.isInstance(c)) {
                return k.cast(c);
            }
        }
        return null;
    }

    private static Token child(ParserRuleContext c, int type) {
        for (int i = 0; i < c.getChildCount(); i++) {
            ParseTree ch = c.getChild(i);
            if (ch instanceof TerminalNode tn && tn.getSymbol().getType() == type) {
                return tn.getSymbol();
            }
        }
        return null;
    }
}
