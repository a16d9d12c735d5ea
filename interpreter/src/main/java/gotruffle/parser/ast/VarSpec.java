package gotruffle.parser.ast;

import java.util.List;

/** One {@code names [type] [= values]} line of a var declaration; {@code type} may be null, {@code values} may be empty. */
public record VarSpec(int line, int col, List<Ident> names, Expr type, List<Expr> values) implements Node {}
