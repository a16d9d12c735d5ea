package gotruffle.compiler;

import gotruffle.nodes.ExprNode;
import gotruffle.parser.ast.Expr;
import gotruffle.types.Basic;
import gotruffle.types.Type;

import java.util.function.Function;

/**
 * The result of checking an expression (types2's "operand"): what it is (a value, a constant
 * with its exact value, a type, a package, a builtin, nothing), its type, and the node that
 * computes it. Constants get a node only when their final type is known.
 */
public final class Operand {
    public enum Mode { NOVALUE, VALUE, CONST, TYPE, BUILTIN, PACKAGE, COMMAOK, NIL, INVALID }

    public Mode mode;
    public Type type;
    /** type as written when it differs for messages only (byte/rune; see gotruffle.types.Shown), else null. */
    public Type shown;
    public Const value;
    public ExprNode node;
    public Expr expr;
    /** A variable or other addressable location (x, *p, s.f of addressable s, a[i] of addressable a, slice elements). */
    public LValue lvalue;
    /** Evaluation created a new aggregate (literal, call result, conversion): no copy needed when stored. */
    public boolean fresh;
    /** COMMAOK: the node producing {value, ok} (map index, type assertion, receive). */
    public ExprNode commaOkNode;
    /** BUILTIN and PACKAGE: the name / entity. */
    public Object ref;
    /** types2's name of the operand's mode in messages when not "value" ("map index expression", "comma, ok expression"). */
    public String modeText;
    /** The operand is a (non-interface) variable: for "(variable of type T)" in messages. */
    public boolean isVar;
    /** An untyped non-constant shift (1 << n): rebuilds its node once the context fixes the type. */
    public Function<Type, ExprNode> retype;

    public static Operand invalid(Expr e) {
        Operand o = new Operand();
        o.mode = Mode.INVALID;
        o.type = Basic.INVALID;
        o.expr = e;
        return o;
    }

    public static Operand value(Expr e, Type t, ExprNode node) {
        Operand o = new Operand();
        o.mode = Mode.VALUE;
        o.type = t;
        o.node = node;
        o.expr = e;
        return o;
    }

    public static Operand constant(Expr e, Type t, Const v) {
        Operand o = new Operand();
        o.mode = Mode.CONST;
        o.type = t;
        o.value = v;
        o.expr = e;
        return o;
    }

    /** The type to print in messages. */
    public Type shownType() {
        return shown != null ? shown : type;
    }

    public boolean invalid() {
        return mode == Mode.INVALID;
    }
}
