package gotruffle.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.antlr.v4.runtime.Token;

import gotruffle.grammar.GoLexer;

/**
 * Finds the syntax errors of a file the way Go 1.19's parser (cmd/compile/internal/syntax) does,
 * recovery included: a recursive-descent parser with the same productions, the same skipping of
 * tokens after an error ({@code advance} to a production's follow list, statement keywords inside
 * functions) and the same checks that are not syntax errors ("method has no receiver", "expression
 * in go must be function call"). It builds no AST, only the skeleton of expressions those checks
 * and messages look at.
 *
 * <p>Used after the ANTLR parse failed: ANTLR's grammar decides whether the file parses and words
 * the first error; this parser supplies the errors after it, because it resumes where Go's parser
 * does (also inside a function after an error that ate a brace). Its result is only used when its
 * first syntax error is ANTLR's (see {@link GoParserFacade}).
 */
final class RecoveringParser {
    /** An error in file order of discovery: line and column of the lexer's text, Go's message. */
    record Error(int line, int col, String msg) {
    }

    // Go's token kinds (syntax/tokens.go), only those the grammar distinguishes.
    private static final int EOF = 0, NAME = 1, LITERAL = 2, OPERATOR = 3, ASSIGNOP = 4, INCOP = 5, ASSIGN = 6,
            DEFINE = 7, ARROW = 8, STAR = 9, LPAREN = 10, LBRACK = 11, LBRACE = 12, RPAREN = 13, RBRACK = 14,
            RBRACE = 15, COMMA = 16, SEMI = 17, COLON = 18, DOT = 19, DOTDOTDOT = 20, BREAK = 21, CASE = 22,
            CHAN = 23, CONST = 24, CONTINUE = 25, DEFAULT = 26, DEFER = 27, ELSE = 28, FALLTHROUGH = 29, FOR = 30,
            FUNC = 31, GO = 32, GOTO = 33, IF = 34, IMPORT = 35, INTERFACE = 36, MAP = 37, PACKAGE = 38, RANGE = 39,
            RETURN = 40, SELECT = 41, STRUCT = 42, SWITCH = 43, TYPE = 44, VAR = 45;
    private static final String[] KIND_NAMES = {"EOF", "name", "literal", "op", "op=", "opop", "=", ":=", "<-", "*",
            "(", "[", "{", ")", "]", "}", ",", ";", ":", ".", "...", "break", "case", "chan", "const", "continue",
            "default", "defer", "else", "fallthrough", "for", "func", "go", "goto", "if", "import", "interface", "map",
            "package", "range", "return", "select", "struct", "switch", "type", "var"};
    /** Keywords that start a statement: advance() inside a function never skips them. */
    private static final long STOPSET = bits(BREAK, CONST, CONTINUE, DEFER, FALLTHROUGH, FOR, GO, GOTO, IF, RETURN,
            SELECT, SWITCH, TYPE, VAR);

    private static long bits(int... kinds) {
        long s = 0;
        for (int k : kinds) {
            s |= 1L << k;
        }
        return s;
    }

    // ---- the token stream ----
    private final int[] kinds;
    private final String[] lits; // names, literals, operators (without '='), the text of semicolons
    private final int[] precs;
    private final boolean[] strings, bads; // literal kinds
    private final int[] lines, cols;
    /** Whether Go's scanner reports an error when it reads this token (or the comments or bad characters before it). */
    private final boolean[] scanErrors;
    private int at; // index of the current token
    private int tok, prec;
    private String lit;
    private int steps;

    private final List<Error> errors = new ArrayList<>();
    private boolean first; // any error so far (the scanner's included): Go's p.first != nil
    private int fnest, xnest;
    private boolean lastDeclEmptyFunc;

    private RecoveringParser(List<Token> antlr, Predicate<Token> scanError) {
        List<Token> toks = new ArrayList<>();
        List<Boolean> scanned = new ArrayList<>();
        boolean pending = false;
        for (Token t : antlr) {
            pending |= scanError.test(t);
            if (t.getChannel() == Token.DEFAULT_CHANNEL) {
                toks.add(t);
                scanned.add(pending);
                pending = false;
            }
        }
        int n = toks.size();
        scanErrors = new boolean[n];
        kinds = new int[n];
        lits = new String[n];
        precs = new int[n];
        strings = new boolean[n];
        bads = new boolean[n];
        lines = new int[n];
        cols = new int[n];
        for (int i = 0; i < n; i++) {
            Token t = toks.get(i);
            lines[i] = t.getLine();
            cols[i] = t.getCharPositionInLine() + 1;
            scanErrors[i] = scanned.get(i);
            classify(i, t);
        }
        at = -1;
        next();
    }

    /**
     * The errors Go's parser reports for the file, in the order it reports them, or null when this
     * parser could not follow the file (it then says nothing).
     */
    static List<Error> errors(List<Token> tokens, Predicate<Token> scanError) {
        try {
            RecoveringParser p = new RecoveringParser(tokens, scanError);
            p.file();
            return p.errors;
        } catch (RuntimeException | StackOverflowError e) {
            return null;
        }
    }

    private void classify(int i, Token t) {
        String text = t.getText();
        int k;
        switch (t.getType()) {
            case Token.EOF -> k = EOF;
            case GoLexer.IDENTIFIER -> {
                k = NAME;
                text = Literals.utf8(text);
            }
            case GoLexer.INT_LIT, GoLexer.FLOAT_LIT, GoLexer.IMAGINARY_LIT, GoLexer.RUNE_LIT -> k = LITERAL;
            case GoLexer.STRING_LIT, GoLexer.RAW_STRING_LIT -> {
                k = LITERAL;
                strings[i] = true;
            }
            case GoLexer.BAD_NUMBER, GoLexer.BAD_RUNE, GoLexer.BAD_STRING, GoLexer.BAD_RAW_STRING -> {
                k = LITERAL;
                bads[i] = true;
            }
            case GoLexer.LOGICAL_OR -> k = op(i, 1);
            case GoLexer.LOGICAL_AND -> k = op(i, 2);
            case GoLexer.EQUALS, GoLexer.NOT_EQUALS, GoLexer.LESS, GoLexer.LESS_OR_EQUALS, GoLexer.GREATER,
                    GoLexer.GREATER_OR_EQUALS -> k = op(i, 3);
            case GoLexer.PLUS, GoLexer.MINUS, GoLexer.OR, GoLexer.CARET -> k = op(i, 4);
            case GoLexer.DIV, GoLexer.MOD, GoLexer.AMPERSAND, GoLexer.BIT_CLEAR, GoLexer.LSHIFT, GoLexer.RSHIFT -> k = op(i, 5);
            case GoLexer.EXCLAMATION, GoLexer.TILDE -> k = op(i, 0);
            case GoLexer.STAR -> {
                k = STAR;
                precs[i] = 5;
            }
            case GoLexer.PLUS_ASSIGN, GoLexer.MINUS_ASSIGN, GoLexer.MUL_ASSIGN, GoLexer.DIV_ASSIGN, GoLexer.MOD_ASSIGN,
                    GoLexer.AND_ASSIGN, GoLexer.OR_ASSIGN, GoLexer.XOR_ASSIGN, GoLexer.SHL_ASSIGN, GoLexer.SHR_ASSIGN,
                    GoLexer.AND_NOT_ASSIGN -> {
                k = ASSIGNOP;
                text = text.substring(0, text.length() - 1);
            }
            case GoLexer.PLUS_PLUS, GoLexer.MINUS_MINUS -> {
                k = INCOP;
                text = text.substring(0, 1);
            }
            case GoLexer.ASSIGN -> k = ASSIGN;
            case GoLexer.DECLARE_ASSIGN -> k = DEFINE;
            case GoLexer.ARROW -> k = ARROW;
            case GoLexer.L_PAREN -> k = LPAREN;
            case GoLexer.L_BRACKET -> k = LBRACK;
            case GoLexer.L_CURLY -> k = LBRACE;
            case GoLexer.R_PAREN -> k = RPAREN;
            case GoLexer.R_BRACKET -> k = RBRACK;
            case GoLexer.R_CURLY -> k = RBRACE;
            case GoLexer.COMMA -> k = COMMA;
            case GoLexer.SEMI -> {
                k = SEMI;
                if (text.equals(";")) {
                    text = "semicolon";
                }
            }
            case GoLexer.COLON -> k = COLON;
            case GoLexer.DOT -> k = DOT;
            case GoLexer.ELLIPSIS -> k = DOTDOTDOT;
            case GoLexer.BREAK -> k = BREAK;
            case GoLexer.CASE -> k = CASE;
            case GoLexer.CHAN -> k = CHAN;
            case GoLexer.CONST -> k = CONST;
            case GoLexer.CONTINUE -> k = CONTINUE;
            case GoLexer.DEFAULT -> k = DEFAULT;
            case GoLexer.DEFER -> k = DEFER;
            case GoLexer.ELSE -> k = ELSE;
            case GoLexer.FALLTHROUGH -> k = FALLTHROUGH;
            case GoLexer.FOR -> k = FOR;
            case GoLexer.FUNC -> k = FUNC;
            case GoLexer.GO -> k = GO;
            case GoLexer.GOTO -> k = GOTO;
            case GoLexer.IF -> k = IF;
            case GoLexer.IMPORT -> k = IMPORT;
            case GoLexer.INTERFACE -> k = INTERFACE;
            case GoLexer.MAP -> k = MAP;
            case GoLexer.PACKAGE -> k = PACKAGE;
            case GoLexer.RANGE -> k = RANGE;
            case GoLexer.RETURN -> k = RETURN;
            case GoLexer.SELECT -> k = SELECT;
            case GoLexer.STRUCT -> k = STRUCT;
            case GoLexer.SWITCH -> k = SWITCH;
            case GoLexer.TYPE -> k = TYPE;
            case GoLexer.VAR -> k = VAR;
            default -> throw new IllegalStateException("token " + t.getType());
        }
        kinds[i] = k;
        lits[i] = text;
    }

    private int op(int i, int p) {
        precs[i] = p;
        return OPERATOR;
    }

    private void next() {
        if (++steps > 100 * kinds.length + 1000) {
            throw new IllegalStateException("no progress"); // a flaw of this port: say nothing rather than hang
        }
        if (at < kinds.length - 1) {
            at++;
        }
        tok = kinds[at];
        lit = lits[at];
        first |= scanErrors[at];
        prec = precs[at];
    }

    // ---- errors ----

    private long pos() {
        return pos(lines[at], cols[at]);
    }

    private static long pos(int line, int col) {
        return (long) line << 32 | col;
    }

    private static final long NOPOS = -1;

    private void errorAt(long pos, String msg) {
        first = true;
        errors.add(new Error((int) (pos >>> 32), (int) pos, msg));
    }

    private void error(String msg) {
        errorAt(pos(), msg);
    }

    private void syntaxError(String msg) {
        syntaxErrorAt(pos(), msg);
    }

    private void syntaxErrorAt(long pos, String msg) {
        if (tok == EOF && first) {
            return; // Go: avoid meaningless follow-up errors
        }
        if (msg.startsWith("in ") || msg.startsWith("at ") || msg.startsWith("after ")) {
            msg = " " + msg;
        } else if (msg.startsWith("expecting ")) {
            msg = ", " + msg;
        } else if (!msg.isEmpty()) {
            errorAt(pos, "syntax error: " + msg); // plain: the current token does not matter
            return;
        }
        String t = switch (tok) {
            case NAME, SEMI -> lit;
            case LITERAL -> "literal " + Literals.utf8(lit);
            case OPERATOR -> lit;
            case ASSIGNOP -> lit + "=";
            case INCOP -> lit + lit;
            default -> tokstring(tok);
        };
        errorAt(pos, "syntax error: unexpected " + t + msg);
    }

    private static String tokstring(int kind) {
        return switch (kind) {
            case COMMA -> "comma";
            case SEMI -> "semicolon or newline";
            default -> KIND_NAMES[kind];
        };
    }

    private boolean got(int kind) {
        if (tok == kind) {
            next();
            return true;
        }
        return false;
    }

    private void want(int kind) {
        if (!got(kind)) {
            syntaxError("expecting " + tokstring(kind));
            advance();
        }
    }

    /** Skips to a token of the follow list (inside a function also to a statement keyword); with none, one token. */
    private void advance(int... followlist) {
        long follow = 1L << EOF;
        if (followlist.length > 0) {
            if (fnest > 0) {
                follow |= STOPSET;
            }
            follow |= bits(followlist);
        }
        while ((follow >>> tok & 1) == 0) {
            next();
            if (followlist.length == 0) {
                break;
            }
        }
    }

    private boolean gotAssign() {
        if (tok == DEFINE) {
            syntaxError("expecting =");
            next();
            return true;
        }
        return got(ASSIGN);
    }

    // ---- declarations ----

    private void file() {
        if (!got(PACKAGE)) {
            syntaxError("package statement must be first");
            return;
        }
        name();
        want(SEMI);
        if (first) {
            return; // Go does not go on after a bad package clause
        }
        while (got(IMPORT)) {
            appendGroup(this::importDecl);
            want(SEMI);
        }
        while (tok != EOF) {
            switch (tok) {
                case CONST -> {
                    next();
                    appendGroup(this::constDecl);
                }
                case TYPE -> {
                    next();
                    appendGroup(this::typeDecl);
                }
                case VAR -> {
                    next();
                    appendGroup(this::varDecl);
                }
                case FUNC -> {
                    next();
                    funcDeclOrNil();
                }
                default -> {
                    if (tok == LBRACE && lastDeclEmptyFunc) {
                        syntaxError("unexpected semicolon or newline before {");
                    } else {
                        syntaxError("non-declaration statement outside function body");
                    }
                    advance(CONST, TYPE, VAR, FUNC);
                    continue;
                }
            }
            if (tok != EOF && !got(SEMI)) {
                syntaxError("after top level declaration");
                advance(CONST, TYPE, VAR, FUNC);
            }
        }
    }

    /** Go's list: elements until close, separated by sep; returns the position of close. */
    private long list(String context, int sep, int close, BooleanSupplier element) {
        boolean done = false;
        while (tok != EOF && tok != close && !done) {
            done = element.getAsBoolean();
            if (!got(sep) && tok != close) {
                syntaxError("in " + context + "; possibly missing " + tokstring(sep) + " or " + tokstring(close));
                advance(RPAREN, RBRACK, RBRACE);
                if (tok != close) {
                    return pos();
                }
            }
        }
        long p = pos();
        want(close);
        return p;
    }

    private void appendGroup(Runnable spec) {
        if (tok == LPAREN) {
            next();
            list("grouped declaration", SEMI, RPAREN, () -> {
                spec.run();
                lastDeclEmptyFunc = false;
                return false;
            });
        } else {
            spec.run();
            lastDeclEmptyFunc = false;
        }
    }

    private void importDecl() {
        if (tok == NAME || tok == DOT) {
            next();
        }
        if (tok != LITERAL) {
            syntaxError("missing import path");
            advance(SEMI, RPAREN);
            return;
        }
        boolean ok = strings[at] || bads[at];
        next();
        if (!ok) {
            syntaxError("import path must be a string");
        }
    }

    private void constDecl() {
        nameList(name());
        if (tok != EOF && tok != SEMI && tok != RPAREN) {
            typeOrNil();
            if (gotAssign()) {
                exprList();
            }
        }
    }

    private void typeDecl() {
        name();
        X type;
        if (tok == LBRACK) {
            long p = pos();
            next();
            switch (tok) {
                case NAME -> {
                    X x = name();
                    if (tok != LBRACK) {
                        xnest++;
                        x = binaryExpr(pexpr(x, false), 0);
                        xnest--;
                    }
                    X[] split = extractName(x, tok == COMMA);
                    if (split[0] != null && (split[1] != null || tok != RBRACK)) {
                        paramList(split[0], split[1], RBRACK, true);
                        gotAssign();
                        type = typeOrNil();
                    } else {
                        type = arrayType(p, x);
                    }
                }
                case RBRACK -> {
                    next();
                    type = sliceType(p);
                }
                default -> type = arrayType(p, null);
            }
        } else {
            gotAssign();
            type = typeOrNil();
        }
        if (type == null) {
            syntaxError("in type declaration");
            advance(SEMI, RPAREN);
        }
    }

    /** (name, rest) when x can be read as a type parameter name followed by its constraint, else (null, x). */
    private static X[] extractName(X x, boolean force) {
        switch (x.k) {
            case X.NAME -> {
                return new X[] {x, null};
            }
            case X.OP -> {
                if (x.y == null) {
                    break;
                }
                if (x.op.equals("*") && x.x.k == X.NAME && (force || isTypeElem(x.y))) {
                    return new X[] {x.x, X.op(x.pos, "*", x.y, null)};
                }
                if (x.op.equals("|")) {
                    X[] l = extractName(x.x, force || isTypeElem(x.y));
                    if (l[0] != null && l[1] != null) {
                        return new X[] {l[0], X.op(x.pos, "|", l[1], x.y)};
                    }
                }
            }
            case X.CALL -> {
                if (x.x.k == X.NAME && x.list.size() == 1 && !x.dots && (force || isTypeElem(x.list.get(0)))) {
                    return new X[] {x.x, x.list.get(0)};
                }
            }
            default -> {
            }
        }
        return new X[] {null, x};
    }

    private static boolean isTypeElem(X x) {
        return switch (x.k) {
            case X.ARRAY, X.STRUCT, X.FUNCTYPE, X.IFACE, X.SLICETYPE, X.MAP, X.CHAN -> true;
            case X.OP -> isTypeElem(x.x) || x.y != null && isTypeElem(x.y) || x.op.equals("~");
            case X.PAREN -> isTypeElem(x.x);
            default -> false;
        };
    }

    private void varDecl() {
        nameList(name());
        if (gotAssign()) {
            exprList();
        } else {
            type_();
            if (gotAssign()) {
                exprList();
            }
        }
    }

    private void funcDeclOrNil() {
        boolean method = false;
        if (got(LPAREN)) {
            int n = paramList(null, null, RPAREN, false).size();
            if (n == 0) {
                error("method has no receiver");
            } else {
                if (n > 1) {
                    error("method has multiple receivers");
                }
                method = true;
            }
        }
        if (tok != NAME) {
            syntaxError("expecting name or (");
            advance(LBRACE, SEMI);
            return;
        }
        name();
        funcType(method ? "method" : "");
        boolean body = tok == LBRACE;
        if (body) {
            funcBody();
        }
        lastDeclEmptyFunc = !body;
    }

    private void funcBody() {
        fnest++;
        blockStmt("");
        fnest--;
    }

    // ---- expressions ----

    private X expr() {
        return binaryExpr(null, 0);
    }

    private X binaryExpr(X x, int prec1) {
        if (x == null) {
            x = unaryExpr();
        }
        while ((tok == OPERATOR || tok == STAR) && prec > prec1) {
            long p = pos();
            String op = lit;
            int tprec = prec;
            next();
            x = X.op(p, op, x, binaryExpr(null, tprec));
        }
        return x;
    }

    private X unaryExpr() {
        switch (tok) {
            case OPERATOR, STAR -> {
                switch (lit) {
                    case "*", "+", "-", "!", "^", "~" -> {
                        long p = pos();
                        String op = lit;
                        next();
                        return X.op(p, op, unaryExpr(), null);
                    }
                    case "&" -> {
                        long p = pos();
                        next();
                        return X.op(p, "&", unparen(unaryExpr()), null);
                    }
                    default -> {
                    }
                }
            }
            case ARROW -> {
                long p = pos();
                next();
                X x = unaryExpr();
                if (x.k == X.CHAN) {
                    // <-chan T: the receive turns the channel type into a receive-only one
                    int dir = X.SEND;
                    X t = x;
                    while (dir == X.SEND) {
                        if (t.k != X.CHAN) {
                            break;
                        }
                        dir = t.dir;
                        if (dir == X.RECV) {
                            syntaxError("unexpected <-, expecting chan");
                        }
                        t.dir = X.RECV;
                        t = t.x;
                    }
                    if (dir == X.SEND) {
                        syntaxError("unexpected " + t + ", expecting chan");
                    }
                    return x;
                }
                return X.op(p, "<-", x, null);
            }
            default -> {
            }
        }
        return pexpr(null, true);
    }

    private void callStmt() {
        String keyword = lit;
        next();
        X x = pexpr(null, tok == LPAREN);
        X t = unparen(x);
        if (t != x) {
            errorAt(x.pos, "expression in " + keyword + " must not be parenthesized");
            x = t;
        }
        if (x.k != X.CALL) {
            errorAt(x.pos, "expression in " + keyword + " must be function call");
        }
    }

    private X operand(boolean keepParens) {
        switch (tok) {
            case NAME:
                return name();
            case LITERAL:
                return oliteral();
            case LPAREN: {
                long p = pos();
                next();
                xnest++;
                X x = expr();
                xnest--;
                want(RPAREN);
                if (tok == LBRACE || keepParens) {
                    x = X.of(X.PAREN, p, x);
                }
                return x;
            }
            case FUNC: {
                long p = pos();
                next();
                X type = funcType("function type");
                if (tok == LBRACE) {
                    xnest++;
                    funcBody();
                    xnest--;
                    return X.of(X.FUNCLIT, p, type);
                }
                return type;
            }
            case LBRACK, CHAN, MAP, STRUCT, INTERFACE:
                return type_();
            default: {
                X x = badExpr();
                syntaxError("expecting expression");
                advance(RPAREN, RBRACK, RBRACE);
                return x;
            }
        }
    }

    private X pexpr(X x, boolean keepParens) {
        if (x == null) {
            x = operand(keepParens);
        }
        while (true) {
            long p = pos();
            switch (tok) {
                case DOT -> {
                    next();
                    switch (tok) {
                        case NAME -> {
                            X sel = X.of(X.SELECTOR, p, x);
                            sel.lit = name().lit;
                            x = sel;
                        }
                        case LPAREN -> {
                            next();
                            if (got(TYPE)) {
                                x = X.of(X.GUARD, p, x);
                            } else {
                                x = X.of(X.ASSERT, p, x);
                                x.y = type_();
                            }
                            want(RPAREN);
                        }
                        default -> {
                            syntaxError("expecting name or (");
                            advance(SEMI, RPAREN);
                        }
                    }
                }
                case LBRACK -> {
                    next();
                    if (tok == RBRACK) {
                        syntaxError("expecting operand");
                        next();
                        break;
                    }
                    X i = null;
                    if (tok != COLON) {
                        boolean[] comma = new boolean[1];
                        i = typeList(comma);
                        if (comma[0] || tok == RBRACK) {
                            want(RBRACK);
                            x = X.of(X.INDEX, p, x);
                            x.y = i;
                            break;
                        }
                    }
                    if (!got(COLON)) {
                        syntaxError("expecting comma, : or ]");
                        advance(COMMA, COLON, RBRACK);
                    }
                    xnest++;
                    X s = X.of(X.SLICE, p, x);
                    s.list = new ArrayList<>(List.of(i == null ? X.NONE : i, X.NONE));
                    if (tok != COLON && tok != RBRACK) {
                        s.list.set(1, expr());
                    }
                    if (tok == COLON) {
                        if (s.list.get(1) == X.NONE) {
                            error("middle index required in 3-index slice");
                            s.list.set(1, badExpr());
                        }
                        next();
                        if (tok != RBRACK) {
                            s.list.add(expr());
                        } else {
                            error("final index required in 3-index slice");
                            s.list.add(badExpr());
                        }
                    }
                    xnest--;
                    want(RBRACK);
                    x = s;
                }
                case LPAREN -> {
                    next();
                    X call = X.of(X.CALL, p, x);
                    call.list = new ArrayList<>();
                    argList(call);
                    x = call;
                }
                case LBRACE -> {
                    X t = unparen(x);
                    boolean complitOk = switch (t.k) {
                        case X.NAME, X.SELECTOR -> xnest >= 0;
                        case X.INDEX -> xnest >= 0 && !isValue(t);
                        case X.ARRAY, X.SLICETYPE, X.STRUCT, X.MAP -> true;
                        default -> false;
                    };
                    if (!complitOk) {
                        return x;
                    }
                    if (t != x) {
                        syntaxError("cannot parenthesize type in composite literal");
                    }
                    X lit1 = complitexpr();
                    lit1.x = x;
                    x = lit1;
                }
                default -> {
                    return x;
                }
            }
        }
    }

    private static boolean isValue(X x) {
        return switch (x.k) {
            case X.BASIC, X.COMPOSITE, X.FUNCLIT, X.SLICE, X.ASSERT, X.GUARD, X.CALL -> true;
            case X.OP -> !x.op.equals("*") || x.y != null;
            case X.PAREN -> isValue(x.x);
            case X.INDEX -> isValue(x.x) || isValue(x.y);
            default -> false;
        };
    }

    private void bareComplitexpr() {
        if (tok == LBRACE) {
            complitexpr();
        } else {
            expr();
        }
    }

    private X complitexpr() {
        X x = X.of(X.COMPOSITE, pos(), null);
        xnest++;
        want(LBRACE);
        list("composite literal", COMMA, RBRACE, () -> {
            bareComplitexpr();
            x.count++;
            if (tok == COLON) {
                next();
                bareComplitexpr();
            }
            return false;
        });
        xnest--;
        return x;
    }

    // ---- types ----

    private X type_() {
        X t = typeOrNil();
        if (t == null) {
            t = badExpr();
            syntaxError("expecting type");
            advance(COMMA, COLON, SEMI, RPAREN, RBRACK, RBRACE);
        }
        return t;
    }

    private X typeOrNil() {
        long p = pos();
        switch (tok) {
            case STAR -> {
                next();
                return X.op(p, "*", type_(), null);
            }
            case ARROW -> {
                next();
                want(CHAN);
                X t = X.of(X.CHAN, p, chanElem());
                t.dir = X.RECV;
                return t;
            }
            case FUNC -> {
                next();
                return funcType("function type");
            }
            case LBRACK -> {
                next();
                if (got(RBRACK)) {
                    return sliceType(p);
                }
                return arrayType(p, null);
            }
            case CHAN -> {
                next();
                int dir = got(ARROW) ? X.SEND : X.BOTH;
                X t = X.of(X.CHAN, p, chanElem());
                t.dir = dir;
                return t;
            }
            case MAP -> {
                next();
                want(LBRACK);
                X t = X.of(X.MAP, p, type_());
                want(RBRACK);
                t.y = type_();
                return t;
            }
            case STRUCT -> {
                return structType();
            }
            case INTERFACE -> {
                return interfaceType();
            }
            case NAME -> {
                return qualifiedName(null);
            }
            case LPAREN -> {
                next();
                X t = type_();
                want(RPAREN);
                return t;
            }
            default -> {
                return null;
            }
        }
    }

    private X typeInstance(X type) {
        long p = pos();
        want(LBRACK);
        X x = X.of(X.INDEX, p, type);
        if (tok == RBRACK) {
            syntaxError("expecting type");
            x.y = badExpr();
        } else {
            x.y = typeList(new boolean[1]);
        }
        want(RBRACK);
        return x;
    }

    private X funcType(String context) {
        long p = pos();
        if (got(LBRACK)) {
            if (!context.isEmpty()) {
                syntaxErrorAt(p, context + " must have no type parameters");
            }
            if (tok == RBRACK) {
                syntaxError("empty type parameter list");
                next();
            } else {
                paramList(null, null, RBRACK, true);
            }
        }
        want(LPAREN);
        paramList(null, null, RPAREN, false);
        funcResult();
        return X.of(X.FUNCTYPE, p, null);
    }

    private X arrayType(long p, X len) {
        if (len == null && !got(DOTDOTDOT)) {
            xnest++;
            len = expr();
            xnest--;
        }
        if (tok == COMMA) {
            syntaxError("unexpected comma; expecting ]");
            next();
        }
        want(RBRACK);
        X t = X.of(X.ARRAY, p, type_());
        t.y = len;
        return t;
    }

    private X sliceType(long p) {
        return X.of(X.SLICETYPE, p, type_());
    }

    private X chanElem() {
        X t = typeOrNil();
        if (t == null) {
            t = badExpr();
            syntaxError("missing channel element type");
        }
        return t;
    }

    private X structType() {
        X t = X.of(X.STRUCT, pos(), null);
        want(STRUCT);
        want(LBRACE);
        list("struct type", SEMI, RBRACE, () -> {
            fieldDecl();
            return false;
        });
        return t;
    }

    private X interfaceType() {
        X t = X.of(X.IFACE, pos(), null);
        want(INTERFACE);
        want(LBRACE);
        list("interface type", SEMI, RBRACE, () -> {
            Field f = null;
            if (tok == NAME) {
                f = methodDecl();
            }
            if (f == null || f.name == null) {
                embeddedElem(f);
            }
            return false;
        });
        return t;
    }

    private void funcResult() {
        if (got(LPAREN)) {
            paramList(null, null, RPAREN, false);
        } else {
            typeOrNil();
        }
    }

    private void fieldDecl() {
        switch (tok) {
            case NAME -> {
                X name = name();
                if (tok == DOT || tok == LITERAL || tok == SEMI || tok == RBRACE) {
                    qualifiedName(name);
                    oliteral();
                    return;
                }
                int n = nameList(name);
                if (n == 1 && tok == LBRACK) {
                    arrayOrTArgs();
                } else {
                    type_();
                }
                oliteral();
            }
            case STAR -> {
                next();
                if (tok == LPAREN) {
                    syntaxError("cannot parenthesize embedded type");
                    next();
                    qualifiedName(null);
                    got(RPAREN);
                } else {
                    qualifiedName(null);
                }
                oliteral();
            }
            case LPAREN -> {
                syntaxError("cannot parenthesize embedded type");
                next();
                if (tok == STAR) {
                    next();
                }
                qualifiedName(null);
                got(RPAREN);
                oliteral();
            }
            default -> {
                syntaxError("expecting field name or embedded type");
                advance(SEMI, RBRACE);
            }
        }
    }

    private X arrayOrTArgs() {
        long p = pos();
        want(LBRACK);
        if (got(RBRACK)) {
            return sliceType(p);
        }
        boolean[] comma = new boolean[1];
        X n = typeList(comma);
        want(RBRACK);
        if (!comma[0]) {
            X elem = typeOrNil();
            if (elem != null) {
                X t = X.of(X.ARRAY, p, elem);
                t.y = n;
                return t;
            }
        }
        X t = X.of(X.INDEX, p, null);
        t.y = n;
        return t;
    }

    private X oliteral() {
        if (tok == LITERAL) {
            X b = X.of(X.BASIC, pos(), null);
            b.lit = lit;
            next();
            return b;
        }
        return null;
    }

    /** A parameter, struct field or interface element: name and/or type (either may be null). */
    private static final class Field {
        X name, type;

        Field(X name, X type) {
            this.name = name;
            this.type = type;
        }
    }

    private Field methodDecl() {
        X name = name();
        String context = "interface method";
        switch (tok) {
            case LPAREN -> {
                funcType(context);
                return new Field(name, null);
            }
            case LBRACK -> {
                long p = pos();
                next();
                if (tok == RBRACK) {
                    long p2 = pos();
                    next();
                    if (tok == LPAREN) {
                        errorAt(p2, "empty type parameter list");
                        funcType(context);
                        return new Field(name, null);
                    }
                    errorAt(p2, "empty type argument list");
                    return new Field(null, name);
                }
                List<Field> list = paramList(null, null, RBRACK, false);
                if (list.isEmpty()) {
                    if (tok == LPAREN) {
                        funcType(context);
                        return new Field(name, null);
                    }
                    return new Field(null, name);
                }
                if (list.get(0).name != null) {
                    funcType(context);
                    errorAt(p, "interface method must have no type parameters");
                    return new Field(name, null);
                }
                X t = X.of(X.INDEX, p, name);
                return new Field(null, t);
            }
            default -> {
                return new Field(null, qualifiedName(name));
            }
        }
    }

    private Field embeddedElem(Field f) {
        if (f == null) {
            f = new Field(null, embeddedTerm());
        }
        while (tok == OPERATOR && lit.equals("|")) {
            long p = pos();
            next();
            f.type = X.op(p, "|", f.type, embeddedTerm());
        }
        return f;
    }

    private X embeddedTerm() {
        if (tok == OPERATOR && lit.equals("~")) {
            long p = pos();
            next();
            return X.op(p, "~", type_(), null);
        }
        X t = typeOrNil();
        if (t == null) {
            t = badExpr();
            syntaxError("expecting ~ term or type");
            advance(OPERATOR, SEMI, RPAREN, RBRACK, RBRACE);
        }
        return t;
    }

    private Field paramDeclOrNil(X name, int follow) {
        boolean typeSetsOk = follow == RBRACK;
        long p = pos();
        if (name != null) {
            p = name.pos;
        } else if (typeSetsOk && tok == OPERATOR && lit.equals("~")) {
            return embeddedElem(null);
        }
        Field f = new Field(null, null);
        if (tok == NAME || name != null) {
            if (name == null) {
                name = name();
            }
            if (tok == LBRACK) {
                f.type = arrayOrTArgs();
                if (f.type.k == X.INDEX) {
                    f.type.x = name;
                } else {
                    f.name = name;
                }
                if (typeSetsOk && tok == OPERATOR && lit.equals("|")) {
                    f = embeddedElem(f);
                }
                return f;
            }
            if (tok == DOT) {
                f.type = qualifiedName(name);
                if (typeSetsOk && tok == OPERATOR && lit.equals("|")) {
                    f = embeddedElem(f);
                }
                return f;
            }
            if (typeSetsOk && tok == OPERATOR && lit.equals("|")) {
                f.type = name;
                return embeddedElem(f);
            }
            f.name = name;
        }
        if (tok == DOTDOTDOT) {
            long d = pos();
            next();
            X elem = typeOrNil();
            if (elem == null) {
                elem = badExpr();
                syntaxError("... is missing type");
            }
            f.type = X.of(X.DOTS, d, elem);
            return f;
        }
        if (typeSetsOk && tok == OPERATOR && lit.equals("~")) {
            f.type = embeddedElem(null).type;
            return f;
        }
        f.type = typeOrNil();
        if (typeSetsOk && tok == OPERATOR && lit.equals("|") && f.type != null) {
            f = embeddedElem(f);
        }
        if (f.name != null || f.type != null) {
            return f;
        }
        syntaxError("expecting " + tokstring(follow));
        advance(COMMA, follow);
        return null;
    }

    private List<Field> paramList(X name, X type, int close, boolean requireNames) {
        List<Field> list = new ArrayList<>();
        if (name != null && type != null && tok == close) {
            next();
            list.add(new Field(name, type));
            return list;
        }
        X[] pending = {name, type};
        int[] named = {0};
        long end = list("parameter list", COMMA, close, () -> {
            Field par;
            if (pending[1] != null) {
                par = new Field(pending[0], pending[1]);
            } else {
                par = paramDeclOrNil(pending[0], close);
            }
            pending[0] = null;
            pending[1] = null;
            if (par != null) {
                if (par.name != null && par.type != null) {
                    named[0]++;
                }
                list.add(par);
            }
            return false;
        });
        if (list.isEmpty()) {
            return list;
        }
        int typed = 0;
        for (Field f : list) {
            if (f.type != null) {
                typed++;
            }
        }
        if (named[0] == 0 && !requireNames) {
            for (Field f : list) {
                if (f.name != null) {
                    f.type = f.name;
                    f.name = null;
                }
            }
        } else if (named[0] != list.size()) {
            // some named, some not: the left-most parameter without a name or without a type is wrong
            long errPos = NOPOS;
            X t = null;
            for (int i = list.size() - 1; i >= 0; i--) {
                Field par = list.get(i);
                if (par.type != null) {
                    t = par.type;
                    if (par.name == null) {
                        errPos = startPos(t);
                        par.name = X.name(errPos, "_");
                    }
                } else if (t != null) {
                    par.type = t;
                } else {
                    errPos = par.name.pos;
                    par.type = X.of(X.BAD, errPos, null);
                }
            }
            if (errPos != NOPOS) {
                String msg;
                if (requireNames) {
                    if (named[0] == typed) {
                        errPos = end;
                        msg = "missing type constraint";
                    } else {
                        msg = "type parameters must be named";
                    }
                } else {
                    msg = "mixed named and unnamed parameters";
                }
                syntaxErrorAt(errPos, msg);
            }
        }
        return list;
    }

    private static long startPos(X x) {
        while (true) {
            switch (x.k) {
                case X.SELECTOR, X.INDEX, X.SLICE, X.ASSERT, X.GUARD, X.CALL -> x = x.x;
                case X.OP -> {
                    if (x.y == null) {
                        return x.pos;
                    }
                    x = x.x;
                }
                case X.COMPOSITE -> {
                    if (x.x == null) {
                        return x.pos;
                    }
                    x = x.x;
                }
                default -> {
                    return x.pos;
                }
            }
        }
    }

    private X badExpr() {
        return X.of(X.BAD, pos(), null);
    }

    // ---- statements ----

    /** A simple statement, as much of it as messages need. */
    private static final class S {
        static final int EXPR = 0, ASSIGN = 1, SEND = 2, RANGE = 3;
        final int k;
        final long pos;
        String op; // ASSIGN: "" for =, ":" for :=, "+" for += and ++
        X lhs, rhs; // EXPR: lhs only; ++/--: no rhs

        S(int k, long pos, String op, X lhs, X rhs) {
            this.k = k;
            this.pos = pos;
            this.op = op;
            this.lhs = lhs;
            this.rhs = rhs;
        }

        @Override
        public String toString() {
            return switch (k) {
                case EXPR -> lhs.toString();
                case SEND -> lhs + " <- " + rhs;
                case RANGE -> (lhs == null ? "" : lhs + (op.equals(":") ? " := " : " = ")) + "range " + rhs;
                default -> rhs == null ? lhs + op + op : lhs + " " + op + "= " + rhs;
            };
        }
    }

    private S simpleStmt(X lhs, int keyword) {
        if (keyword == FOR && tok == RANGE) {
            return rangeClause(null, false);
        }
        if (lhs == null) {
            lhs = exprList();
        }
        if (lhs.k != X.LIST && tok != ASSIGN && tok != DEFINE) {
            long p = pos();
            switch (tok) {
                case ASSIGNOP -> {
                    String op = lit;
                    next();
                    return new S(S.ASSIGN, p, op, lhs, expr());
                }
                case INCOP -> {
                    String op = lit;
                    next();
                    return new S(S.ASSIGN, p, op, lhs, null);
                }
                case ARROW -> {
                    next();
                    return new S(S.SEND, p, "", lhs, expr());
                }
                default -> {
                    return new S(S.EXPR, lhs.pos, "", lhs, null);
                }
            }
        }
        switch (tok) {
            case ASSIGN, DEFINE -> {
                long p = pos();
                String op = tok == DEFINE ? ":" : "";
                next();
                if (keyword == FOR && tok == RANGE) {
                    return rangeClause(lhs, op.equals(":"));
                }
                X rhs = exprList();
                if (rhs.k == X.GUARD && keyword == SWITCH && op.equals(":") && lhs.k == X.NAME) {
                    rhs.y = lhs;
                    return new S(S.EXPR, rhs.pos, "", rhs, null);
                }
                return new S(S.ASSIGN, p, op, lhs, rhs);
            }
            default -> {
                syntaxError("expecting := or = or comma");
                advance(SEMI, RBRACE);
                X x = lhs.k == X.LIST ? lhs.list.get(0) : lhs;
                return new S(S.EXPR, x.pos, "", x, null);
            }
        }
    }

    private S rangeClause(X lhs, boolean define) {
        long p = pos();
        next();
        return new S(S.RANGE, p, define ? ":" : "", lhs, expr());
    }

    /** Go's labeledStmtOrNil: false when the label has no statement (Go's nil). */
    private boolean labeledStmt() {
        long p = pos();
        want(COLON);
        if (tok == RBRACE) {
            return true;
        }
        if (stmtOrNil()) {
            return true;
        }
        syntaxErrorAt(p, "missing statement after label");
        return false;
    }

    private void blockStmt(String context) {
        if (!got(LBRACE)) {
            syntaxError("expecting { after " + context);
            advance(NAME, RBRACE);
            if (got(RBRACE)) {
                return;
            }
        }
        stmtList();
        want(RBRACE);
    }

    private void declStmt(Runnable spec) {
        next();
        appendGroup(spec);
    }

    private void forStmt() {
        header(FOR);
        blockStmt("for clause");
    }

    private void header(int keyword) {
        want(keyword);
        if (tok == LBRACE) {
            if (keyword == IF) {
                syntaxError("missing condition in if statement");
            }
            return;
        }
        int outer = xnest;
        xnest = -1;
        S init = null;
        if (tok != SEMI) {
            if (got(VAR)) {
                syntaxError("var declaration not allowed in " + tokstring(keyword) + " initializer");
            }
            init = simpleStmt(null, keyword);
            if (init.k == S.RANGE) {
                xnest = outer;
                return;
            }
        }
        S cond = null;
        long semiPos = NOPOS;
        String semiLit = null;
        if (tok != LBRACE) {
            if (tok == SEMI) {
                semiPos = pos();
                semiLit = lit;
                next();
            } else {
                want(LBRACE);
                if (tok != LBRACE) {
                    advance(LBRACE, RBRACE);
                }
            }
            if (keyword == FOR) {
                boolean missingCond = false;
                if (tok != SEMI) {
                    if (tok == LBRACE) {
                        syntaxError("expecting for loop condition");
                        missingCond = true;
                    } else {
                        cond = simpleStmt(null, 0);
                    }
                }
                if (!missingCond) {
                    want(SEMI);
                    if (tok != LBRACE) {
                        S post = simpleStmt(null, 0);
                        if (post.k == S.ASSIGN && post.op.equals(":")) {
                            syntaxErrorAt(post.pos, "cannot declare in post statement of for loop");
                        }
                    }
                }
            } else if (tok != LBRACE) {
                cond = simpleStmt(null, keyword);
            }
        } else {
            cond = init;
        }
        if (cond == null) {
            if (keyword == IF && semiPos != NOPOS) {
                if (!semiLit.equals("semicolon")) {
                    syntaxErrorAt(semiPos, "unexpected " + semiLit + ", expecting { after if clause");
                } else {
                    syntaxErrorAt(semiPos, "missing condition in if statement");
                }
            }
        } else if (cond.k != S.EXPR) {
            String s = cond.k == S.ASSIGN && cond.op.isEmpty() && cond.rhs != null
                    ? "assignment (" + cond.lhs + ") = (" + cond.rhs + ")"
                    : cond.toString();
            syntaxErrorAt(cond.pos, "cannot use " + s + " as value");
        }
        xnest = outer;
    }

    private void ifStmt() {
        header(IF);
        blockStmt("if clause");
        if (got(ELSE)) {
            switch (tok) {
                case IF -> ifStmt();
                case LBRACE -> blockStmt("");
                default -> {
                    syntaxError("else must be followed by if or statement block");
                    advance(NAME, RBRACE);
                }
            }
        }
    }

    private void switchStmt() {
        header(SWITCH);
        clauses("switch", () -> exprList());
    }

    private void selectStmt() {
        want(SELECT);
        clauses("select", () -> simpleStmt(null, 0));
    }

    /** The body of a switch or select: case clauses until `}`. */
    private void clauses(String what, Runnable caseHead) {
        if (!got(LBRACE)) {
            syntaxError("missing { after " + what + " clause");
            advance(CASE, DEFAULT, RBRACE);
        }
        while (tok != EOF && tok != RBRACE) {
            switch (tok) {
                case CASE -> {
                    next();
                    caseHead.run();
                }
                case DEFAULT -> next();
                default -> {
                    syntaxError("expecting case or default or }");
                    advance(COLON, CASE, DEFAULT, RBRACE);
                }
            }
            want(COLON);
            stmtList();
        }
        want(RBRACE);
    }

    /** Go's stmtOrNil: false where Go returns nil (no statement starts here). */
    private boolean stmtOrNil() {
        if (tok == NAME) {
            X lhs = exprList();
            if (lhs.k == X.NAME && tok == COLON) {
                return labeledStmt();
            }
            simpleStmt(lhs, 0);
            return true;
        }
        switch (tok) {
            case VAR -> declStmt(this::varDecl);
            case CONST -> declStmt(this::constDecl);
            case TYPE -> declStmt(this::typeDecl);
            case LBRACE -> blockStmt("");
            case OPERATOR, STAR -> {
                switch (lit) {
                    case "+", "-", "*", "&", "^", "!" -> simpleStmt(null, 0);
                    default -> {
                        return false;
                    }
                }
            }
            case LITERAL, FUNC, LPAREN, LBRACK, STRUCT, MAP, CHAN, INTERFACE, ARROW -> simpleStmt(null, 0);
            case FOR -> forStmt();
            case SWITCH -> switchStmt();
            case SELECT -> selectStmt();
            case IF -> ifStmt();
            case FALLTHROUGH -> next();
            case BREAK, CONTINUE -> {
                next();
                if (tok == NAME) {
                    name();
                }
            }
            case GO, DEFER -> callStmt();
            case GOTO -> {
                next();
                name();
            }
            case RETURN -> {
                next();
                if (tok != SEMI && tok != RBRACE) {
                    exprList();
                }
            }
            case SEMI -> {
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private void stmtList() {
        while (tok != EOF && tok != RBRACE && tok != CASE && tok != DEFAULT) {
            if (!stmtOrNil()) {
                break;
            }
            if (!got(SEMI) && tok != RBRACE) {
                syntaxError("at end of statement");
                advance(SEMI, RBRACE, CASE, DEFAULT);
                got(SEMI); // Go: avoid a spurious empty statement
            }
        }
    }

    private void argList(X call) {
        xnest++;
        list("argument list", COMMA, RPAREN, () -> {
            call.list.add(expr());
            call.dots = got(DOTDOTDOT);
            return call.dots;
        });
        xnest--;
    }

    // ---- names and lists ----

    private X name() {
        if (tok == NAME) {
            X n = X.name(pos(), lit);
            next();
            return n;
        }
        X n = X.name(pos(), "_");
        syntaxError("expecting name");
        advance();
        return n;
    }

    private int nameList(X head) {
        int n = 1;
        while (got(COMMA)) {
            name();
            n++;
        }
        return n;
    }

    private X qualifiedName(X name) {
        X x;
        if (name != null) {
            x = name;
        } else if (tok == NAME) {
            x = name();
        } else {
            x = X.name(pos(), "_");
            syntaxError("expecting name");
            advance(DOT, SEMI, RBRACE);
        }
        if (tok == DOT) {
            X s = X.of(X.SELECTOR, pos(), x);
            next();
            s.lit = name().lit;
            x = s;
        }
        if (tok == LBRACK) {
            x = typeInstance(x);
        }
        return x;
    }

    private X exprList() {
        X x = expr();
        if (got(COMMA)) {
            X l = X.of(X.LIST, x.pos, null);
            l.list = new ArrayList<>(List.of(x, expr()));
            while (got(COMMA)) {
                l.list.add(expr());
            }
            x = l;
        }
        return x;
    }

    private X typeList(boolean[] comma) {
        xnest++;
        X x = expr();
        if (got(COMMA)) {
            comma[0] = true;
            X t = typeOrNil();
            if (t != null) {
                X l = X.of(X.LIST, x.pos, null);
                l.list = new ArrayList<>(List.of(x, t));
                while (got(COMMA)) {
                    t = typeOrNil();
                    if (t == null) {
                        break;
                    }
                    l.list.add(t);
                }
                x = l;
            }
        }
        xnest--;
        return x;
    }

    private static X unparen(X x) {
        while (x.k == X.PAREN) {
            x = x.x;
        }
        return x;
    }

    /** An expression or type: its kind, position and the parts that checks and messages look at. */
    private static final class X {
        static final int NAME = 0, BASIC = 1, COMPOSITE = 2, FUNCLIT = 3, PAREN = 4, SELECTOR = 5, INDEX = 6,
                SLICE = 7, ASSERT = 8, GUARD = 9, CALL = 10, OP = 11, LIST = 12, ARRAY = 13, SLICETYPE = 14, DOTS = 15,
                STRUCT = 16, FUNCTYPE = 17, IFACE = 18, MAP = 19, CHAN = 20, BAD = 21;
        static final int BOTH = 0, SEND = 1, RECV = 2;
        /** An absent slice index. */
        static final X NONE = new X(BAD, NOPOS);

        final int k;
        final long pos;
        X x, y; // operand(s), element type, index, map key/value, type of a composite literal, guard's name
        List<X> list; // call arguments, list elements, slice indices
        String lit, op;
        int dir, count;
        boolean dots;

        private X(int k, long pos) {
            this.k = k;
            this.pos = pos;
        }

        static X of(int k, long pos, X x) {
            X n = new X(k, pos);
            n.x = x;
            return n;
        }

        static X name(long pos, String name) {
            X n = new X(NAME, pos);
            n.lit = name;
            return n;
        }

        static X op(long pos, String op, X x, X y) {
            X n = of(OP, pos, x);
            n.op = op;
            n.y = y;
            return n;
        }

        /** Go's syntax.String of the expression, in its short form. */
        @Override
        public String toString() {
            return switch (k) {
                case NAME, BASIC -> lit;
                case BAD -> "<bad expr>";
                case COMPOSITE -> (x == null ? "" : x.toString()) + (count > 0 ? "{…}" : "{}");
                case FUNCLIT -> x + " {…}";
                case PAREN -> "(" + x + ")";
                case SELECTOR -> x + "." + lit;
                case INDEX -> x + "[" + y + "]";
                case SLICE -> {
                    StringBuilder b = new StringBuilder().append(x).append('[');
                    if (list.get(0) != NONE) {
                        b.append(list.get(0));
                    }
                    b.append(':');
                    if (list.get(1) != NONE) {
                        b.append(list.get(1));
                    }
                    if (list.size() > 2) {
                        b.append(':').append(list.get(2));
                    }
                    yield b.append(']').toString();
                }
                case ASSERT -> x + ".(" + y + ")";
                case GUARD -> (y == null ? "" : y + " := ") + x + ".(type)";
                case CALL -> x + "(" + join(list) + (dots ? "...)" : ")");
                case OP -> y == null ? op + x : x + " " + op + " " + y;
                case LIST -> join(list);
                case ARRAY -> "[" + (y == null ? "..." : y.toString()) + "]" + x;
                case SLICETYPE -> "[]" + x;
                case DOTS -> "..." + x;
                case STRUCT -> "struct{…}";
                case FUNCTYPE -> "func(…)";
                case IFACE -> "interface{…}";
                case MAP -> "map[" + x + "]" + y;
                case CHAN -> (dir == RECV ? "<-chan " : dir == SEND ? "chan<- " : "chan ") + x;
                default -> "?";
            };
        }

        private static String join(List<X> l) {
            StringBuilder b = new StringBuilder();
            for (X e : l) {
                if (b.length() > 0) {
                    b.append(", ");
                }
                b.append(e);
            }
            return b.toString();
        }
    }
}
