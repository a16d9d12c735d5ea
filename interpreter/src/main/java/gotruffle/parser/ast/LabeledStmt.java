package gotruffle.parser.ast;

/** {@code label: stmt}; position is the label. */
public record LabeledStmt(int line, int col, String label, Stmt stmt) implements Stmt {}
