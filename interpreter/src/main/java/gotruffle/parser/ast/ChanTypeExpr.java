package gotruffle.parser.ast;

/** A channel type; {@code dir} is BOTH, SEND (chan<-) or RECV (<-chan). */
public record ChanTypeExpr(int line, int col, int dir, Expr elem) implements Expr {
    public static final int BOTH = 0, SEND = 1, RECV = 2;
}
