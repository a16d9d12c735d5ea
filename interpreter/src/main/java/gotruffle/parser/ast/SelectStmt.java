package gotruffle.parser.ast;

import java.util.List;

/** select statement. */
public record SelectStmt(int line, int col, List<CommClause> clauses) implements Stmt {}
