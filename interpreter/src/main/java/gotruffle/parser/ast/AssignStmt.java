package gotruffle.parser.ast;

import java.util.List;

/** Assignment or short variable declaration; {@code op} is =, := or an assignment operator such as += or &^=. */
public record AssignStmt(int line, int col, List<Expr> lhs, Token op, List<Expr> rhs) implements Stmt {}
