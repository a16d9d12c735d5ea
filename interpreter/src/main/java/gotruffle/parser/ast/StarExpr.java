package gotruffle.parser.ast;

/** Pointer indirection {@code *x} or pointer type {@code *T}. */
public record StarExpr(int line, int col, Expr x) implements Expr {}
