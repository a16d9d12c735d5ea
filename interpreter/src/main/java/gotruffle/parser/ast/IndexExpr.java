package gotruffle.parser.ast;

import java.util.List;

/** {@code x[i]}; more than one index only for generic instantiation {@code F[A, B]}. */
public record IndexExpr(int line, int col, Expr x, List<Expr> indices) implements Expr {}
