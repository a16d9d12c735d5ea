package gotruffle.parser.ast;

/** {@code ch <- value}. */
public record SendStmt(int line, int col, Expr ch, Expr value) implements Stmt {}
