package gotruffle.parser.ast;

/** A composite literal element; {@code key} is null when unkeyed. A struct field key is an Ident; an elided composite key or value is a CompositeLit with null type. */
public record KeyedElement(int line, int col, Expr key, Expr value) implements Node {}
