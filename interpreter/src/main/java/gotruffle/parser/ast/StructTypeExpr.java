package gotruffle.parser.ast;

import java.util.List;

/** A struct type. */
public record StructTypeExpr(int line, int col, List<Field> fields) implements Expr {}
