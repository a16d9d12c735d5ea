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

    SyntaxErrors(String path) {
        this.path = path;
    }

    void add(int line, int col, String msg) {
        errs.add(new Err(line, col, msg));
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
        int syntaxLine = -1;
        for (Err e : sorted) {
            // Go reports at most one syntax error per line.
            if (e.msg.startsWith("syntax error")) {
                if (e.line == syntaxLine) {
                    continue;
                }
                syntaxLine = e.line;
            }
            out.add(path + ":" + e.line + ":" + e.col + ": " + e.msg);
            if (out.size() == MAX_ERRORS) {
                break;
            }
        }
        return new GoSyntaxException(out);
    }
}
