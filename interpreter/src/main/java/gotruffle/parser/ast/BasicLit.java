package gotruffle.parser.ast;

/** A literal; {@code raw} is the source text exactly as in the file (for strings: the UTF-8 bytes, one char per byte, quotes included). */
public record BasicLit(int line, int col, Kind kind, String raw) implements Expr {
    public enum Kind { INT, FLOAT, IMAG, CHAR, STRING }
}
