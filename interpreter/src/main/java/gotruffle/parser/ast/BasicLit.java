package gotruffle.parser.ast;

/**
 * A literal; {@code raw} is the source text exactly as in the file (for strings: the UTF-8 bytes,
 * one char per byte, quotes included). {@code bad}: malformed (its error is already reported),
 * an invalid operand for the checker, as in Go.
 */
public record BasicLit(int line, int col, Kind kind, String raw, boolean bad) implements Expr {
    public BasicLit(int line, int col, Kind kind, String raw) {
        this(line, col, kind, raw, false);
    }

    public enum Kind { INT, FLOAT, IMAG, CHAR, STRING }
}
