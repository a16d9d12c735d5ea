package gotruffle.parser.ast;

/** {@code x++} or {@code x--}. */
public record IncDecStmt(int line, int col, Expr x, boolean inc) implements Stmt {}
