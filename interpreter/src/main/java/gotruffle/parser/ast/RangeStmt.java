package gotruffle.parser.ast;

/**
 * {@code for [key[, value] (=|:=)] range x}; key and value are nullable, {@code define} is true for ":=".
 * extra: the third of more iteration variables (an error types2 reports once it knows x's type), else null.
 */
public record RangeStmt(int line, int col, Expr key, Expr value, Expr extra, boolean define, Expr x, BlockStmt body) implements Stmt {}
