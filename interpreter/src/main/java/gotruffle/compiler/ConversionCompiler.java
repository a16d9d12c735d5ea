package gotruffle.compiler;

import gotruffle.nodes.ExprNode;
import gotruffle.nodes.expr.ComplexConvertNode;
import gotruffle.nodes.expr.ConstNode;
import gotruffle.nodes.expr.ConvertNode;
import gotruffle.nodes.expr.CopyNode;
import gotruffle.nodes.expr.SliceToArrayPtrNode;
import gotruffle.nodes.expr.ToIfaceNode;
import gotruffle.nodes.expr.UnsafeNodes;
import gotruffle.parser.ast.*;
import gotruffle.types.Array;
import gotruffle.types.Basic;
import gotruffle.types.ChanType;
import gotruffle.types.Interface;
import gotruffle.types.Kind;
import gotruffle.types.Lookup;
import gotruffle.types.MapType;
import gotruffle.types.Pointer;
import gotruffle.types.Predicates;
import gotruffle.types.Signature;
import gotruffle.types.Slice;
import gotruffle.types.Type;
import gotruffle.types.TypeSets;
import gotruffle.types.TypeParam;

import java.math.BigInteger;
import java.util.List;

import static gotruffle.compiler.Constants.*;
import static gotruffle.compiler.ExprStrings.*;

/** Conversions (types2's conversions.go): T(x) checks and the conversion nodes. */
final class ConversionCompiler {
    final Checker check;

    ConversionCompiler(Checker check) {
        this.check = check;
    }

    // ---- conversions ----

    Operand conversion(CallExpr c, Type t) {
        Operand o = conversion0(c, t);
        Type sh = check.typeExprs.shown(c.fun(), t);
        if (!o.invalid() && o.type == t && sh != t) {
            o.shown = sh;
        }
        return o;
    }

    private Operand conversion0(CallExpr c, Type t) {
        Type shownT = check.typeExprs.shown(c.fun(), t); // byte/rune as written, for messages
        if (c.args().size() != 1) {
            check.error(c, (c.args().isEmpty() ? "missing argument in conversion to " : "too many arguments in conversion to ") + t);
            return Operand.invalid(c);
        }
        Operand x = check.exprs.single(c.args().get(0));
        if (x.invalid()) {
            return x;
        }
        Type tu = t.underlying();
        if (x.mode == Operand.Mode.NIL) {
            if (TypeSets.all(t, Predicates::hasNil)) {
                Operand o = Operand.value(c, t, new ConstNode(null));
                return o;
            }
            check.error(c, "cannot convert nil to type " + t);
            return Operand.invalid(c);
        }
        if ((t instanceof TypeParam || x.type instanceof TypeParam) && x.type != t) {
            return typeParamConversion(c, x, t, shownT);
        }
        if (x.mode == Operand.Mode.CONST && (tu.basic() != null) && tu.basic().kind != Kind.UNSAFE_POINTER) {
            Const v = x.value;
            if (tu.isString() && v.isNumeric() && x.type.isInteger()) {
                BigInteger i = v.toBigInteger();
                long r = i.bitLength() > 31 ? 0xFFFD : i.longValue();
                return Operand.constant(c, t, Const.ofString(ConvertNode.runeToString(r)));
            }
            if (tu.isNumeric() && v.isNumeric()) {
                if (!v.isReal() && !tu.isComplex()) {
                    check.error(c.args().get(0), "cannot convert " + describe(x) + " to type " + shownT);
                    return Operand.invalid(c);
                }
                Const r = representable(v, t);
                if (r == null && tu.isInteger() && !v.isIntegral()) {
                    if (x.type.isUntyped() || x.type.isFloat()) {
                        check.error(c.args().get(0), "cannot convert " + describe(x) + " to type " + shownT);
                        return Operand.invalid(c);
                    }
                }
                if (r == null) { // beyond the type's range (a float constant rounds, but may not overflow)
                    if (tu.isInteger() && v.k != Const.K.INT && v.isIntegral()) {
                        x.value = Const.ofInt(v.toBigInteger()); // types2 keeps constant.ToInt's value: every digit of 1e400
                    }
                    check.error(c.args().get(0), "cannot convert " + describe(x) + " to type " + shownT);
                    return Operand.invalid(c);
                }
                return Operand.constant(c, t, r);
            }
            if ((tu.isString() && v.k == Const.K.STRING) || (tu.isBoolean() && v.k == Const.K.BOOL)) {
                return Operand.constant(c, t, v);
            }
        }
        ExprNode n = convertNode(x, t, c);
        if (n == null) {
            String cause = ExprCompiler.notAssignableCause(check, x.type, t);
            check.error(c.args().get(0), "cannot convert " + describe(x) + " to type " + shownT + (cause != null ? ":\n\t" + cause : ""));
            return Operand.invalid(c);
        }
        Operand o = Operand.value(c, t, n);
        o.fresh = x.fresh || !t.isAggregate() || n instanceof CopyNode;
        return o;
    }

    /**
     * T(x) where T or x's type is a type parameter: x must convert to (or from) every type of the
     * set (types2's convertibleTo over type sets); a constant becomes a value. The node is a
     * placeholder: such a body is checked over its type parameters and runs as instances.
     */
    private Operand typeParamConversion(CallExpr c, Operand x, Type t, Type shownT) {
        boolean ok;
        String cause = "";
        if (t.underlying() instanceof Interface ti && !(t instanceof TypeParam)) {
            ok = Lookup.implementsIface(x.type, ti);
        } else {
            List<Type> to = TypeSets.specific(t);
            List<Type> from = x.type.isUntyped() ? List.of(defaultType(x.type)) : TypeSets.specific(x.type);
            ok = to != null && from != null && !to.isEmpty() && !from.isEmpty();
            for (int i = 0; ok && i < to.size(); i++) {
                Type tu = to.get(i);
                for (int j = 0; ok && j < from.size(); j++) {
                    Type fu = from.get(j);
                    if (x.mode == Operand.Mode.CONST && tu instanceof Basic && x.value.isNumeric() && tu.isNumeric()) {
                        ok = representable(x.value, tu) != null;
                        if (!ok && t instanceof TypeParam) {
                            cause = ":\n\tcannot convert " + describe(x) + " to " + tu + " (in " + t + ")";
                        }
                    } else if (x.mode == Operand.Mode.CONST && tu.isString() && x.value.k == Const.K.STRING) {
                        ok = true;
                    } else {
                        ok = convertNode(Operand.value(x.expr, fu, x.node != null ? x.node : new ConstNode(null)), tu, c) != null;
                    }
                }
            }
        }
        if (!ok) {
            // a constant converted to a type parameter is a value (types2 describes it so)
            String what = !cause.isEmpty() ? exprString(x.expr) + " (" + x.type + " value)" : describe(x);
            check.error(c.args().get(0), "cannot convert " + what + " to type " + shownT + cause);
            return Operand.invalid(c);
        }
        return Operand.value(c, t, new ConstNode(null));
    }

    /** Node converting a non-constant (or constant to non-basic) operand to t, or null if not convertible. */
    ExprNode convertNode(Operand x, Type t, Expr at) {
        Type from = x.type.isUntyped() ? defaultType(x.type) : x.type;
        ExprNode n = x.mode == Operand.Mode.CONST ? constNode(representable(x.value, from) == null ? x.value : representable(x.value, from), from) : x.node;
        Type tu = t.underlying(), fu = from.underlying();
        if (tu instanceof Interface ti) {
            if (fu instanceof Interface) {
                return Lookup.implementsIface(from, ti) ? n : null;
            }
            return Lookup.implementsIface(from, ti) ? new ToIfaceNode(from, check.exprs.materialize(x, n)) : null;
        }
        if (Predicates.identicalIgnoreTags(fu, tu)) {
            return t.isAggregate() ? new CopyNode(n) : n;
        }
        if (tu == Basic.UNSAFE_POINTER && fu != Basic.UNSAFE_POINTER) {
            // package unsafe: any pointer or value of underlying type uintptr, to unsafe.Pointer
            if (fu instanceof Pointer fp) {
                return new UnsafeNodes.FromPointer(n, fp.elem);
            }
            return fu == Basic.UINTPTR ? new UnsafeNodes.FromAddress(n) : null;
        }
        if (fu == Basic.UNSAFE_POINTER && tu != Basic.UNSAFE_POINTER) {
            // and vice versa
            if (tu instanceof Pointer tp) {
                return new UnsafeNodes.ToPointer(n, tp.elem);
            }
            return tu == Basic.UINTPTR ? new UnsafeNodes.ToAddress(n) : null;
        }
        if (fu instanceof ChanType && Predicates.assignableTo(from, t)) {
            return n; // a bidirectional channel to a channel type with a direction (assignability)
        }
        if (fu instanceof Pointer fp && tu instanceof Pointer tp && !Predicates.hasName(from) && !Predicates.hasName(t)
                && Predicates.identicalIgnoreTags(fp.elem.underlying(), tp.elem.underlying())) {
            return n;
        }
        if (fu.isInteger() && tu.isInteger()) {
            return new ConvertNode(ConvertNode.Op.INT_TO_INT, tu.basic().kind, null, n);
        }
        if (fu.isInteger() && tu.isFloat()) {
            return new ConvertNode(fu.isUnsigned() ? ConvertNode.Op.UINT_TO_FLOAT : ConvertNode.Op.INT_TO_FLOAT, tu.basic().kind, null, n);
        }
        if (fu.isFloat() && tu.isInteger()) {
            return new ConvertNode(tu.isUnsigned() ? ConvertNode.Op.FLOAT_TO_UINT : ConvertNode.Op.FLOAT_TO_INT, tu.basic().kind, null, n);
        }
        if (fu.isFloat() && tu.isFloat()) {
            return new ConvertNode(ConvertNode.Op.FLOAT_TO_FLOAT, tu.basic().kind, null, n);
        }
        if (fu.isComplex() && tu.isComplex()) {
            return new ComplexConvertNode(tu.basic().kind == Kind.COMPLEX64, n);
        }
        if (tu.isString()) {
            if (fu.isInteger()) {
                return new ConvertNode(ConvertNode.Op.INT_TO_STRING, Kind.STRING, null, n);
            }
            if (fu instanceof Slice s && s.elem.underlying() == Basic.UINT8) {
                return new ConvertNode(ConvertNode.Op.BYTES_TO_STRING, Kind.STRING, null, n);
            }
            if (fu instanceof Slice s && s.elem.underlying() == Basic.INT32) {
                return new ConvertNode(ConvertNode.Op.RUNES_TO_STRING, Kind.STRING, null, n);
            }
        }
        if (fu.isString() && tu instanceof Slice s) {
            boolean constant = x.mode == Operand.Mode.CONST;
            if (s.elem.underlying() == Basic.UINT8) {
                return ConvertNode.fromString(ConvertNode.Op.STRING_TO_BYTES, n, constant);
            }
            if (s.elem.underlying() == Basic.INT32) {
                return ConvertNode.fromString(ConvertNode.Op.STRING_TO_RUNES, n, constant);
            }
        }
        if (fu instanceof Slice fs && tu instanceof Pointer tp && tp.elem.underlying() instanceof Array ta && ta.elem == fs.elem) {
            return new SliceToArrayPtrNode(n, ta.len, ta.elem);
        }
        return null;
    }
}
