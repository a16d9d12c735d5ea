package gotruffle.parser.ast;

/** Binary operation (also "|" unions in constraints). Position is that of x (Go reports errors at the start of an expression). */
public record BinaryExpr(int line, int col, String op, Expr x, Expr y) implements Expr {}
