package gotruffle.compiler;

import gotruffle.parser.ast.*;

/** Expressions and operands as types2 prints them in messages (its exprstring.go and operand descriptions). */
final class ExprStrings {
    private ExprStrings() {}

    /** "…" as the UTF-8 bytes that messages (byte-strings) carry. */
    static final String ELLIPSIS = "\u00e2\u0080\u00a6";


    static String exprString(Expr e) {
        return switch (e) {
            case Ident i -> i.name();
            case BasicLit b -> b.raw();
            case ParenExpr p -> "(" + exprString(p.x()) + ")";
            case SelectorExpr s -> exprString(s.x()) + "." + s.sel().name();
            case IndexExpr ix -> exprString(ix.x()) + "[" + String.join(", ", ix.indices().stream().map(ExprStrings::exprString).toList()) + "]";
            case SliceExpr s -> exprString(s.x()) + "[" + (s.lo() == null ? "" : exprString(s.lo())) + ":" + (s.hi() == null ? "" : exprString(s.hi()))
                    + (s.slice3() ? ":" + exprString(s.max()) : "") + "]";
            case TypeAssertExpr t -> exprString(t.x()) + ".(" + (t.type() == null ? "type" : exprString(t.type())) + ")";
            case CallExpr c -> exprString(c.fun()) + "(" + String.join(", ", c.args().stream().map(ExprStrings::exprString).toList()) + (c.ellipsis() ? "..." : "") + ")";
            case StarExpr s -> "*" + exprString(s.x());
            case UnaryExpr u -> u.op() + exprString(u.x());
            case BinaryExpr b -> exprString(b.x()) + " " + b.op() + " " + exprString(b.y());
            case CompositeLit c -> (c.type() == null ? "" : exprString(c.type())) + (c.elts().isEmpty() ? "{}" : "{" + ELLIPSIS + "}");
            case FuncLit f -> "func literal";
            case ArrayTypeExpr a -> "[" + (a.len() == null ? "" : exprString(a.len())) + "]" + exprString(a.elem());
            case MapTypeExpr m -> "map[" + exprString(m.key()) + "]" + exprString(m.value());
            case ChanTypeExpr c -> (c.dir() == 2 ? "<-chan " : c.dir() == 1 ? "chan<- " : "chan ") + exprString(c.elem());
            case FuncTypeExpr f -> "func(...)";
            case StructTypeExpr s -> "struct{...}";
            case InterfaceTypeExpr i -> i.methods().isEmpty() && i.embeds().isEmpty() ? "interface{}" : "interface{...}";
            case EllipsisExpr el -> "..." + (el.elem() == null ? "" : exprString(el.elem()));
        };
    }

    /** "x (variable of type int)", "5 (untyped int constant)", "f() (value of type string)" as types2 describes operands. */
    static String describe(Operand o) {
        String s = exprString(o.expr);
        switch (o.mode) {
            case CONST -> {
                String lit = o.value.toString();
                // types2 adds the value when it reads differently from the expression (1e300 -> 1e+300)
                boolean isLit = (o.expr instanceof BasicLit && o.value.k == Const.K.STRING) || s.equals(lit);
                String t = o.type.isUntyped() ? o.type.toString() : "type " + o.shownType();
                if (o.type.isUntyped()) {
                    return s + " (" + t + " constant" + (isLit ? "" : " " + lit) + ")";
                }
                return s + " (constant " + (isLit ? "" : lit + " ") + "of " + t + ")";
            }
            case NIL -> {
                return "nil";
            }
            case VALUE, COMMAOK -> {
                if (o.isVar) {
                    return s + " (variable of type " + o.shownType() + ")";
                }
                return s + " (" + (o.modeText != null ? o.modeText : "value") + " of type " + o.shownType() + ")";
            }
            case TYPE -> {
                return s + " (type)";
            }
            default -> {
                return s;
            }
        }
    }
}
