package gotruffle.parser.ast;

import java.util.List;

/** An interface type; {@code embeds} holds embedded interfaces and constraint terms (unions as BinaryExpr "|", ~T as UnaryExpr "~"). */
public record InterfaceTypeExpr(int line, int col, List<InterfaceMethod> methods, List<Expr> embeds) implements Expr {}
