package gotruffle.parser.ast;

/** An identifier (including predeclared names, the blank identifier and nil). */
public record Ident(int line, int col, String name) implements Expr {}
