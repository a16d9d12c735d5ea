package gotruffle.compiler;

import gotruffle.builtins.AppendNode;
import gotruffle.builtins.LenNode;
import gotruffle.builtins.MiscBuiltins;
import gotruffle.nodes.ExprNode;
import gotruffle.nodes.call.TupleNodes;
import gotruffle.nodes.expr.ComplexMakeNode;
import gotruffle.nodes.expr.ComplexPartNode;
import gotruffle.nodes.expr.ConstNode;
import gotruffle.nodes.expr.EvalThenConstNode;
import gotruffle.nodes.expr.UnsafeNodes;
import gotruffle.nodes.local.Rep;
import gotruffle.parser.ast.*;
import gotruffle.types.Array;
import gotruffle.types.Basic;
import gotruffle.types.ChanType;
import gotruffle.types.Interface;
import gotruffle.types.Kind;
import gotruffle.types.MapType;
import gotruffle.types.Named;
import gotruffle.types.Pointer;
import gotruffle.types.Slice;
import gotruffle.types.Struct;
import gotruffle.types.Tuple;
import gotruffle.types.Type;
import gotruffle.types.TypeParam;
import gotruffle.types.TypeSets;
import gotruffle.values.SizeClasses;

import java.util.ArrayList;
import java.util.List;

import static gotruffle.compiler.Constants.*;
import static gotruffle.compiler.ExprStrings.*;
import static gotruffle.compiler.CallCompiler.*;

/** Built-in functions (types2's builtins.go): len, cap, append, make, new, copy, delete, complex, print... and unsafe. */
final class BuiltinCompiler {
    final Checker check;

    BuiltinCompiler(Checker check) {
        this.check = check;
    }

    // ---- builtins ----

    /** unsafe.Sizeof/Alignof/Offsetof: uintptr constants of the amd64 layout; the operand is not evaluated. */
    private Operand unsafeConstant(CallExpr c, String name) {
        if (!argCount(c, "unsafe." + name, 1, 1)) {
            return Operand.invalid(c);
        }
        Expr arg = c.args().get(0);
        if (name.equals("Offsetof")) {
            Expr inner = arg;
            while (inner instanceof ParenExpr pe) {
                inner = pe.x();
            }
            if (!(inner instanceof SelectorExpr sel)) {
                check.error(arg, "invalid argument: " + exprString(arg) + " is not a selector expression");
                return Operand.invalid(c);
            }
            Operand base = check.exprs.single(sel.x());
            if (base.invalid()) {
                return Operand.invalid(c);
            }
            Type bt = base.type.underlying();
            if (bt instanceof Pointer p) {
                bt = p.elem.underlying();
            }
            Long off = bt instanceof Struct st ? fieldOffset(st, sel.sel().name()) : null;
            if (off == null) {
                check.error(arg, "invalid argument: " + exprString(arg) + " is not a selector expression");
                return Operand.invalid(c);
            }
            return Operand.constant(c, Basic.UINTPTR, Const.ofInt(off));
        }
        Operand x = check.exprs.single(arg);
        if (x.invalid()) {
            return Operand.invalid(c);
        }
        Type t = x.mode == Operand.Mode.CONST || x.mode == Operand.Mode.NIL ? defaultType(x.type) : x.type;
        if (x.mode == Operand.Mode.NIL) {
            check.error(arg, "use of untyped nil in argument to unsafe." + name);
            return Operand.invalid(c);
        }
        long v = name.equals("Sizeof") ? SizeClasses.sizeof(t) : SizeClasses.alignof(t);
        return Operand.constant(c, Basic.UINTPTR, Const.ofInt(v));
    }

    /** unsafe.Add(ptr unsafe.Pointer, len IntegerType) and unsafe.Slice(ptr *T, len IntegerType) []T (types2's builtins.go). */
    private Operand unsafeAddOrSlice(CallExpr c, String name) {
        if (!argCount(c, "unsafe." + name, 2, 2)) {
            return Operand.invalid(c);
        }
        Operand x = check.exprs.single(c.args().get(0));
        Operand y = check.exprs.single(c.args().get(1));
        if (x.invalid() || y.invalid()) {
            return Operand.invalid(c);
        }
        ExprNode len;
        Const negative = name.equals("Add") && y.mode == Operand.Mode.CONST && y.value.isNumeric() && y.value.signum() < 0
                ? representable(y.value, y.type.isUntyped() ? Basic.INT : y.type) : null;
        len = negative != null ? constNode(negative, Basic.INT) : check.exprs.indexNode(y, "length");
        if (len == null) {
            return Operand.invalid(c);
        }
        if (name.equals("Add")) {
            ExprNode p = check.exprs.assign(x, Basic.UNSAFE_POINTER, "argument to unsafe.Add");
            return Operand.value(c, Basic.UNSAFE_POINTER, new UnsafeNodes.Add(p, len));
        }
        if (!(x.type.underlying() instanceof Pointer p)) {
            check.error(x.expr, "invalid argument: " + describe(x) + " is not a pointer");
            return Operand.invalid(c);
        }
        boolean unsigned = y.mode != Operand.Mode.CONST && y.type.isUnsigned();
        return Operand.value(c, Slice.of(p.elem), new UnsafeNodes.Slice(check.exprs.valueNode(x), len, p.elem, unsigned));
    }

    /** The offset of field name in st, directly or promoted through embedded structs (not pointers); null if none. */
    private static Long fieldOffset(Struct st, String name) {
        long[] offs = SizeClasses.fieldOffsets(st);
        int i = st.fieldIndex(name);
        if (i >= 0) {
            return offs[i];
        }
        for (int k = 0; k < st.fields.size(); k++) {
            Struct.Field f = st.fields.get(k);
            if (f.embedded() && f.type().underlying() instanceof Struct inner) {
                Long o = fieldOffset(inner, name);
                if (o != null) {
                    return offs[k] + o;
                }
            }
        }
        return null;
    }

    Operand builtin(CallExpr c, String name) {
        if (c.args().size() == 1 && !c.ellipsis() && c.args().get(0) instanceof CallExpr g && !name.equals("make") && !name.equals("new")) {
            // f(g()) with multi-value g: g's results are the arguments (types2's exprList)
            Operand a = check.exprs.expr(g);
            if (a.type instanceof Tuple tu && !a.invalid()) {
                int slot = check.fn.newSlot(Rep.OBJECT);
                List<Expr> spread = new ArrayList<>();
                for (int i = 0; i < tu.types.size(); i++) {
                    ExprNode en = i == 0 ? new TupleNodes.Store(a.node, slot) : new TupleNodes.Elem(slot, i);
                    Expr ei = new Ident(g.line(), g.col(), exprString(g));
                    Operand e = Operand.value(ei, tu.types.get(i), en);
                    e.fresh = true;
                    check.exprs.preEvaluated.put(ei, e);
                    spread.add(ei);
                }
                c = new CallExpr(c.line(), c.col(), c.fun(), spread, false, c.rparenLine(), c.rparenCol());
            } else {
                check.exprs.preEvaluated.put(g, a);
            }
        }
        List<Expr> args = c.args();
        switch (name) {
            case "Sizeof", "Alignof", "Offsetof" -> {
                return unsafeConstant(c, name);
            }
            case "Add", "Slice" -> {
                return unsafeAddOrSlice(c, name);
            }
            case "len", "cap" -> {
                if (!argCount(c, name, 1, 1)) {
                    return Operand.invalid(c);
                }
                // len/cap of an array (pointer) is a constant unless the operand calls or receives (then it is evaluated)
                boolean outerCallOrRecv = check.hasCallOrRecv;
                check.hasCallOrRecv = false;
                Operand pre = check.exprs.preEvaluated.get(args.get(0)); // a call operand compiled above (f(g()) check)
                Operand x = check.exprs.single(args.get(0));
                boolean operandCalls = check.hasCallOrRecv || (pre != null && pre.mode != Operand.Mode.CONST && pre.mode != Operand.Mode.TYPE);
                check.hasCallOrRecv |= outerCallOrRecv;
                if (x.invalid()) {
                    return x;
                }
                if (x.type instanceof TypeParam) {
                    // every type of the set must have a length
                    boolean ok = TypeSets.all(x.type, t -> t instanceof Slice || t instanceof ChanType || t instanceof Array
                            || t instanceof Pointer p && p.elem.underlying() instanceof Array
                            || name.equals("len") && (t.isString() || t instanceof MapType));
                    if (!ok) {
                        check.error(args.get(0), "invalid argument: " + describe(x) + " for " + name);
                        return Operand.invalid(c);
                    }
                    return Operand.value(c, Basic.INT, check.exprs.valueNode(x)); // a placeholder: never run
                }
                Type u = x.type.underlying();
                if (u instanceof Pointer p && p.elem.underlying() instanceof Array a) {
                    if (operandCalls) {
                        return Operand.value(c, Basic.INT, new EvalThenConstNode(check.exprs.valueNode(x), a.len));
                    }
                    u = a;
                }
                if (u instanceof Array a && operandCalls) {
                    return Operand.value(c, Basic.INT, new EvalThenConstNode(check.exprs.valueNode(x), a.len));
                }
                if (x.mode == Operand.Mode.CONST && x.value.k == Const.K.STRING && name.equals("len")) {
                    return Operand.constant(c, Basic.INT, Const.ofInt(x.value.s.length()));
                }
                if (u instanceof Array a) {
                    return Operand.constant(c, Basic.INT, Const.ofInt(a.len));
                }
                boolean ok = u instanceof Slice || u instanceof ChanType || (name.equals("len") && (u.isString() || u instanceof MapType));
                if (!ok) {
                    check.error(args.get(0), "invalid argument: " + describe(x) + " for " + name);
                    return Operand.invalid(c);
                }
                return Operand.value(c, Basic.INT, new LenNode(ExprCompiler.stringView(check.exprs.valueNode(x)), name.equals("cap")));
            }
            case "append" -> {
                if (args.isEmpty()) {
                    check.error(c, "invalid operation: not enough arguments for append() (expected 1, found 0)");
                    return Operand.invalid(c);
                }
                Operand s = check.exprs.single(args.get(0));
                if (s.invalid()) {
                    for (Expr a : args.subList(1, args.size())) {
                        check.exprs.expr(a); // types2 evaluates all arguments first
                    }
                    return s;
                }
                if (s.type instanceof TypeParam && !(TypeSets.core(s.type) instanceof Slice)) {
                    check.error(args.get(0), "first argument to append must be a slice; " + describe(s) + " has no core type");
                    return Operand.invalid(c);
                }
                if (!(TypeSets.core(s.type) instanceof Slice sl)) {
                    check.error(args.get(0), "first argument to append must be a slice; have " + (s.mode == Operand.Mode.NIL ? "untyped nil" : describe(s)));
                    return Operand.invalid(c);
                }
                if (c.ellipsis()) {
                    if (args.size() != 2) {
                        check.error(c, "can only use ... with final argument in list");
                        return Operand.invalid(c);
                    }
                    Operand t = check.exprs.single(args.get(1));
                    if (t.invalid()) {
                        return Operand.invalid(c);
                    }
                    ExprNode tn;
                    if (sl.elem.underlying() == Basic.UINT8 && (t.type.isString()
                            || t.type instanceof TypeParam && TypeSets.all(t.type, u -> u.isString() || u == Slice.of(Basic.UINT8)))) {
                        tn = check.exprs.valueNode(t);
                    } else {
                        // x... must be assignable to []E, E the element type of s (not to s's own type)
                        Type shownS = s.shownType() instanceof Named sn ? check.shownUnderlying.getOrDefault(sn, sl) : s.shownType();
                        tn = check.exprs.assign(t, shownS instanceof Slice ss ? ss : Slice.of(sl.elem), "argument to append");
                    }
                    return fresh(Operand.value(c, s.type, new AppendNode(check.exprs.valueNode(s), new ExprNode[0], tn, sl.elem)));
                }
                ExprNode[] el = new ExprNode[args.size() - 1];
                Type shownS = s.shownType() instanceof Named sn ? check.shownUnderlying.getOrDefault(sn, sl) : s.shownType();
                for (int i = 1; i < args.size(); i++) {
                    Operand e = check.exprs.single(args.get(i));
                    el[i - 1] = check.exprs.assign(e, shownS instanceof Slice ss ? ss.elem : sl.elem, "argument to append");
                }
                Operand r = fresh(Operand.value(c, s.type, new AppendNode(check.exprs.valueNode(s), el, null, sl.elem)));
                r.shown = s.shown;
                return r;
            }
            case "make" -> {
                if (args.isEmpty()) {
                    check.error(c, "invalid operation: not enough arguments for make() (expected 1, found 0)");
                    return Operand.invalid(c);
                }
                Type t = check.typeExprs.typeOf(args.get(0));
                if (t == Basic.INVALID) {
                    return Operand.invalid(c);
                }
                Type u = TypeSets.core(t);
                if (u == null) {
                    check.error(args.get(0), "invalid argument: cannot make " + exprString(args.get(0)) + ": no core type");
                    return Operand.invalid(c);
                }
                // types2: the type decides the argument count before any size is evaluated
                int min = u instanceof Slice ? 2 : u instanceof MapType || u instanceof ChanType ? 1 : 0;
                if (min == 0) {
                    check.error(args.get(0), "invalid argument: cannot make " + exprString(args.get(0)) + "; type must be slice, map, or channel");
                    return Operand.invalid(c);
                }
                if (args.size() < min || args.size() > min + 1) {
                    check.error(c, "invalid operation: " + exprString(c) + " expects " + min + " or " + (min + 1) + " arguments; found " + args.size());
                    return Operand.invalid(c);
                }
                ExprNode[] sizes = new ExprNode[args.size() - 1];
                long[] constSizes = {-1, -1};
                boolean failed = false; // an invalid size: the result still has type t (no follow-on errors)
                for (int i = 1; i < args.size(); i++) {
                    Operand a = check.exprs.single(args.get(i));
                    sizes[i - 1] = a.invalid() ? null : check.exprs.indexNode(a, "index");
                    failed |= sizes[i - 1] == null;
                    if (sizes[i - 1] != null && a.mode == Operand.Mode.CONST && a.value.isIntegral()) {
                        constSizes[i - 1] = a.value.toBigInteger().longValue();
                    }
                }
                if (constSizes[0] >= 0 && constSizes[1] >= 0 && constSizes[0] > constSizes[1]) {
                    check.error(args.get(1), "invalid argument: length and capacity swapped");
                    failed = true;
                }
                if (failed) {
                    return Operand.value(c, t, new ConstNode(null));
                }
                ExprNode size = sizes.length > 0 ? sizes[0] : null;
                return fresh(Operand.value(c, t, switch (u) {
                    case Slice sl -> new MiscBuiltins.MakeSlice(sl.elem, size, sizes.length > 1 ? sizes[1] : null);
                    case MapType m -> new MiscBuiltins.MakeMap(m.key, m.elem, size);
                    default -> check.conc.makeChan(c, (ChanType) u, size);
                }));
            }
            case "new" -> {
                if (!argCount(c, name, 1, 1)) {
                    return Operand.invalid(c);
                }
                Type t = check.typeExprs.typeOf(args.get(0));
                if (t == Basic.INVALID) {
                    return Operand.invalid(c);
                }
                return Operand.value(c, Pointer.of(t), new MiscBuiltins.New(t));
            }
            case "delete" -> {
                if (!argCount(c, name, 2, 2)) {
                    return Operand.invalid(c);
                }
                Operand m = check.exprs.single(args.get(0));
                Operand k = check.exprs.single(args.get(1));
                if (m.invalid() || k.invalid()) {
                    return Operand.invalid(c);
                }
                if (!(m.type.underlying() instanceof MapType mt)) {
                    check.error(args.get(0), "invalid argument: " + describe(m) + " is not a map");
                    return Operand.invalid(c);
                }
                Operand o = Operand.value(c, Basic.INVALID, new MiscBuiltins.Delete(check.exprs.valueNode(m), check.exprs.assign(k, mt.key, "argument to delete")));
                o.mode = Operand.Mode.NOVALUE;
                return o;
            }
            case "copy" -> {
                if (!argCount(c, name, 2, 2)) {
                    return Operand.invalid(c);
                }
                Operand d = check.exprs.single(args.get(0));
                Operand s = check.exprs.single(args.get(1));
                if (d.invalid() || s.invalid()) {
                    return Operand.invalid(c);
                }
                // types2: a string source counts as []byte; errors at the first argument
                Type srcElem = s.type.isString() ? Basic.UINT8 : TypeSets.core(s.type) instanceof Slice ss ? ss.elem : null;
                if (!(TypeSets.core(d.type) instanceof Slice ds) || srcElem == null) {
                    check.error(d.expr, "invalid argument: copy expects slice arguments; found " + describe(d) + " and " + describe(s));
                    return Operand.invalid(c);
                }
                if (srcElem != ds.elem) {
                    Type dShown = check.compositeLits.shownElem(d, ds.elem);
                    Type sShown = s.type.isString() ? Basic.BYTE : check.compositeLits.shownElem(s, srcElem);
                    check.error(d.expr, "invalid argument: arguments to copy " + describe(d) + " and " + describe(s) + " have different element types "
                            + (dShown != null ? dShown : ds.elem) + " and " + (sShown != null ? sShown : srcElem));
                    return Operand.invalid(c);
                }
                return Operand.value(c, Basic.INT, new MiscBuiltins.Copy(check.exprs.valueNode(d), check.exprs.valueNode(s), ds.elem.isAggregate()));
            }
            case "panic" -> {
                if (!argCount(c, name, 1, 1)) {
                    return Operand.invalid(c);
                }
                Operand v = check.exprs.single(args.get(0));
                if (v.invalid()) {
                    return Operand.invalid(c);
                }
                Operand o = Operand.value(c, Basic.INVALID, new MiscBuiltins.Panic(check.exprs.assign(v, Interface.EMPTY, "argument to panic")));
                o.mode = Operand.Mode.NOVALUE;
                return o;
            }
            case "recover" -> {
                if (!argCount(c, name, 0, 0)) {
                    return Operand.invalid(c);
                }
                check.fn.usesRecover = true;
                return Operand.value(c, Interface.EMPTY, new MiscBuiltins.Recover());
            }
            case "print", "println" -> {
                List<Operand> ops = new ArrayList<>();
                if (args.size() == 1 && !c.ellipsis()) {
                    Operand a = check.exprs.expr(args.get(0));
                    if (!a.invalid() && a.type instanceof Tuple) {
                        // print(f()) with multi-value f
                        ops = check.calls.evalSpread(a);
                    } else {
                        ops.add(check.exprs.single(a, args.get(0)));
                    }
                } else {
                    for (Expr e : args) {
                        ops.add(check.exprs.single(e));
                    }
                }
                ExprNode[] ns = new ExprNode[ops.size()];
                Type[] ts = new Type[ops.size()];
                for (int i = 0; i < ns.length; i++) {
                    Operand a = ops.get(i);
                    if (a.invalid()) {
                        return Operand.invalid(c);
                    }
                    if (a.mode == Operand.Mode.NIL) {
                        check.error(a.expr, "use of untyped nil in argument to built-in " + name);
                        return Operand.invalid(c);
                    }
                    ts[i] = a.type.isUntyped() ? defaultType(a.type) : a.type;
                    if (!check.inInstance && (ts[i].underlying() instanceof Struct || ts[i].underlying() instanceof Array)) {
                        // Go's back end (walkPrint) refuses them, at the call's parenthesis, once the package type-checks
                        int[] at = Generics.lparen(c);
                        check.backendErrors.add(new CompileError(check.curPath, at[0], at[1],
                                "illegal types for operand: print\n\t" + a.shownType()));
                    }
                    ns[i] = check.exprs.valueNode(a);
                }
                Operand o = Operand.value(c, Basic.INVALID, new MiscBuiltins.Print(ns, ts, name.equals("println")));
                o.mode = Operand.Mode.NOVALUE;
                return o;
            }
            case "close" -> {
                if (!argCount(c, name, 1, 1)) {
                    return Operand.invalid(c);
                }
                Operand ch = check.exprs.single(args.get(0));
                if (ch.invalid()) {
                    return Operand.invalid(c);
                }
                if (!(ch.type.underlying() instanceof ChanType ct)) {
                    check.error(args.get(0), "invalid operation: cannot close non-channel " + describe(ch));
                    return Operand.invalid(c);
                }
                if (ct.dir == ChanType.RECV) {
                    check.error(args.get(0), "invalid operation: cannot close receive-only channel " + describe(ch));
                    return Operand.invalid(c);
                }
                Operand o = Operand.value(c, Basic.INVALID, check.conc.chanClose(c, check.exprs.valueNode(ch)));
                o.mode = Operand.Mode.NOVALUE;
                return o;
            }
            case "complex" -> {
                return complexBuiltin(c);
            }
            case "real", "imag" -> {
                return complexPart(c, name.equals("imag"));
            }
            default -> {
                check.error(c, "unknown builtin " + name);
                return Operand.invalid(c);
            }
        }
    }

    /**
     * complex(r, i) as types2 checks it: an untyped argument takes the other's type (two untyped
     * constants become untyped floats when they are real), then both types must be identical
     * and floating-point; the errors are at the first argument.
     */
    private Operand complexBuiltin(CallExpr c) {
        if (!argCount(c, "complex", 2, 2)) {
            return Operand.invalid(c);
        }
        Operand x = check.exprs.single(c.args().get(0));
        Operand y = check.exprs.single(c.args().get(1));
        if (x.invalid() || y.invalid()) {
            return Operand.invalid(c);
        }
        Type xt = x.type, yt = y.type;
        if (xt.isUntyped() && yt.isUntyped()) {
            if (x.mode == Operand.Mode.CONST && y.mode == Operand.Mode.CONST) {
                xt = x.value.isNumeric() && x.value.isReal() ? Basic.UNTYPED_FLOAT : xt;
                yt = y.value.isNumeric() && y.value.isReal() ? Basic.UNTYPED_FLOAT : yt;
            } else if (!convertUntyped(x, Basic.FLOAT64) || !convertUntyped(y, Basic.FLOAT64)) {
                return Operand.invalid(c);
            } else {
                xt = yt = Basic.FLOAT64;
            }
        } else if (xt.isUntyped()) {
            if (!convertUntyped(x, yt)) {
                return Operand.invalid(c);
            }
            xt = yt;
        } else if (yt.isUntyped()) {
            if (!convertUntyped(y, xt)) {
                return Operand.invalid(c);
            }
            yt = xt;
        }
        if (xt != yt) {
            check.error(x.expr, "invalid operation: " + exprString(c) + " (mismatched types " + xt + " and " + yt + ")");
            return Operand.invalid(c);
        }
        Kind k = xt.underlying() instanceof Basic b ? b.kind : null;
        if (k != Kind.FLOAT32 && k != Kind.FLOAT64 && k != Kind.UNTYPED_FLOAT) {
            check.error(x.expr, "invalid argument: arguments have type " + xt + ", expected floating-point");
            return Operand.invalid(c);
        }
        if (k == Kind.UNTYPED_FLOAT) {
            return Operand.constant(c, Basic.UNTYPED_COMPLEX, Const.ofComplex(x.value.realPart(), y.value.realPart()));
        }
        boolean c64 = k == Kind.FLOAT32;
        Type rt = c64 ? Basic.COMPLEX64 : Basic.COMPLEX128;
        if (x.mode == Operand.Mode.CONST && y.mode == Operand.Mode.CONST) {
            Const v = representable(Const.ofComplex(representable(x.value, xt), representable(y.value, xt)), rt);
            return Operand.constant(c, rt, v);
        }
        return Operand.value(c, rt, new ComplexMakeNode(c64, check.operators.valueNodeAs(x, xt), check.operators.valueNodeAs(y, xt)));
    }

    /**
     * types2's convertUntyped of an untyped argument to a typed target t: false after its error
     * ("truncated to", "overflows" or "cannot convert ... to" t's underlying type).
     */
    private boolean convertUntyped(Operand a, Type t) {
        if (!a.type.isUntyped() || t.isInterface()) {
            return true;
        }
        Type u = t.underlying();
        boolean ok;
        if (a.mode == Operand.Mode.NIL) {
            ok = false;
        } else if (!(u instanceof Basic)) {
            ok = false;
        } else if (a.mode == Operand.Mode.CONST) {
            if (representable(a.value, t) != null) {
                return true;
            }
            if (a.type.isNumeric() && u.isNumeric()) {
                check.error(a.expr, describe(a) + (u.isInteger() && !a.type.isInteger() ? " truncated to " : " overflows ") + u);
                return false;
            }
            ok = false;
        } else {
            ok = a.type.isBoolean() ? u.isBoolean() : a.type.isNumeric() ? u.isNumeric() : u.isString();
        }
        if (!ok) {
            check.error(a.expr, "cannot convert " + describe(a) + " to " + u);
        }
        return ok;
    }

    /** real(z) / imag(z): the float part of a complex value; constant for constant z. */
    private Operand complexPart(CallExpr c, boolean imag) {
        String name = imag ? "imag" : "real";
        if (!argCount(c, name, 1, 1)) {
            return Operand.invalid(c);
        }
        Operand x = check.exprs.single(c.args().get(0));
        if (x.invalid()) {
            return Operand.invalid(c);
        }
        if (x.mode == Operand.Mode.CONST && x.type.isUntyped() && x.value.isNumeric()) {
            return Operand.constant(c, Basic.UNTYPED_FLOAT, imag ? x.value.imagPart() : x.value.realPart());
        }
        if (!x.type.isComplex()) {
            check.error(x.expr, "invalid argument: argument has type " + x.type + ", expected complex type");
            return Operand.invalid(c);
        }
        Type rt = x.type.underlying().basic().kind == Kind.COMPLEX64 ? Basic.FLOAT32 : Basic.FLOAT64;
        if (x.mode == Operand.Mode.CONST) {
            return Operand.constant(c, rt, imag ? x.value.imagPart() : x.value.realPart());
        }
        return Operand.value(c, rt, new ComplexPartNode(imag, check.exprs.valueNode(x)));
    }

    private Operand fresh(Operand o) {
        o.fresh = true;
        return o;
    }

    /** types2 evaluates a builtin's arguments, then checks their number (at the call). */
    private boolean argCount(CallExpr c, String name, int min, int max) {
        int n = c.args().size();
        if (n >= min && n <= max) {
            return true;
        }
        for (Expr a : c.args()) {
            check.exprs.expr(a);
        }
        check.error(c, "invalid operation: " + (n < min ? "not enough" : "too many") + " arguments for " + exprString(c)
                + " (expected " + (n < min ? min : max) + ", found " + n + ")");
        return false;
    }
}
