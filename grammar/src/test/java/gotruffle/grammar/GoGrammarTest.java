package gotruffle.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

class GoGrammarTest {

    /** Parses Go source (as UTF-8 bytes read one char per byte) and returns the syntax errors. */
    private static List<String> errors(String src) {
        String latin1 = new String(src.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        List<String> errs = new ArrayList<>();
        BaseErrorListener collect = new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> r, Object sym, int line, int col, String msg, RecognitionException e) {
                errs.add(line + ":" + (col + 1) + ": " + msg);
            }
        };
        GoLexer lexer = new GoLexer(CharStreams.fromString(latin1));
        lexer.removeErrorListeners();
        lexer.addErrorListener(collect);
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();
        for (Token t : tokens.getTokens()) {
            String name = GoLexer.VOCABULARY.getSymbolicName(t.getType());
            if (name != null && (name.startsWith("BAD_") || name.equals("ERROR_CHAR"))) {
                errs.add(t.getLine() + ":" + (t.getCharPositionInLine() + 1) + ": bad token " + name);
            }
        }
        GoParser parser = new GoParser(tokens);
        parser.removeErrorListeners();
        parser.addErrorListener(collect);
        parser.sourceFile();
        return errs;
    }

    private static void assertParses(String src) {
        assertEquals(List.of(), errors(src), src);
    }

    /** Default-channel token types, with automatically inserted semicolons shown as ";nl" / ";eof". */
    private static List<String> tokens(String src) {
        GoLexer lexer = new GoLexer(CharStreams.fromString(src));
        List<String> out = new ArrayList<>();
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            if (t.getChannel() != Token.DEFAULT_CHANNEL) {
                continue;
            }
            if (t.getType() == GoLexer.SEMI) {
                out.add(t.getText().equals("newline") ? ";nl" : t.getText().equals("EOF") ? ";eof" : ";");
            } else {
                out.add(t.getText());
            }
        }
        return out;
    }

    @Test
    void semicolonsAreInsertedPerSpec() {
        assertEquals(List.of("x", "++", ";nl", "return", ";nl", "f", "(", ")", ";nl", "}", ";eof"),
                tokens("x++\nreturn\nf()\n}"));
        // No semicolon after an operator or an opening brace at the end of a line.
        assertEquals(List.of("a", "+", "b", ";nl", "{", "x", ";nl"), tokens("a +\nb\n{\nx\n"));
        // A general comment spanning lines acts like a newline; a line comment keeps the newline.
        assertEquals(List.of("a", ";nl", "b", ";nl", "c", ";eof"), tokens("a /* \n */ b // c\nc"));
        assertEquals(List.of("break", ";nl", "fallthrough", ";nl", "'x'", ";nl", "`r`", ";eof"),
                tokens("break\nfallthrough\n'x'\n`r`"));
    }

    @Test
    void literals() {
        assertEquals(List.of("0x1p-2", "0X_1FFFP-16", "1_000", "0b1010", "0o17", "017", "1e9", ".5", "1.", "0i",
                "1.5e3i", "0x1p2i", "'\\x41'", "'\\u00e9'", "'\\377'", "'\\''", "\"a\\\"b\\n\""),
                tokens("0x1p-2 0X_1FFFP-16 1_000 0b1010 0o17 017 1e9 .5 1. 0i 1.5e3i 0x1p2i '\\x41' '\\u00e9' '\\377' '\\'' \"a\\\"b\\n\"")
                        .stream().filter(s -> !s.startsWith(";")).toList());
    }

    @Test
    void declarationsAndGenerics() {
        assertParses("""
                package p

                import (
                	"fmt"
                	m "math"
                	. "strings"
                	_ "os"
                )
                import "errors"

                const (
                	A = iota
                	B
                	C, D = 1, "x"
                )

                type (
                	Alias = int
                	L[T any] struct { next *L[T]; val T }
                	Num interface { ~int | ~float64; String() string }
                	Arr [N * M]int
                	E struct { fmt.Stringer; *L[int]; x, y int `json:"x"` }
                )

                var x, y int = 1, 2

                func F[T any, U ~int | string](a T, b ...U) (r T, err error) { return }

                func (l *L[T]) Push(v T) { _ = G[int](1); _ = Pair[int, string]{} }

                func ext(int) int
                """);
    }

    @Test
    void statements() {
        assertParses("""
                package main

                func main() {
                	var ch = make(chan<- int, 1)
                	x := 0
                	x++
                loop:
                	for i := 0; i < 10; i++ {
                		if i > 5 { break loop } else if i == 3 { continue } else { goto done }
                	}
                	for x < 3 { x++ }
                	for {}
                	for range ch {}
                	for k, v := range map[string]int{"a": 1} { _, _ = k, v }
                	switch y := x; y { case 1, 2: fallthrough; default: }
                	switch v := interface{}(x).(type) { case nil, int, []string, *T, func(): _ = v }
                	select {
                	case ch <- 1:
                	case v, ok := <-in:
                		_, _ = v, ok
                	case <-in:
                	default:
                	}
                	go func() {}()
                	defer f(xs...)
                	p := &T{A: 1, B: []int{1, 2}}
                	m := map[P][]P{{1, 2}: {{3, 4}}}
                	x <<= 2; x &^= 1
                done:
                }
                """);
    }

    @Test
    void compositeLiteralInHeaders() {
        // `T {` in a header starts the block; parentheses or literal types allow a composite literal.
        assertParses("package p\nfunc f() {\n\tif x == T {\n\t}\n\tif (T{}) == x {}\n\tfor _, v := range []T{{}} {}\n\tswitch f(T{}) {}\n}\n");
        assertFalse(errors("package p\nfunc f() {\n\tif x == T{} {\n\t}\n}\n").isEmpty());
    }

    @Test
    void semicolonMayBeOmittedBeforeClosingBrackets() {
        assertParses("package p; import (\"a\"; \"b\"); func f() { a(); b() }; type T struct { a int }");
        assertTrue(errors("package p\nfunc f() { a() b() }\n").size() > 0);
    }

    @Test
    void utf8BytesInIdentifiersStringsAndComments() {
        assertParses("package p\n// héllo\nvar café = \"naïve\" + string('é') + `ü`\n");
    }

    @Test
    void reportsSyntaxErrors() {
        assertFalse(errors("package p\nfunc f() {\n\tx := [\n}\n").isEmpty());
        assertFalse(errors("package p\nx := 1\n").isEmpty());
        assertFalse(errors("package p\nvar s = \"abc\n").isEmpty());
    }
}
