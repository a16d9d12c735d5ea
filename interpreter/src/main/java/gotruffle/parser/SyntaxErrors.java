package gotruffle.parser;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the errors of one file and formats them as Go does: {@code path:line:col: msg},
 * sorted by position, at most 10.
 */
final class SyntaxErrors {
    private record Err(int line, int col, String msg) {
    }

    private static final int MAX_ERRORS = 10;

    private final String path;
    private final List<Err> errs = new ArrayList<>();
    /** Maps columns of the lexer's text back to the file's when bad bytes were skipped (null: same). */
    private SourceBytes source;

    SyntaxErrors(String path) {
        this.path = path;
    }

    void mapColumns(SourceBytes bytes) {
        this.source = bytes.clean() ? null : bytes;
    }

    /** An error at a line and column of the lexer's text. */
    void add(int line, int col, String msg) {
        errs.add(new Err(line, source == null ? col : source.column(line, col), msg));
    }

    /** An error at a byte column of the file itself. */
    void addAt(int line, int col, String msg) {
        errs.add(new Err(line, col, msg));
    }

    /** The go command rejects the file before the compiler sees it: this line is all Go prints. */
    void goCommand(String line) {
        throw new GoSyntaxException(List.of(line));
    }

    void addAll(SyntaxErrors other) {
        errs.addAll(other.errs);
    }

    /** Whether the first error recorded is at line:col. */
    boolean firstAt(int line, int col) {
        return !errs.isEmpty() && errs.get(0).line == line && errs.get(0).col == col;
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

    GoSyntaxException exception() {
        List<Err> sorted = new ArrayList<>(errs);
        sorted.sort(Comparator.comparingInt(Err::line).thenComparingInt(Err::col));
        List<String> out = new ArrayList<>();
        if (!sorted.isEmpty() && sorted.get(0).msg.startsWith("expected ")) {
            // go/parser's wording: the go command read the header and stopped there, alone.
            Err e = sorted.get(0);
            return new GoSyntaxException(List.of(SourceBytes.goCommandPath(path) + ":" + e.line + ":" + e.col + ": " + e.msg));
        }
        int syntaxLine = -1;
        Err other = null;
        for (Err e : sorted) {
            // Go reports at most one syntax error per line, and an other error only once per line.
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
            out.add(Positions.format(path, e.line, e.col) + ": " + e.msg);
            if (out.size() == MAX_ERRORS) {
                break;
            }
        }
        return new GoSyntaxException(out);
    }
}
