package gotruffle.parser.ast;

import java.util.List;

/** A braced block; position is the opening brace, {@code endLine/endCol} the closing brace. */
public record BlockStmt(int line, int col, List<Stmt> stmts, int endLine, int endCol) implements Stmt {}
