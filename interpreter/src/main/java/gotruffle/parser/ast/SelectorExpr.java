package gotruffle.parser.ast;

/** {@code x.sel} (field, method or qualified identifier). */
public record SelectorExpr(int line, int col, Expr x, Ident sel) implements Expr {}
