package gotruffle.parser.ast;

/** break, continue, goto or fallthrough ({@code tok}); {@code label} may be null. */
public record BranchStmt(int line, int col, Token tok, String label) implements Stmt {}
