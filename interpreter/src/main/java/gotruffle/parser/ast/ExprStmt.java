package gotruffle.parser.ast;

/** An expression used as a statement. */
public record ExprStmt(int line, int col, Expr x) implements Stmt {}
