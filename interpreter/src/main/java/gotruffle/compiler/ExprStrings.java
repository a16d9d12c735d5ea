package gotruffle.compiler;

import gotruffle.parser.AstPrinter;
import gotruffle.parser.ast.*;
import gotruffle.types.TypeParam;

import java.nio.charset.StandardCharsets;

/** Expressions and operands as types2 prints them in messages (its exprstring.go and operand descriptions). */
final class ExprStrings {
    private ExprStrings() {}

    /** The expression as types2 prints it (the syntax printer's short form), as a byte string like all messages. */
    static String exprString(Expr e) {
        return new String(AstPrinter.expr(e).getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
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
                if (o.type.isUntyped()) {
                    return s + " (" + o.type + " " + (o.modeText != null ? o.modeText : "value") + ")"; // e.g. a comparison
                }
                // types2 names a type parameter's constraint
                String by = o.type instanceof TypeParam tp ? " constrained by " + tp.shownConstraint : "";
                if (o.isVar) {
                    return s + " (variable of type " + o.shownType() + by + ")";
                }
                return s + " (" + (o.modeText != null ? o.modeText : "value") + " of type " + o.shownType() + by + ")";
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
