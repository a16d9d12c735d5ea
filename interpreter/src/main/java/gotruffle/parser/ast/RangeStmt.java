package gotruffle.parser.ast;

/** {@code for [key[, value] (=|:=)] range x}; key and value are nullable, {@code define} is true for ":=". */
public record RangeStmt(int line, int col, Expr key, Expr value, boolean define, Expr x, BlockStmt body) implements Stmt {}
