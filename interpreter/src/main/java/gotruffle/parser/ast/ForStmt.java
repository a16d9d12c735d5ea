package gotruffle.parser.ast;

/** Three-clause, condition-only or infinite for loop; init, cond and post are nullable. */
public record ForStmt(int line, int col, Stmt init, Expr cond, Stmt post, BlockStmt body) implements Stmt {}
