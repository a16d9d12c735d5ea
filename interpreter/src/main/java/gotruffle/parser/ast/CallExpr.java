package gotruffle.parser.ast;

import java.util.List;

/** A call or conversion; {@code ellipsis} for {@code f(xs...)}. */
public record CallExpr(int line, int col, Expr fun, List<Expr> args, boolean ellipsis, int rparenLine, int rparenCol) implements Expr {}
