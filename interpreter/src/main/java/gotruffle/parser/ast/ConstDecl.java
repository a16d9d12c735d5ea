package gotruffle.parser.ast;

import java.util.List;

/** A (possibly grouped) const declaration; position is the {@code const} keyword. */
public record ConstDecl(int line, int col, List<ConstSpec> specs) implements Decl {}
