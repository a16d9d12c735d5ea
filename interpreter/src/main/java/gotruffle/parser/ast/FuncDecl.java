package gotruffle.parser.ast;

import java.util.List;

/** A function or method; {@code recv} is null for functions, {@code body} null when absent. Position: the function name (that is where Go reports errors about a declaration). */
public record FuncDecl(int line, int col, Field recv, String name, List<Field> typeParams, FuncTypeExpr type, BlockStmt body) implements Decl {}
