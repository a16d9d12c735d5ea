package gotruffle.parser.ast;

import java.util.List;

/** A select clause; {@code comm} is null for default, else a SendStmt, an ExprStmt of a "<-" UnaryExpr, or an AssignStmt whose single rhs is a "<-" UnaryExpr. */
public record CommClause(int line, int col, Stmt comm, List<Stmt> body) implements Node {}
