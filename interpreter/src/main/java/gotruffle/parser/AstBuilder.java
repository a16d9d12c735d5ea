package gotruffle.parser;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

import gotruffle.grammar.GoParser;
import gotruffle.grammar.GoParser.*;
import gotruffle.parser.ast.*;

import static gotruffle.parser.ast.Token.ARROW;
import static gotruffle.parser.ast.Token.ASSIGN;
import static gotruffle.parser.ast.Token.DEFINE;
import static gotruffle.parser.ast.Token.OR;
import static gotruffle.parser.ast.Token.TILDE;
import static gotruffle.parser.ast.Token.lookup;

/**
 * Turns the ANTLR parse tree into the typed AST, applying the checks Go's own parser makes beyond
 * the grammar (statement headers, := left sides, go/defer operands, parameter lists, ...).
 * Long left-recursive chains (a + b + c ..., x.f().g() ...) are built iteratively.
 */
final class AstBuilder {
    private final SyntaxErrors errors;
    private final String path;
    private final TokenStream tokens;

    AstBuilder(SyntaxErrors errors, String path, TokenStream tokens) {
        this.errors = errors;
        this.path = path;
        this.tokens = tokens;
    }

    /** The next token Go's parser would see after {@code t}. */
    private Token next(Token t) {
        for (int i = t.getTokenIndex() + 1; i < tokens.size(); i++) {
            Token n = tokens.get(i);
            if (n.getChannel() == Token.DEFAULT_CHANNEL) {
                return n;
            }
        }
        return t;
    }

    // ------------------------------------------------------------------ positions

    private static int line(Token t) {
        return t.getLine();
    }

    private static int col(Token t) {
        return t.getCharPositionInLine() + 1;
    }

    private static Token tok(TerminalNode n) {
        return n.getSymbol();
    }

    private static Token start(ParserRuleContext ctx) {
        return ctx.getStart();
    }

    /** Identifiers are decoded from UTF-8 (the token text has one char per source byte). */
    private Ident ident(TerminalNode n) {
        Token t = n.getSymbol();
        return new Ident(line(t), col(t), name(t));
    }

    private static String name(Token t) {
        String s = t.getText();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return Literals.utf8(s);
            }
        }
        return s;
    }

    // ------------------------------------------------------------------ file and declarations

    SourceFile sourceFile(SourceFileContext ctx) {
        Token pkg = tok(ctx.packageClause().PACKAGE());
        String pkgName = name(ctx.packageClause().IDENTIFIER().getSymbol());
        List<ImportSpec> imports = new ArrayList<>();
        for (ImportDeclContext d : ctx.importDecl()) {
            for (ImportSpecContext s : d.importSpec()) {
                imports.add(importSpec(s));
            }
        }
        List<Decl> decls = new ArrayList<>();
        for (TopLevelDeclContext d : ctx.topLevelDecl()) {
            if (d.declaration() != null) {
                decls.add(declaration(d.declaration()));
            } else if (d.functionDecl() != null) {
                decls.add(functionDecl(d.functionDecl()));
            } else {
                decls.add(methodDecl(d.methodDecl()));
            }
        }
        return new SourceFile(line(pkg), col(pkg), pkgName, List.copyOf(imports), List.copyOf(decls), path);
    }

    private ImportSpec importSpec(ImportSpecContext s) {
        String name = null;
        if (s.DOT() != null) {
            name = ".";
        } else if (s.IDENTIFIER() != null) {
            name = name(s.IDENTIFIER().getSymbol());
        }
        Token at = start(s);
        Token lit = start(s.stringLit());
        String importPath = Literals.utf8(Literals.unquoteString(lit.getText()));
        if (importPath.isEmpty()) {
            errors.fail(line(lit), col(lit), "invalid import path: \"\"");
        }
        return new ImportSpec(line(at), col(at), name, importPath, col(lit));
    }

    private Decl declaration(DeclarationContext d) {
        if (d.constDecl() != null) {
            return constDecl(d.constDecl());
        } else if (d.varDecl() != null) {
            return varDecl(d.varDecl());
        }
        return typeDecl(d.typeDecl());
    }

    private ConstDecl constDecl(ConstDeclContext d) {
        List<ConstSpec> specs = new ArrayList<>();
        Expr prevType = null;
        List<Expr> prevValues = List.of();
        int iota = 0;
        for (ConstSpecContext s : d.constSpec()) {
            Token at = start(s);
            List<Ident> names = identifierList(s.identifierList());
            Expr type = s.type_() == null ? null : type(s.type_());
            List<Expr> values = s.expressionList() == null ? List.of() : expressionList(s.expressionList());
            boolean implicit = false;
            if (type == null && values.isEmpty() && iota > 0) {
                // Implicit repetition of the previous list (spec: Constant declarations).
                type = prevType;
                values = prevValues;
                implicit = true;
            } else {
                prevType = type;
                prevValues = values;
            }
            specs.add(new ConstSpec(line(at), col(at), names, type, values, iota, implicit));
            iota++;
        }
        Token kw = tok(d.CONST());
        return new ConstDecl(line(kw), col(kw), List.copyOf(specs));
    }

    private VarDecl varDecl(VarDeclContext d) {
        List<VarSpec> specs = new ArrayList<>();
        for (VarSpecContext s : d.varSpec()) {
            Token at = start(s);
            List<Ident> names = identifierList(s.identifierList());
            Expr type = s.type_() == null ? null : type(s.type_());
            List<Expr> values = s.expressionList() == null ? List.of() : expressionList(s.expressionList());
            specs.add(new VarSpec(line(at), col(at), names, type, values));
        }
        Token kw = tok(d.VAR());
        return new VarDecl(line(kw), col(kw), List.copyOf(specs));
    }

    private TypeDecl typeDecl(TypeDeclContext d) {
        List<TypeSpec> specs = new ArrayList<>();
        for (TypeSpecContext s : d.typeSpec()) {
            Token at = start(s);
            List<Field> tparams = s.typeParameters() == null ? List.of() : typeParameters(s.typeParameters());
            specs.add(new TypeSpec(line(at), col(at), ident(s.IDENTIFIER()), tparams, s.ASSIGN() != null,
                    type(s.type_())));
        }
        Token kw = tok(d.TYPE());
        return new TypeDecl(line(kw), col(kw), List.copyOf(specs));
    }

    private FuncDecl functionDecl(FunctionDeclContext d) {
        Token name = tok(d.IDENTIFIER());
        List<Field> tparams = d.typeParameters() == null ? List.of() : typeParameters(d.typeParameters());
        FuncTypeExpr type = signature(tok(d.FUNC()), d.signature());
        BlockStmt body = d.block() == null ? null : block(d.block());
        return new FuncDecl(line(name), col(name), null, name(name), tparams, type, body);
    }

    private FuncDecl methodDecl(MethodDeclContext d) {
        Token name = tok(d.IDENTIFIER());
        ParametersContext rp = d.parameters();
        List<Field> recv = parameters(rp).fields;
        // Go reports these at the token after the receiver list and goes on (not syntax errors):
        // without a receiver the declaration is a function; of several receivers the first counts.
        Token after = tokens.get(tok(rp.R_PAREN()).getTokenIndex() + 1);
        for (int i = after.getTokenIndex(); after.getChannel() != Token.DEFAULT_CHANNEL && i + 1 < tokens.size(); ) {
            after = tokens.get(++i);
        }
        int count = 0;
        for (Field f : recv) {
            count += Math.max(1, f.names().size());
        }
        Field first = null;
        if (recv.isEmpty()) {
            errors.soft(line(after), col(after), "method has no receiver");
        } else {
            first = recv.get(0);
            if (count > 1) {
                errors.soft(line(after), col(after), "method has multiple receivers");
                first = new Field(first.line(), first.col(), first.names().isEmpty() ? List.of() : List.of(first.names().get(0)),
                        first.type(), first.tag(), first.embedded());
            }
        }
        if (d.typeParameters() != null) {
            Token lb = start(d.typeParameters());
            errors.syntax(line(lb), col(lb), "method must have no type parameters");
        }
        FuncTypeExpr type = signature(tok(d.FUNC()), d.signature());
        BlockStmt body = d.block() == null ? null : block(d.block());
        return new FuncDecl(line(name), col(name), first, name(name), List.of(), type, body);
    }

    private List<Field> typeParameters(TypeParametersContext ctx) {
        List<Field> out = new ArrayList<>();
        for (TypeParamDeclContext d : ctx.typeParamDecl()) {
            Token at = start(d);
            out.add(new Field(line(at), col(at), identifierList(d.identifierList()), typeElem(d.typeElem()), null, false));
        }
        return List.copyOf(out);
    }

    private List<Ident> identifierList(IdentifierListContext ctx) {
        List<Ident> out = new ArrayList<>();
        for (TerminalNode n : ctx.IDENTIFIER()) {
            out.add(ident(n));
        }
        return List.copyOf(out);
    }

    // ------------------------------------------------------------------ types

    Expr type(Type_Context ctx) {
        if (ctx.typeName() != null) {
            Expr name = typeName(ctx.typeName());
            if (ctx.typeArgs() != null) {
                Token lb = tok(ctx.typeArgs().L_BRACKET());
                return new IndexExpr(name.line(), name.col(), name, typeArgs(ctx.typeArgs()), line(lb), col(lb));
            }
            return name;
        }
        if (ctx.typeLit() != null) {
            return typeLit(ctx.typeLit());
        }
        Token lp = tok(ctx.L_PAREN());
        return new ParenExpr(line(lp), col(lp), type(ctx.type_()));
    }

    private Expr typeName(TypeNameContext ctx) {
        Ident first = ident(ctx.IDENTIFIER(0));
        if (ctx.DOT() == null) {
            return first;
        }
        return new SelectorExpr(first.line(), first.col(), first, ident(ctx.IDENTIFIER(1)));
    }

    private List<Expr> typeArgs(TypeArgsContext ctx) {
        List<Expr> out = new ArrayList<>();
        for (Type_Context t : ctx.type_()) {
            out.add(type(t));
        }
        return List.copyOf(out);
    }

    private Expr typeLit(TypeLitContext ctx) {
        ParseTree c = ctx.getChild(0);
        return switch (c) {
            case ArrayTypeContext a -> arrayType(a);
            case StructTypeContext s -> structType(s);
            case PointerTypeContext p -> {
                Token star = tok(p.STAR());
                yield new StarExpr(line(star), col(star), type(p.type_()));
            }
            case FunctionTypeContext f -> signature(tok(f.FUNC()), f.signature());
            case InterfaceTypeContext i -> interfaceType(i);
            case SliceTypeContext s -> sliceType(s);
            case MapTypeContext m -> mapType(m);
            case ChannelTypeContext ch -> channelType(ch);
            default -> throw new IllegalStateException("unexpected type literal " + c.getClass());
        };
    }

    private Expr arrayType(ArrayTypeContext a) {
        Token lb = tok(a.L_BRACKET());
        return new ArrayTypeExpr(line(lb), col(lb), expression(a.arrayLength().expression()), type(a.type_()));
    }

    private Expr sliceType(SliceTypeContext s) {
        Token lb = tok(s.L_BRACKET());
        return new ArrayTypeExpr(line(lb), col(lb), null, type(s.type_()));
    }

    private Expr mapType(MapTypeContext m) {
        Token kw = tok(m.MAP());
        return new MapTypeExpr(line(kw), col(kw), type(m.type_(0)), type(m.type_(1)));
    }

    private Expr channelType(ChannelTypeContext ch) {
        Token first = start(ch);
        int dir;
        if (first.getType() == GoParser.ARROW) {
            dir = ChanTypeExpr.RECV;
        } else if (ch.ARROW() != null) {
            dir = ChanTypeExpr.SEND;
        } else {
            dir = ChanTypeExpr.BOTH;
        }
        return new ChanTypeExpr(line(first), col(first), dir, type(ch.type_()));
    }

    private Expr structType(StructTypeContext s) {
        List<Field> fields = new ArrayList<>();
        for (FieldDeclContext f : s.fieldDecl()) {
            Token at = start(f);
            String tag = null;
            if (f.stringLit() != null) {
                tag = Literals.utf8(Literals.unquoteString(f.stringLit().getText()));
            }
            if (f.embeddedField() != null) {
                EmbeddedFieldContext e = f.embeddedField();
                Expr t = typeName(e.typeName());
                if (e.typeArgs() != null) {
                    Token lb = tok(e.typeArgs().L_BRACKET());
                    t = new IndexExpr(t.line(), t.col(), t, typeArgs(e.typeArgs()), line(lb), col(lb));
                }
                if (e.STAR() != null) {
                    Token star = tok(e.STAR());
                    t = new StarExpr(line(star), col(star), t);
                }
                fields.add(new Field(line(at), col(at), List.of(), t, tag, true));
            } else {
                fields.add(new Field(line(at), col(at), identifierList(f.identifierList()), type(f.type_()), tag, false));
            }
        }
        Token kw = tok(s.STRUCT());
        return new StructTypeExpr(line(kw), col(kw), List.copyOf(fields));
    }

    private Expr interfaceType(InterfaceTypeContext i) {
        List<InterfaceMethod> methods = new ArrayList<>();
        List<Expr> embeds = new ArrayList<>();
        for (InterfaceElemContext e : i.interfaceElem()) {
            if (e.signature() != null) {
                Ident name = ident(e.IDENTIFIER());
                FuncTypeExpr sig = signature(null, e.signature());
                methods.add(new InterfaceMethod(name.line(), name.col(), name, sig));
            } else {
                embeds.add(typeElem(e.typeElem()));
            }
        }
        Token kw = tok(i.INTERFACE());
        return new InterfaceTypeExpr(line(kw), col(kw), List.copyOf(methods), List.copyOf(embeds));
    }

    private Expr typeElem(TypeElemContext ctx) {
        Expr x = null;
        List<TypeTermContext> terms = ctx.typeTerm();
        for (int i = 0; i < terms.size(); i++) {
            TypeTermContext t = terms.get(i);
            Expr term = type(t.type_());
            if (t.TILDE() != null) {
                Token tilde = tok(t.TILDE());
                term = new UnaryExpr(line(tilde), col(tilde), TILDE, term);
            }
            x = x == null ? term : new BinaryExpr(x.line(), x.col(), OR, x, term);
        }
        return x;
    }

    /** A signature; {@code func} is the keyword token when there is one (position of the type). */
    private FuncTypeExpr signature(Token func, SignatureContext ctx) {
        Params params = parameters(ctx.parameters());
        List<Field> results = List.of();
        ResultContext r = ctx.result();
        if (r != null) {
            if (r.parameters() != null) {
                Params rs = parameters(r.parameters());
                if (rs.variadicAt != null) {
                    errors.fail(line(rs.variadicAt), col(rs.variadicAt), "can only use ... with final parameter in list");
                }
                results = rs.fields;
            } else {
                Expr t = type(r.type_());
                results = List.of(new Field(t.line(), t.col(), List.of(), t, null, false));
            }
        }
        Token at = func != null ? func : start(ctx);
        return new FuncTypeExpr(line(at), col(at), params.fields, results, params.variadicAt != null);
    }

    private record Params(List<Field> fields, Token variadicAt) {
    }

    private Params parameters(ParametersContext ctx) {
        List<ParameterDeclContext> decls = ctx.parameterDecl();
        boolean named = false;
        for (ParameterDeclContext d : decls) {
            named |= d.identifierList() != null;
        }
        List<Field> fields = new ArrayList<>();
        Token variadic = null;
        for (int i = 0; i < decls.size(); i++) {
            ParameterDeclContext d = decls.get(i);
            Token at = start(d);
            if (named && d.identifierList() == null) {
                errors.syntax(line(at), col(at), "mixed named and unnamed parameters");
            }
            List<Ident> names = d.identifierList() == null ? List.of() : identifierList(d.identifierList());
            if (d.ELLIPSIS() != null) {
                Token dots = tok(d.ELLIPSIS());
                if (i != decls.size() - 1 || names.size() > 1) {
                    errors.fail(line(dots), col(dots), "can only use ... with final parameter in list");
                }
                variadic = dots;
            }
            fields.add(new Field(line(at), col(at), names, type(d.type_()), null, false));
        }
        return new Params(List.copyOf(fields), variadic);
    }

    // ------------------------------------------------------------------ statements

    BlockStmt block(BlockContext ctx) {
        Token lb = tok(ctx.L_CURLY());
        Token rb = tok(ctx.R_CURLY());
        return new BlockStmt(line(lb), col(lb), statementList(ctx.statementList()), line(rb), col(rb));
    }

    private List<Stmt> statementList(StatementListContext ctx) {
        List<Stmt> out = new ArrayList<>();
        if (ctx == null) {
            return out;
        }
        for (StatementContext s : ctx.statement()) {
            out.add(statement(s));
        }
        return List.copyOf(out);
    }

    private Stmt statement(StatementContext ctx) {
        ParseTree c = ctx.getChild(0);
        return switch (c) {
            case DeclarationContext d -> {
                Decl decl = declaration(d);
                yield new DeclStmt(decl.line(), decl.col(), decl);
            }
            case LabeledStmtContext l -> {
                Token label = tok(l.IDENTIFIER());
                Stmt inner;
                if (l.statement() != null) {
                    inner = statement(l.statement());
                } else {
                    Token colon = tok(l.COLON());
                    inner = new EmptyStmt(line(colon), col(colon) + 1);
                }
                yield new LabeledStmt(line(label), col(label), name(label), inner);
            }
            case SimpleStmtContext s -> simpleStmt(s);
            case GoStmtContext g -> new GoStmt(line(start(g)), col(start(g)), callOperand("go", g.expression()));
            case DeferStmtContext d -> new DeferStmt(line(start(d)), col(start(d)), callOperand("defer", d.expression()));
            case ReturnStmtContext r -> new ReturnStmt(line(start(r)), col(start(r)),
                    r.expressionList() == null ? List.of() : expressionList(r.expressionList()));
            case BreakStmtContext b -> branch(b, b.IDENTIFIER());
            case ContinueStmtContext b -> branch(b, b.IDENTIFIER());
            case GotoStmtContext b -> branch(b, b.IDENTIFIER());
            case FallthroughStmtContext b -> branch(b, null);
            case BlockContext b -> block(b);
            case IfStmtContext i -> ifStmt(i);
            case SwitchStmtContext s -> switchStmt(s);
            case SelectStmtContext s -> selectStmt(s);
            case ForStmtContext f -> forStmt(f);
            default -> throw new IllegalStateException("unexpected statement " + c.getClass());
        };
    }

    private Stmt branch(ParserRuleContext ctx, TerminalNode label) {
        Token kw = start(ctx);
        Token at = label == null ? kw : label.getSymbol();
        return new BranchStmt(line(kw), col(kw), lookup(kw.getText()), label == null ? null : name(label.getSymbol()), line(at), col(at));
    }

    /**
     * The operand of go/defer must be a call, not parenthesized (Go's parser checks this). Go's
     * parser reports these without "syntax error" (type checking goes on) and takes a non-call x
     * as the call x(), the common slip of a missing "()".
     */
    private CallExpr callOperand(String keyword, ExpressionContext e) {
        Expr x = expression(e);
        if (x instanceof ParenExpr) {
            errors.soft(x.line(), x.col(), "expression in " + keyword + " must not be parenthesized");
            while (x instanceof ParenExpr p) {
                x = p.x();
                e = parenInner(e);
            }
        }
        if (x instanceof CallExpr call) {
            return call;
        }
        ExpressionContext left = e;
        while (left.unaryExpr() == null) {
            left = left.expression(0);
        }
        if (left != e && left.unaryExpr().primaryExpr() != null && !(expression(left) instanceof CallExpr)) {
            // Go's parser takes only a primary expression after go/defer: `go f - x` fails at f
            Token at = syntaxPos(left);
            errors.fail(line(at), col(at), "expression in " + keyword + " must be function call");
        }
        Token at = syntaxPos(e);
        errors.soft(line(at), col(at), "expression in " + keyword + " must be function call");
        return new CallExpr(x.line(), x.col(), x, List.of(), false, line(at), col(at));
    }

    /** The expression inside a parenthesized one. */
    private static ExpressionContext parenInner(ExpressionContext e) {
        return e.unaryExpr().primaryExpr().operand().parenExpr().expression();
    }

    private Stmt simpleStmt(SimpleStmtContext ctx) {
        return simpleStmt(ctx, false);
    }

    /** A simple statement; {@code rangeOk} in a for header, where `k, v := range x` is allowed. */
    private Stmt simpleStmt(SimpleStmtContext ctx, boolean rangeOk) {
        List<Expr> lhs = expressionList(ctx.lhs);
        if (ctx.getChildCount() == 1) {
            if (lhs.size() > 1) {
                Token after = next(ctx.getStop());
                errors.syntax(line(after), col(after), "unexpected " + SyntaxMessages.describe(after)
                        + ", expecting := or = or comma");
            }
            Expr x = lhs.get(0);
            return new ExprStmt(x.line(), x.col(), x);
        }
        ParseTree opNode = ctx.getChild(1);
        Token op = opNode instanceof TerminalNode t ? t.getSymbol() : ((ParserRuleContext) opNode).getStart();
        if (ctx.incDec != null) {
            if (lhs.size() > 1) {
                errors.syntax(line(op), col(op), "unexpected " + op.getText() + ", expecting := or = or comma");
            }
            return new IncDecStmt(line(op), col(op), lhs.get(0), lookup(op.getText()));
        }
        if (ctx.sendValue != null) {
            if (lhs.size() > 1) {
                errors.syntax(line(op), col(op), "unexpected <-, expecting := or = or comma");
            }
            return new SendStmt(line(op), col(op), lhs.get(0), expression(ctx.sendValue));
        }
        String opText = op.getText();
        if (!opText.equals("=") && !opText.equals(":=") && lhs.size() > 1) {
            errors.syntax(line(op), col(op), "unexpected " + opText + ", expecting := or = or comma");
        }
        if (ctx.rangeX != null) {
            Token range = tok(ctx.RANGE());
            if (!rangeOk || !(opText.equals("=") || opText.equals(":="))) {
                errors.syntax(line(range), col(range), "unexpected range, expecting expression");
            }
            return new RangeStmt(line(range), col(range), lhs.get(0), lhs.size() > 1 ? lhs.get(1) : null,
                    lhs.size() > 2 ? lhs.get(2) : null, opText.equals(":="), expression(ctx.rangeX), null);
        }
        if (opText.equals(":=")) {
            checkDefineLhs(lhs);
        }
        return new AssignStmt(line(op), col(op), lhs, lookup(opText), expressionList(ctx.rhs));
    }

    private void checkDefineLhs(List<Expr> lhs) {
        for (Expr x : lhs) {
            if (!(x instanceof Ident)) {
                errors.fail(x.line(), x.col(), "non-name " + AstPrinter.expr(x) + " on left side of :=");
            }
        }
    }

    private Stmt optSimple(SimpleStmtContext ctx) {
        return ctx == null ? null : simpleStmt(ctx);
    }

    /** The parts of an if/switch header: [init ;] [cond], as in Go's parser. */
    private record Header(Stmt init, Stmt cond, Token semi) {
    }

    private Header header(HeaderContext h) {
        Stmt first = null;
        Stmt second = null;
        Token semi = null;
        for (ParseTree c : h.children == null ? List.<ParseTree>of() : h.children) {
            if (c instanceof TerminalNode t) {
                semi = t.getSymbol();
            } else if (semi == null) {
                first = simpleStmt((SimpleStmtContext) c);
            } else {
                second = simpleStmt((SimpleStmtContext) c);
            }
        }
        if (semi == null) {
            return new Header(null, first, null);
        }
        return new Header(first, second, semi);
    }

    /** Go's "cannot use ... as value" check for a header statement used as a condition. */
    private Expr condOf(Stmt s) {
        if (s == null) {
            return null;
        }
        if (s instanceof ExprStmt e) {
            return e.x();
        }
        String str;
        if (s instanceof AssignStmt a && a.op() == ASSIGN) {
            str = "assignment (" + AstPrinter.exprList(a.lhs()) + ") = (" + AstPrinter.exprList(a.rhs()) + ")";
        } else {
            str = AstPrinter.stmt(s);
        }
        errors.syntax(s.line(), s.col(), "cannot use " + str + " as value");
        return null;
    }

    private Stmt ifStmt(IfStmtContext ctx) {
        Token kw = tok(ctx.IF());
        Header h = header(ctx.header());
        if (h.cond == null) {
            if (h.semi == null) {
                Token lb = start(ctx.block(0));
                errors.syntax(line(lb), col(lb), "missing condition in if statement");
            } else if (!h.semi.getText().equals(";")) {
                errors.syntax(line(h.semi), col(h.semi), "unexpected " + h.semi.getText() + ", expecting { after if clause");
            } else {
                errors.syntax(line(h.semi), col(h.semi), "missing condition in if statement");
            }
        }
        Expr cond = condOf(h.cond);
        BlockStmt then = block(ctx.block(0));
        Stmt els = null;
        if (ctx.ifStmt() != null) {
            els = ifStmt(ctx.ifStmt());
        } else if (ctx.ELSE() != null) {
            els = block(ctx.block(1));
        }
        return new IfStmt(line(kw), col(kw), h.init, cond, then, els);
    }

    private Stmt switchStmt(SwitchStmtContext ctx) {
        Token kw = tok(ctx.SWITCH());
        Header h = header(ctx.header());
        List<CaseClause> clauses = new ArrayList<>();
        boolean typeSwitch = false;
        Ident bind = null;
        Expr x = null;
        if (h.cond instanceof ExprStmt e && e.x() instanceof TypeAssertExpr ta && ta.type() == null) {
            typeSwitch = true;
            x = ta.x();
        } else if (h.cond instanceof AssignStmt a && a.op() == DEFINE && a.lhs().size() == 1
                && a.rhs().size() == 1 && a.lhs().get(0) instanceof Ident id
                && a.rhs().get(0) instanceof TypeAssertExpr ta && ta.type() == null) {
            typeSwitch = true;
            bind = id;
            x = ta.x();
        }
        Expr tag = typeSwitch ? null : condOf(h.cond);
        for (CaseClauseContext c : ctx.caseClause()) {
            Token ckw = start(c);
            List<Expr> exprs = c.expressionList() == null ? null : expressionList(c.expressionList());
            clauses.add(new CaseClause(line(ckw), col(ckw), exprs, statementList(c.statementList())));
        }
        if (typeSwitch) {
            return new TypeSwitchStmt(line(kw), col(kw), h.init, bind, x, List.copyOf(clauses));
        }
        return new SwitchStmt(line(kw), col(kw), h.init, tag, List.copyOf(clauses));
    }

    private Stmt selectStmt(SelectStmtContext ctx) {
        Token kw = tok(ctx.SELECT());
        List<CommClause> clauses = new ArrayList<>();
        for (CommClauseContext c : ctx.commClause()) {
            Token ckw = start(c);
            Stmt comm = null;
            if (c.simpleStmt() != null) {
                comm = simpleStmt(c.simpleStmt());
                boolean ok = switch (comm) {
                    case SendStmt s -> true;
                    case ExprStmt e -> isRecv(e.x());
                    case AssignStmt a -> (a.op() == ASSIGN || a.op() == DEFINE) && a.lhs().size() <= 2
                            && a.rhs().size() == 1 && isRecv(a.rhs().get(0));
                    default -> false;
                };
                if (!ok) {
                    Token at = simpleStmtPos(c.simpleStmt());
                    errors.fail(line(at), col(at), "select case must be send or receive (possibly with assignment)");
                }
            }
            clauses.add(new CommClause(line(ckw), col(ckw), comm, statementList(c.statementList())));
        }
        return new SelectStmt(line(kw), col(kw), List.copyOf(clauses));
    }

    private static boolean isRecv(Expr x) {
        while (x instanceof ParenExpr p) {
            x = p.x();
        }
        return x instanceof UnaryExpr u && u.op() == ARROW;
    }

    private Stmt forStmt(ForStmtContext ctx) {
        Token kw = tok(ctx.FOR());
        ForHeaderContext h = ctx.forHeader();
        BlockStmt body = block(ctx.block());
        if (h.RANGE() != null) {
            return new RangeStmt(line(kw), col(kw), null, null, null, false, expression(h.expression()), body);
        }
        int semis = 0;
        SimpleStmtContext[] slots = new SimpleStmtContext[3];
        for (ParseTree c : h.children == null ? List.<ParseTree>of() : h.children) {
            if (c instanceof TerminalNode) {
                semis++;
            } else {
                slots[semis] = (SimpleStmtContext) c;
            }
        }
        if (semis == 0 && slots[0] != null) {
            Stmt only = simpleStmt(slots[0], true);
            if (only instanceof RangeStmt r) {
                return new RangeStmt(line(kw), col(kw), r.key(), r.value(), r.extra(), r.define(), r.x(), body);
            }
            return new ForStmt(line(kw), col(kw), null, condOf(only), null, body);
        }
        if (semis == 0) {
            Expr cond = condOf(optSimple(slots[0]));
            return new ForStmt(line(kw), col(kw), null, cond, null, body);
        }
        Stmt init = optSimple(slots[0]);
        Expr cond = condOf(optSimple(slots[1]));
        Stmt post = optSimple(slots[2]);
        if (post instanceof AssignStmt a && a.op() == DEFINE) {
            errors.syntax(a.line(), a.col(), "cannot declare in post statement of for loop");
        }
        return new ForStmt(line(kw), col(kw), init, cond, post, body);
    }

    // ------------------------------------------------------------------ expressions

    List<Expr> expressionList(ExpressionListContext ctx) {
        List<Expr> out = new ArrayList<>();
        for (ExpressionContext e : ctx.expression()) {
            out.add(expression(e));
        }
        return List.copyOf(out);
    }

    /** Binary expressions: walk the left spine iteratively, then build bottom-up. */
    Expr expression(ExpressionContext ctx) {
        ArrayDeque<ExpressionContext> spine = new ArrayDeque<>();
        ExpressionContext e = ctx;
        while (e.unaryExpr() == null) {
            spine.push(e);
            e = e.expression(0);
        }
        Expr x = unaryExpr(e.unaryExpr());
        while (!spine.isEmpty()) {
            ExpressionContext b = spine.pop();
            Token opTok = ((TerminalNode) b.getChild(1)).getSymbol();
            Expr y = expression(b.expression(1));
            x = new BinaryExpr(x.line(), x.col(), lookup(opTok.getText()), x, y, line(opTok), col(opTok));
        }
        return x;
    }

    private Expr unaryExpr(UnaryExprContext ctx) {
        if (ctx.primaryExpr() != null) {
            return primaryExpr(ctx.primaryExpr());
        }
        Token op = ctx.unaryOp;
        Expr x = unaryExpr(ctx.unaryExpr());
        int l = line(op);
        int c = col(op);
        return switch (op.getType()) {
            case GoParser.STAR -> new StarExpr(l, c, x);
            case GoParser.ARROW -> {
                // `<-chan T` in an expression is a receive-only channel type, not a receive.
                if (x instanceof ChanTypeExpr ch && ch.dir() == ChanTypeExpr.BOTH) {
                    yield new ChanTypeExpr(l, c, ChanTypeExpr.RECV, ch.elem());
                }
                yield new UnaryExpr(l, c, ARROW, x);
            }
            default -> new UnaryExpr(l, c, lookup(op.getText()), x);
        };
    }

    /** Primary expressions: walk the suffix chain iteratively, then apply suffixes to the operand. */
    private Expr primaryExpr(PrimaryExprContext ctx) {
        ArrayDeque<PrimaryExprContext> spine = new ArrayDeque<>();
        PrimaryExprContext p = ctx;
        while (p.operand() == null) {
            spine.push(p);
            p = p.primaryExpr();
        }
        Expr x = operand(p.operand());
        while (!spine.isEmpty()) {
            PrimaryExprContext s = spine.pop();
            int l = x.line();
            int c = x.col();
            if (s.DOT() != null) {
                if (s.IDENTIFIER() != null) {
                    x = new SelectorExpr(l, c, x, ident(s.IDENTIFIER()));
                } else if (s.TYPE() != null) {
                    x = new TypeAssertExpr(l, c, x, null);
                } else {
                    x = new TypeAssertExpr(l, c, x, type(s.type_()));
                }
            } else if (s.index() != null) {
                x = index(x, s.index());
            } else if (s.arguments() != null) {
                ArgumentsContext a = s.arguments();
                Token rp = tok(a.R_PAREN());
                List<Expr> args = a.expressionList() == null ? List.of() : expressionList(a.expressionList());
                x = new CallExpr(l, c, x, args, a.ELLIPSIS() != null, line(rp), col(rp));
            } else {
                x = compositeLit(x, s.literalValue());
            }
        }
        return x;
    }

    private Expr index(Expr x, IndexContext s) {
        Expr[] idx = new Expr[3];
        List<Expr> indices = new ArrayList<>();
        int colons = 0;
        List<ParseTree> parts = new ArrayList<>();
        for (ParseTree c : s.children) {
            if (c instanceof SliceRestContext rest) {
                parts.addAll(rest.children);
            } else {
                parts.add(c);
            }
        }
        for (ParseTree c : parts) {
            if (c instanceof TerminalNode t) {
                Token tk = t.getSymbol();
                int type = tk.getType();
                if (type == GoParser.COLON) {
                    colons++;
                    if (colons == 2 && idx[1] == null) {
                        errors.fail(line(tk), col(tk), "middle index required in 3-index slice");
                    }
                } else if (type == GoParser.R_BRACKET) {
                    if (colons == 2 && idx[2] == null) {
                        errors.fail(line(tk), col(tk), "final index required in 3-index slice");
                    }
                }
            } else {
                Expr e = expression((ExpressionContext) c);
                idx[colons] = e;
                indices.add(e);
            }
        }
        if (colons == 0) {
            Token lb = tok(s.L_BRACKET());
            return new IndexExpr(x.line(), x.col(), x, List.copyOf(indices), line(lb), col(lb));
        }
        return new SliceExpr(x.line(), x.col(), x, idx[0], idx[1], idx[2], colons == 2);
    }

    private Expr compositeLit(Expr type, LiteralValueContext lv) {
        Expr t = type;
        while (t instanceof ParenExpr p) {
            t = p.x();
        }
        boolean typeOk = t instanceof Ident || t instanceof SelectorExpr || t instanceof IndexExpr
                || t instanceof ArrayTypeExpr || t instanceof MapTypeExpr || t instanceof StructTypeExpr;
        Token lb = tok(lv.L_CURLY());
        if (!typeOk) {
            errors.syntax(line(lb), col(lb), "unexpected {, expecting comma or )");
        }
        if (type instanceof ParenExpr) {
            errors.syntax(type.line(), type.col(), "cannot parenthesize type in composite literal");
        }
        return literalValue(type, lv);
    }

    private CompositeLit literalValue(Expr type, LiteralValueContext lv) {
        Token lb = tok(lv.L_CURLY());
        Token rb = tok(lv.R_CURLY());
        List<KeyedElement> elts = new ArrayList<>();
        for (KeyedElementContext k : lv.keyedElement()) {
            List<ElementContext> parts = k.element();
            Expr key = parts.size() == 2 ? element(parts.get(0)) : null;
            Expr value = element(parts.get(parts.size() - 1));
            // a keyed element is at its colon, as syntax.KeyValueExpr (types2 reports there)
            Token at = key != null ? tok(k.COLON()) : null;
            elts.add(at != null ? new KeyedElement(line(at), col(at), key, value) : new KeyedElement(value.line(), value.col(), null, value));
        }
        int l = type != null ? type.line() : line(lb);
        int c = type != null ? type.col() : col(lb);
        return new CompositeLit(l, c, type, List.copyOf(elts), line(rb), col(rb));
    }

    private Expr element(ElementContext e) {
        if (e.expression() != null) {
            return expression(e.expression());
        }
        return literalValue(null, e.literalValue());
    }

    private Expr operand(OperandContext ctx) {
        ParseTree c = ctx.getChild(0);
        if (c instanceof TerminalNode id) {
            return ident(id);
        }
        return switch (c) {
            case BasicLitContext b -> basicLit(b);
            case ParenExprContext p -> {
                Token lp = tok(p.L_PAREN());
                yield new ParenExpr(line(lp), col(lp), expression(p.expression()));
            }
            case LiteralTypeContext lt -> {
                Expr t = literalType(lt);
                yield ctx.literalValue() == null ? t : literalValue(t, ctx.literalValue());
            }
            case FunctionLitContext f -> {
                Token kw = tok(f.FUNC());
                FuncTypeExpr sig = signature(kw, f.signature());
                yield f.block() == null ? sig : new FuncLit(line(kw), col(kw), sig, block(f.block()));
            }
            default -> throw new IllegalStateException("unexpected operand " + c.getClass());
        };
    }

    private Expr literalType(LiteralTypeContext lt) {
        ParseTree c = lt.getChild(0);
        return switch (c) {
            case StructTypeContext s -> structType(s);
            case ArrayTypeContext a -> arrayType(a);
            case SliceTypeContext s -> sliceType(s);
            case MapTypeContext m -> mapType(m);
            case InterfaceTypeContext i -> interfaceType(i);
            case ChannelTypeContext ch -> channelType(ch);
            case TerminalNode lb -> {
                Token t = tok(lb);
                Token dots = tok(lt.ELLIPSIS());
                yield new ArrayTypeExpr(line(t), col(t), new EllipsisExpr(line(dots), col(dots), null), type(lt.type_()));
            }
            default -> throw new IllegalStateException("unexpected literal type " + c.getClass());
        };
    }

    private Expr basicLit(BasicLitContext b) {
        Token t = b.getStart();
        BasicLit.Kind kind = switch (t.getType()) {
            case GoParser.INT_LIT -> BasicLit.Kind.INT;
            case GoParser.FLOAT_LIT -> BasicLit.Kind.FLOAT;
            case GoParser.IMAGINARY_LIT -> BasicLit.Kind.IMAG;
            case GoParser.RUNE_LIT -> BasicLit.Kind.CHAR;
            default -> BasicLit.Kind.STRING;
        };
        return new BasicLit(line(t), col(t), kind, t.getText(), errors.isBad(t));
    }

    // ------------------------------------------------------------------ Go's own node positions

    /**
     * The position Go's parser gives an expression (the operator of a binary expression, the
     * bracket/paren/dot of a postfix expression), used where Go reports an error at that position.
     */
    private static Token syntaxPos(ExpressionContext e) {
        if (e.unaryExpr() == null) {
            return ((TerminalNode) e.getChild(1)).getSymbol();
        }
        UnaryExprContext u = e.unaryExpr();
        if (u.primaryExpr() == null) {
            return u.unaryOp;
        }
        PrimaryExprContext p = u.primaryExpr();
        if (p.operand() != null) {
            return p.getStart();
        }
        ParseTree suffix = p.getChild(1);
        TerminalNode t = suffix instanceof TerminalNode n ? n : (TerminalNode) suffix.getChild(0);
        return t.getSymbol();
    }

    private static Token simpleStmtPos(SimpleStmtContext s) {
        if (s.getChildCount() == 1) {
            return syntaxPos(s.lhs.expression(0));
        }
        ParseTree op = s.getChild(1);
        return op instanceof TerminalNode t ? t.getSymbol() : ((ParserRuleContext) op).getStart();
    }
}
