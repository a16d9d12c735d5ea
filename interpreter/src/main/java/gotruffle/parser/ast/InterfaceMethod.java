package gotruffle.parser.ast;

/** A method in an interface type. */
public record InterfaceMethod(int line, int col, Ident name, FuncTypeExpr type) implements Node {}
