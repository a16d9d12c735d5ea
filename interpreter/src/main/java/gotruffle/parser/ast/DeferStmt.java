package gotruffle.parser.ast;

/** {@code defer f(x)}. */
public record DeferStmt(int line, int col, CallExpr call) implements Stmt {}
