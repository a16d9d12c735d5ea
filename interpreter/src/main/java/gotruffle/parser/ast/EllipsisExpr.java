package gotruffle.parser.ast;

/** {@code ...elem} ({@code elem} is null for the array length in {@code [...]T}). */
public record EllipsisExpr(int line, int col, Expr elem) implements Expr {}
