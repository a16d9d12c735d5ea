package gotruffle.parser.ast;

import java.util.List;

/** A parameter, result, receiver, type parameter or struct field. {@code names} is empty for anonymous parameters and embedded fields; {@code tag} is the unquoted struct tag or null. */
public record Field(int line, int col, List<Ident> names, Expr type, String tag, boolean embedded) implements Node {}
