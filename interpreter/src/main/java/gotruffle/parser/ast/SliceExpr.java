package gotruffle.parser.ast;

/** {@code x[lo:hi]} or {@code x[lo:hi:max]}; lo, hi and max are nullable. */
public record SliceExpr(int line, int col, Expr x, Expr lo, Expr hi, Expr max, boolean slice3) implements Expr {}
