package gotruffle.parser;

import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.IntervalSet;

import gotruffle.grammar.GoLexer;
import gotruffle.grammar.GoParser;
import gotruffle.grammar.GoParser.*;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Phrases an ANTLR syntax error the way Go's hand-written parser would report it at the same
 * token: "unexpected X" plus the context Go's parser is in (argument list, composite literal,
 * end of statement, ...). Derived from where the error occurs in the grammar and the tokens
 * around it; the common cases match Go 1.19's messages exactly.
 */
final class SyntaxMessages {
    private SyntaxMessages() {
    }

    record Message(Token at, String text) {
    }

    /** Go's description of a token in "unexpected X". */
    static String describe(Token t) {
        int type = t.getType();
        String text = t.getText();
        return switch (type) {
            case Token.EOF -> "EOF";
            case GoLexer.SEMI -> text.equals(";") ? "semicolon" : text;
            case GoLexer.COMMA -> "comma";
            case GoLexer.IDENTIFIER -> Literals.utf8(text);
            case GoLexer.INT_LIT, GoLexer.FLOAT_LIT, GoLexer.IMAGINARY_LIT, GoLexer.RUNE_LIT, GoLexer.STRING_LIT,
                    GoLexer.RAW_STRING_LIT -> "literal " + Literals.utf8(text);
            default -> text;
        };
    }

    static Message of(Parser parser, RecognitionException e) {
        Token t = e.getOffendingToken() != null ? e.getOffendingToken() : parser.getCurrentToken();
        ParserRuleContext ctx = e.getCtx() instanceof ParserRuleContext c ? c : parser.getContext();
        IntervalSet expected = null;
        try {
            expected = e.getExpectedTokens();
        } catch (RuntimeException ignored) {
            // no expected set for this kind of error
        }
        TokenStream tokens = parser.getInputStream();
        Token prev = previous(tokens, t);
        if (prev != null && prev.getType() == GoLexer.COLON && labelWithoutStatement(ctx, prev)) {
            return new Message(prev, "syntax error: missing statement after label");
        }
        if (prev != null && prev.getType() == GoLexer.VAR) {
            // Go's parser accepts `var` in a statement header, then complains at the token after it.
            Token kw = previous(tokens, prev);
            String keyword = kw == null ? "" : switch (kw.getType()) {
                case GoLexer.IF -> "if";
                case GoLexer.FOR -> "for";
                case GoLexer.SWITCH -> "switch";
                default -> "";
            };
            if (!keyword.isEmpty()) {
                return new Message(t, "syntax error: var declaration not allowed in " + keyword + " initializer");
            }
        }
        if (t.getType() == GoLexer.VAR && prev != null
                && (prev.getType() == GoLexer.IF || prev.getType() == GoLexer.FOR || prev.getType() == GoLexer.SWITCH)) {
            Token after = tokens.get(t.getTokenIndex() + 1);
            for (int i = t.getTokenIndex() + 1; i < tokens.size(); i++) {
                if (tokens.get(i).getChannel() == Token.DEFAULT_CHANNEL) {
                    after = tokens.get(i);
                    break;
                }
            }
            return new Message(after, "syntax error: var declaration not allowed in " + prev.getText() + " initializer");
        }
        Token range = strayRange(tokens, t);
        if (range != null) {
            return new Message(range, "syntax error: unexpected range, expecting expression");
        }
        ForStmtContext fs = enclosing(ctx, ForStmtContext.class);
        if (fs != null && fs.block() == null && listBeforeAssign(tokens, fs.getStart(), t)) {
            return new Message(t, unexpected(t, ", expecting := or = or comma"));
        }
        ForHeaderContext fh = enclosing(ctx, ForHeaderContext.class);
        if (fh == null && ctx instanceof ForStmtContext f) {
            fh = f.forHeader();
        }
        if (fh != null && !fh.simpleStmt().isEmpty() && fh.simpleStmt(0).RANGE() != null && !fh.SEMI().isEmpty()) {
            // Go's parser ends the header after a range clause and wants the body's `{`.
            Token semi = fh.SEMI(0).getSymbol();
            return new Message(semi, unexpected(semi, ", expecting { after for clause"));
        }
        return new Message(t, text(tokens, t, ctx, expected));
    }

    private static String unexpected(Token t, String suffix) {
        return "syntax error: unexpected " + describe(t) + suffix;
    }

    private static String text(TokenStream tokens, Token t, ParserRuleContext ctx, IntervalSet expected) {
        Token prev = previous(tokens, t);
        int p = prev == null ? -1 : prev.getType();

        if (p == GoLexer.ELSE && t.getType() != GoLexer.IF && t.getType() != GoLexer.L_CURLY) {
            return "syntax error: else must be followed by if or statement block";
        }
        SourceFileContext file = enclosing(ctx, SourceFileContext.class);
        if (ctx instanceof PackageClauseContext && p == GoLexer.PACKAGE) {
            return goParserExpected("'IDENT'", t);
        }
        if (file != null && file.packageClause() == null || ctx instanceof PackageClauseContext) {
            return goParserExpected("'package'", t);
        }
        if (ctx instanceof ImportSpecContext || ctx instanceof StringLitContext && ctx.parent instanceof ImportSpecContext
                || ctx instanceof ImportDeclContext && p != GoLexer.SEMI) {
            // `go build` reads imports with go/parser, so these errors use its wording.
            return goParserExpected("'STRING'", t);
        }
        if (p == GoLexer.DOT && t.getType() != GoLexer.IDENTIFIER && t.getType() != GoLexer.L_PAREN) {
            return unexpected(t, ", expecting name or (");
        }
        if (p == GoLexer.FUNC && t.getType() != GoLexer.L_PAREN) {
            boolean decl = ctx instanceof SourceFileContext || ctx instanceof TopLevelDeclContext
                    || ctx instanceof FunctionDeclContext || ctx instanceof MethodDeclContext;
            return unexpected(t, decl ? ", expecting name or (" : ", expecting (");
        }
        if (ctx instanceof MethodDeclContext && t.getType() != GoLexer.IDENTIFIER && p == GoLexer.R_PAREN) {
            return unexpected(t, ", expecting name or (");
        }
        if ((ctx instanceof FunctionDeclContext || ctx instanceof MethodDeclContext || ctx instanceof SignatureContext
                || ctx instanceof ParametersContext && startsAt(ctx, t)) && p == GoLexer.IDENTIFIER
                && t.getType() != GoLexer.L_PAREN) {
            return unexpected(t, ", expecting (");
        }
        if (ctx instanceof ParametersContext && (p == GoLexer.L_PAREN || p == GoLexer.COMMA)) {
            // Go's paramDeclOrNil: a token that starts neither a name nor a type
            return unexpected(t, ", expecting )");
        }
        if ((ctx instanceof ParameterDeclContext || ctx instanceof Type_Context && ctx.parent instanceof ParameterDeclContext)
                && startsAt(ctx, t) && nearestList(ctx) instanceof ParametersContext) {
            // Go parses a parameter as [name] [type]: a bad token ends the parameter.
            return p == GoLexer.L_PAREN || p == GoLexer.COMMA ? unexpected(t, ", expecting )")
                    : unexpected(t, " in parameter list; possibly missing comma or )");
        }
        if (t.getType() == GoLexer.DECLARE_ASSIGN && inDeclaration(ctx)) {
            // Go's gotAssign: `:=` where a declaration wants `=`
            return unexpected(t, ", expecting =");
        }
        if (t.getType() == GoLexer.COMMA && (enclosing(ctx, ArrayLengthContext.class) != null
                || ctx instanceof ArrayTypeContext)) {
            return "syntax error: unexpected comma; expecting ]"; // Go's arrayType, verbatim
        }
        if (p == GoLexer.RETURN && t.getType() != GoLexer.SEMI && t.getType() != GoLexer.R_CURLY
                && !canStartExpression(t)) {
            return unexpected(t, ", expecting expression");
        }
        String assertion = typeAssertion(ctx);
        if (assertion != null) {
            return unexpected(t, assertion);
        }
        if (p == GoLexer.ARROW && t.getType() != GoLexer.CHAN
                && (isTypeRule(ctx) || ctx instanceof ChannelTypeContext || ctx instanceof ResultContext)) {
            return unexpected(t, ", expecting chan"); // `<-` in a type is `<-chan`
        }
        if ((p == GoLexer.STRUCT || p == GoLexer.INTERFACE) && t.getType() != GoLexer.L_CURLY) {
            return unexpected(t, ", expecting {");
        }
        String afterType = afterTypeSpec(tokens, ctx, t);
        if (afterType != null) {
            return afterType;
        }
        String dangling = danglingList(ctx, prev);
        if (dangling != null) {
            return unexpected(t, dangling);
        }
        if (needsOperand(p, ctx) && !canStartExpression(t) && !isTypeRule(ctx)) {
            return unexpected(t, ", expecting expression");
        }
        if (isTypeRule(ctx) && startsAt(ctx, t) && ctx.parent instanceof TypeSpecContext) {
            return unexpected(t, " in type declaration");
        }
        if (isTypeRule(ctx) && startsAt(ctx, t) || ctx instanceof VarSpecContext && p == GoLexer.IDENTIFIER) {
            return unexpected(t, ", expecting type");
        }
        if (isExpressionRule(ctx) && startsAt(ctx, t) && !canStartExpression(t)) {
            return unexpected(t, ", expecting expression");
        }
        for (RuleContext c = ctx; c != null; c = c.parent) {
            String s = contextual(c, t, p);
            if (s != null) {
                return s;
            }
        }
        if (expected != null && expected.size() == 1) {
            return unexpected(t, ", expecting " + tokenName(expected.get(0)));
        }
        return unexpected(t, "");
    }

    /** The message for the innermost context that determines it, or null to look further out. */
    private static String contextual(RuleContext c, Token t, int p) {
        return switch (c) {
            case ArgumentsContext a when (p == GoLexer.L_PAREN || p == GoLexer.COMMA) && !canStartExpression(t)
                    && t.getType() != GoLexer.R_PAREN -> unexpected(t, ", expecting expression");
            case ArgumentsContext a -> unexpected(t, " in argument list; possibly missing comma or )");
            case LiteralValueContext l when (p == GoLexer.L_CURLY || p == GoLexer.COMMA) && !canStartExpression(t)
                    && t.getType() != GoLexer.R_CURLY -> unexpected(t, ", expecting expression");
            case LiteralValueContext l -> unexpected(t, " in composite literal; possibly missing comma or }");
            case ParametersContext ps -> unexpected(t, " in parameter list; possibly missing comma or )");
            case StructTypeContext s when startsField(t, p) ->
                    unexpected(t, ", expecting field name or embedded type");
            case StructTypeContext s -> unexpected(t, " in struct type; possibly missing semicolon or newline or }");
            case InterfaceTypeContext i -> unexpected(t, " in interface type; possibly missing semicolon or newline or }");
            case ParenExprContext pe -> unexpected(t, ", expecting )");
            case IndexContext i when p == GoLexer.L_BRACKET && t.getType() == GoLexer.R_BRACKET ->
                    unexpected(t, ", expecting operand");
            case IndexContext i when i.COMMA().isEmpty() && i.sliceRest() == null ->
                    unexpected(t, ", expecting comma, : or ]");
            case IndexContext i -> unexpected(t, ", expecting ]");
            case ArrayTypeContext a -> unexpected(t, ", expecting ]");
            case MapTypeContext m when m.L_BRACKET() == null -> unexpected(t, ", expecting [");
            case MapTypeContext m when m.R_BRACKET() == null -> unexpected(t, ", expecting ]");
            case TypeArgsContext ta -> unexpected(t, ", expecting ]");
            case TypeParametersContext tp -> unexpected(t, " in parameter list; possibly missing comma or ]");
            case ImportDeclContext i when i.L_PAREN() != null ->
                    unexpected(t, " in grouped declaration; possibly missing semicolon or newline or )");
            case ConstDeclContext d when d.L_PAREN() != null ->
                    unexpected(t, " in grouped declaration; possibly missing semicolon or newline or )");
            case VarDeclContext d when d.L_PAREN() != null ->
                    unexpected(t, " in grouped declaration; possibly missing semicolon or newline or )");
            case TypeDeclContext d when d.L_PAREN() != null ->
                    unexpected(t, " in grouped declaration; possibly missing semicolon or newline or )");
            case BlockContext b when b.L_CURLY() == null -> c.parent instanceof ForStmtContext
                    || c.parent instanceof IfStmtContext ? null : unexpected(t, ", expecting {");
            case BlockContext b -> afterStatements(b.statementList(), t, ", expecting }");
            case CaseClauseContext cc when cc.COLON() == null -> unexpected(t, ", expecting :");
            case CommClauseContext cc when cc.COLON() == null -> unexpected(t, ", expecting :");
            case CaseClauseContext cc -> afterStatements(cc.statementList(), t, ", expecting case or default or }");
            case CommClauseContext cc -> afterStatements(cc.statementList(), t, ", expecting case or default or }");
            case TypeSpecContext ts -> unexpected(t, " in type declaration");
            case GotoStmtContext g when g.IDENTIFIER() == null -> unexpected(t, ", expecting name");
            case VarSpecContext vs when vs.identifierList() == null -> unexpected(t, ", expecting name");
            case ConstSpecContext cs when cs.identifierList() == null -> unexpected(t, ", expecting name");
            case VarDeclContext d when d.varSpec().isEmpty() && (p == GoLexer.VAR) -> unexpected(t, ", expecting name");
            case ConstDeclContext d when d.constSpec().isEmpty() && (p == GoLexer.CONST) ->
                    unexpected(t, ", expecting name");
            case TypeDeclContext d when d.typeSpec().isEmpty() && (p == GoLexer.TYPE) -> unexpected(t, ", expecting name");
            case SwitchStmtContext sw when sw.L_CURLY() == null && wantsCondition(sw.header(), t) ->
                    unexpected(t, ", expecting expression");
            case SwitchStmtContext s -> switchBody(s, t);
            case SelectStmtContext s -> selectBody(s, t);
            case IfStmtContext i when wantsCondition(i.header(), t) -> unexpected(t, ", expecting expression");
            case IfStmtContext i -> headerEnd(i.header() != null && i.header().SEMI() != null, "if clause", t);
            case ForStmtContext f when (p == GoLexer.FOR || p == GoLexer.SEMI && f.forHeader() != null
                    && f.forHeader().SEMI().size() == 1) && !canStartExpression(t) && t.getType() != GoLexer.L_CURLY
                    && t.getType() != GoLexer.SEMI && t.getType() != GoLexer.RANGE ->
                    unexpected(t, ", expecting expression"); // Go parses the init statement or condition
            case ForStmtContext f when f.forHeader() != null && f.forHeader().SEMI().size() == 1 ->
                    unexpected(t, ", expecting semicolon or newline");
            case ForStmtContext f -> headerEnd(f.forHeader() != null
                    && (f.forHeader().SEMI().size() == 2 || f.forHeader().RANGE() != null
                            || f.forHeader().simpleStmt().size() == 1 && f.forHeader().simpleStmt(0).RANGE() != null),
                    "for clause", t);
            case SourceFileContext f -> topLevel(f, t, p);
            default -> null;
        };
    }

    /**
     * In an unfinished type assertion `x.(`: what Go's parser wants next (a type, or the `)` after
     * it), or null elsewhere. The context is the assertion or the type in it.
     */
    private static String typeAssertion(RuleContext c) {
        for (; c != null; c = c.parent) {
            if (c instanceof PrimaryExprContext pe) {
                if (pe.DOT() == null || pe.L_PAREN() == null || pe.R_PAREN() != null || pe.TYPE() != null) {
                    return null;
                }
                return pe.type_() != null ? ", expecting )" : ", expecting type";
            }
            if (!(c instanceof ParserRuleContext pc && isTypeRule(pc))) {
                return null;
            }
        }
        return null;
    }

    /** A token after the complete type of a type declaration: the declaration is over. */
    private static String afterTypeSpec(TokenStream tokens, RuleContext ctx, Token t) {
        TypeSpecContext ts = enclosing(ctx, TypeSpecContext.class);
        Token typeName = previous(tokens, t);
        if (ts != null && typeName != null && typeName.getType() == GoLexer.IDENTIFIER
                && previous(tokens, typeName) == ts.getStart() && ts.typeParameters() == null) {
            // `type A B x`: B is the whole type (the grammar may still be looking for A's type at x)
            TypeDeclContext d = enclosing(ts, TypeDeclContext.class);
            if (d != null && d.L_PAREN() == null && enclosing(ts, BlockContext.class) == null) {
                return unexpected(t, " after top level declaration");
            }
        }
        if (ts == null || ts.type_() == null || ts.type_().getStop() == null
                || ts.type_().getStop().getTokenIndex() >= t.getTokenIndex()) {
            return null;
        }
        TypeDeclContext d = enclosing(ts, TypeDeclContext.class);
        if (d != null && d.L_PAREN() != null) {
            return unexpected(t, " in grouped declaration; possibly missing semicolon or newline or )");
        }
        return unexpected(t, enclosing(ts, BlockContext.class) != null ? " at end of statement" : " after top level declaration");
    }

    /**
     * `k, v := range x` outside a for header (its `for` deleted): the grammar lets a statement
     * hold a range clause, Go's parser wants an expression there. The range token, or null.
     */
    private static Token strayRange(TokenStream tokens, Token t) {
        Token range = null;
        for (int i = t.getTokenIndex() - 1; i >= 0; i--) {
            Token x = tokens.get(i);
            if (x.getChannel() != Token.DEFAULT_CHANNEL) {
                continue;
            }
            switch (x.getType()) {
                case GoLexer.RANGE -> range = x;
                case GoLexer.SEMI, GoLexer.L_CURLY, GoLexer.R_CURLY, GoLexer.COLON -> {
                    return range;
                }
                case GoLexer.FOR -> {
                    return null;
                }
                default -> {
                }
            }
        }
        return range;
    }

    /** In a for header, an expression list (`a, b`) is followed by t, not by an assignment. */
    private static boolean listBeforeAssign(TokenStream tokens, Token forTok, Token t) {
        if (t.getType() == GoLexer.ASSIGN || t.getType() == GoLexer.DECLARE_ASSIGN || t.getType() == GoLexer.COMMA
                || forTok == null || forTok.getType() != GoLexer.FOR) {
            return false;
        }
        boolean comma = false;
        for (int i = forTok.getTokenIndex() + 1; i < t.getTokenIndex(); i++) {
            switch (tokens.get(i).getType()) {
                case GoLexer.COMMA -> comma = true;
                case GoLexer.ASSIGN, GoLexer.DECLARE_ASSIGN, GoLexer.SEMI, GoLexer.L_PAREN, GoLexer.L_BRACKET,
                        GoLexer.L_CURLY, GoLexer.RANGE -> {
                    return false;
                }
                default -> {
                }
            }
        }
        return comma;
    }

    /** Inside a var, const or type declaration (not inside a function literal's body there). */
    private static boolean inDeclaration(RuleContext c) {
        for (; c != null; c = c.parent) {
            if (c instanceof BlockContext || c instanceof FunctionLitContext) {
                return false;
            }
            if (c instanceof VarSpecContext || c instanceof ConstSpecContext || c instanceof TypeSpecContext
                    || c instanceof VarDeclContext || c instanceof ConstDeclContext || c instanceof TypeDeclContext) {
                return true;
            }
        }
        return false;
    }

    /** An if/switch header that is empty or ends in `;`: Go parses a condition unless `{` follows. */
    private static boolean wantsCondition(HeaderContext h, Token t) {
        if (t.getType() == GoLexer.L_CURLY || t.getType() == GoLexer.SEMI || canStartExpression(t)) {
            return false;
        }
        return h == null || h.getChildCount() == 0
                || h.getChild(h.getChildCount() - 1) instanceof TerminalNode;
    }

    /** The innermost enclosing comma/semicolon separated list rule. */
    private static RuleContext nearestList(RuleContext c) {
        for (; c != null; c = c.parent) {
            if (c instanceof ParametersContext || c instanceof ArgumentsContext || c instanceof LiteralValueContext
                    || c instanceof StructTypeContext || c instanceof InterfaceTypeContext || c instanceof BlockContext
                    || c instanceof TypeParametersContext || c instanceof TypeArgsContext || c instanceof IndexContext) {
                return c;
            }
        }
        return null;
    }

    /**
     * `a, b` followed by something other than an assignment operator: Go's parser wants ":= or =
     * or comma" after an expression list at statement level.
     */
    private static String danglingList(ParserRuleContext ctx, Token prev) {
        if (prev == null) {
            return null;
        }
        if (endsOperand(prev) && unfinishedList(ctx)) {
            return ", expecting := or = or comma";
        }
        for (RuleContext c = ctx; c != null; c = c.parent) {
            if (c instanceof ParserRuleContext pc && pc.getChildCount() > 0) {
                ParserRuleContext last = rightmost(pc);
                if (last instanceof SimpleStmtContext s && s.getChildCount() == 1 && s.lhs != null
                        && s.lhs.expression().size() > 1 && s.lhs.getStop() == prev) {
                    return ", expecting := or = or comma";
                }
            }
            if (c instanceof BlockContext || c instanceof SourceFileContext) {
                break;
            }
        }
        return null;
    }

    /**
     * The error ends the last expression of a statement's list `a, b` that the parser is still in
     * (the grammar's contexts are unfinished then: no lhs label, the list's last expression not yet
     * attached): ctx is that expression itself, not something nested in it.
     */
    private static boolean endsOperand(Token t) {
        return switch (t.getType()) {
            case GoLexer.IDENTIFIER, GoLexer.INT_LIT, GoLexer.FLOAT_LIT, GoLexer.IMAGINARY_LIT, GoLexer.RUNE_LIT,
                    GoLexer.STRING_LIT, GoLexer.RAW_STRING_LIT, GoLexer.R_PAREN, GoLexer.R_BRACKET, GoLexer.R_CURLY -> true;
            default -> false;
        };
    }

    private static boolean unfinishedList(RuleContext ctx) {
        RuleContext c = ctx;
        while (c instanceof PrimaryExprContext || c instanceof UnaryExprContext || c instanceof ExpressionContext
                || c instanceof OperandContext) {
            c = c.parent;
        }
        return c != ctx && c instanceof ExpressionListContext l && l.COMMA().size() > 0
                && l.parent instanceof SimpleStmtContext s && s.getChildCount() == 1 && s.getChild(0) == l;
    }

    private static ParserRuleContext rightmost(ParserRuleContext c) {
        while (c.getChildCount() > 0 && c.getChild(c.getChildCount() - 1) instanceof ParserRuleContext child) {
            if (child instanceof SimpleStmtContext) {
                return child;
            }
            c = child;
        }
        return c;
    }

    private static boolean startsField(Token t, int p) {
        return (p == GoLexer.L_CURLY || p == GoLexer.SEMI) && t.getType() != GoLexer.IDENTIFIER
                && t.getType() != GoLexer.STAR && t.getType() != GoLexer.L_PAREN && t.getType() != GoLexer.R_CURLY;
    }

    private static String headerEnd(boolean complete, String clause, Token t) {
        return unexpected(t, complete ? ", expecting { after " + clause : ", expecting {");
    }

    private static String switchBody(SwitchStmtContext s, Token t) {
        if (s.L_CURLY() == null) {
            return s.header() != null && s.header().SEMI() != null
                    ? "syntax error: missing { after switch clause" : unexpected(t, ", expecting {");
        }
        int n = s.caseClause().size();
        if (n > 0) {
            return afterStatements(s.caseClause(n - 1).statementList(), t, ", expecting case or default or }");
        }
        return unexpected(t, ", expecting case or default or }");
    }

    private static String selectBody(SelectStmtContext s, Token t) {
        if (s.L_CURLY() == null) {
            return "syntax error: missing { after select clause";
        }
        int n = s.commClause().size();
        if (n > 0) {
            return afterStatements(s.commClause(n - 1).statementList(), t, ", expecting case or default or }");
        }
        return unexpected(t, ", expecting case or default or }");
    }

    /** T follows a statement list: right after a statement it is "at end of statement". */
    private static String afterStatements(StatementListContext list, Token t, String otherwise) {
        if (list != null && list.getChildCount() > 0
                && list.getChild(list.getChildCount() - 1) instanceof StatementContext s
                && s.getStart() != null && s.getStart().getTokenIndex() < t.getTokenIndex()) {
            return unexpected(t, " at end of statement");
        }
        return unexpected(t, otherwise);
    }

    private static String topLevel(SourceFileContext f, Token t, int p) {
        if (p != GoLexer.SEMI) {
            return unexpected(t, " after top level declaration");
        }
        if (t.getType() == GoLexer.L_CURLY && !f.topLevelDecl().isEmpty()) {
            TopLevelDeclContext last = f.topLevelDecl(f.topLevelDecl().size() - 1);
            boolean bodyless = last.functionDecl() != null && last.functionDecl().block() == null
                    || last.methodDecl() != null && last.methodDecl().block() == null;
            if (bodyless) {
                return "syntax error: unexpected semicolon or newline before {";
            }
        }
        return "syntax error: non-declaration statement outside function body";
    }

    /** go/parser's "expected X, found Y", which `go build` prints for the package clause and imports. */
    private static String goParserExpected(String what, Token t) {
        String found;
        if (t.getType() == GoLexer.SEMI && t.getText().equals("newline")) {
            found = "newline";
        } else if (t.getType() == GoLexer.IDENTIFIER || t.getType() == GoLexer.INT_LIT
                || t.getType() == GoLexer.FLOAT_LIT || t.getType() == GoLexer.STRING_LIT
                || t.getType() == GoLexer.RUNE_LIT || t.getType() == GoLexer.RAW_STRING_LIT
                || t.getType() == GoLexer.IMAGINARY_LIT) {
            found = Literals.utf8(t.getText());
        } else if (t.getType() == Token.EOF) {
            found = "'EOF'";
        } else if (t.getType() == GoLexer.SEMI) {
            found = "';'";
        } else if (t.getType() == GoLexer.IDENTIFIER) {
            found = "'IDENT'";
        } else {
            found = "'" + t.getText() + "'";
        }
        return "expected " + what + ", found " + found;
    }

    // ------------------------------------------------------------------ helpers

    /** The statement list around the error ends in `label:` (its colon is {@code colon}) with no statement. */
    private static boolean labelWithoutStatement(RuleContext ctx, Token colon) {
        for (RuleContext c = ctx; c != null; c = c.parent) {
            StatementListContext list = switch (c) {
                case StatementListContext l -> l;
                case BlockContext b -> b.statementList();
                case CaseClauseContext cc -> cc.statementList();
                case CommClauseContext cc -> cc.statementList();
                default -> null;
            };
            if (list != null && list.getChildCount() > 0
                    && list.getChild(list.getChildCount() - 1) instanceof StatementContext s
                    && s.getChild(0) instanceof LabeledStmtContext l) {
                return l.statement() == null && l.COLON().getSymbol() == colon;
            }
        }
        return false;
    }

    private static Token previous(TokenStream tokens, Token t) {
        for (int i = t.getTokenIndex() - 1; i >= 0; i--) {
            Token p = tokens.get(i);
            if (p.getChannel() == Token.DEFAULT_CHANNEL) {
                return p;
            }
        }
        return null;
    }

    private static <T> T enclosing(RuleContext c, Class<T> cls) {
        for (; c != null; c = c.parent) {
            if (cls.isInstance(c)) {
                return cls.cast(c);
            }
        }
        return null;
    }

    /** The rule has consumed nothing before T. */
    private static boolean startsAt(ParserRuleContext c, Token t) {
        return c.getStart() == null || c.getStart().getTokenIndex() >= t.getTokenIndex();
    }

    private static boolean isTypeRule(ParserRuleContext c) {
        return c instanceof Type_Context || c instanceof TypeNameContext || c instanceof TypeLitContext
                || c instanceof TypeElemContext || c instanceof TypeTermContext || c instanceof PointerTypeContext
                || c instanceof ParameterDeclContext;
    }

    private static boolean isExpressionRule(ParserRuleContext c) {
        return c instanceof ExpressionContext || c instanceof UnaryExprContext || c instanceof PrimaryExprContext
                || c instanceof OperandContext || c instanceof ExpressionListContext || c instanceof ElementContext
                || c instanceof KeyedElementContext || c instanceof ArrayLengthContext;
    }

    /** The previous token requires an operand to follow (in an expression context). */
    private static boolean needsOperand(int p, ParserRuleContext ctx) {
        return switch (p) {
            case GoLexer.PLUS, GoLexer.MINUS, GoLexer.STAR, GoLexer.DIV, GoLexer.MOD, GoLexer.AMPERSAND, GoLexer.OR,
                    GoLexer.CARET, GoLexer.LSHIFT, GoLexer.RSHIFT, GoLexer.BIT_CLEAR, GoLexer.LOGICAL_AND,
                    GoLexer.LOGICAL_OR, GoLexer.EQUALS, GoLexer.NOT_EQUALS, GoLexer.LESS, GoLexer.LESS_OR_EQUALS,
                    GoLexer.GREATER, GoLexer.GREATER_OR_EQUALS, GoLexer.EXCLAMATION, GoLexer.ARROW,
                    GoLexer.ASSIGN, GoLexer.DECLARE_ASSIGN, GoLexer.PLUS_ASSIGN, GoLexer.MINUS_ASSIGN,
                    GoLexer.MUL_ASSIGN, GoLexer.DIV_ASSIGN, GoLexer.MOD_ASSIGN, GoLexer.AND_ASSIGN, GoLexer.OR_ASSIGN,
                    GoLexer.XOR_ASSIGN, GoLexer.SHL_ASSIGN, GoLexer.SHR_ASSIGN, GoLexer.AND_NOT_ASSIGN,
                    GoLexer.RANGE, GoLexer.GO, GoLexer.DEFER, GoLexer.CASE, GoLexer.TILDE -> true;
            case GoLexer.COMMA -> isExpressionRule(ctx) || ctx instanceof ArgumentsContext
                    || ctx instanceof LiteralValueContext;
            case GoLexer.COLON -> ctx instanceof KeyedElementContext || ctx instanceof ElementContext
                    || ctx instanceof LiteralValueContext || ctx instanceof IndexContext || ctx instanceof SliceRestContext;
            default -> false;
        };
    }

    private static boolean canStartExpression(Token t) {
        return switch (t.getType()) {
            case GoLexer.IDENTIFIER, GoLexer.INT_LIT, GoLexer.FLOAT_LIT, GoLexer.IMAGINARY_LIT, GoLexer.RUNE_LIT,
                    GoLexer.STRING_LIT, GoLexer.RAW_STRING_LIT, GoLexer.L_PAREN, GoLexer.L_BRACKET, GoLexer.FUNC,
                    GoLexer.STRUCT, GoLexer.MAP, GoLexer.CHAN, GoLexer.INTERFACE, GoLexer.PLUS, GoLexer.MINUS,
                    GoLexer.EXCLAMATION, GoLexer.CARET, GoLexer.STAR, GoLexer.AMPERSAND, GoLexer.ARROW, GoLexer.TILDE -> true;
            default -> false;
        };
    }

    private static String tokenName(int type) {
        return switch (type) {
            case GoLexer.SEMI -> "semicolon or newline";
            case GoLexer.COMMA -> "comma";
            case GoLexer.IDENTIFIER -> "name";
            case Token.EOF -> "EOF";
            default -> {
                String lit = GoParser.VOCABULARY.getLiteralName(type);
                yield lit != null ? lit.substring(1, lit.length() - 1) : GoParser.VOCABULARY.getDisplayName(type);
            }
        };
    }
}
