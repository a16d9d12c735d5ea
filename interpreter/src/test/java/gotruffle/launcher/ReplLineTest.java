package gotruffle.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jline.reader.EOFError;
import org.jline.reader.Parser.ParseContext;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

/** The REPL's line editing without a session: when an input is complete, the word to complete, colours. */
class ReplLineTest {
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
    void anOpenBracketAsksForAnotherLine() {
        ReplLineParser p = new ReplLineParser();
        assertThrows(EOFError.class, () -> p.parse("func f() {", 10, ParseContext.ACCEPT_LINE));
        assertEquals("func f() {}", p.parse("func f() {}", 11, ParseContext.ACCEPT_LINE).line());
        assertEquals(":load dir/{", p.parse(":load dir/{", 11, ParseContext.ACCEPT_LINE).line()); // commands are one line
    }

    @Test
    void theWordToCompleteIsTheChainBeforeTheCursor() {
        ReplLineParser p = new ReplLineParser();
        assertEquals("strings.To", p.parse("fmt.Println(strings.To", 22, ParseContext.COMPLETE).word());
        assertEquals("p.inner.", p.parse("x := p.inner.", 13, ParseContext.COMPLETE).word());
        assertEquals("", p.parse("f(", 2, ParseContext.COMPLETE).word());
        assertEquals("dir/a", p.parse(":load dir/a", 11, ParseContext.COMPLETE).word());
    }

    @Test
    void keywordsStringsAndCommandsAreColoured() {
        AttributedString s = ReplHighlighter.highlight("for x := \"s\" // c");
        assertEquals("for x := \"s\" // c", s.toString());
        assertNotEquals(s.styleAt(0), s.styleAt(4)); // keyword, identifier
        assertNotEquals(s.styleAt(4), s.styleAt(9)); // identifier, string
        assertNotEquals(s.styleAt(9), s.styleAt(14)); // string, comment
        AttributedString c = ReplHighlighter.highlight(":load x.go");
        assertNotEquals(c.styleAt(0), c.styleAt(7));
    }

    @Test
    void durationsPrintLikeGo() {
        assertEquals("850ns", Repl.duration(850));
        assertEquals("12.5µs", Repl.duration(12_500));
        assertEquals("3ms", Repl.duration(3_000_000));
        assertEquals("1.5s", Repl.duration(1_500_000_000));
    }
}
