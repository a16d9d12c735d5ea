package gotruffle.parser.ast;

import java.util.List;

/** Type switch {@code switch [bind :=] x.(type)}; clause exprs are types, with nil as Ident("nil"). */
public record TypeSwitchStmt(int line, int col, Stmt init, Ident bind, Expr x, List<CaseClause> clauses) implements Stmt {}
