package gotruffle.parser.ast;

/** {@code go f(x)}. */
public record GoStmt(int line, int col, CallExpr call) implements Stmt {}
