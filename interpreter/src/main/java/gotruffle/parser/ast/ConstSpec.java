package gotruffle.parser.ast;

import java.util.List;

/** One line of a const declaration. When the source line has no values, the builder copies the previous spec's type and value expressions and sets {@code implicit}; {@code iota} is the line's index within its group. */
public record ConstSpec(int line, int col, List<Ident> names, Expr type, List<Expr> values, int iota, boolean implicit) implements Node {}
