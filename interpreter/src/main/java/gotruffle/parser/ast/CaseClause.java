package gotruffle.parser.ast;

import java.util.List;

/** A switch or type-switch clause; {@code exprs} is null for {@code default}. Position: the case/default keyword. */
public record CaseClause(int line, int col, List<Expr> exprs, List<Stmt> body) implements Node {}
