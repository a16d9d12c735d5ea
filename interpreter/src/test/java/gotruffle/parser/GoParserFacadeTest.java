package gotruffle.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import gotruffle.parser.ast.*;

class GoParserFacadeTest {

    private static SourceFile parse(String src) {
        return GoParserFacade.parse(src.getBytes(StandardCharsets.UTF_8), "x.go");
    }

    /** The statements of the body of the first function in a file made of {@code body}. */
    private static List<Stmt> body(String body) {
        SourceFile f = parse("package p\n\nfunc f() {\n" + body + "\n}\n");
        return ((FuncDecl) f.decls().get(0)).body().stmts();
    }

    private static Expr expr(String e) {
        SourceFile f = parse("package p\nvar _ = " + e + "\n");
        return ((VarDecl) f.decls().get(0)).specs().get(0).values().get(0);
    }

    @Test
    void fileImportsAndPositions() {
        SourceFile f = parse("package main\n\nimport (\n\t\"fmt\"\n\tm \"math\"\n\t. \"strings\"\n\t_ \"os\"\n)\n\nfunc main() {}\n");
        assertEquals("main", f.pkgName());
        assertEquals("x.go", f.path());
        assertEquals(List.of("fmt", "math", "strings", "os"), f.imports().stream().map(ImportSpec::path).toList());
        assertEquals(Arrays.asList(null, "m", ".", "_"), f.imports().stream().map(ImportSpec::name).toList());
        ImportSpec fmt = f.imports().get(0);
        assertEquals(4, fmt.line());
        assertEquals(2, fmt.col());
        FuncDecl main = (FuncDecl) f.decls().get(0);
        assertEquals("main", main.name());
        assertNull(main.recv());
        assertEquals(10, main.line());
        assertEquals(6, main.col());
        assertEquals(10, main.body().endLine());
        assertEquals(14, main.body().endCol());
    }

    @Test
    void columnsAreByteColumns() {
        // "é" is two bytes in UTF-8, so y starts at byte column 13.
        AssignStmt a = (AssignStmt) body("\ts := \"é\"; y := 1").get(1);
        Ident y = (Ident) a.lhs().get(0);
        assertEquals(13, y.col());
        assertEquals(4, y.line());
        assertEquals(15, a.col()); // Go positions assignments at the operator
        BasicLit lit = (BasicLit) ((AssignStmt) body("\ts := \"é\"").get(0)).rhs().get(0);
        assertEquals("\"\u00C3\u00A9\"", lit.raw()); // raw text keeps the UTF-8 bytes, one char per byte
        assertEquals("é", Literals.utf8(Literals.unquoteString(lit.raw())));
    }

    @Test
    void constImplicitRepetitionAndIota() {
        SourceFile f = parse("package p\nconst (\n\tA, B = iota, iota * 10\n\tC, D\n\t_, _\n\tE int = 5\n\tF\n)\n");
        ConstDecl d = (ConstDecl) f.decls().get(0);
        List<ConstSpec> specs = d.specs();
        assertEquals(5, specs.size());
        assertEquals(0, specs.get(0).iota());
        assertFalse(specs.get(0).implicit());
        ConstSpec c = specs.get(1);
        assertTrue(c.implicit());
        assertEquals(1, c.iota());
        assertEquals(specs.get(0).values(), c.values());
        assertEquals(List.of("C", "D"), c.names().stream().map(Ident::name).toList());
        ConstSpec last = specs.get(4);
        assertTrue(last.implicit());
        assertEquals(4, last.iota());
        assertEquals("int", ((Ident) last.type()).name());
        assertEquals("5", ((BasicLit) last.values().get(0)).raw());
    }

    @Test
    void typeDeclarationsAndGenerics() {
        SourceFile f = parse("""
                package p
                type (
                	A = int
                	L[T any] struct { next *L[T]; val T `json:"v"`; fmt.Stringer; *Base }
                	Num interface { ~int | ~float64; String() string }
                	Arr [N * M]int
                )
                func F[T any, U ~int | string](a T, b ...U) (r T, err error) { return }
                func (l *L[T]) Push(v T) { _ = G[int, string](1) }
                """);
        TypeDecl td = (TypeDecl) f.decls().get(0);
        TypeSpec alias = td.specs().get(0);
        assertTrue(alias.alias());
        TypeSpec list = td.specs().get(1);
        assertEquals("L", list.name().name());
        assertEquals(1, list.typeParams().size());
        StructTypeExpr st = (StructTypeExpr) list.type();
        assertEquals(4, st.fields().size());
        assertInstanceOf(IndexExpr.class, ((StarExpr) st.fields().get(0).type()).x());
        assertEquals("json:\"v\"", st.fields().get(1).tag());
        assertTrue(st.fields().get(2).embedded());
        assertTrue(st.fields().get(2).names().isEmpty());
        assertInstanceOf(SelectorExpr.class, st.fields().get(2).type());
        assertInstanceOf(StarExpr.class, st.fields().get(3).type());
        InterfaceTypeExpr num = (InterfaceTypeExpr) td.specs().get(2).type();
        assertEquals("String", num.methods().get(0).name().name());
        BinaryExpr union = (BinaryExpr) num.embeds().get(0);
        assertEquals(Token.OR, union.op());
        assertEquals(Token.TILDE, ((UnaryExpr) union.x()).op());
        ArrayTypeExpr arr = (ArrayTypeExpr) td.specs().get(3).type();
        assertEquals(Token.MUL, ((BinaryExpr) arr.len()).op());

        FuncDecl fn = (FuncDecl) f.decls().get(1);
        assertEquals(2, fn.typeParams().size());
        assertEquals(Token.OR, ((BinaryExpr) fn.typeParams().get(1).type()).op());
        assertTrue(fn.type().variadic());
        assertEquals("U", ((Ident) fn.type().params().get(1).type()).name());
        assertEquals(2, fn.type().results().size());

        FuncDecl push = (FuncDecl) f.decls().get(2);
        assertEquals("l", push.recv().names().get(0).name());
        AssignStmt a = (AssignStmt) push.body().stmts().get(0);
        CallExpr call = (CallExpr) a.rhs().get(0);
        assertEquals(2, ((IndexExpr) call.fun()).indices().size());
    }

    @Test
    void parametersGroupNames() {
        FuncDecl fn = (FuncDecl) parse("package p\nfunc f(a, b int, c string) (int, error)\n").decls().get(0);
        assertNull(fn.body());
        assertEquals(2, fn.type().params().size());
        assertEquals(2, fn.type().params().get(0).names().size());
        assertTrue(fn.type().results().get(0).names().isEmpty());
    }

    @Test
    void binaryPrecedenceAndAssociativity() {
        BinaryExpr e = (BinaryExpr) expr("a || b && c == d + e * f");
        assertEquals(Token.LOR, e.op());
        BinaryExpr and = (BinaryExpr) e.y();
        assertEquals(Token.LAND, and.op());
        BinaryExpr eq = (BinaryExpr) and.y();
        assertEquals(Token.EQL, eq.op());
        BinaryExpr plus = (BinaryExpr) eq.y();
        assertEquals(Token.ADD, plus.op());
        assertEquals(Token.MUL, ((BinaryExpr) plus.y()).op());

        BinaryExpr minus = (BinaryExpr) expr("a - b - c");
        assertEquals("c", ((Ident) minus.y()).name());
        assertEquals(Token.SUB, ((BinaryExpr) minus.x()).op());

        BinaryExpr shift = (BinaryExpr) expr("1 << 2 &^ x | y");
        assertEquals(Token.OR, shift.op());
        assertEquals(Token.AND_NOT, ((BinaryExpr) shift.x()).op());
        assertEquals("1 << 2 &^ x | y", AstPrinter.expr(shift));
    }

    @Test
    void unaryAndPrimaryExpressions() {
        UnaryExpr recv = (UnaryExpr) expr("<-ch");
        assertEquals(Token.ARROW, recv.op());
        ParenExpr conv = (ParenExpr) ((CallExpr) expr("(<-chan int)(nil)")).fun();
        assertEquals(ChanTypeExpr.RECV, ((ChanTypeExpr) conv.x()).dir());
        assertInstanceOf(StarExpr.class, expr("*p"));
        assertEquals(Token.AND, ((UnaryExpr) expr("&T{}")).op());
        SliceExpr s = (SliceExpr) expr("a[1:2:3]");
        assertTrue(s.slice3());
        SliceExpr s2 = (SliceExpr) expr("a[:]");
        assertNull(s2.lo());
        assertNull(s2.hi());
        TypeAssertExpr ta = (TypeAssertExpr) expr("x.(*T)");
        assertInstanceOf(StarExpr.class, ta.type());
        CallExpr c = (CallExpr) expr("f(xs...)");
        assertTrue(c.ellipsis());
        assertEquals(2, c.rparenLine());
        assertEquals(16, c.rparenCol());
        assertInstanceOf(FuncLit.class, expr("func(x int) int { return x }"));
        assertInstanceOf(CallExpr.class, expr("[]byte(s)"));
        assertInstanceOf(MapTypeExpr.class, ((CallExpr) expr("make(map[string][]int)")).args().get(0));
    }

    @Test
    void compositeLiterals() {
        CompositeLit m = (CompositeLit) expr("map[P][]P{{1, 2}: {{3, 4}}}");
        KeyedElement kv = m.elts().get(0);
        CompositeLit key = (CompositeLit) kv.key();
        assertNull(key.type());
        CompositeLit val = (CompositeLit) kv.value();
        assertNull(((CompositeLit) val.elts().get(0).value()).type());
        CompositeLit s = (CompositeLit) ((UnaryExpr) expr("&T{A: 1, B: x}")).x();
        assertEquals("A", ((Ident) s.elts().get(0).key()).name());
        CompositeLit arr = (CompositeLit) expr("[...]int{1, 2, 3}");
        assertInstanceOf(EllipsisExpr.class, ((ArrayTypeExpr) arr.type()).len());
        assertEquals(3, arr.elts().size());
        assertEquals(2, arr.rbraceLine());
        assertEquals(25, arr.rbraceCol());
    }

    @Test
    void compositeLiteralsInStatementHeaders() {
        IfStmt i = (IfStmt) body("\tif x == T {\n\t}").get(0);
        assertEquals("T", ((Ident) ((BinaryExpr) i.cond()).y()).name());
        IfStmt paren = (IfStmt) body("\tif x == (T{}) {\n\t}").get(0);
        assertInstanceOf(ParenExpr.class, ((BinaryExpr) paren.cond()).y());
        RangeStmt r = (RangeStmt) body("\tfor _, v := range []T{{1}} {\n\t\t_ = v\n\t}").get(0);
        assertInstanceOf(CompositeLit.class, r.x());
        SwitchStmt sw = (SwitchStmt) body("\tswitch f(T{}) {\n\t}").get(0);
        assertInstanceOf(CallExpr.class, sw.tag());
    }

    @Test
    void semicolonInsertion() {
        List<Stmt> s = body("\tx := 1\n\tx++\n\treturn\n");
        assertEquals(3, s.size());
        assertEquals(Token.INC, assertInstanceOf(IncDecStmt.class, s.get(1)).tok());
        // An operator at the end of a line continues the expression.
        AssignStmt a = (AssignStmt) body("\ty := 1 +\n\t\t2").get(0);
        assertInstanceOf(BinaryExpr.class, a.rhs().get(0));
        // The semicolon may be omitted before a closing brace; a file may end without a newline.
        SourceFile f = GoParserFacade.parse("package p; func f() { a(); b() }".getBytes(StandardCharsets.UTF_8), "x.go");
        assertEquals(2, ((FuncDecl) f.decls().get(0)).body().stmts().size());
    }

    @Test
    void statements() {
        List<Stmt> s = body("""
                	var a, b int = 1, 2
                loop:
                	for i := 0; i < 10; i++ {
                		if i > 5 {
                			break loop
                		} else if i == 3 {
                			continue
                		} else {
                			goto done
                		}
                	}
                	for a < 3 {
                		a += 2
                	}
                	for {
                	}
                	for range ch {
                	}
                	for k, v := range m {
                		_, _ = k, v
                	}
                	ch <- 1
                	go func() {}()
                	defer f(a, b)
                	switch y := a; y {
                	case 1, 2:
                		fallthrough
                	default:
                	}
                	switch v := x.(type) {
                	case nil, int:
                		_ = v
                	}
                	select {
                	case ch <- 1:
                	case v, ok := <-in:
                		_, _ = v, ok
                	case <-in:
                	default:
                	}
                	a &^= 3
                	{
                	}
                done:
                """);
        assertInstanceOf(DeclStmt.class, s.get(0));
        LabeledStmt loop = (LabeledStmt) s.get(1);
        assertEquals("loop", loop.label());
        ForStmt fs = (ForStmt) loop.stmt();
        assertInstanceOf(AssignStmt.class, fs.init());
        assertInstanceOf(IncDecStmt.class, fs.post());
        IfStmt ifs = (IfStmt) fs.body().stmts().get(0);
        BranchStmt br = (BranchStmt) ifs.then().stmts().get(0);
        assertEquals(Token.BREAK, br.tok());
        assertEquals("loop", br.label());
        IfStmt elseIf = (IfStmt) ifs.els();
        assertInstanceOf(BlockStmt.class, elseIf.els());

        ForStmt cond = (ForStmt) s.get(2);
        assertNull(cond.init());
        assertInstanceOf(BinaryExpr.class, cond.cond());
        assertEquals(Token.ADD_ASSIGN, ((AssignStmt) cond.body().stmts().get(0)).op());
        ForStmt forever = (ForStmt) s.get(3);
        assertNull(forever.cond());
        RangeStmt r0 = (RangeStmt) s.get(4);
        assertNull(r0.key());
        RangeStmt r2 = (RangeStmt) s.get(5);
        assertTrue(r2.define());
        assertEquals("v", ((Ident) r2.value()).name());
        assertInstanceOf(SendStmt.class, s.get(6));
        assertInstanceOf(FuncLit.class, ((GoStmt) s.get(7)).call().fun());
        assertEquals(2, ((DeferStmt) s.get(8)).call().args().size());

        SwitchStmt sw = (SwitchStmt) s.get(9);
        assertInstanceOf(AssignStmt.class, sw.init());
        assertEquals(2, sw.clauses().get(0).exprs().size());
        assertEquals(Token.FALLTHROUGH, ((BranchStmt) sw.clauses().get(0).body().get(0)).tok());
        assertNull(sw.clauses().get(1).exprs());

        TypeSwitchStmt ts = (TypeSwitchStmt) s.get(10);
        assertEquals("v", ts.bind().name());
        assertEquals("x", ((Ident) ts.x()).name());
        assertEquals("nil", ((Ident) ts.clauses().get(0).exprs().get(0)).name());

        SelectStmt sel = (SelectStmt) s.get(11);
        assertInstanceOf(SendStmt.class, sel.clauses().get(0).comm());
        AssignStmt recv = (AssignStmt) sel.clauses().get(1).comm();
        assertEquals(Token.DEFINE, recv.op());
        assertEquals(Token.ARROW, ((UnaryExpr) recv.rhs().get(0)).op());
        assertEquals(Token.ARROW, ((UnaryExpr) ((ExprStmt) sel.clauses().get(2).comm()).x()).op());
        assertNull(sel.clauses().get(3).comm());

        assertEquals(Token.AND_NOT_ASSIGN, ((AssignStmt) s.get(12)).op());
        assertInstanceOf(BlockStmt.class, s.get(13));
        LabeledStmt done = (LabeledStmt) s.get(14);
        assertInstanceOf(EmptyStmt.class, done.stmt());
    }

    @Test
    void literalValues() {
        assertEquals(new BigInteger("255"), Literals.intValue("0xFF"));
        assertEquals(new BigInteger("15"), Literals.intValue("017"));
        assertEquals(new BigInteger("15"), Literals.intValue("0o17"));
        assertEquals(new BigInteger("10"), Literals.intValue("0b1010"));
        assertEquals(new BigInteger("1000000"), Literals.intValue("1_000_000"));
        assertEquals(0, new BigDecimal("0.1875").compareTo(Literals.floatValue("0x1.8p-3")));
        assertEquals(0, new BigDecimal("1500").compareTo(Literals.floatValue("1.5e3")));
        assertEquals(0, new BigDecimal("17").compareTo(Literals.imagValue("017i")));
        assertEquals(0x41, Literals.runeValue("'\\x41'"));
        assertEquals(0xE9, Literals.runeValue("'\\u00e9'"));
        assertEquals(255, Literals.runeValue("'\\377'"));
        assertEquals('\'', Literals.runeValue("'\\''"));
        assertEquals(0xE9, Literals.runeValue("'\u00C3\u00A9'"));
        assertEquals("a\"b\n\t\\", new String(Literals.unquoteString("\"a\\\"b\\n\\t\\\\\""), StandardCharsets.UTF_8));
        assertEquals("x\\ny", new String(Literals.unquoteString("`x\\ny`"), StandardCharsets.UTF_8));
        assertEquals(List.of((byte) 0xFF), toList(Literals.unquoteString("\"\\xff\"")));
    }

    private static List<Byte> toList(byte[] b) {
        Byte[] boxed = new Byte[b.length];
        for (int i = 0; i < b.length; i++) {
            boxed[i] = b[i];
        }
        return List.of(boxed);
    }

    // ------------------------------------------------------------------ errors (wording verified with Go 1.19)

    /** The file's errors: syntax errors stop the parse; the others (Go's scanner errors...) come with the AST. */
    private static List<String> errors(String src) {
        return errorsOf(src.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> errorsOf(byte[] src) {
        try {
            SourceFile f = GoParserFacade.parse(src, "./x.go");
            assertFalse(f.errors().isEmpty(), "no error reported");
            return f.errors().stream().map(e -> "./x.go:" + e.line() + ":" + e.col() + ": " + e.message()).toList();
        } catch (GoSyntaxException e) {
            return e.messages();
        }
    }

    private static void assertError(String expected, String src) {
        assertEquals(expected, errors(src).get(0), src);
    }

    @Test
    void syntaxErrorsMatchGo() {
        assertError("./x.go:3:17: syntax error: unexpected newline in composite literal; possibly missing comma or }",
                "package main\nfunc main() {\n\tx := []int{1, 2\n\t}\n\t_ = x\n}\n");
        assertError("./x.go:4:1: syntax error: unexpected }, expecting expression",
                "package main\nfunc main() {\n\tx :=\n}\n");
        assertError("./x.go:2:1: syntax error: non-declaration statement outside function body",
                "package main\nx := 1\nfunc main() {}\n");
        assertError("./x.go:3:9: syntax error: unexpected newline, expecting { after if clause",
                "package main\nfunc main() {\n\tif true\n\t{\n\t}\n}\n");
        assertError("./x.go:4:9: syntax error: else must be followed by if or statement block",
                "package main\nfunc main() {\n\tif true {\n\t} else for {\n\t}\n}\n");
        assertError("./x.go:4:1: syntax error: unexpected EOF, expecting }", "package main\nfunc main() {\n\tx := 1\n");
        assertError("./x.go:4:17: syntax error: unexpected newline in argument list; possibly missing comma or )",
                "package main\nimport \"fmt\"\nfunc main() {\n\tfmt.Println(\"a\"\n}\n");
        assertError("./x.go:4:18: syntax error: unexpected literal \"b\" in argument list; possibly missing comma or )",
                "package main\nimport \"fmt\"\nfunc main() {\n\tfmt.Println(\"a\" \"b\")\n}\n");
        assertError("./x.go:3:9: syntax error: unexpected y at end of statement",
                "package main\nfunc main() {\n\tx := 1 y := 2\n}\n");
        assertError("./x.go:3:7: syntax error: cannot use x := 1 as value", "package main\nfunc main() {\n\tif x := 1 {\n\t}\n}\n");
        assertError("./x.go:3:1: syntax error: unexpected semicolon or newline before {",
                "package main\nfunc main()\n{\n}\n");
        assertError("./x.go:3:8: syntax error: unexpected b in struct type; possibly missing semicolon or newline or }",
                "package main\ntype T struct {\n\ta int b int\n}\n");
        assertError("./x.go:2:15: syntax error: mixed named and unnamed parameters", "package main\nfunc f(a int, string) {}\n");
        assertError("./x.go:2:6: syntax error: unexpected newline, expecting type", "package main\nvar x\n");
        assertError("./x.go:3:2: syntax error: unexpected case, expecting }", "package main\nfunc main() {\n\tcase 1:\n}\n");
        assertError("./x.go:3:5: syntax error: unexpected ) at end of statement", "package main\nfunc main() {\n\tf())\n}\n");
        assertError("./x.go:3:9: syntax error: unexpected ., expecting name or (", "package main\nfunc main() {\n\tx := a..b\n}\n");
        assertError("./x.go:3:20: syntax error: unexpected {, expecting semicolon or newline",
                "package main\nfunc main() {\n\tfor i := 0; i < 3 {\n\t}\n}\n");
        assertError("./x.go:3:2: non-name a.b on left side of :=", "package main\nfunc main() {\n\ta.b := 1\n}\n");
        assertError("./x.go:3:5: expression in go must be function call", "package main\nfunc main() {\n\tgo 1\n}\n");
        assertError("./x.go:4:10: middle index required in 3-index slice",
                "package main\nfunc main() {\n\tvar a []int\n\t_ = a[1::3]\n}\n");
    }

    @Test
    void lexicalErrorsMatchGo() {
        assertEquals(List.of("./x.go:4:21: newline in string",
                        "./x.go:4:21: syntax error: unexpected newline in argument list; possibly missing comma or )"),
                errors("package main\nimport \"fmt\"\nfunc main() {\n\tfmt.Println(\"hello)\n}\n"));
        assertEquals(List.of("./x.go:3:9: invalid character U+0040 '@'",
                        "./x.go:3:11: syntax error: unexpected literal 2 at end of statement"),
                errors("package main\nfunc main() {\n\tx := 1 @ 2\n}\n"));
        assertError("./x.go:3:9: newline in rune literal", "package main\nfunc main() {\n\tx := 'a\n}\n");
        assertError("./x.go:3:7: more than one character in rune literal", "package main\nfunc main() {\n\tx := 'ab'\n\t_ = x\n}\n");
        assertError("./x.go:2:10: empty rune literal or unescaped '", "package main\nvar x = ''\n");
        assertError("./x.go:3:10: unknown escape", "package main\nfunc main() {\n\tx := \"a\\qb\"\n\t_ = x\n}\n");
        assertError("./x.go:3:8: invalid digit '9' in octal literal", "package main\nfunc main() {\n\tx := 09\n\t_ = x\n}\n");
        assertError("./x.go:2:14: hexadecimal mantissa requires a 'p' exponent", "package main\nvar x = 0x1.8\n");
        assertEquals(List.of("./x.go:4:1: comment not terminated"), errors("package main\nfunc main() {\n}\n/* abc\n"));
        assertEquals(List.of("./x.go:2:9: string not terminated"), errors("package main\nvar x = `abc\n"));
    }

    /** Errors for raw bytes (the source is one char per byte, ISO-8859-1). */
    private static List<String> byteErrors(String latin1) {
        return errorsOf(latin1.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void nulInvalidUtf8AndBomAreReportedAndSkipped() {
        String head = "package main\n\nimport \"fmt\"\n\n";
        assertEquals(List.of("./x.go:6:16: invalid NUL character"),
                byteErrors(head + "func main() {\n\tfmt.Println(\"a\u0000b\")\n}\n"));
        assertEquals(List.of("./x.go:6:16: invalid UTF-8 encoding"),
                byteErrors(head + "func main() {\n\tfmt.Println(\"a\u00ffb\")\n}\n"));
        // The skipped byte leaves an empty rune literal, reported at the file's column.
        assertEquals(List.of("./x.go:6:15: invalid UTF-8 encoding", "./x.go:6:16: empty rune literal or unescaped '"),
                byteErrors(head + "func main() {\n\tfmt.Println('\u00ff')\n}\n"));
        assertEquals(List.of("./x.go:4:12: invalid UTF-8 encoding", "./x.go:4:13: invalid NUL character"),
                byteErrors("package main\n\nimport \"fmt\"\nconst s = \"\u00ff\u0000\"\nfunc main() { fmt.Println(s)\n}\n"));
        assertEquals(List.of("./x.go:6:16: invalid BOM in the middle of the file"),
                byteErrors(head + "func main() {\n\tfmt.Println(\"a\u00ef\u00bb\u00bfb\")\n}\n"));
        // Truncated and overlong sequences (Go's utf8.DecodeRune); one message per line, as Go prints.
        assertEquals(List.of("./x.go:5:18: invalid UTF-8 encoding", "./x.go:6:2: invalid UTF-8 encoding"),
                byteErrors(head + "func main() { // \u00e2\u0082a\u00c0\n\t\u00c0\u00affmt.Println()\n}\n"));
        // In the header (package clause and imports) the go command reports first, alone.
        assertEquals(List.of("x.go:3:6: illegal UTF-8 encoding"),
                byteErrors("package main\n\n// a \u00ff b \u00fe\nimport \"fmt\"\n\nfunc main() {\n fmt.Println()}\n"));
        assertEquals(List.of("x.go:5:12: illegal byte order mark"),
                byteErrors(head + "// comment \u00ef\u00bb\u00bf here\nfunc main() {\n\tfmt.Println(\"ab\")\n}\n"));
        assertEquals(List.of("go: reading ./x.go: unexpected NUL in input"),
                byteErrors(head + "// comment \u0000 here\nfunc main() {\n\tfmt.Println(\"ab\")\n}\n"));
        // The first byte after the header belongs to the compiler again.
        assertEquals(List.of("./x.go:5:1: invalid UTF-8 encoding"),
                byteErrors(head + "\u00fffunc main() {\n fmt.Println()}\n"));
    }

    @Test
    void deepNestingIsReportedNotThrown() {
        String deep = "package main\nvar x = " + "(".repeat(10000) + "1" + ")".repeat(10000) + "\n";
        try {
            SourceFile f = GoParserFacade.parse(deep.getBytes(StandardCharsets.UTF_8), "x.go");
            assertEquals(1, f.decls().size());
        } catch (GoSyntaxException e) {
            assertTrue(e.messages().get(0).startsWith("x.go:2:"), e.messages().get(0));
        }
        // Long flat chains are built iteratively.
        String chain = "package main\nvar x = " + "1 + ".repeat(20000) + "1\n";
        assertInstanceOf(BinaryExpr.class,
                ((VarDecl) GoParserFacade.parse(chain.getBytes(StandardCharsets.UTF_8), "x.go").decls().get(0))
                        .specs().get(0).values().get(0));
    }
}
