package gotruffle.parser.ast;

/** An empty statement (e.g. a lone semicolon). */
public record EmptyStmt(int line, int col) implements Stmt {}
