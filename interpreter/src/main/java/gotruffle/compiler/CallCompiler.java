package gotruffle.compiler;

import gotruffle.builtins.FloatIntrinsicNode;
import gotruffle.nodes.ExprNode;
import gotruffle.nodes.call.ArgsNode;
import gotruffle.nodes.call.DirectCallExprNode;
import gotruffle.nodes.call.FloatNative;
import gotruffle.nodes.call.FuncDef;
import gotruffle.nodes.call.FuncRefNode;
import gotruffle.nodes.call.FuncValueCallExprNode;
import gotruffle.nodes.call.IfaceCallExprNode;
import gotruffle.nodes.call.TupleNodes;
import gotruffle.nodes.expr.CompositeNodes;
import gotruffle.nodes.expr.ConstNode;
import gotruffle.nodes.expr.FlattenStringNode;
import gotruffle.nodes.local.Rep;
import gotruffle.parser.ast.*;
import gotruffle.types.Basic;
import gotruffle.types.Named;
import gotruffle.types.Pointer;
import gotruffle.types.Signature;
import gotruffle.types.Slice;
import gotruffle.types.Tuple;
import gotruffle.types.Type;
import gotruffle.types.TypeSets;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import static gotruffle.compiler.Constants.*;
import static gotruffle.compiler.ExprStrings.*;
import static gotruffle.compiler.ExprCompiler.*;
import static gotruffle.compiler.SelectorCompiler.*;

/** Calls, conversions and builtin functions. */
final class CallCompiler {
    final Checker check;

    /** The FuncDef of every declared method (Named.Method.impl is filled from it once compiled). */
    final Map<Named.Method, FuncDef> methodDefs = new IdentityHashMap<>();

    CallCompiler(Checker check) {
        this.check = check;
    }

    Operand call(CallExpr c) {
        Operand g = check.generics.call(c);
        if (g != null) {
            return g;
        }
        Operand f = check.exprs.expr(c.fun());
        if (f.invalid()) {
            for (Expr a : c.args()) {
                check.exprs.expr(a);
            }
            return Operand.invalid(c);
        }
        if (f.mode == Operand.Mode.TYPE) {
            return check.conversions.conversion(c, f.type);
        }
        if (f.mode == Operand.Mode.BUILTIN) {
            Operand r = check.builtins.builtin(c, (String) f.ref);
            if ((f.ref.equals("make") || f.ref.equals("new")) && !r.invalid() && !c.args().isEmpty()) {
                Type sh = f.ref.equals("new") && r.type instanceof Pointer rp ? Pointer.of(check.typeExprs.shown(c.args().get(0), rp.elem)) : check.typeExprs.shown(c.args().get(0), r.type);
                if (sh != r.type) {
                    r.shown = sh; // byte/rune as written, for messages
                }
            }
            return r;
        }
        if (f.mode == Operand.Mode.COMMAOK) {
            f.mode = Operand.Mode.VALUE;
        }
        if (!(TypeSets.core(f.type) instanceof Signature sig)) {
            check.error(c, "invalid operation: cannot call non-function " + describe(f));
            return Operand.invalid(c); // types2 does not look at the arguments: variables used only there are unused
        }
        ArgsNode args = arguments(c, sig, exprString(c.fun()), f.shown instanceof Signature ss ? ss : sig);
        if (args == null) {
            // types2 goes on with the call's result after wrong arguments (x := f2(1): the assignment is checked too)
            return showResult(callResult(c, sig, new ConstNode(null)), sig, f.shown instanceof Signature ss ? ss : null);
        }
        ExprNode n;
        if (f.ref instanceof MethodSel ms) {
            if (ms.k() == MethodSel.K.IFACE) {
                n = new IfaceCallExprNode(check.exprs.valueNode(ms.recv()), ms.name(), args);
            } else {
                FuncDef def = methodDefs.get(ms.method());
                passViews(args, sig);
                n = new DirectCallExprNode(def, check.selectors.receiverNode(ms), args);
            }
        } else if (f.node instanceof FuncRefNode fr && fr.def().nativeImpl instanceof FloatNative fn && args.plainArgs() != null) {
            ExprNode[] a = args.plainArgs();
            n = new FloatIntrinsicNode(fn, a[0], a.length > 1 ? a[1] : null);
        } else if (f.node instanceof FuncRefNode fr) {
            passViews(args, sig);
            n = new DirectCallExprNode(fr.def(), null, args);
        } else {
            n = new FuncValueCallExprNode(f.node, args);
        }
        setLine(n, callLine(c), c.fun() instanceof FuncLit ? 0 : c.col());
        return showResult(callResult(c, sig, n), sig, f.shown instanceof Signature ss ? ss : null);
    }

    /** r, the result of a call of sig, shown as the callee's signature as written (shown, or null) says. */
    Operand showResult(Operand r, Signature sig, Signature shown) {
        if (shown != null && shown.results.size() == 1 && shown.results.get(0) != sig.results.get(0)) {
            r.shown = shown.results.get(0);
        } else if (shown != null && shown.results.size() > 1 && (shown.resultNames != null || !shown.results.equals(sig.results))) {
            r.shown = new Tuple(shown.results, shown.resultNames); // types2 prints "(a int, b int)"
        }
        return r;
    }

    /**
     * A statically bound callee takes string arguments as views (O(1) slices): a Go function
     * keeps them in its frame (FuncRootNode flattens a captured one), a native gets Strings
     * unless it reads views (NativeRootNode). Only before the arguments are adopted.
     */
    static void passViews(ArgsNode args, Signature sig) {
        ExprNode[] a = args.plainArgs();
        if (a == null) {
            return;
        }
        int fixed = sig.variadic ? sig.params.size() - 1 : sig.params.size();
        for (int i = 0; i < fixed && i < a.length; i++) {
            if (sig.params.get(i).underlying() == Basic.STRING) {
                a[i] = ExprCompiler.stringView(a[i]);
            }
        }
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

    /** col (0: unknown) only picks among several line directives on one line. */
    static void setLine(ExprNode n, int line, int col) {
        switch (n) {
            case DirectCallExprNode d -> {
                d.line = line;
                d.col = col;
            }
            case FuncValueCallExprNode f -> {
                f.line = line;
                f.col = col;
            }
            case IfaceCallExprNode i -> {
                i.line = line;
                i.col = col;
            }
            default -> { }
        }
    }

    Operand callResult(Expr c, Signature sig, ExprNode n) {
        Operand o;
        if (sig.results.isEmpty()) {
            o = Operand.value(c, Basic.INVALID, n);
            o.mode = Operand.Mode.NOVALUE;
        } else if (sig.results.size() == 1) {
            // a Go function's string result may be a view when the call asks for one (see stringView)
            boolean view = n instanceof DirectCallExprNode && sig.results.get(0).underlying() == Basic.STRING;
            o = Operand.value(c, sig.results.get(0), view ? new FlattenStringNode(n) : n);
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
            Operand a = check.exprs.expr(argExprs.get(0));
            if (a.invalid()) {
                return null;
            }
            if (a.type instanceof Tuple tu) {
                spread[0] = tu;
                return evalSpread(a);
            }
            a = check.exprs.single(a, argExprs.get(0));
            return a.invalid() ? null : List.of(a);
        }
        List<Operand> ops = new ArrayList<>();
        for (Expr e : argExprs) {
            Operand o = check.exprs.single(e);
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
        int slot = check.fn.newSlot(Rep.OBJECT);
        List<Operand> ops = new ArrayList<>();
        for (int i = 0; i < tu.types.size(); i++) {
            ExprNode en = i == 0 ? new TupleNodes.Store(a.node, slot) : new TupleNodes.Elem(slot, i);
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
                check.error(c, "cannot use ... in call to non-variadic " + exprString(c.fun()));
                return null;
            }
            if (ops.size() != np) {
                reportCount(c, shown, ops, ops.size() < np);
                return null;
            }
            ExprNode[] nodes = new ExprNode[np];
            for (int i = 0; i < np; i++) {
                nodes[i] = check.exprs.assign(ops.get(i), shown.params.get(i), "argument to " + fname);
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
            nodes[i] = check.exprs.assign(ops.get(i), shown.params.get(i), "argument to " + fname);
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
                    el[i] = check.exprs.assign(ops.get(fixed + i), ((Slice) shown.params.get(np - 1)).elem, "argument to " + fname);
                    pos[i] = i;
                }
                nodes[np - 1] = new CompositeNodes.NewSeq(elem, extra, true, el, pos);
            }
        }
        return new ArgsNode(nodes, false, 0);
    }

    private void reportCount(CallExpr c, Signature sig, List<Operand> ops, boolean tooFew) {
        String have = "(" + check.stmts.haveTypes(ops) + ")";
        String want = "(" + String.join(", ", sig.params.stream().map(Type::toString).toList()) + ")";
        if (sig.variadic) {
            List<String> ps = new ArrayList<>();
            for (int i = 0; i < sig.params.size(); i++) {
                ps.add(i == sig.params.size() - 1 ? "..." + ((Slice) sig.params.get(i)).elem : sig.params.get(i).toString());
            }
            want = "(" + String.join(", ", ps) + ")";
        }
        if (tooFew) {
            // types2 (1.19) reports at the last argument, or at the start of the call when there is none
            Node at = ops.isEmpty() ? c : ops.get(ops.size() - 1).expr;
            check.error(at, "not enough arguments in call to " + exprString(c.fun()) + "\n\thave " + have + "\n\twant " + want);
        } else {
            Operand first = ops.get(sig.params.size());
            check.error(first.expr, "too many arguments in call to " + exprString(c.fun()) + "\n\thave " + have + "\n\twant " + want);
        }
    }
}
