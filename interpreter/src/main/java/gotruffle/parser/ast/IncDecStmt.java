package gotruffle.parser.ast;

/** {@code x++} or {@code x--} ({@code tok} is {@link Token#INC} or {@link Token#DEC}). */
public record IncDecStmt(int line, int col, Expr x, Token tok) implements Stmt {}
