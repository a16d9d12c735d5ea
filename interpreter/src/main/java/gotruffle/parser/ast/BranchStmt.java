package gotruffle.parser.ast;

/** break, continue, goto or fallthrough ({@code kind}); {@code label} may be null. */
public record BranchStmt(int line, int col, String kind, String label) implements Stmt {}
