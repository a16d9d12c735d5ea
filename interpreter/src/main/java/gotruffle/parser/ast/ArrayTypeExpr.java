package gotruffle.parser.ast;

/** {@code [len]elem}; {@code len} is null for a slice type and an EllipsisExpr for {@code [...]T}. */
public record ArrayTypeExpr(int line, int col, Expr len, Expr elem) implements Expr {}
