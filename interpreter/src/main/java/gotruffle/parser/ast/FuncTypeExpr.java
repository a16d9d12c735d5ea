package gotruffle.parser.ast;

import java.util.List;

/** A function signature; when {@code variadic}, the last param is {@code ...T} and its Field.type is T. */
public record FuncTypeExpr(int line, int col, List<Field> params, List<Field> results, boolean variadic) implements Expr {}
