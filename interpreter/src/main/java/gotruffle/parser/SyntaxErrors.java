package gotruffle.parser;

import gotruffle.parser.ast.SourceFile;
import org.antlr.v4.runtime.Token;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Collects the errors of one file and formats them as Go does: {@code path:line:col: msg},
 * sorted by position, at most 10.
 */
final class SyntaxErrors {
    /** soft: not a syntax error in Go's sense (scanner and some parser errors); Go still type-checks then. */
    private record Err(int line, int col, String msg, boolean soft) {
    }

    private static final int MAX_ERRORS = 10;

    private final String path;
    private final List<Err> errs = new ArrayList<>();
    /** Maps columns of the lexer's text back to the file's when bad bytes were skipped (null: same). */
    private SourceBytes source;
    private final Set<Token> badTokens =
            Collections.newSetFromMap(new IdentityHashMap<>());

    SyntaxErrors(String path) {
        this.path = path;
    }

    /** The file's line directives: positions are shown as they say. */
    void lineBases(List<SourceFile.LineBase> bases) {
        this.bases = bases;
    }

    private List<SourceFile.LineBase> bases = List.of();

    void mapColumns(SourceBytes bytes) {
        this.source = bytes.clean() ? null : bytes;
    }

    /** An error at a line and column of the lexer's text. */
    void add(int line, int col, String msg) {
        errs.add(new Err(line, source == null ? col : source.column(line, col), msg, false));
    }

    /** A soft error at a line and column of the lexer's text (see {@link #softErrors}). */
    void soft(int line, int col, String msg) {
        errs.add(new Err(line, source == null ? col : source.column(line, col), msg, true));
    }

    /** A malformed literal token: its error is reported; the checker takes it as an invalid operand. */
    void badToken(Token t) {
        badTokens.add(t);
    }

    boolean isBad(Token t) {
        return badTokens.contains(t);
    }

    /** Whether an error that stops Go before type checking was reported. */
    boolean anyHard() {
        for (Err e : errs) {
            if (!e.soft) {
                return true;
            }
        }
        return false;
    }

    /** The soft errors, for the checker to report among its own. */
    List<SourceFile.ParseError> softErrors() {
        List<Err> sorted = new ArrayList<>(errs);
        sorted.sort(Comparator.comparingInt(Err::line).thenComparingInt(Err::col));
        List<SourceFile.ParseError> out = new ArrayList<>();
        Err last = null;
        for (Err e : sorted) {
            if (last == null || last.line != e.line || !last.msg.equals(e.msg)) { // once per line, as Go
                out.add(new SourceFile.ParseError(e.line, e.col, e.msg));
            }
            last = e;
        }
        return out;
    }

    /** An error at a byte column of the file itself. */
    void addAt(int line, int col, String msg) {
        errs.add(new Err(line, col, msg, true));
    }

    /** The go command rejects the file before the compiler sees it: this line is all Go prints. */
    void goCommand(String line) {
        throw new GoSyntaxException(List.of(line));
    }

    void addAll(SyntaxErrors other) {
        errs.addAll(other.errs);
    }

    /** Whether an error was recorded at line:col. */
    boolean anyAt(int line, int col) {
        for (Err e : errs) {
            if (e.line == line && e.col == col) {
                return true;
            }
        }
        return false;
    }

    /** The number of errors recorded so far (see {@link #reportedByGoParser}). */
    int count() {
        return errs.size();
    }

    /** Forgets the errors recorded after the first n. */
    void truncate(int n) {
        errs.subList(n, errs.size()).clear();
    }

    boolean any() {
        return !errs.isEmpty();
    }

    /** Records the error and stops (used for the first error found while building the AST). */
    void fail(int line, int col, String msg) {
        add(line, col, msg);
        throw exception();
    }

    void syntax(int line, int col, String msg) {
        fail(line, col, "syntax error: " + msg);
    }

    /**
     * Replaces the errors recorded after the first {@code keep} (ANTLR's) by those of Go's parser, in
     * the order Go reports them; the scanner errors recorded before go in where Go's scanner meets
     * them. From then on errors are counted and filtered in that order, as Go's compiler does.
     */
    void reportedByGoParser(int keep, List<RecoveringParser.Error> parsed) {
        List<Err> lexical = new ArrayList<>(errs.subList(0, keep));
        lexical.sort(Comparator.comparingInt(Err::line).thenComparingInt(Err::col));
        errs.clear();
        int li = 0;
        for (RecoveringParser.Error e : parsed) {
            Err pe = new Err(e.line(), source == null ? e.col() : source.column(e.line(), e.col()), e.msg(), false);
            while (li < lexical.size() && (lexical.get(li).line < pe.line
                    || lexical.get(li).line == pe.line && lexical.get(li).col <= pe.col)) {
                errs.add(lexical.get(li++));
            }
            errs.add(pe);
        }
        errs.addAll(lexical.subList(li, lexical.size()));
        inGoOrder = true;
    }

    /** Whether Go's parser (parsed) reports the error recorded last, at its position, with its message. */
    boolean lastConfirmedBy(List<RecoveringParser.Error> parsed) {
        Err last = errs.get(errs.size() - 1);
        for (RecoveringParser.Error e : parsed) {
            if (e.line() == last.line && (source == null ? e.col() : source.column(e.line(), e.col())) == last.col && e.msg().equals(last.msg)) {
                return true;
            }
        }
        return false;
    }

    /** Whether errs are in the order Go reports them (see {@link #reportedByGoParser}). */
    private boolean inGoOrder;

    GoSyntaxException exception() {
        List<Err> sorted = new ArrayList<>(errs);
        sorted.sort(Comparator.comparingInt(Err::line).thenComparingInt(Err::col));
        if (!sorted.isEmpty() && sorted.get(0).msg.startsWith("expected ")) {
            // go/parser's wording: the go command read the header and stopped there, alone.
            Err e = sorted.get(0);
            return new GoSyntaxException(List.of(SourceBytes.goCommandPath(path) + ":" + e.line + ":" + e.col + ": " + e.msg));
        }
        // Go's compiler, in the order errors are reported: one syntax error per line, an other
        // error once per line, and it stops at the 10th, naming its position; printed sorted.
        List<Err> kept = new ArrayList<>();
        int syntaxLine = -1;
        Err other = null;
        Err tooMany = null;
        for (Err e : inGoOrder ? errs : sorted) {
            if (e.msg.startsWith("syntax error")) {
                if (e.line == syntaxLine) {
                    continue;
                }
                syntaxLine = e.line;
            } else {
                if (other != null && other.line == e.line && other.msg.equals(e.msg)) {
                    continue;
                }
                other = e;
            }
            kept.add(e);
            if (kept.size() == MAX_ERRORS) {
                tooMany = e;
                break;
            }
        }
        kept.sort(Comparator.comparingInt(Err::line).thenComparingInt(Err::col));
        List<String> out = new ArrayList<>();
        for (Err e : kept) {
            String line = LineDirectives.format(bases, path, e.line, e.col) + ": " + e.msg;
            if (out.isEmpty() || !out.get(out.size() - 1).equals(line)) {
                out.add(line);
            }
        }
        if (tooMany != null) {
            out.add(LineDirectives.format(bases, path, tooMany.line, tooMany.col) + ": too many errors");
        }
        return new GoSyntaxException(out);
    }
}
