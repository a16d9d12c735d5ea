package gotruffle.parser.ast;

import java.util.List;

/**
 * {@code x[i]}; more than one index only for generic instantiation {@code F[A, B]}. At x's start;
 * lbrack is the position of the {@code [} (types2 reports some errors there).
 */
public record IndexExpr(int line, int col, Expr x, List<Expr> indices, int lbrackLine, int lbrackCol) implements Expr {}
