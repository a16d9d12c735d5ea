package gotruffle.parser.ast;

/** break, continue, goto or fallthrough ({@code tok}); {@code label} (at labelLine:labelCol) may be null. */
public record BranchStmt(int line, int col, Token tok, String label, int labelLine, int labelCol) implements Stmt {}
