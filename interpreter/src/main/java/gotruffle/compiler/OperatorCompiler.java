package gotruffle.compiler;

import gotruffle.nodes.ExprNode;
import gotruffle.nodes.expr.*;
import gotruffle.nodes.expr.ComplexNegNode;
import gotruffle.parser.ast.*;
import gotruffle.types.Array;
import gotruffle.types.Basic;
import gotruffle.types.ChanType;
import gotruffle.types.Interface;
import gotruffle.types.Kind;
import gotruffle.types.MapType;
import gotruffle.types.Pointer;
import gotruffle.types.Predicates;
import gotruffle.types.Signature;
import gotruffle.types.Slice;
import gotruffle.types.Struct;
import gotruffle.types.Type;
import gotruffle.types.TypeParam;
import gotruffle.types.TypeSets;

import java.math.BigInteger;
import java.util.function.Function;

import gotruffle.compiler.ExprCompiler.NodeLValue;

import static gotruffle.compiler.Constants.*;
import static gotruffle.compiler.ExprStrings.*;
import static gotruffle.compiler.ExprCompiler.*;

/** Operators (the spec's "Operators" and "Comparison operators"; types2's unary/binary in expr.go): unary and binary expressions, shifts, comparisons, constant folding. */
final class OperatorCompiler {
    final Checker check;

    OperatorCompiler(Checker check) {
        this.check = check;
    }

    // ---- unary and binary ----

    Operand unary(UnaryExpr u) {
        if (u.op() == Token.AND) {
            Expr x = u.x();
            while (x instanceof ParenExpr p) {
                x = p.x();
            }
            if (x instanceof CompositeLit c) {
                Operand lit = check.compositeLits.compositeLit(c, null);
                if (lit.invalid()) {
                    return lit;
                }
                Type pt = Pointer.of(lit.type);
                ExprNode n = lit.type.isAggregate() ? lit.node : new PointerNodes.NewCellPointer(lit.node);
                Operand o = Operand.value(u, pt, n);
                return o;
            }
            Operand o = check.exprs.expr(x);
            if (o.invalid()) {
                return o;
            }
            if (o.lvalue == null || (o.lvalue instanceof NodeLValue nl && nl.k == NodeLValue.K.MAP)) {
                check.error(u.x(), "invalid operation: cannot take address of " + describe(o));
                return Operand.invalid(u);
            }
            return Operand.value(u, Pointer.of(o.type), o.lvalue.addr());
        }
        if (u.op() == Token.ARROW) {
            check.hasCallOrRecv = true;
            Operand x = check.exprs.single(u.x());
            if (x.invalid()) {
                return x;
            }
            if (!(TypeSets.core(x.type) instanceof ChanType c)) {
                check.error(u.x(), "invalid operation: cannot receive from non-channel " + describe(x));
                return Operand.invalid(u);
            }
            if (c.dir == ChanType.SEND) {
                check.error(u.x(), "invalid operation: cannot receive from send-only channel " + describe(x));
                return Operand.invalid(u);
            }
            Operand o = Operand.value(u, c.elem, check.conc.chanRecv(u, check.exprs.valueNode(x), c.elem, false));
            o.shown = check.compositeLits.shownElem(x, c.elem);
            o.mode = Operand.Mode.COMMAOK;
            o.modeText = "comma, ok expression";
            o.commaOkNode = check.conc.chanRecv(u, check.exprs.valueNode(x), c.elem, true);
            o.fresh = true;
            return o;
        }
        Operand x = check.exprs.single(u.x());
        if (x.invalid()) {
            return x;
        }
        Token op = u.op();
        if (op == Token.TILDE) {
            check.error(u, "cannot use ~ outside of interface or type constraint");
            return Operand.invalid(u);
        }
        if (x.mode == Operand.Mode.CONST) {
            Const v = x.value;
            Const r;
            switch (op) {
                case ADD -> {
                    if (!v.isNumeric()) {
                        return badUnary(u, x);
                    }
                    r = v;
                }
                case SUB -> {
                    if (!v.isNumeric()) {
                        return badUnary(u, x);
                    }
                    if (v.isComplex()) {
                        Const re = v.realPart(), im = v.imagPart();
                        r = Const.ofComplex(Const.ofRat(re.num.negate(), re.den), Const.ofRat(im.num.negate(), im.den));
                    } else {
                        r = v.k == Const.K.INT ? Const.ofInt(v.num.negate()) : Const.ofRat(v.num.negate(), v.den);
                    }
                }
                case NOT -> {
                    if (v.k != Const.K.BOOL) {
                        return badUnary(u, x);
                    }
                    r = Const.ofBool(!v.b);
                }
                case XOR -> {
                    if (v.k != Const.K.INT) {
                        return badUnary(u, x);
                    }
                    BigInteger i = v.num.not();
                    if (x.type.isUnsigned()) {
                        int bits = x.type.basic().kind.bits;
                        i = i.and(BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE));
                    }
                    r = Const.ofInt(i);
                }
                default -> {
                    return badUnary(u, x);
                }
            }
            if (!x.type.isUntyped() && representable(r, x.type) == null) {
                check.error(u, "constant " + r + " overflows " + x.type);
                return Operand.invalid(u);
            }
            if (untypedOverflow(u.line(), u.col(), op == Token.XOR ? "bitwise complement" : "", x.type, r)) {
                return Operand.invalid(u);
            }
            return Operand.constant(u, x.type, x.type.isFloat() || x.type.isComplex() || x.type.isUntyped() ? r : representable(r, x.type));
        }
        if (x.retype != null && (op == Token.SUB || op == Token.XOR || op == Token.ADD)) {
            // an untyped non-constant shift: stays untyped, typed by the context (see binary)
            Operand xo = x;
            Function<Type, ExprNode> build = tt -> op == Token.ADD ? valueNodeAs(xo, tt)
                    : new UnaryNode(op == Token.SUB ? UnaryNode.Op.NEG_INT : UnaryNode.Op.COMPLEMENT, tt.underlying().basic().kind, valueNodeAs(xo, tt));
            Operand o = Operand.value(u, Basic.UNTYPED_INT, build.apply(Basic.INT));
            o.retype = build;
            return o;
        }
        Type t = x.type;
        ExprNode n = check.exprs.valueNode(x);
        if (t instanceof TypeParam) {
            // every type of the set must have the operator (the body is checked, never run, over it)
            boolean ok = switch (op) {
                case ADD, SUB -> TypeSets.all(t, Type::isNumeric);
                case XOR -> TypeSets.all(t, Type::isInteger);
                case NOT -> TypeSets.all(t, Type::isBoolean);
                default -> false;
            };
            return ok ? Operand.value(u, t, n) : badUnary(u, x);
        }
        switch (op) {
            case ADD -> {
                if (!t.isNumeric()) {
                    return badUnary(u, x);
                }
                return Operand.value(u, t, n);
            }
            case SUB -> {
                if (t.isInteger()) {
                    return Operand.value(u, t, new UnaryNode(UnaryNode.Op.NEG_INT, t.basic().kind, n));
                }
                if (t.isFloat()) {
                    return Operand.value(u, t, new UnaryNode(UnaryNode.Op.NEG_FLOAT, t.basic().kind, n));
                }
                if (t.isComplex()) {
                    return Operand.value(u, t, new ComplexNegNode(n));
                }
                return badUnary(u, x);
            }
            case NOT -> {
                if (!t.isBoolean()) {
                    return badUnary(u, x);
                }
                return Operand.value(u, t, new UnaryNode(UnaryNode.Op.NOT, Kind.BOOL, n));
            }
            case XOR -> {
                if (!t.isInteger()) {
                    return badUnary(u, x);
                }
                return Operand.value(u, t, new UnaryNode(UnaryNode.Op.COMPLEMENT, t.basic().kind, n));
            }
            default -> {
                return badUnary(u, x);
            }
        }
    }

    private Operand badUnary(UnaryExpr u, Operand x) {
        check.error(u.x(), "invalid operation: operator " + u.op() + " not defined on " + describe(x)); // at the operand, as types2
        return Operand.invalid(u);
    }

    Operand binary(BinaryExpr b) {
        Token op = b.op();
        if (op == Token.LAND || op == Token.LOR) {
            Operand x = check.exprs.single(b.x());
            Operand y = check.exprs.single(b.y());
            if (x.invalid() || y.invalid()) {
                return Operand.invalid(b);
            }
            if (!convertsUntyped(x, y.type) || !convertsUntyped(y, x.type)) {
                return Operand.invalid(b);
            }
            // types2: operands of different types (after an untyped one took the other's type)
            // mismatch before the operator is looked at
            Type xt = mixedType(x, y.type), yt = mixedType(y, x.type);
            if (xt != yt && !(xt.isUntyped() && yt.isUntyped())) {
                mismatched(b, b, shown(x, xt), shown(y, yt));
                return Operand.invalid(b);
            }
            if (!x.type.isBoolean() || !y.type.isBoolean()) {
                Operand bad = !x.type.isBoolean() ? x : y;
                check.error(b, "invalid operation: operator " + op + " not defined on " + describe(bad));
                return Operand.invalid(b);
            }
            if (x.mode == Operand.Mode.CONST && y.mode == Operand.Mode.CONST) {
                boolean r = op == Token.LAND ? x.value.b && y.value.b : x.value.b || y.value.b;
                Type rt = x.type.isUntyped() ? y.type : x.type;
                return Operand.constant(b, rt, Const.ofBool(r));
            }
            Type rt = x.type.isUntyped() ? y.type : x.type;
            return Operand.value(b, rt, new LogicalNode(op == Token.LAND, valueNodeAs(x, rt), valueNodeAs(y, rt)));
        }
        if (op.isShift()) {
            return shift(b);
        }
        Operand x = check.exprs.single(b.x());
        Operand y = check.exprs.single(b.y());
        if (x.invalid() || y.invalid()) {
            return Operand.invalid(b);
        }
        boolean cmp = op.isComparison();
        if (x.mode == Operand.Mode.NIL || y.mode == Operand.Mode.NIL) {
            return nilBinary(b, op, x, y);
        }
        if (!convertsUntyped(x, y.type) || !convertsUntyped(y, x.type)) {
            return Operand.invalid(b);
        }
        // both constant
        if (x.mode == Operand.Mode.CONST && y.mode == Operand.Mode.CONST) {
            return constBinary(b, op, x, y);
        }
        // determine operand type
        Type t;
        if (x.type.isUntyped() && !y.type.isUntyped()) {
            t = y.type;
        } else if (y.type.isUntyped() && !x.type.isUntyped()) {
            t = x.type;
        } else if (x.type.isUntyped() && y.type.isUntyped()) {
            t = rankUntyped(x.type, y.type);
            t = defaultType(t);
        } else {
            t = x.type;
        }
        if (!cmp && x.type.isUntyped() && y.type.isUntyped() && (x.retype != null || y.retype != null) && t.isInteger()
                && intOp(op) != null && !((op == Token.QUO || op == Token.REM) && y.mode == Operand.Mode.CONST && y.value.signum() == 0)) {
            // an untyped non-constant shift (1<<s - 1): the whole expression stays untyped and its
            // constants take the type the context gives it (spec: as if the shift were its left operand)
            Operand xo = x, yo = y;
            Function<Type, ExprNode> build = tt -> new IntBinaryNode(intOp(op), tt.underlying().basic().kind,
                    valueNodeAs(xo, tt), valueNodeAs(yo, tt), false);
            Operand o = Operand.value(b, Basic.UNTYPED_INT, build.apply(Basic.INT));
            o.retype = build;
            return o;
        }
        // an untyped operand of an interface-typed one took its default type (types2): arithmetic
        // then mismatches (comparisons go on: the default type is assignable to an empty interface)
        if (!cmp && x.type.isUntyped() != y.type.isUntyped() && t.isInterface()) {
            mismatched(b, b, shown(x, mixedType(x, y.type)), shown(y, mixedType(y, x.type)));
            return Operand.invalid(b);
        }
        // mismatched typed operands
        if (!x.type.isUntyped() && !y.type.isUntyped() && x.type != y.type) {
            boolean ok = cmp && op.isEquality() && (Predicates.assignableTo(x.type, y.type) || Predicates.assignableTo(y.type, x.type));
            if (!ok) {
                // a comparison's mismatch is reported at its second operand (types2, compiler mode)
                mismatched(cmp ? y.expr : b, b, x.shownType(), y.shownType());
                return Operand.invalid(b);
            }
            if (x.type.isInterface() && !y.type.isInterface()) {
                t = x.type;
            } else if (y.type.isInterface() && !x.type.isInterface()) {
                t = y.type;
            }
        }
        // an untyped value of another kind than t (a comparison's untyped bool against a pointer)
        if (!(t instanceof TypeParam) && (!fitsKind(x, t) || !fitsKind(y, t))) {
            mismatched(cmp ? y.expr : b, b, x.shownType(), y.shownType());
            return Operand.invalid(b);
        }
        if (t instanceof TypeParam tp) {
            return typeParamBinary(b, op, x, y, tp);
        }
        // untyped constant operand must be representable in t
        if (x.mode == Operand.Mode.CONST && x.type.isUntyped() && !t.isInterface() && representable(x.value, t) == null) {
            return mismatchOrOverflow(b, x, y, t, x);
        }
        if (y.mode == Operand.Mode.CONST && y.type.isUntyped() && !t.isInterface() && representable(y.value, t) == null) {
            return mismatchOrOverflow(b, x, y, t, y);
        }
        ExprNode xn = valueNodeAs(x, t);
        ExprNode yn = valueNodeAs(y, t);
        Type u = t.underlying();
        if (cmp) {
            CompareNode.Op cop = switch (op) {
                case EQL -> CompareNode.Op.EQL;
                case NEQ -> CompareNode.Op.NEQ;
                case LSS -> CompareNode.Op.LSS;
                case LEQ -> CompareNode.Op.LEQ;
                case GTR -> CompareNode.Op.GTR;
                default -> CompareNode.Op.GEQ;
            };
            boolean ordered = !op.isEquality();
            if (ordered && (!(u.isNumeric() || u.isString()) || u.isComplex())) {
                check.error(b, "invalid operation: " + exprString(b) + " (operator " + op + " not defined on " + describeKind(x) + ")");
                return Operand.invalid(b);
            }
            if (!ordered && !Predicates.comparable(t)) {
                String what = u instanceof Slice ? "slice" : u instanceof MapType ? "map" : u instanceof Signature ? "func" : null;
                if (what != null) {
                    check.error(b, "invalid operation: " + exprString(b) + " (" + what + " can only be compared to nil)");
                } else {
                    check.error(b, "invalid operation: " + exprString(b) + " (" + incomparableCause(t) + ")");
                }
                return Operand.invalid(b);
            }
            CompareNode.Mode mode;
            if (u.isInteger()) {
                mode = u.isUnsigned() ? CompareNode.Mode.UNSIGNED : CompareNode.Mode.SIGNED;
            } else if (u.isFloat()) {
                mode = CompareNode.Mode.FLOAT;
            } else if (u.isString()) {
                mode = CompareNode.Mode.STRING;
            } else if (u.isBoolean()) {
                mode = CompareNode.Mode.BOOL;
            } else {
                mode = CompareNode.Mode.GENERIC;
            }
            if (mode == CompareNode.Mode.STRING) {
                xn = ExprCompiler.stringView(xn); // compared in place, views and all
                yn = ExprCompiler.stringView(yn);
            }
            return Operand.value(b, Basic.UNTYPED_BOOL, new CompareNode(cop, mode, t, xn, yn));
        }
        // arithmetic
        if (op == Token.ADD && u.isString()) {
            return Operand.value(b, t, new ConcatNode(ExprCompiler.stringView(xn), ExprCompiler.stringView(yn)));
        }
        if (u.isInteger()) {
            IntBinaryNode.Op iop = intOp(op);
            if (iop == null) {
                return badBinary(b, x, op);
            }
            if ((iop == IntBinaryNode.Op.DIV || iop == IntBinaryNode.Op.REM) && y.mode == Operand.Mode.CONST && y.value.signum() == 0) {
                check.error(y.expr, "invalid operation: division by zero"); // at the divisor, as types2
                return Operand.invalid(b);
            }
            return Operand.value(b, t, new IntBinaryNode(iop, u.basic().kind, xn, yn, false));
        }
        if (u.isFloat()) {
            FloatBinaryNode.Op fop = switch (op) {
                case ADD -> FloatBinaryNode.Op.ADD;
                case SUB -> FloatBinaryNode.Op.SUB;
                case MUL -> FloatBinaryNode.Op.MUL;
                case QUO -> FloatBinaryNode.Op.DIV;
                default -> null;
            };
            if (fop == null) {
                return badBinary(b, x, op);
            }
            // x / 0.0 is only an error for a constant x (handled with the constants); here it is ±Inf or NaN
            return Operand.value(b, t, new FloatBinaryNode(fop, u.basic().kind == Kind.FLOAT32, xn, yn));
        }
        if (u.isComplex()) {
            ComplexBinaryNode.Op cop = switch (op) {
                case ADD -> ComplexBinaryNode.Op.ADD;
                case SUB -> ComplexBinaryNode.Op.SUB;
                case MUL -> ComplexBinaryNode.Op.MUL;
                case QUO -> ComplexBinaryNode.Op.DIV;
                default -> null;
            };
            if (cop == null) {
                return badBinary(b, x, op);
            }
            return Operand.value(b, t, new ComplexBinaryNode(cop, u.basic().kind == Kind.COMPLEX64, xn, yn));
        }
        return badBinary(b, x, op);
    }

    /**
     * x op y where the operands have type parameter tp (an untyped one converted to it): types2's
     * checks over tp's type set. The node is a placeholder: a body is checked over its type
     * parameters only to report errors, and runs as instances.
     */
    private Operand typeParamBinary(BinaryExpr b, Token op, Operand x, Operand y, TypeParam tp) {
        if (x.type != y.type && !(x.type.isUntyped() && x.mode == Operand.Mode.CONST) && !(y.type.isUntyped() && y.mode == Operand.Mode.CONST)) {
            mismatched(op.isComparison() ? y.expr : b, b, x.shownType(), y.shownType());
            return Operand.invalid(b);
        }
        if (x.type.isUntyped() || y.type.isUntyped()) {
            Operand k = x.type.isUntyped() ? x : y;
            if (k.type.isBoolean() != TypeSets.all(tp, Type::isBoolean) || k.type.isString() != TypeSets.all(tp, Type::isString)) {
                mismatched(op.isComparison() ? y.expr : b, b, x.shownType(), y.shownType());
                return Operand.invalid(b);
            }
        }
        ExprNode placeholder = check.exprs.valueNode(x.type == tp ? x : y);
        if (op.isComparison()) {
            String cause = null;
            if (op.isEquality() && !Predicates.strictlyComparable(tp.constraint)
                    && !TypeSets.all(tp, Predicates::comparable)) {
                cause = "incomparable types in type set";
            } else if (!op.isEquality() && !TypeSets.all(tp, u -> (u.isInteger() || u.isFloat() || u.isString()))) {
                cause = "type parameter " + tp.name + " is not comparable with " + op;
            }
            if (cause != null) {
                check.error(b, "invalid operation: " + exprString(b) + " (" + cause + ")");
                return Operand.invalid(b);
            }
            return Operand.value(b, Basic.UNTYPED_BOOL, placeholder);
        }
        boolean ok = switch (op) {
            case ADD -> TypeSets.all(tp, u -> u.isNumeric() || u.isString());
            case SUB, MUL, QUO -> TypeSets.all(tp, Type::isNumeric);
            case REM, AND, OR, XOR, AND_NOT -> TypeSets.all(tp, Type::isInteger);
            default -> false;
        };
        if (!ok) {
            return badBinary(b, x.type == tp ? x : y, op);
        }
        if ((op == Token.QUO || op == Token.REM) && y.mode == Operand.Mode.CONST && y.value.isNumeric() && y.value.signum() == 0
                && TypeSets.all(tp, Type::isInteger)) {
            check.error(y.expr, "invalid operation: division by zero");
            return Operand.invalid(b);
        }
        return Operand.value(b, tp, placeholder);
    }

    private static IntBinaryNode.Op intOp(Token op) {
        return switch (op) {
            case ADD -> IntBinaryNode.Op.ADD;
            case SUB -> IntBinaryNode.Op.SUB;
            case MUL -> IntBinaryNode.Op.MUL;
            case QUO -> IntBinaryNode.Op.DIV;
            case REM -> IntBinaryNode.Op.REM;
            case AND -> IntBinaryNode.Op.AND;
            case OR -> IntBinaryNode.Op.OR;
            case XOR -> IntBinaryNode.Op.XOR;
            case AND_NOT -> IntBinaryNode.Op.ANDNOT;
            default -> null;
        };
    }

    /** types2's comparable(..., reportf): the first field of a struct that is not comparable, or the array type. */
    private static String incomparableCause(Type t) {
        if (t.underlying() instanceof Struct st) {
            for (Struct.Field f : st.fields) {
                if (!Predicates.comparable(f.type())) {
                    return "struct containing " + f.type() + " cannot be compared";
                }
            }
        }
        return (t.underlying() instanceof Array ? t.underlying() : t) + " cannot be compared";
    }

    private Operand mismatchOrOverflow(BinaryExpr b, Operand x, Operand y, Type t, Operand c) {
        if (c.value.isNumeric() && t.isNumeric()) {
            // types2's convertUntyped: "truncated to" / "overflows" the operand's underlying type
            boolean trunc = t.isInteger() && !c.type.isInteger();
            check.error(c.expr, describe(c) + (trunc ? " truncated to " : " overflows ") + t.underlying());
        } else {
            mismatched(b.op().isComparison() ? y.expr : b, b, x.shownType(), y.shownType());
        }
        return Operand.invalid(b);
    }

    /** types2's "invalid operation: x op y (mismatched types X and Y)", reported at {@code at}. */
    private void mismatched(Node at, BinaryExpr b, Object xt, Object yt) {
        check.error(at, "invalid operation: " + check.exprs.binaryString(b) + " (mismatched types " + xt + " and " + yt + ")");
    }

    /** types2's canMix for an untyped operand and a typed one's underlying type u (nil aside). */
    private static boolean canMix(Type untyped, Type u) {
        return u instanceof Interface || (untyped.isBoolean() == u.isBoolean() && untyped.isString() == u.isString());
    }

    /** An untyped non-constant value (bool or numeric) can take type t's kind. */
    private static boolean fitsKind(Operand c, Type t) {
        if (!c.type.isUntyped() || c.mode == Operand.Mode.CONST || c.mode == Operand.Mode.NIL || t.isUntyped() || t.isInterface()) {
            return true;
        }
        Type u = t.underlying();
        return c.type.isBoolean() ? u.isBoolean() : c.type.isNumeric() ? u.isNumeric() : u.isString();
    }

    /** The type an operand has once an untyped one met the other operand's type (types2's convertUntyped). */
    private static Type mixedType(Operand c, Type other) {
        if (!c.type.isUntyped() || other.isUntyped() || c.mode == Operand.Mode.NIL) {
            return c.type;
        }
        Type u = other.underlying();
        if (u instanceof Interface) {
            return defaultType(c.type);
        }
        return canMix(c.type, u) ? other : c.type;
    }

    private static String shown(Operand o, Type t) {
        return t == o.type ? String.valueOf(o.shownType()) : t.toString();
    }

    /**
     * types2's canMix and convertUntyped: before a binary operation an untyped operand takes the
     * other operand's type; a type that no untyped value of its kind converts to (a pointer, slice,
     * struct, non-empty interface, ...) is reported as "cannot convert". Constants into basic types
     * are left to the operation's representability check (overflow / truncation messages).
     */
    private boolean convertsUntyped(Operand c, Type target) {
        if (!c.type.isUntyped() || target.isUntyped() || c.mode == Operand.Mode.NIL) {
            return true;
        }
        if (target instanceof TypeParam tp) {
            if (c.type.isBoolean() != TypeSets.all(tp, Type::isBoolean) || c.type.isString() != TypeSets.all(tp, Type::isString)) {
                return true; // not mixable: the operation reports "mismatched types"
            }
            // types2's implicitTypeAndValue: every type of the set must take the value
            boolean ok = TypeSets.all(tp, u -> u instanceof Basic && (c.mode == Operand.Mode.CONST
                    ? representable(c.value, u) != null : fitsKind(c, u)));
            if (!ok) {
                check.error(c.expr, "cannot convert " + describe(c) + " to " + tp.name);
            }
            return ok;
        }
        Type u = target.underlying();
        if (!canMix(c.type, u)) {
            return true; // not mixable: the operation reports "mismatched types"
        }
        boolean ok;
        if (u instanceof Basic) {
            ok = c.mode == Operand.Mode.CONST ? (c.type.isNumeric() && u.isNumeric()) || representable(c.value, target) != null
                    : fitsKind(c, target);
        } else if (u instanceof Interface iu) {
            ok = iu.methods.isEmpty() && !iu.isConstraint();
        } else {
            ok = false;
        }
        if (!ok) {
            check.error(c.expr, "cannot convert " + describe(c) + " to " + u);
        }
        return ok;
    }

    /**
     * A binary operation with nil, as types2 checks it: nil takes the other operand's type if
     * that has nil (else "mismatched types", at the second operand of a comparison); then only
     * == and != against nil are defined.
     */
    private Operand nilBinary(BinaryExpr b, Token op, Operand x, Operand y) {
        Operand other = x.mode == Operand.Mode.NIL ? y : x;
        boolean bothNil = other.mode == Operand.Mode.NIL;
        if (!bothNil && !TypeSets.all(other.type, Predicates::hasNil)) {
            mismatched(op.isComparison() ? y.expr : b, b, x.mode == Operand.Mode.NIL ? "untyped nil" : x.shownType(),
                    y.mode == Operand.Mode.NIL ? "untyped nil" : y.shownType());
            return Operand.invalid(b);
        }
        if (!op.isComparison()) {
            check.error(b, "invalid operation: operator " + op + " not defined on " + (x.mode == Operand.Mode.NIL ? "nil" : describe(x)));
            return Operand.invalid(b);
        }
        if (bothNil || !op.isEquality()) {
            // nil == nil: at the second operand; an ordering: at the first, of the type nil took
            Operand at = bothNil ? y : x;
            check.error(at.expr, "invalid operation: " + exprString(b) + " (operator " + op + " not defined on " + (bothNil ? "untyped nil" : describeKind(other.type)) + ")");
            return Operand.invalid(b);
        }
        return Operand.value(b, Basic.UNTYPED_BOOL, new NilCompareNode(check.exprs.valueNode(other), op == Token.EQL));
    }

    private String describeKind(Operand x) {
        return describeKind(x.type);
    }

    private static String describeKind(Type t) {
        Type u = t.underlying();
        return u instanceof Struct ? "struct" : u instanceof Pointer ? "pointer" : u instanceof Interface ? "interface"
                : u instanceof Slice ? "slice" : u instanceof MapType ? "map" : u instanceof ChanType ? "chan" : u instanceof Signature ? "func"
                : u.isBoolean() ? "bool" : u instanceof Array ? "array" : t.toString();
    }

    private Operand badBinary(BinaryExpr b, Operand x, Token op) {
        check.error(b, "invalid operation: operator " + op + " not defined on " + describe(x));
        return Operand.invalid(b);
    }

    /** The node of operand o converted to type t (o is already known compatible). */
    ExprNode valueNodeAs(Operand o, Type t) {
        if (o.retype != null && t.isInteger()) {
            return o.retype.apply(t);
        }
        if (o.mode == Operand.Mode.CONST) {
            Type ct = o.type.isUntyped() ? (t.isInterface() ? defaultType(o.type) : t) : o.type;
            Const r = representable(o.value, ct);
            ExprNode n = constNode(r == null ? o.value : r, ct);
            if (t.isInterface() && !ct.isInterface()) {
                return new ToIfaceNode(ct, n);
            }
            return n;
        }
        if (t.isInterface() && !o.type.isInterface()) {
            return new ToIfaceNode(o.type.isUntyped() ? defaultType(o.type) : o.type, check.exprs.materialize(o, o.node));
        }
        return o.node;
    }

    private Operand constBinary(BinaryExpr b, Token op, Operand x, Operand y) {
        Type t;
        if (x.type.isUntyped() && y.type.isUntyped()) {
            if (x.type == Basic.UNTYPED_STRING || y.type == Basic.UNTYPED_STRING || x.type == Basic.UNTYPED_BOOL || y.type == Basic.UNTYPED_BOOL) {
                if (x.type != y.type) {
                    mismatched(b, b, x.shownType(), y.shownType());
                    return Operand.invalid(b);
                }
                t = x.type;
            } else {
                t = rankUntyped(x.type, y.type);
            }
        } else if (x.type.isUntyped()) {
            t = y.type;
        } else if (y.type.isUntyped()) {
            t = x.type;
        } else {
            if (x.type != y.type) {
                mismatched(b, b, x.shownType(), y.shownType());
                return Operand.invalid(b);
            }
            t = x.type;
        }
        Const a = x.value, c = y.value;
        if (x.type.isUntyped() && !t.isUntyped() && representable(a, t) == null) {
            return mismatchOrOverflow(b, x, y, t, x);
        }
        if (y.type.isUntyped() && !t.isUntyped() && representable(c, t) == null) {
            return mismatchOrOverflow(b, x, y, t, y);
        }
        if (!t.isUntyped()) {
            // an untyped operand takes the typed one's type first: float32(0.1) == 0.1 is true
            a = representable(a, t);
            c = representable(c, t);
        }
        if (op.isComparison()) {
            int cmp;
            if (a.k == Const.K.STRING && c.k == Const.K.STRING) {
                cmp = a.s.compareTo(c.s);
            } else if (a.k == Const.K.BOOL && c.k == Const.K.BOOL) {
                if (!op.isEquality()) {
                    check.error(b, "invalid operation: " + exprString(b) + " (operator " + op + " not defined on " + describeKind(x) + ")");
                    return Operand.invalid(b);
                }
                cmp = a.b == c.b ? 0 : 1;
            } else if (a.isNumeric() && c.isNumeric() && (a.isComplex() || c.isComplex() || t.isComplex())) {
                if (!op.isEquality()) {
                    check.error(b, "invalid operation: " + exprString(b) + " (operator " + op + " not defined on " + describeKind(x) + ")");
                    return Operand.invalid(b);
                }
                cmp = a.equals(c) ? 0 : 1;
            } else if (a.isNumeric() && c.isNumeric()) {
                Const fa = a.toFloat(), fc = c.toFloat();
                cmp = fa.num.multiply(fc.den).compareTo(fc.num.multiply(fa.den));
            } else {
                mismatched(b, b, x.shownType(), y.shownType());
                return Operand.invalid(b);
            }
            boolean r = switch (op) {
                case EQL -> cmp == 0;
                case NEQ -> cmp != 0;
                case LSS -> cmp < 0;
                case LEQ -> cmp <= 0;
                case GTR -> cmp > 0;
                default -> cmp >= 0;
            };
            return Operand.constant(b, Basic.UNTYPED_BOOL, Const.ofBool(r));
        }
        Const r;
        if (a.k == Const.K.STRING && c.k == Const.K.STRING) {
            if (op != Token.ADD) {
                check.error(b, "invalid operation: operator " + op + " not defined on " + describe(x));
                return Operand.invalid(b);
            }
            r = Const.ofString(a.s + c.s);
        } else if (a.isNumeric() && c.isNumeric() && (a.isComplex() || c.isComplex() || t.isComplex())) {
            r = complexArith(b, op, x, y, a, c);
            if (r == null) {
                return Operand.invalid(b);
            }
        } else if (a.isNumeric() && c.isNumeric()) {
            boolean intArith = t.isInteger() || (t.isUntyped() && a.k == Const.K.INT && c.k == Const.K.INT && t != Basic.UNTYPED_FLOAT);
            if (intArith && (!a.isIntegral() || !c.isIntegral())) {
                intArith = false;
            }
            if (intArith) {
                BigInteger p = a.toBigInteger(), q = c.toBigInteger();
                switch (op) {
                    case ADD -> r = Const.ofInt(p.add(q));
                    case SUB -> r = Const.ofInt(p.subtract(q));
                    case MUL -> r = Const.ofInt(p.multiply(q));
                    case QUO, REM -> {
                        if (q.signum() == 0) {
                            check.error(y.expr, "invalid operation: division by zero");
                            return Operand.invalid(b);
                        }
                        if (op == Token.QUO && p.bitLength() < 64 && q.bitLength() < 64) {
                            // go/constant divides values that fit in an int64 with int64
                            // arithmetic, so MinInt64 / -1 wraps to MinInt64 (no overflow error)
                            r = Const.ofInt(BigInteger.valueOf(p.longValue() / q.longValue()));
                        } else {
                            r = Const.ofInt(op == Token.QUO ? p.divide(q) : p.remainder(q));
                        }
                    }
                    case AND -> r = Const.ofInt(p.and(q));
                    case OR -> r = Const.ofInt(p.or(q));
                    case XOR -> r = Const.ofInt(p.xor(q));
                    case AND_NOT -> r = Const.ofInt(p.andNot(q));
                    default -> {
                        check.error(b, "invalid operation: operator " + op + " not defined on " + describe(x));
                        return Operand.invalid(b);
                    }
                }
            } else {
                Const fa = a.toFloat(), fc = c.toFloat();
                switch (op) {
                    case ADD -> r = Const.ofRat(fa.num.multiply(fc.den).add(fc.num.multiply(fa.den)), fa.den.multiply(fc.den));
                    case SUB -> r = Const.ofRat(fa.num.multiply(fc.den).subtract(fc.num.multiply(fa.den)), fa.den.multiply(fc.den));
                    case MUL -> r = Const.ofRat(fa.num.multiply(fc.num), fa.den.multiply(fc.den));
                    case QUO -> {
                        if (fc.num.signum() == 0) {
                            check.error(y.expr, "invalid operation: division by zero");
                            return Operand.invalid(b);
                        }
                        r = Const.ofRat(fa.num.multiply(fc.den), fa.den.multiply(fc.num));
                    }
                    default -> {
                        check.error(b, "invalid operation: operator " + op + " not defined on " + describe(x));
                        return Operand.invalid(b);
                    }
                }
            }
        } else {
            check.error(b, "invalid operation: operator " + op + " not defined on " + describe(x));
            return Operand.invalid(b);
        }
        if (!t.isUntyped()) {
            Const rr = representable(r, t);
            if (rr == null) {
                check.error(b, exprString(b) + " (constant " + r + " of type " + t + ") overflows " + t.underlying());
                return Operand.invalid(b);
            }
            r = rr;
        }
        if (untypedOverflow(b.opLine(), b.opCol(), switch (op) {
            case ADD -> "addition";
            case SUB -> "subtraction";
            case XOR -> "bitwise XOR";
            case MUL -> "multiplication";
            default -> "";
        }, t, r)) {
            return Operand.invalid(b);
        }
        return Operand.constant(b, t, r);
    }

    /**
     * types2's overflow check for untyped integer constants: beyond 512 bits an operation reports
     * "constant OP overflow" at the operator (OP empty for operators that cannot normally grow a
     * value, hence Go's double space); the result is then unknown, which reports nothing further.
     */
    private boolean untypedOverflow(int line, int col, String opName, Type t, Const r) {
        if (t.isUntyped() && r.k == Const.K.INT && r.num.abs().bitLength() > CONST_PREC) {
            check.error(line, col, "constant " + opName + " overflow");
            return true;
        }
        return false;
    }

    /** Exact complex constant arithmetic; null after reporting an error. */
    private Const complexArith(BinaryExpr b, Token op, Operand x, Operand y, Const a, Const c) {
        Const p = a.realPart(), q = a.imagPart(), r = c.realPart(), s = c.imagPart();
        switch (op) {
            case ADD -> {
                return Const.ofComplex(ratAdd(p, r), ratAdd(q, s));
            }
            case SUB -> {
                return Const.ofComplex(ratSub(p, r), ratSub(q, s));
            }
            case MUL -> {
                return Const.ofComplex(ratSub(ratMul(p, r), ratMul(q, s)), ratAdd(ratMul(p, s), ratMul(q, r)));
            }
            case QUO -> {
                if (c.isZero()) {
                    check.error(y.expr, "invalid operation: division by zero");
                    return null;
                }
                Const d = ratAdd(ratMul(r, r), ratMul(s, s));
                return Const.ofComplex(ratDiv(ratAdd(ratMul(p, r), ratMul(q, s)), d), ratDiv(ratSub(ratMul(q, r), ratMul(p, s)), d));
            }
            default -> {
                check.error(b, "invalid operation: operator " + op + " not defined on " + describe(x));
                return null;
            }
        }
    }

    private static Const ratAdd(Const a, Const c) {
        return Const.ofRat(a.num.multiply(c.den).add(c.num.multiply(a.den)), a.den.multiply(c.den));
    }

    private static Const ratSub(Const a, Const c) {
        return Const.ofRat(a.num.multiply(c.den).subtract(c.num.multiply(a.den)), a.den.multiply(c.den));
    }

    private static Const ratMul(Const a, Const c) {
        return Const.ofRat(a.num.multiply(c.num), a.den.multiply(c.den));
    }

    private static Const ratDiv(Const a, Const c) {
        return Const.ofRat(a.num.multiply(c.den), a.den.multiply(c.num));
    }

    /** types2's largest constant shift count (enough to express the smallest float64). */
    private static final int SHIFT_BOUND = 1023 - 1 + 52;

    Operand shift(BinaryExpr b) {
        Operand x = check.exprs.single(b.x());
        Operand y = check.exprs.single(b.y());
        if (x.invalid() || y.invalid()) {
            return Operand.invalid(b);
        }
        boolean left = b.op() == Token.SHL;
        // types2's order: the shifted operand first, then the count
        boolean xInt = TypeSets.all(x.type, Type::isInteger)
                || x.type.isUntyped() && x.mode == Operand.Mode.CONST && x.value.isNumeric() && x.value.isIntegral();
        if (!xInt) {
            check.error(x.expr, "invalid operation: shifted operand " + describe(x) + " must be integer");
            return Operand.invalid(b);
        }
        if (y.mode == Operand.Mode.CONST) {
            if (y.value.isNumeric() && y.value.isIntegral() && y.value.signum() < 0) {
                check.error(y.expr, "invalid operation: negative shift count " + describe(y));
                return Operand.invalid(b);
            }
            if (y.type.isUntyped() && representable(y.value, Basic.UINT) == null) {
                check.error(y.expr, describe(y) + (y.value.isNumeric() ? (y.value.isIntegral() ? " overflows " : " truncated to ")
                        : " cannot be converted to ") + "uint");
                return Operand.invalid(b);
            }
            if (!y.type.isUntyped() && !y.type.isInteger()) {
                check.error(y.expr, "invalid operation: shift count " + describe(y) + " must be integer");
                return Operand.invalid(b);
            }
        } else if (!TypeSets.all(y.type, Type::isInteger)) {
            check.error(y.expr, "invalid operation: shift count " + describe(y) + " must be integer");
            return Operand.invalid(b);
        }
        if (x.mode == Operand.Mode.CONST) {
            if (y.mode == Operand.Mode.CONST) {
                BigInteger count = y.value.toBigInteger();
                if (count.bitLength() > 31 || count.intValue() > SHIFT_BOUND) {
                    check.error(y.expr, "invalid operation: invalid shift count " + describe(y));
                    return Operand.invalid(b);
                }
                int n = count.intValue();
                BigInteger v = x.value.toBigInteger();
                BigInteger r = left ? v.shiftLeft(n) : v.shiftRight(n);
                Type t = x.type.isInteger() ? x.type : Basic.UNTYPED_INT;
                Const rc = Const.ofInt(r);
                if (!t.isUntyped() && representable(rc, t) == null) {
                    check.error(b, exprString(b) + " (constant " + r + " of type " + t + ") overflows " + t.underlying());
                    return Operand.invalid(b);
                }
                if (untypedOverflow(b.opLine(), b.opCol(), "shift", t, rc)) {
                    return Operand.invalid(b);
                }
                return Operand.constant(b, t, rc);
            }
            // non-constant shift of an untyped constant: the constant takes the type the context
            // gives the whole shift (Go's rule), int by default; retype rebuilds the node for it
            Const xv = x.value;
            boolean signedCount = !y.type.isUnsigned();
            Operand yo = y;
            Function<Type, ExprNode> build = tt -> {
                Const r = representable(xv, tt);
                return new IntBinaryNode(left ? IntBinaryNode.Op.SHL : IntBinaryNode.Op.SHR, tt.basic().kind,
                        constNode(r == null ? xv : r, tt), check.exprs.valueNode(yo), signedCount);
            };
            if (!x.type.isUntyped()) {
                return Operand.value(b, x.type, build.apply(x.type));
            }
            Operand o = Operand.value(b, Basic.UNTYPED_INT, build.apply(Basic.INT));
            o.retype = build;
            return o;
        }
        if (x.type instanceof TypeParam || y.type instanceof TypeParam) {
            return Operand.value(b, x.type, check.exprs.valueNode(x)); // checked over a type set: never run
        }
        if (!x.type.isInteger()) {
            check.error(x.expr, "invalid operation: shifted operand " + describe(x) + " must be integer");
            return Operand.invalid(b);
        }
        ExprNode yn = y.mode == Operand.Mode.CONST ? constNode(y.value, Basic.UINT) : check.exprs.valueNode(y);
        boolean signedCount = y.mode != Operand.Mode.CONST && !y.type.isUnsigned();
        return Operand.value(b, x.type, new IntBinaryNode(left ? IntBinaryNode.Op.SHL : IntBinaryNode.Op.SHR, x.type.basic().kind, check.exprs.valueNode(x), yn, signedCount));
    }
}
