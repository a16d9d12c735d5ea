package gotruffle.parser.ast;

/** A composite literal element at its colon ({@code key: value}) or at its value; {@code key} is null when unkeyed. A struct field key is an Ident; an elided composite key or value is a CompositeLit with null type. */
public record KeyedElement(int line, int col, Expr key, Expr value) implements Node {}
