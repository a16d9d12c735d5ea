package gotruffle.compiler;

import gotruffle.nodes.ExprNode;
import gotruffle.nodes.expr.ConstNode;
import gotruffle.types.Basic;
import gotruffle.types.Interface;
import gotruffle.types.Kind;
import gotruffle.types.Type;
import gotruffle.values.GoComplex;
import gotruffle.values.Iface;

import java.math.BigInteger;

/**
 * Constants (spec: "Constants", "Representability", the untyped kinds' default types and
 * ranks): pure functions of constant values and types, used wherever the checker meets one.
 */
final class Constants {
    private Constants() {}

    /** The default type of an untyped constant kind. */
    static Type defaultType(Type t) {
        if (t instanceof Basic b) {
            return switch (b.kind) {
                case UNTYPED_BOOL -> Basic.BOOL;
                case UNTYPED_INT -> Basic.INT;
                case UNTYPED_RUNE -> Basic.INT32;
                case UNTYPED_FLOAT -> Basic.FLOAT64;
                case UNTYPED_COMPLEX -> Basic.COMPLEX128;
                case UNTYPED_STRING -> Basic.STRING;
                default -> t;
            };
        }
        return t;
    }

    /** Whether constant v fits type t (Go's representability); returns the rounded value or null. */
    static Const representable(Const v, Type t) {
        Basic b = t.basic();
        if (b == null) {
            return null;
        }
        Kind k = b.kind;
        if (k == Kind.BOOL || k == Kind.UNTYPED_BOOL) {
            return v.k == Const.K.BOOL ? v : null;
        }
        if (k == Kind.STRING || k == Kind.UNTYPED_STRING) {
            return v.k == Const.K.STRING ? v : null;
        }
        if (!v.isNumeric()) {
            return null;
        }
        if (k.isComplex()) {
            if (k == Kind.UNTYPED_COMPLEX) {
                return Const.ofComplex(v.realPart(), v.imagPart());
            }
            Basic part = k == Kind.COMPLEX64 ? Basic.FLOAT32 : Basic.FLOAT64;
            Const re = representable(v.realPart(), part), im = representable(v.imagPart(), part);
            return re == null || im == null ? null : Const.ofComplex(re, im);
        }
        if (!v.isReal()) {
            return null;
        }
        if (v.isComplex()) {
            v = v.realPart();
        }
        if (k.isInteger()) {
            if (!v.isIntegral()) {
                return null;
            }
            BigInteger i = v.toBigInteger();
            if (k == Kind.UNTYPED_INT || k == Kind.UNTYPED_RUNE) {
                return Const.ofInt(i);
            }
            int bits = k.bits;
            BigInteger min, max;
            if (k.isUnsigned()) {
                min = BigInteger.ZERO;
                max = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
            } else {
                min = BigInteger.ONE.shiftLeft(bits - 1).negate();
                max = BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE);
            }
            return i.compareTo(min) >= 0 && i.compareTo(max) <= 0 ? Const.ofInt(i) : null;
        }
        if (k.isFloat()) {
            if (k == Kind.UNTYPED_FLOAT) {
                return v.toFloat();
            }
            if (k == Kind.FLOAT32) {
                float f = v.toFloat32();
                if (Float.isInfinite(f)) {
                    return null;
                }
                return Const.ofDouble(f);
            }
            double d = v.toDouble();
            if (Double.isInfinite(d)) {
                return null;
            }
            return Const.ofDouble(d);
        }
        return null;
    }

    /** The runtime value of a constant of (typed) type t. */
    static Object constValue(Const v, Type t) {
        Type u = t.underlying();
        if (u.isInteger()) {
            return v.toBigInteger().longValue();
        } else if (u.isFloat()) {
            return u.basic().kind == Kind.FLOAT32 ? (double) v.toFloat32() : v.toDouble();
        } else if (u.isComplex()) {
            double re = v.realPart().toDouble(), im = v.imagPart().toDouble();
            GoComplex c = new GoComplex(re, im);
            return u.basic().kind == Kind.COMPLEX64 ? c.toComplex64() : c;
        } else if (u.isString()) {
            return v.s;
        } else if (u.isBoolean()) {
            return v.b;
        }
        if (u instanceof Interface) {
            // a constant assigned to an interface is boxed with its default type
            Type d = defaultType(constKindType(v));
            return new Iface(d, constValue(v, d));
        }
        throw new IllegalStateException("constant of type " + t);
    }

    /** The untyped type of constant v's kind. */
    static Type constKindType(Const v) {
        return switch (v.k) {
            case BOOL -> Basic.UNTYPED_BOOL;
            case STRING -> Basic.UNTYPED_STRING;
            case INT -> Basic.UNTYPED_INT;
            case FLOAT -> Basic.UNTYPED_FLOAT;
            case COMPLEX -> Basic.UNTYPED_COMPLEX;
        };
    }

    static ExprNode constNode(Const v, Type t) {
        return new ConstNode(constValue(v, t));
    }

    /** What types2 adds when constant o does not fit numeric type t: "truncated" when o's type is no integer type (1000.0 too). */
    static String overflowSuffix(Operand o, Type t) {
        if (o.value.isNumeric() && t.isNumeric()) {
            if (t.isInteger() && !o.type.isInteger()) {
                return " (truncated)";
            }
            return " (overflows)";
        }
        return "";
    }

    /** The kind of an operation on two untyped numeric constants: the later of int, rune, float, complex. */
    static Type rankUntyped(Type a, Type b) {
        int ra = rank(a), rb = rank(b);
        return ra >= rb ? a : b;
    }

    private static int rank(Type t) {
        return switch (((Basic) t).kind) {
            case UNTYPED_INT -> 1;
            case UNTYPED_RUNE -> 2;
            case UNTYPED_FLOAT -> 3;
            case UNTYPED_COMPLEX -> 4;
            default -> 0;
        };
    }
}
