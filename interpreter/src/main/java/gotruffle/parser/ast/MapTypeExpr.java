package gotruffle.parser.ast;

/** {@code map[key]value}. */
public record MapTypeExpr(int line, int col, Expr key, Expr value) implements Expr {}
