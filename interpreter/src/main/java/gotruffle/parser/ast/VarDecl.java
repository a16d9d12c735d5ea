package gotruffle.parser.ast;

import java.util.List;

/** A (possibly grouped) var declaration; position is the {@code var} keyword. */
public record VarDecl(int line, int col, List<VarSpec> specs) implements Decl {}
