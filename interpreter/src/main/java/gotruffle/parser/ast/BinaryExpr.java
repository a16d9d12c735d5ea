package gotruffle.parser.ast;

/**
 * Binary operation (also "|" unions in constraints). Position is that of x (Go reports errors at
 * the start of an expression); opLine/opCol is the operator's (Go's "constant ... overflow").
 */
public record BinaryExpr(int line, int col, Token op, Expr x, Expr y, int opLine, int opCol) implements Expr {
    public BinaryExpr(int line, int col, Token op, Expr x, Expr y) {
        this(line, col, op, x, y, line, col);
    }
}
