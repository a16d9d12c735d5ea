package gotruffle.parser.ast;

/** A function literal. */
public record FuncLit(int line, int col, FuncTypeExpr type, BlockStmt body) implements Expr {}
