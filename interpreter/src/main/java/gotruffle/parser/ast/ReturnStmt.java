package gotruffle.parser.ast;

import java.util.List;

/** {@code return [results]}. */
public record ReturnStmt(int line, int col, List<Expr> results) implements Stmt {}
