package gotruffle.compiler;

import com.oracle.truffle.api.frame.VirtualFrame;
import gotruffle.GoLanguage;
import gotruffle.builtins.AppendNode;
import gotruffle.builtins.FloatIntrinsicNode;
import gotruffle.builtins.LenNode;
import gotruffle.builtins.MiscBuiltins;
import gotruffle.builtins.SizeClasses;
import gotruffle.nodes.ExprNode;
import gotruffle.nodes.call.ArgsNode;
import gotruffle.nodes.call.DirectCallExprNode;
import gotruffle.nodes.call.FuncDef;
import gotruffle.nodes.call.FuncValueCallExprNode;
import gotruffle.nodes.call.IfaceCallExprNode;
import gotruffle.nodes.expr.ComplexConvertNode;
import gotruffle.nodes.expr.ComplexMakeNode;
import gotruffle.nodes.expr.ComplexPartNode;
import gotruffle.nodes.expr.CompositeNodes;
import gotruffle.nodes.expr.ConstNode;
import gotruffle.nodes.expr.ConvertNode;
import gotruffle.nodes.expr.CopyNode;
import gotruffle.nodes.expr.EvalThenConstNode;
import gotruffle.nodes.expr.SliceToArrayPtrNode;
import gotruffle.nodes.expr.ToIfaceNode;
import gotruffle.nodes.local.ReadLocalNode;
import gotruffle.nodes.local.Rep;
import gotruffle.parser.ast.*;
import gotruffle.stdlib.FloatNative;
import gotruffle.types.Array;
import gotruffle.types.Basic;
import gotruffle.types.ChanType;
import gotruffle.types.Interface;
import gotruffle.types.Kind;
import gotruffle.types.Lookup;
import gotruffle.types.MapType;
import gotruffle.types.Named;
import gotruffle.types.Pointer;
import gotruffle.types.Signature;
import gotruffle.types.Slice;
import gotruffle.types.Struct;
import gotruffle.types.Tuple;
import gotruffle.types.Type;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import static gotruffle.compiler.Constants.*;
import static gotruffle.compiler.ExprStrings.*;

/** Calls, conversions and builtin functions. */
abstract class CallCompiler extends ExprCompiler {
    /** The FuncDef of every declared method (Named.Method.impl is filled from it once compiled). */
    final Map<Named.Method, FuncDef> methodDefs = new IdentityHashMap<>();

    CallCompiler(GoLanguage language) {
        super(language);
    }

    abstract ExprNode chanClose(Expr at, ExprNode ch);

    Operand call(CallExpr c) {
        Operand g = generics.call(c);
        if (g != null) {
            return g;
        }
        Operand f = expr(c.fun());
        if (f.invalid()) {
            for (Expr a : c.args()) {
                expr(a);
            }
            return Operand.invalid(c);
        }
        if (f.mode == Operand.Mode.TYPE) {
            return conversion(c, f.type);
        }
        if (f.mode == Operand.Mode.BUILTIN) {
            Operand r = builtin(c, (String) f.ref);
            if ((f.ref.equals("make") || f.ref.equals("new")) && !r.invalid() && !c.args().isEmpty()) {
                Type sh = f.ref.equals("new") && r.type instanceof Pointer rp ? Pointer.of(shown(c.args().get(0), rp.elem)) : shown(c.args().get(0), r.type);
                if (sh != r.type) {
                    r.shown = sh; // byte/rune as written, for messages
                }
            }
            return r;
        }
        if (f.mode == Operand.Mode.COMMAOK) {
            f.mode = Operand.Mode.VALUE;
        }
        if (!(f.type.underlying() instanceof Signature sig)) {
            error(c, "invalid operation: cannot call non-function " + describe(f));
            for (Expr a : c.args()) {
                expr(a);
            }
            return Operand.invalid(c);
        }
        ArgsNode args = arguments(c, sig, exprString(c.fun()), f.shown instanceof Signature ss ? ss : sig);
        if (args == null) {
            return Operand.invalid(c);
        }
        ExprNode n;
        if (f.ref instanceof MethodSel ms) {
            if (ms.k() == MethodSel.K.IFACE) {
                n = new IfaceCallExprNode(valueNode(ms.recv()), ms.name(), args);
            } else {
                FuncDef def = methodDefs.get(ms.method());
                n = new DirectCallExprNode(def, receiverNode(ms), args);
            }
        } else if (f.node instanceof FuncRefNode fr && fr.def().nativeImpl instanceof FloatNative fn && args.plainArgs() != null) {
            ExprNode[] a = args.plainArgs();
            n = new FloatIntrinsicNode(fn, a[0], a.length > 1 ? a[1] : null);
        } else if (f.node instanceof FuncRefNode fr) {
            n = new DirectCallExprNode(fr.def(), null, args);
        } else {
            n = new FuncValueCallExprNode(f.node, args);
        }
        setLine(n, callLine(c));
        Operand r = callResult(c, sig, n);
        if (f.shown instanceof Signature ss && ss.results.size() == 1 && ss.results.get(0) != sig.results.get(0)) {
            r.shown = ss.results.get(0);
        }
        return r;
    }

    /** Go's line of a call is that of its '(' which follows the last token of the function expression. */
    static int callLine(CallExpr c) {
        Expr f = c.fun();
        return switch (f) {
            case FuncLit l -> l.body().endLine();
            case SelectorExpr s -> s.sel().line();
            default -> c.line();
        };
    }

    static void setLine(ExprNode n, int line) {
        switch (n) {
            case DirectCallExprNode d -> d.line = line;
            case FuncValueCallExprNode f -> f.line = line;
            case IfaceCallExprNode i -> i.line = line;
            default -> { }
        }
    }

    Operand callResult(Expr c, Signature sig, ExprNode n) {
        Operand o;
        if (sig.results.isEmpty()) {
            o = Operand.value(c, Basic.INVALID, n);
            o.mode = Operand.Mode.NOVALUE;
        } else if (sig.results.size() == 1) {
            o = Operand.value(c, sig.results.get(0), n);
        } else {
            o = Operand.value(c, new Tuple(sig.results), n);
        }
        o.fresh = true;
        return o;
    }

    /** Checks and converts the arguments of a call to sig. */
    ArgsNode arguments(CallExpr c, Signature sig, String fname) {
        return arguments(c, sig, fname, sig);
    }

    /** shown: sig as written (byte/rune kept, see Shown), for messages. */
    ArgsNode arguments(CallExpr c, Signature sig, String fname, Signature shown) {
        Tuple[] spread = new Tuple[1];
        List<Operand> ops = evalArgs(c, spread);
        return ops == null ? null : argsFrom(c, sig, ops, fname, spread[0], shown);
    }

    /** The operands of a call's arguments (f(g()) with multi-value g: one per result, spread[0] = g's results); null if one is invalid. */
    List<Operand> evalArgs(CallExpr c, Tuple[] spread) {
        List<Expr> argExprs = c.args();
        // f(g()) with multi-value g
        if (argExprs.size() == 1 && !c.ellipsis()) {
            Operand a = expr(argExprs.get(0));
            if (a.invalid()) {
                return null;
            }
            if (a.type instanceof Tuple tu) {
                spread[0] = tu;
                return evalSpread(a);
            }
            a = single(a, argExprs.get(0));
            return a.invalid() ? null : List.of(a);
        }
        List<Operand> ops = new ArrayList<>();
        for (Expr e : argExprs) {
            Operand o = single(e);
            ops.add(o);
        }
        for (Operand o : ops) {
            if (o.invalid()) {
                return null;
            }
        }
        return ops;
    }

    /** The results of multi-value call a as separate operands (the first evaluates the call and keeps its results in a slot). */
    List<Operand> evalSpread(Operand a) {
        Tuple tu = (Tuple) a.type;
        int slot = fn.newSlot(Rep.OBJECT);
        List<Operand> ops = new ArrayList<>();
        for (int i = 0; i < tu.types.size(); i++) {
            ExprNode en = i == 0 ? new TupleStoreNode(a.node, slot) : new TupleElemNode(slot, i);
            Operand e = Operand.value(a.expr, tu.types.get(i), en);
            e.fresh = true;
            ops.add(e);
        }
        return ops;
    }

    ArgsNode argsFrom(CallExpr c, Signature sig, List<Operand> ops, String fname, Tuple spread) {
        return argsFrom(c, sig, ops, fname, spread, sig);
    }

    ArgsNode argsFrom(CallExpr c, Signature sig, List<Operand> ops, String fname, Tuple spread, Signature shown) {
        List<Type> params = sig.params;
        int np = params.size();
        boolean variadic = sig.variadic;
        if (c.ellipsis()) {
            if (!variadic) {
                error(c, "have (...) but function is not variadic: " + fname);
                return null;
            }
            if (ops.size() != np) {
                reportCount(c, shown, ops, ops.size() < np);
                return null;
            }
            ExprNode[] nodes = new ExprNode[np];
            for (int i = 0; i < np; i++) {
                nodes[i] = assign(ops.get(i), shown.params.get(i), "argument to " + fname);
            }
            return new ArgsNode(nodes, false, 0);
        }
        int fixed = variadic ? np - 1 : np;
        if (ops.size() < fixed || (!variadic && ops.size() > np)) {
            reportCount(c, shown, ops, ops.size() < fixed);
            return null;
        }
        ExprNode[] nodes = new ExprNode[np];
        for (int i = 0; i < fixed; i++) {
            nodes[i] = assign(ops.get(i), shown.params.get(i), "argument to " + fname);
        }
        if (variadic) {
            Type elem = ((Slice) params.get(np - 1)).elem;
            int extra = ops.size() - fixed;
            if (extra == 0) {
                nodes[np - 1] = new ConstNode(null);
            } else {
                ExprNode[] el = new ExprNode[extra];
                int[] pos = new int[extra];
                for (int i = 0; i < extra; i++) {
                    el[i] = assign(ops.get(fixed + i), ((Slice) shown.params.get(np - 1)).elem, "argument to " + fname);
                    pos[i] = i;
                }
                nodes[np - 1] = new CompositeNodes.NewSeq(elem, extra, true, el, pos);
            }
        }
        return new ArgsNode(nodes, false, 0);
    }

    private void reportCount(CallExpr c, Signature sig, List<Operand> ops, boolean tooFew) {
        StringBuilder have = new StringBuilder("(");
        for (int i = 0; i < ops.size(); i++) {
            if (i > 0) {
                have.append(", ");
            }
            Operand o = ops.get(i);
            have.append(o.mode == Operand.Mode.CONST && o.type.isUntyped() ? "number" : o.shownType().toString());
        }
        have.append(")");
        if (ops.size() == 1 && ops.get(0).mode == Operand.Mode.CONST && ops.get(0).type.isUntyped()) {
            Type t = ops.get(0).type;
            have = new StringBuilder("(" + (t == Basic.UNTYPED_STRING ? "string" : t == Basic.UNTYPED_BOOL ? "bool" : "number") + ")");
        }
        String want = "(" + String.join(", ", sig.params.stream().map(Type::toString).toList()) + ")";
        if (sig.variadic) {
            List<String> ps = new ArrayList<>();
            for (int i = 0; i < sig.params.size(); i++) {
                ps.add(i == sig.params.size() - 1 ? "..." + ((Slice) sig.params.get(i)).elem : sig.params.get(i).toString());
            }
            want = "(" + String.join(", ", ps) + ")";
        }
        if (tooFew) {
            Node at = ops.isEmpty() ? null : ops.get(ops.size() - 1).expr;
            int line = at == null ? c.rparenLine() : at.line(), col = at == null ? c.rparenCol() : at.col();
            error(line, col, "not enough arguments in call to " + exprString(c.fun()) + "\n\thave " + have + "\n\twant " + want);
        } else {
            Operand first = ops.get(sig.params.size());
            error(first.expr, "too many arguments in call to " + exprString(c.fun()) + "\n\thave " + have + "\n\twant " + want);
        }
    }

    /** First element of a multi-value call used as arguments: stores the result array in a slot. */
    static final class TupleStoreNode extends ExprNode {
        @Child private ExprNode call;
        private final int slot;

        TupleStoreNode(ExprNode call, int slot) {
            this.call = call;
            this.slot = slot;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object[] r = (Object[]) call.execute(frame);
            frame.setObject(slot, r);
            return r[0];
        }
    }

    static final class TupleElemNode extends ExprNode {
        private final int slot;
        private final int index;

        TupleElemNode(int slot, int index) {
            this.slot = slot;
            this.index = index;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return ((Object[]) frame.getObject(slot))[index];
        }
    }

    // ---- conversions ----

    Operand conversion(CallExpr c, Type t) {
        Operand o = conversion0(c, t);
        Type sh = shown(c.fun(), t);
        if (!o.invalid() && o.type == t && sh != t) {
            o.shown = sh;
        }
        return o;
    }

    private Operand conversion0(CallExpr c, Type t) {
        Type shownT = shown(c.fun(), t); // byte/rune as written, for messages
        if (c.args().size() != 1) {
            error(c, (c.args().isEmpty() ? "missing argument in conversion to " : "too many arguments in conversion to ") + t);
            return Operand.invalid(c);
        }
        Operand x = single(c.args().get(0));
        if (x.invalid()) {
            return x;
        }
        Type tu = t.underlying();
        if (x.mode == Operand.Mode.NIL) {
            if (tu instanceof Pointer || tu instanceof Slice || tu instanceof MapType || tu instanceof ChanType || tu instanceof Signature || tu instanceof Interface) {
                Operand o = Operand.value(c, t, new ConstNode(null));
                return o;
            }
            error(c, "cannot convert nil to type " + t);
            return Operand.invalid(c);
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
                    error(c.args().get(0), "cannot convert " + describe(x) + " to type " + shownT);
                    return Operand.invalid(c);
                }
                Const r = representable(v, t);
                if (r == null && tu.isInteger() && !v.isIntegral()) {
                    if (x.type.isUntyped() || x.type.isFloat()) {
                        error(c.args().get(0), "cannot convert " + describe(x) + " to type " + shownT);
                        return Operand.invalid(c);
                    }
                }
                if (r == null) {
                    if (tu.isFloat()) {
                        r = Const.ofDouble(v.toDouble());
                    } else {
                        error(c.args().get(0), "cannot convert " + describe(x) + " to type " + shownT);
                        return Operand.invalid(c);
                    }
                }
                return Operand.constant(c, t, r);
            }
            if ((tu.isString() && v.k == Const.K.STRING) || (tu.isBoolean() && v.k == Const.K.BOOL)) {
                return Operand.constant(c, t, v);
            }
        }
        ExprNode n = convertNode(x, t, c);
        if (n == null) {
            error(c.args().get(0), "cannot convert " + describe(x) + " to type " + shownT);
            return Operand.invalid(c);
        }
        Operand o = Operand.value(c, t, n);
        o.fresh = x.fresh || !t.isAggregate() || n instanceof CopyNode;
        return o;
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
            return Lookup.implementsIface(from, ti) ? new ToIfaceNode(from, materialize(x, n)) : null;
        }
        if (fu == tu) {
            return t.isAggregate() ? new CopyNode(n) : n;
        }
        if (fu instanceof Pointer fp && tu instanceof Pointer tp && fp.elem.underlying() == tp.elem.underlying()) {
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
            if (s.elem.underlying() == Basic.UINT8) {
                return new ConvertNode(ConvertNode.Op.STRING_TO_BYTES, Kind.STRING, null, n);
            }
            if (s.elem.underlying() == Basic.INT32) {
                return new ConvertNode(ConvertNode.Op.STRING_TO_RUNES, Kind.STRING, null, n);
            }
        }
        if (fu instanceof Slice fs && tu instanceof Pointer tp && tp.elem.underlying() instanceof Array ta && ta.elem == fs.elem) {
            return new SliceToArrayPtrNode(n, ta.len, ta.elem);
        }
        return null;
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
                error(arg, "invalid argument: " + exprString(arg) + " is not a selector expression");
                return Operand.invalid(c);
            }
            Operand base = single(sel.x());
            if (base.invalid()) {
                return Operand.invalid(c);
            }
            Type bt = base.type.underlying();
            if (bt instanceof Pointer p) {
                bt = p.elem.underlying();
            }
            Long off = bt instanceof Struct st ? fieldOffset(st, sel.sel().name()) : null;
            if (off == null) {
                error(arg, "invalid argument: " + exprString(arg) + " is not a selector expression");
                return Operand.invalid(c);
            }
            return Operand.constant(c, Basic.UINTPTR, Const.ofInt(off));
        }
        Operand x = single(arg);
        if (x.invalid()) {
            return Operand.invalid(c);
        }
        Type t = x.mode == Operand.Mode.CONST || x.mode == Operand.Mode.NIL ? defaultType(x.type) : x.type;
        if (x.mode == Operand.Mode.NIL) {
            error(arg, "use of untyped nil in argument to unsafe." + name);
            return Operand.invalid(c);
        }
        long v = name.equals("Sizeof") ? SizeClasses.sizeof(t) : SizeClasses.alignof(t);
        return Operand.constant(c, Basic.UINTPTR, Const.ofInt(v));
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
            Operand a = expr(g);
            if (a.type instanceof Tuple tu && !a.invalid()) {
                int slot = fn.newSlot(Rep.OBJECT);
                List<Expr> spread = new ArrayList<>();
                for (int i = 0; i < tu.types.size(); i++) {
                    ExprNode en = i == 0 ? new TupleStoreNode(a.node, slot) : new TupleElemNode(slot, i);
                    Expr ei = new Ident(g.line(), g.col(), exprString(g));
                    Operand e = Operand.value(ei, tu.types.get(i), en);
                    e.fresh = true;
                    preEvaluated.put(ei, e);
                    spread.add(ei);
                }
                c = new CallExpr(c.line(), c.col(), c.fun(), spread, false, c.rparenLine(), c.rparenCol());
            } else {
                preEvaluated.put(g, a);
            }
        }
        List<Expr> args = c.args();
        switch (name) {
            case "Sizeof", "Alignof", "Offsetof" -> {
                return unsafeConstant(c, name);
            }
            case "len", "cap" -> {
                if (!argCount(c, name, 1, 1)) {
                    return Operand.invalid(c);
                }
                // len/cap of an array (pointer) is a constant unless the operand calls or receives (then it is evaluated)
                boolean outerCallOrRecv = hasCallOrRecv;
                hasCallOrRecv = false;
                Operand pre = preEvaluated.get(args.get(0)); // a call operand compiled above (f(g()) check)
                Operand x = single(args.get(0));
                boolean operandCalls = hasCallOrRecv || (pre != null && pre.mode != Operand.Mode.CONST && pre.mode != Operand.Mode.TYPE);
                hasCallOrRecv |= outerCallOrRecv;
                if (x.invalid()) {
                    return x;
                }
                Type u = x.type.underlying();
                if (u instanceof Pointer p && p.elem.underlying() instanceof Array a) {
                    if (operandCalls) {
                        return Operand.value(c, Basic.INT, new EvalThenConstNode(valueNode(x), a.len));
                    }
                    u = a;
                }
                if (u instanceof Array a && operandCalls) {
                    return Operand.value(c, Basic.INT, new EvalThenConstNode(valueNode(x), a.len));
                }
                if (x.mode == Operand.Mode.CONST && x.value.k == Const.K.STRING && name.equals("len")) {
                    return Operand.constant(c, Basic.INT, Const.ofInt(x.value.s.length()));
                }
                if (u instanceof Array a) {
                    return Operand.constant(c, Basic.INT, Const.ofInt(a.len));
                }
                boolean ok = u instanceof Slice || u instanceof ChanType || (name.equals("len") && (u.isString() || u instanceof MapType));
                if (!ok) {
                    error(args.get(0), "invalid argument: " + describe(x) + " for " + name);
                    return Operand.invalid(c);
                }
                return Operand.value(c, Basic.INT, new LenNode(valueNode(x), name.equals("cap")));
            }
            case "append" -> {
                if (args.isEmpty()) {
                    error(c, "invalid operation: not enough arguments for append() (expected 1, found 0)");
                    return Operand.invalid(c);
                }
                Operand s = single(args.get(0));
                if (s.invalid()) {
                    return s;
                }
                if (s.mode == Operand.Mode.NIL) {
                    error(args.get(0), "first argument to append must be a typed slice; found untyped nil");
                    return Operand.invalid(c);
                }
                if (!(s.type.underlying() instanceof Slice sl)) {
                    error(args.get(0), "invalid argument: " + describe(s) + " is not a slice");
                    return Operand.invalid(c);
                }
                if (c.ellipsis()) {
                    if (args.size() != 2) {
                        error(c, "can only use ... with final argument in list");
                        return Operand.invalid(c);
                    }
                    Operand t = single(args.get(1));
                    if (t.invalid()) {
                        return Operand.invalid(c);
                    }
                    ExprNode tn;
                    if (sl.elem.underlying() == Basic.UINT8 && t.type.isString()) {
                        tn = valueNode(t);
                    } else {
                        // x... must be assignable to []E, E the element type of s (not to s's own type)
                        Type shownS = s.shownType() instanceof Named sn ? shownUnderlying.getOrDefault(sn, sl) : s.shownType();
                        tn = assign(t, shownS instanceof Slice ss ? ss : Slice.of(sl.elem), "argument to append");
                    }
                    return fresh(Operand.value(c, s.type, new AppendNode(valueNode(s), new ExprNode[0], tn, sl.elem)));
                }
                ExprNode[] el = new ExprNode[args.size() - 1];
                Type shownS = s.shownType() instanceof Named sn ? shownUnderlying.getOrDefault(sn, sl) : s.shownType();
                for (int i = 1; i < args.size(); i++) {
                    Operand e = single(args.get(i));
                    el[i - 1] = assign(e, shownS instanceof Slice ss ? ss.elem : sl.elem, "argument to append");
                }
                Operand r = fresh(Operand.value(c, s.type, new AppendNode(valueNode(s), el, null, sl.elem)));
                r.shown = s.shown;
                return r;
            }
            case "make" -> {
                if (args.isEmpty()) {
                    error(c, "invalid operation: not enough arguments for make() (expected 1, found 0)");
                    return Operand.invalid(c);
                }
                Type t = typeOf(args.get(0));
                if (t == Basic.INVALID) {
                    return Operand.invalid(c);
                }
                Type u = t.underlying();
                ExprNode[] sizes = new ExprNode[args.size() - 1];
                for (int i = 1; i < args.size(); i++) {
                    Operand a = single(args.get(i));
                    if (a.invalid()) {
                        return Operand.invalid(c);
                    }
                    sizes[i - 1] = indexNode(a, i == 1 ? "index" : "index");
                    if (sizes[i - 1] == null) {
                        return Operand.invalid(c);
                    }
                }
                switch (u) {
                    case Slice sl -> {
                        if (sizes.length == 0) {
                            error(c, "invalid operation: " + exprString(c) + " expects 2 or 3 arguments; found 1");
                            return Operand.invalid(c);
                        }
                        if (sizes.length > 2) {
                            error(c, "invalid operation: " + exprString(c) + " expects 2 or 3 arguments; found " + args.size());
                            return Operand.invalid(c);
                        }
                        return fresh(Operand.value(c, t, new MiscBuiltins.MakeSlice(sl.elem, sizes[0], sizes.length > 1 ? sizes[1] : null)));
                    }
                    case MapType m -> {
                        return fresh(Operand.value(c, t, new MiscBuiltins.MakeMap(m.key, sizes.length > 0 ? sizes[0] : null)));
                    }
                    case ChanType ch -> {
                        return fresh(Operand.value(c, t, makeChan(c, ch, sizes.length > 0 ? sizes[0] : null)));
                    }
                    default -> {
                        error(args.get(0), "invalid argument: cannot make " + exprString(args.get(0)) + "; type must be slice, map, or channel");
                        return Operand.invalid(c);
                    }
                }
            }
            case "new" -> {
                if (!argCount(c, name, 1, 1)) {
                    return Operand.invalid(c);
                }
                Type t = typeOf(args.get(0));
                if (t == Basic.INVALID) {
                    return Operand.invalid(c);
                }
                return Operand.value(c, Pointer.of(t), new MiscBuiltins.New(t));
            }
            case "delete" -> {
                if (!argCount(c, name, 2, 2)) {
                    return Operand.invalid(c);
                }
                Operand m = single(args.get(0));
                Operand k = single(args.get(1));
                if (m.invalid() || k.invalid()) {
                    return Operand.invalid(c);
                }
                if (!(m.type.underlying() instanceof MapType mt)) {
                    error(args.get(0), "invalid argument: " + describe(m) + " is not a map");
                    return Operand.invalid(c);
                }
                Operand o = Operand.value(c, Basic.INVALID, new MiscBuiltins.Delete(valueNode(m), assign(k, mt.key, "argument to delete")));
                o.mode = Operand.Mode.NOVALUE;
                return o;
            }
            case "copy" -> {
                if (!argCount(c, name, 2, 2)) {
                    return Operand.invalid(c);
                }
                Operand d = single(args.get(0));
                Operand s = single(args.get(1));
                if (d.invalid() || s.invalid()) {
                    return Operand.invalid(c);
                }
                if (!(d.type.underlying() instanceof Slice ds)) {
                    error(c, "invalid argument: copy expects slice arguments; found " + describe(d) + " and " + describe(s));
                    return Operand.invalid(c);
                }
                boolean ok = (s.type.underlying() instanceof Slice ss && ss.elem == ds.elem) || (s.type.isString() && ds.elem.underlying() == Basic.UINT8);
                if (!ok) {
                    error(c, "invalid argument: arguments to copy " + describe(d) + " and " + describe(s) + " have different element types");
                    return Operand.invalid(c);
                }
                return Operand.value(c, Basic.INT, new MiscBuiltins.Copy(valueNode(d), valueNode(s), ds.elem.isAggregate()));
            }
            case "panic" -> {
                if (!argCount(c, name, 1, 1)) {
                    return Operand.invalid(c);
                }
                Operand v = single(args.get(0));
                if (v.invalid()) {
                    return Operand.invalid(c);
                }
                Operand o = Operand.value(c, Basic.INVALID, new MiscBuiltins.Panic(assign(v, Interface.EMPTY, "argument to panic")));
                o.mode = Operand.Mode.NOVALUE;
                return o;
            }
            case "recover" -> {
                if (!argCount(c, name, 0, 0)) {
                    return Operand.invalid(c);
                }
                fn.usesRecover = true;
                return Operand.value(c, Interface.EMPTY, new MiscBuiltins.Recover());
            }
            case "print", "println" -> {
                List<Operand> ops = new ArrayList<>();
                if (args.size() == 1 && !c.ellipsis()) {
                    Operand a = expr(args.get(0));
                    if (!a.invalid() && a.type instanceof Tuple) {
                        // print(f()) with multi-value f
                        ops = evalSpread(a);
                    } else {
                        ops.add(single(a, args.get(0)));
                    }
                } else {
                    for (Expr e : args) {
                        ops.add(single(e));
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
                        error(a.expr, "use of untyped nil in argument to built-in " + name);
                        return Operand.invalid(c);
                    }
                    ts[i] = a.type.isUntyped() ? defaultType(a.type) : a.type;
                    ns[i] = valueNode(a);
                }
                Operand o = Operand.value(c, Basic.INVALID, new MiscBuiltins.Print(ns, ts, name.equals("println")));
                o.mode = Operand.Mode.NOVALUE;
                return o;
            }
            case "close" -> {
                if (!argCount(c, name, 1, 1)) {
                    return Operand.invalid(c);
                }
                Operand ch = single(args.get(0));
                if (ch.invalid()) {
                    return Operand.invalid(c);
                }
                if (!(ch.type.underlying() instanceof ChanType ct)) {
                    error(args.get(0), "invalid operation: cannot close non-channel " + describe(ch));
                    return Operand.invalid(c);
                }
                if (ct.dir == ChanType.RECV) {
                    error(args.get(0), "invalid operation: cannot close receive-only channel " + describe(ch));
                    return Operand.invalid(c);
                }
                Operand o = Operand.value(c, Basic.INVALID, chanClose(c, valueNode(ch)));
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
                error(c, "unknown builtin " + name);
                return Operand.invalid(c);
            }
        }
    }

    /** complex(r, i): both floats of one type (untyped constants take the other's type). */
    private Operand complexBuiltin(CallExpr c) {
        if (!argCount(c, "complex", 2, 2)) {
            return Operand.invalid(c);
        }
        Operand x = single(c.args().get(0));
        Operand y = single(c.args().get(1));
        if (x.invalid() || y.invalid()) {
            return Operand.invalid(c);
        }
        if (x.mode == Operand.Mode.CONST && y.mode == Operand.Mode.CONST && x.type.isUntyped() && y.type.isUntyped()) {
            for (Operand a : new Operand[] {x, y}) {
                if (!a.value.isNumeric() || !a.value.isReal()) {
                    error(x.expr, "invalid argument: arguments have type " + a.type + ", expected floating-point");
                    return Operand.invalid(c);
                }
            }
            return Operand.constant(c, Basic.UNTYPED_COMPLEX, Const.ofComplex(x.value.realPart(), y.value.realPart()));
        }
        Type t = x.type.isUntyped() ? (y.type.isUntyped() ? Basic.FLOAT64 : y.type) : x.type;
        if (!x.type.isUntyped() && !y.type.isUntyped() && x.type != y.type) {
            error(x.expr, "invalid operation: " + exprString(c) + " (mismatched types " + x.type + " and " + y.type + ")");
            return Operand.invalid(c);
        }
        if (!t.isFloat()) {
            error(x.expr, "invalid argument: arguments have type " + t + ", expected floating-point");
            return Operand.invalid(c);
        }
        for (Operand a : new Operand[] {x, y}) {
            if (a.mode == Operand.Mode.CONST && a.type.isUntyped() && representable(a.value, t) == null) {
                if (a.value.isNumeric() && a.value.isReal()) {
                    error(a.expr, describe(a) + " overflows " + t);
                } else {
                    error(a.expr, "cannot use " + describe(a) + " as " + t + " value in argument to complex (truncated)");
                }
                return Operand.invalid(c);
            }
        }
        boolean c64 = t.underlying().basic().kind == Kind.FLOAT32;
        Type rt = c64 ? Basic.COMPLEX64 : Basic.COMPLEX128;
        if (x.mode == Operand.Mode.CONST && y.mode == Operand.Mode.CONST) {
            Const v = representable(Const.ofComplex(representable(x.value, t), representable(y.value, t)), rt);
            return Operand.constant(c, rt, v);
        }
        return Operand.value(c, rt, new ComplexMakeNode(c64, valueNodeAs(x, t), valueNodeAs(y, t)));
    }

    /** real(z) / imag(z): the float part of a complex value; constant for constant z. */
    private Operand complexPart(CallExpr c, boolean imag) {
        String name = imag ? "imag" : "real";
        if (!argCount(c, name, 1, 1)) {
            return Operand.invalid(c);
        }
        Operand x = single(c.args().get(0));
        if (x.invalid()) {
            return Operand.invalid(c);
        }
        if (x.mode == Operand.Mode.CONST && x.type.isUntyped() && x.value.isNumeric()) {
            return Operand.constant(c, Basic.UNTYPED_FLOAT, imag ? x.value.imagPart() : x.value.realPart());
        }
        if (!x.type.isComplex()) {
            error(x.expr, "invalid argument: argument has type " + x.type + ", expected complex type");
            return Operand.invalid(c);
        }
        Type rt = x.type.underlying().basic().kind == Kind.COMPLEX64 ? Basic.FLOAT32 : Basic.FLOAT64;
        if (x.mode == Operand.Mode.CONST) {
            return Operand.constant(c, rt, imag ? x.value.imagPart() : x.value.realPart());
        }
        return Operand.value(c, rt, new ComplexPartNode(imag, valueNode(x)));
    }

    abstract ExprNode makeChan(Expr at, ChanType ch, ExprNode size);

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
            expr(a);
        }
        error(c, "invalid operation: " + (n < min ? "not enough" : "too many") + " arguments for " + exprString(c)
                + " (expected " + (n < min ? min : max) + ", found " + n + ")");
        return false;
    }
}
