package gotruffle.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The REPL's input classification and program synthesis, without running anything. */
class ReplSessionTest {

    @Test
    void inputIsCompleteWhenBracketsCloseOutsideStringsAndComments() {
        assertTrue(GoSnippetScanner.isComplete("x := 1"));
        assertFalse(GoSnippetScanner.isComplete("func f() {"));
        assertFalse(GoSnippetScanner.isComplete("xs := []int{1,\n2,"));
        assertTrue(GoSnippetScanner.isComplete("s := \"{(\""));
        assertTrue(GoSnippetScanner.isComplete("r := '{'"));
        assertTrue(GoSnippetScanner.isComplete("x := 1 // {"));
        assertFalse(GoSnippetScanner.isComplete("s := `multi\nline"));
        assertTrue(GoSnippetScanner.isComplete("s := `a { b`"));
        assertFalse(GoSnippetScanner.isComplete("/* open comment"));
        assertTrue(GoSnippetScanner.isComplete("x := 1 /* { */"));
        assertTrue(GoSnippetScanner.isComplete("s := \"\\\"{\""));
        assertTrue(GoSnippetScanner.isComplete("}")); // too many closers: the compiler explains
    }

    @Test
    void statementsSplitWhereGoInsertsSemicolons() {
        var tokens = GoSnippetScanner.scan("a := 1 +\n 2\nb := []int{\n1,\n}\nc++; d := 4").tokens();
        List<List<GoSnippetScanner.Token>> statements = GoSnippetScanner.topLevelStatements(tokens);
        assertEquals(4, statements.size());
        assertEquals("a", statements.get(0).getFirst().text());
        assertEquals("b", statements.get(1).getFirst().text());
        assertEquals("c", statements.get(2).getFirst().text());
        assertEquals("d", statements.get(3).getFirst().text());
    }

    private static List<GoSnippetScanner.Token> tokens(String s) {
        return GoSnippetScanner.scan(s).tokens();
    }

    @Test
    void expressionsAreTellApartFromStatements() {
        for (String e : List.of("1 + 2", "x", "f(3)", "<-ch", "m[\"k\"]", "func() int { return 1 }()", "[]int{1, 2}", "a[1:2]", "x == 1")) {
            assertTrue(ReplSession.looksLikeExpression(tokens(e)), e);
        }
        for (String s : List.of("x := 1", "x = 2", "x++", "ch <- 1", "if x { }", "for { }", "var y int", "x += 1",
                "a := 1; b := 2", "L: for {}", "{ x := 1 }", "return")) {
            assertFalse(ReplSession.looksLikeExpression(tokens(s)), s);
        }
    }

    @Test
    void declarationsAreFuncsMethodsAndTypesButNotFunctionLiterals() {
        assertTrue(ReplSession.isFuncDeclaration(tokens("func f() {}")));
        assertTrue(ReplSession.isFuncDeclaration(tokens("func (p *Point) Move(dx int) {}")));
        assertTrue(ReplSession.isFuncDeclaration(tokens("func (s Stack[T]) Push(v T) {}")));
        assertFalse(ReplSession.isFuncDeclaration(tokens("func() { }()")));
        assertFalse(ReplSession.isFuncDeclaration(tokens("func() (int, error) { return 0, nil }()")));
        assertFalse(ReplSession.isFuncDeclaration(tokens("func() pkg.T { return pkg.T{} }()")));
        assertEquals(java.util.Set.of("Point.Move"), ReplSession.declaredNames(tokens("func (p *Point) Move(dx int) {}")));
        assertEquals(java.util.Set.of("Stack.Push"), ReplSession.declaredNames(tokens("func (s Stack[T]) Push(v T) {}")));
        assertEquals(java.util.Set.of("A", "B"), ReplSession.declaredNames(tokens("type (\n A int\n B struct{ x int }\n)")));
        assertEquals(java.util.Set.of("f"), ReplSession.declaredNames(tokens("func f[T any](x T) {}")));
    }

    @Test
    void declaredNamesOfStatements() {
        List<String> declared = new ArrayList<>();
        List<String> variables = new ArrayList<>();
        for (String s : List.of("a, _, b := f()", "var (\n c int\n d, e = 1, 2\n)", "const k, l = 1, 2", "var m = map[string]int{}",
                "if v := 1; v > 0 {}", "x.y = 3")) {
            for (var statement : GoSnippetScanner.topLevelStatements(tokens(s))) {
                ReplSession.collectDeclaredNames(statement, declared, variables);
            }
        }
        assertEquals(List.of("a", "b", "c", "d", "e", "k", "l", "m"), declared);
        assertEquals(List.of("a", "b", "c", "d", "e", "m"), variables);
    }

    @Test
    void anExpressionIsTriedFirstAsPrintedValueThenAsStatement() {
        ReplSession session = new ReplSession();
        List<ReplSession.Attempt> attempts = session.plan("f(3)");
        assertEquals(2, attempts.size());
        assertEquals(ReplSession.InputKind.EXPRESSION, attempts.get(0).kind());
        assertTrue(attempts.get(0).program().contains("\n__replShow(f(3))\n"), attempts.get(0).program());
        assertEquals(ReplSession.InputKind.STATEMENT, attempts.get(1).kind());
        assertTrue(attempts.get(1).program().contains("\nf(3)\n"), attempts.get(1).program());
    }

    @Test
    void aTrailingCommentDoesNotSwallowTheClosingParen() {
        ReplSession session = new ReplSession();
        String program = session.plan("x + 1 // note").getFirst().program();
        assertTrue(program.contains("__replShow(x + 1) // note\n"), program);
    }

    @Test
    void earlierStatementsComeBeforeTheMarkerAndVariablesAreUsed() {
        ReplSession session = new ReplSession();
        session.commit(session.plan("x := 40").getFirst());
        session.commit(session.plan("var y, z = 1, 2").getFirst());
        String program = session.plan("x + y").getFirst().program();
        int x = program.indexOf("x := 40\n_ = x\n");
        int y = program.indexOf("var y, z = 1, 2\n_ = y\n_ = z\n");
        int mark = program.indexOf("__replMark()\n__replShow(x + y)\n");
        assertTrue(x > 0 && y > x && mark > y, program);
        assertTrue(program.lastIndexOf("__replEnd()\n}") > mark, program);
    }

    @Test
    void redeclaringANameOpensANestedBlock() {
        ReplSession session = new ReplSession();
        session.commit(session.plan("x := 1").getFirst());
        session.commit(session.plan("y := 2").getFirst());
        String program = session.plan("x := \"s\"").getFirst().program();
        assertTrue(program.contains("y := 2\n_ = y\n{\n__replMark()\nx := \"s\"\n_ = x\n}\n__replEnd()\n}\n"), program);
    }

    @Test
    void declarationsReplaceEarlierOnesOfTheSameNameAndSkipTheReplay() {
        ReplSession session = new ReplSession();
        session.commit(session.plan("func f() int { return 1 }").getFirst());
        session.commit(session.plan("x := 1").getFirst());
        ReplSession.Attempt redefine = session.plan("func f() int { return 2 }").getFirst();
        assertEquals(ReplSession.InputKind.DECLARATION, redefine.kind());
        assertFalse(redefine.program().contains("return 1"), redefine.program());
        // main returns before the replay: the statements must compile, not run again.
        assertTrue(redefine.program().contains("func main() {\n__replMark()\nreturn\nx := 1\n"), redefine.program());
        session.commit(redefine);
        assertEquals(1, session.describe().split("func f", -1).length - 1);
    }

    @Test
    void importsAreCheckedBlankAndEmittedOnlyWhenUsed() {
        ReplSession session = new ReplSession();
        ReplSession.Attempt imp = session.plan("import (\n\"strings\"\ns \"sort\"\n)").getFirst();
        assertEquals(ReplSession.InputKind.IMPORT, imp.kind());
        assertTrue(imp.program().contains("import _ \"strings\"\nimport _ \"sort\"\n"), imp.program());
        session.commit(imp);
        String unused = session.plan("1").getFirst().program();
        assertFalse(unused.contains("\"strings\""), unused);
        String used = session.plan("strings.ToUpper(\"a\")").getFirst().program();
        assertTrue(used.contains("import \"strings\"\n"), used);
        assertFalse(used.contains("\"sort\""), used);
        // A string mentioning the name is no use of the package.
        assertFalse(session.plan("\"s.x\"").getFirst().program().contains("\"sort\""));
    }

    @Test
    void commonStandardPackagesNeedNoImport() {
        ReplSession session = new ReplSession();
        String used = session.plan("strings.Repeat(\"a\", 3)").getFirst().program();
        assertTrue(used.contains("import \"strings\"\n"), used);
        String nested = session.plan("utf8.RuneLen('x')").getFirst().program();
        assertTrue(nested.contains("import \"unicode/utf8\"\n"), nested);
        // fmt printing without an import is still only run, not printed as a value
        assertEquals(ReplSession.InputKind.STATEMENT, session.plan("fmt.Println(1)").getFirst().kind());
        // an explicit import under that name, or a declaration of it, wins
        session.commit(session.plan("import strings \"bytes\"").getFirst());
        String renamed = session.plan("strings.ToUpper(nil)").getFirst().program();
        assertFalse(renamed.contains("import \"strings\""), renamed);
        session.commit(session.plan("type math int").getFirst());
        session.commit(session.plan("func (math) Pi() int { return 3 }").getFirst());
        String methodExpr = session.plan("math.Pi(0)").getFirst().program();
        assertTrue(methodExpr.contains("math.Pi(0)"), methodExpr);
        assertFalse(methodExpr.contains("import \"math\""), methodExpr);
    }

    @Test
    void fmtPrintCallsAreRunNotPrinted() {
        ReplSession session = new ReplSession();
        session.commit(session.plan("import \"fmt\"").getFirst());
        List<ReplSession.Attempt> attempts = session.plan("fmt.Println(\"hi\")");
        assertEquals(1, attempts.size());
        assertEquals(ReplSession.InputKind.STATEMENT, attempts.getFirst().kind());
        assertEquals(2, session.plan("fmt.Sprint(1)").size());
    }

    @Test
    void compilerMessagesAreMappedBackToTheInput() {
        ReplSession session = new ReplSession();
        session.commit(session.plan("x := 1").getFirst());
        ReplSession.Attempt expression = session.plan("y + x").getFirst();
        int line = expression.inputSpan().first();
        String mapped = ReplSession.mapErrors(expression,
                "./" + Repl.FILE_NAME + ":" + line + ":12: undefined: y\nsomething else\n");
        assertEquals("1:1: undefined: y\nsomething else\n", mapped);

        ReplSession.Attempt statement = session.plan("if true {\n  z = 1\n}").getFirst();
        String mappedStatement = ReplSession.mapErrors(statement,
                "/tmp/gotruffle-repl123/" + Repl.FILE_NAME + ":" + (statement.inputSpan().first() + 1) + ":3: undefined: z\n");
        assertEquals("2:3: undefined: z\n", mappedStatement);

        int earlierLine = statement.earlier().getFirst().first();
        String aboutEarlier = ReplSession.mapErrors(statement, Repl.FILE_NAME + ":" + earlierLine + ":1: x redeclared\n");
        assertEquals("(in earlier input `x := 1`) x redeclared\n", aboutEarlier);
        assertTrue(ReplSession.isCompileError("./repl.go:3:5: undefined: y\n"));
        assertFalse(ReplSession.isCompileError("panic: boom\n"));
    }

    @Test
    void topLevelDeferAndPackageClausesAreRejected() {
        assertNotNull(ReplSession.rejection("defer f()"));
        assertNotNull(ReplSession.rejection("x := 1; defer f()"));
        assertNotNull(ReplSession.rejection("package main"));
        assertNotNull(ReplSession.rejection("import . \"strings\""));
        assertNull(ReplSession.rejection("import \"strings\""));
        assertNull(ReplSession.rejection("func f() { defer g() }"));
        assertNull(ReplSession.rejection("x := 1"));
    }
}
