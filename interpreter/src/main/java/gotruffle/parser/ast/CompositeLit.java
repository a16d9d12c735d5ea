package gotruffle.parser.ast;

import java.util.List;

/** A composite literal; {@code type} is null when elided inside an outer literal. */
public record CompositeLit(int line, int col, Expr type, List<KeyedElement> elts, int rbraceLine, int rbraceCol) implements Expr {}
