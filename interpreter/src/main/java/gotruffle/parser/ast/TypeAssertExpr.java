package gotruffle.parser.ast;

/** {@code x.(T)}; {@code type} is null for {@code x.(type)} in a type switch. */
public record TypeAssertExpr(int line, int col, Expr x, Expr type) implements Expr {}
