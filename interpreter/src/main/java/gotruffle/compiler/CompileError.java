package gotruffle.compiler;

import gotruffle.parser.Positions;

/** A type-check error at a position, printed as Go does: {@code path:line:col: message}. */
public record CompileError(String path, int line, int col, String message) implements Comparable<CompileError> {
    @Override
    public int compareTo(CompileError o) {
        int c = path.compareTo(o.path);
        if (c == 0) {
            c = Integer.compare(line, o.line);
        }
        if (c == 0) {
            c = Integer.compare(col, o.col);
        }
        return c;
    }

    @Override
    public String toString() {
        return Positions.format(path, line, col) + ": " + message;
    }
}
