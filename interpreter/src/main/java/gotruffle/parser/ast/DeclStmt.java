package gotruffle.parser.ast;

/** A const, var or type declaration inside a function body. */
public record DeclStmt(int line, int col, Decl decl) implements Stmt {}
