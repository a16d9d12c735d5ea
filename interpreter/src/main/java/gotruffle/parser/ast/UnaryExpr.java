package gotruffle.parser.ast;

/** Unary operation; {@code op} is one of + - ! ^ & <- (and ~ in constraint terms). */
public record UnaryExpr(int line, int col, Token op, Expr x) implements Expr {}
