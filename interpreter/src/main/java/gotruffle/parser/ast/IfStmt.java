package gotruffle.parser.ast;

/** if statement; {@code init} nullable; {@code els} is null, an IfStmt or a BlockStmt. */
public record IfStmt(int line, int col, Stmt init, Expr cond, BlockStmt then, Stmt els) implements Stmt {}
