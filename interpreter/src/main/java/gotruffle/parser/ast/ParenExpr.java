package gotruffle.parser.ast;

/** A parenthesized expression or type. */
public record ParenExpr(int line, int col, Expr x) implements Expr {}
