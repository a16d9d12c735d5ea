package gotruffle.compiler;

import gotruffle.GoContext;
import gotruffle.builtins.DeferRecoverNode;
import gotruffle.builtins.MiscBuiltins;
import gotruffle.nodes.ExprNode;
import gotruffle.nodes.GoPanic;
import gotruffle.nodes.RuntimePanics;
import gotruffle.nodes.RuntimePrint;
import gotruffle.nodes.StmtNode;
import gotruffle.nodes.call.ArgsNode;
import gotruffle.nodes.call.DeferNodes;
import gotruffle.nodes.call.DeferredCall;
import gotruffle.nodes.call.FuncDef;
import gotruffle.nodes.stmt.BlockNode;
import gotruffle.parser.ast.CallExpr;
import gotruffle.parser.ast.Expr;
import gotruffle.parser.ast.Ident;
import gotruffle.parser.ast.ParenExpr;
import gotruffle.parser.ast.SelectorExpr;
import gotruffle.runtime.GoRuntimePanic;
import gotruffle.runtime.chan.Chan;
import gotruffle.types.Interface;
import gotruffle.types.MapType;
import gotruffle.types.Signature;
import gotruffle.types.Slice;
import gotruffle.types.Type;
import gotruffle.values.GoMap;
import gotruffle.values.GoSlice;

import java.util.List;

/**
 * defer f(args): the function value and arguments are evaluated at the defer statement and the
 * call is recorded on the activation's defer list. Builtins under go or defer (panic, print,
 * delete, close, copy, recover) become small Java actions over their evaluated arguments, run
 * at function exit or by the new goroutine.
 */
final class DeferCompiler {
    private final Checker c;

    DeferCompiler(Checker c) {
        this.c = c;
    }

    StmtNode defer(CallExpr call, int slot) {
        String b = builtinCallee(c, call.fun());
        if (b != null) {
            BuiltinCall bc = suspendedBuiltin(call, b, "defer");
            if (bc == null) {
                return new BlockNode(new StmtNode[0]);
            }
            if (bc.action() == RECOVER) {
                c.fn.usesRecover = true;
                return new DeferRecoverNode(slot);
            }
            return new DeferNodes.Builtin(slot, bc.args(), bc.action());
        }
        Operand f = c.generics.calleeValue(call);
        if (f == null) {
            f = c.conc.exprForDefer(call.fun());
        }
        if (f.invalid()) {
            return new BlockNode(new StmtNode[0]);
        }
        if (f.mode == Operand.Mode.TYPE) {
            notCall(call, "defer");
            return new BlockNode(new StmtNode[0]);
        }
        if (!(f.type.underlying() instanceof Signature sig)) {
            c.error(call, "invalid operation: cannot call non-function " + ExprStrings.describe(f));
            return new BlockNode(new StmtNode[0]);
        }
        ArgsNode args = c.calls.arguments(call, sig, ExprStrings.exprString(call.fun()));
        if (args == null) {
            return new BlockNode(new StmtNode[0]);
        }
        if (f.ref instanceof SelectorCompiler.MethodSel ms) {
            if (ms.k() == SelectorCompiler.MethodSel.K.IFACE) {
                return new DeferNodes.IfaceMethod(slot, c.exprs.valueNode(ms.recv()), ms.name(), args);
            }
            FuncDef def = c.conc.methodDefsForDefer().get(ms.method());
            return new DeferNodes.Method(slot, def, c.selectors.receiverNode(ms), args);
        }
        return new DeferNodes.Func(slot, c.exprs.valueNode(f), args);
    }

    /** The built-in function that fun (parentheses aside) names, predeclared or unsafe's; null if none. */
    static String builtinCallee(Checker c, Expr fun) {
        while (fun instanceof ParenExpr p) {
            fun = p.x();
        }
        if (fun instanceof Ident id && c.scope.lookup(id.name()) instanceof Entity.Builtin b) {
            return b.name;
        }
        if (fun instanceof SelectorExpr s && s.x() instanceof Ident pk && c.scope.lookup(pk.name()) instanceof Entity.Pkg p
                && p.pkg.path.equals("unsafe")) {
            return switch (s.sel().name()) {
                case "Add", "Alignof", "Offsetof", "Sizeof", "Slice" -> "unsafe." + s.sel().name();
                default -> null; // unsafe.Pointer is a type
            };
        }
        return null;
    }

    /** go/defer T(x): types2's message names the conversion. */
    void notCall(CallExpr call, String keyword) {
        Operand o = c.exprs.expr(call);
        if (!o.invalid()) {
            c.error(call, keyword + " requires function call, not conversion " + ExprStrings.describe(o));
        }
    }

    /** A go or defer of a builtin: its arguments (evaluated by the statement) and what the call does with them. */
    record BuiltinCall(ExprNode[] args, DeferredCall.Invoker action) {}

    /** The action of recover(): only defer gives it a panic to stop (a new goroutine has none). */
    static final DeferredCall.Invoker RECOVER = (fiber, d) -> { };

    /**
     * go/defer name(args) (types2's suspendedCall): the builtins Go allows in statement context
     * become an action; the others are an error as their result would be discarded. Null after
     * an error.
     */
    BuiltinCall suspendedBuiltin(CallExpr call, String name, String keyword) {
        switch (name) {
            case "close", "copy", "delete", "panic", "print", "println", "recover" -> { }
            default -> {
                // the builtin's own errors first (an invalid result is not reported again, as in types2)
                Operand o = c.exprs.expr(call);
                if (!o.invalid()) {
                    c.error(call, keyword + " discards result of " + ExprStrings.describe(o));
                }
                return null;
            }
        }
        Operand o = c.builtins.builtin(call, name);
        if (o.invalid()) {
            return null;
        }
        switch (name) {
            case "panic" -> {
                Operand v = c.exprs.single(call.args().get(0));
                ExprNode vn = c.exprs.assign(v, Interface.EMPTY, "argument to panic");
                return new BuiltinCall(new ExprNode[]{vn}, (fiber, d) -> {
                    throw new GoPanic(d.args()[0]);
                });
            }
            case "print", "println" -> {
                List<Expr> as = call.args();
                ExprNode[] ns = new ExprNode[as.size()];
                Type[] ts = new Type[as.size()];
                for (int i = 0; i < ns.length; i++) {
                    Operand a = c.exprs.single(as.get(i));
                    ts[i] = a.type.isUntyped() ? Constants.defaultType(a.type) : a.type;
                    ns[i] = c.exprs.valueNode(a);
                }
                boolean ln = name.equals("println");
                return new BuiltinCall(ns, (fiber, d) -> {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < ts.length; i++) {
                        if (ln && i > 0) {
                            sb.append(' ');
                        }
                        sb.append(RuntimePrint.format(d.args()[i], ts[i]));
                    }
                    if (ln) {
                        sb.append('\n');
                    }
                    GoContext.get(null).writeErr(sb.toString());
                });
            }
            case "delete" -> {
                Operand m = c.exprs.single(call.args().get(0));
                Operand k = c.exprs.single(call.args().get(1));
                ExprNode kn = c.exprs.assign(k, ((MapType) m.type.underlying()).key, "argument to delete");
                return new BuiltinCall(new ExprNode[]{c.exprs.valueNode(m), kn}, (fiber, d) -> {
                    GoMap map = (GoMap) d.args()[0];
                    if (map != null) {
                        map.remove(d.args()[1]);
                    }
                });
            }
            case "close" -> {
                Operand ch = c.exprs.single(call.args().get(0));
                return new BuiltinCall(new ExprNode[]{c.exprs.valueNode(ch)}, (fiber, d) -> {
                    try {
                        Chan.closechan(fiber.g, (Chan) d.args()[0]);
                    } catch (GoRuntimePanic e) {
                        throw RuntimePanics.plain(e.getMessage(), null);
                    }
                });
            }
            case "copy" -> {
                Operand d = c.exprs.single(call.args().get(0));
                Operand src = c.exprs.single(call.args().get(1));
                boolean aggregate = ((Slice) d.type.underlying()).elem.isAggregate();
                return new BuiltinCall(new ExprNode[]{c.exprs.valueNode(d), c.exprs.valueNode(src)},
                                (fiber, dc) -> MiscBuiltins.Copy.copy((GoSlice) dc.args()[0], dc.args()[1], aggregate));
            }
            default -> {
                return new BuiltinCall(new ExprNode[0], RECOVER);
            }
        }
    }
}
