package gotruffle.parser.ast;

import java.util.List;

/** One {@code name [typeParams] [=] type} line of a type declaration. */
public record TypeSpec(int line, int col, Ident name, List<Field> typeParams, boolean alias, Expr type) implements Node {}
