package gotruffle.parser.ast;

import java.util.List;

/** Expression switch; {@code init} and {@code tag} are nullable. */
public record SwitchStmt(int line, int col, Stmt init, Expr tag, List<CaseClause> clauses) implements Stmt {}
