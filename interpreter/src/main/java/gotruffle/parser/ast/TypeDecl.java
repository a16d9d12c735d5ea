package gotruffle.parser.ast;

import java.util.List;

/** A (possibly grouped) type declaration; position is the {@code type} keyword. */
public record TypeDecl(int line, int col, List<TypeSpec> specs) implements Decl {}
