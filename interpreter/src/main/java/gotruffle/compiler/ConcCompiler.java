package gotruffle.compiler;

import gotruffle.nodes.ExprNode;
import gotruffle.nodes.StmtNode;
import gotruffle.nodes.call.ArgsNode;
import gotruffle.nodes.call.FuncDef;
import gotruffle.nodes.conc.ChanNodes;
import gotruffle.nodes.conc.GoBuiltinNode;
import gotruffle.nodes.conc.GoStmtNode;
import gotruffle.nodes.conc.SelectNode;
import gotruffle.nodes.expr.ConstNode;
import gotruffle.nodes.expr.CopyNode;
import gotruffle.nodes.local.ReadLocalNode;
import gotruffle.nodes.local.Rep;
import gotruffle.nodes.stmt.BlockNode;
import gotruffle.nodes.stmt.BreakableNode;
import gotruffle.nodes.stmt.RangeNode;
import gotruffle.parser.ast.*;
import gotruffle.types.Basic;
import gotruffle.types.ChanType;
import gotruffle.types.Named;
import gotruffle.types.Signature;
import gotruffle.types.Type;
import gotruffle.types.TypeSets;
import gotruffle.values.SizeClasses;
import gotruffle.values.Values;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static gotruffle.compiler.Constants.*;
import static gotruffle.compiler.ExprStrings.*;
import static gotruffle.compiler.AssignCompiler.*;

/** Go statements, defer, channel operations and select (the spec's chapters on goroutines and channels). */
final class ConcCompiler {
    final Checker check;

    ConcCompiler(Checker check) {
        this.check = check;
    }

    // ---- defer ----

    StmtNode deferStmt(DeferStmt d) {
        if (check.fn.deferSlot < 0) {
            check.fn.deferSlot = check.fn.newSlot(Rep.OBJECT);
        }
        return new DeferCompiler(check).defer(d.call(), check.fn.deferSlot);
    }

    // ---- goroutines and channels (gotruffle.runtime via nodes.conc) ----

    StmtNode goStmt(GoStmt g) {
        CallExpr call = g.call();
        DeferCompiler suspended = new DeferCompiler(check);
        String b = DeferCompiler.builtinCallee(check, call.fun());
        if (b != null) {
            DeferCompiler.BuiltinCall bc = suspended.suspendedBuiltin(call, b, "go");
            return bc == null ? new BlockNode(new StmtNode[0]) : new GoBuiltinNode(bc.args(), bc.action());
        }
        Operand f = check.generics.calleeValue(call);
        if (f == null) {
            f = check.exprs.expr(call.fun());
        }
        if (f.invalid()) {
            return new BlockNode(new StmtNode[0]);
        }
        if (f.mode == Operand.Mode.TYPE) {
            suspended.notCall(call, "go");
            return new BlockNode(new StmtNode[0]);
        }
        if (!(f.type.underlying() instanceof Signature sig)) {
            check.error(call, "invalid operation: cannot call non-function " + describe(f));
            return new BlockNode(new StmtNode[0]);
        }
        ArgsNode args = check.calls.arguments(call, sig, exprString(call.fun()));
        if (args == null) {
            return new BlockNode(new StmtNode[0]);
        }
        // f.node is the function value; for x.M(...) it is the bound method value (receiver evaluated now)
        return new GoStmtNode(f.node, args);
    }

    StmtNode sendStmt(SendStmt s) {
        Operand ch = check.exprs.single(s.ch());
        Operand v = check.exprs.single(s.value());
        if (ch.invalid() || v.invalid()) {
            return new BlockNode(new StmtNode[0]);
        }
        if (!(TypeSets.core(ch.type) instanceof ChanType ct)) {
            check.error(s.ch(), "invalid operation: cannot send to non-channel " + describe(ch));
            return new BlockNode(new StmtNode[0]);
        }
        if (ct.dir == ChanType.RECV) {
            check.error(s.ch(), "invalid operation: cannot send to receive-only channel " + describe(ch));
            return new BlockNode(new StmtNode[0]);
        }
        return new ChanNodes.Send(check.exprs.valueNode(ch), check.exprs.assign(v, ct.elem, "send"));
    }

    /**
     * The variables of a failed receive case: := declares them with an invalid type (used, as
     * types2 does not report them); assigned operands are checked (a plain variable is not used by it).
     */
    private void invalidRecv(List<Expr> lhs, boolean define) {
        for (Expr l : lhs.subList(0, Math.min(2, lhs.size()))) {
            if (define && l instanceof Ident id && !id.name().equals("_")) {
                check.assigns.newLocal(id, Basic.INVALID);
            } else if (!define && !(l instanceof Ident)) {
                check.exprs.expr(l);
            }
        }
    }

    ExprNode chanRecv(Expr at, ExprNode ch, Type elem, boolean commaOk) {
        return new ChanNodes.Recv2(ch, commaOk, elem.isAggregate());
    }

    ExprNode selectRecvPlaceholder() {
        return new ConstNode(null);
    }

    ExprNode chanClose(Expr at, ExprNode ch) {
        return new ChanNodes.Close(ch);
    }

    ExprNode makeChan(Expr at, ChanType ch, ExprNode size) {
        return new ChanNodes.Make(Values.zero(ch.elem), SizeClasses.sizeof(ch.elem), size);
    }

    RangeNode.ChanReceiver rangeReceiver(Type elem) {
        return ChanNodes::rangeRecv;
    }

    StmtNode selectStmt(SelectStmt s, Object target) {
        List<ExprNode> chans = new ArrayList<>();
        List<Integer> caseLines = new ArrayList<>();
        List<ExprNode> sends = new ArrayList<>();
        List<StmtNode> bodies = new ArrayList<>();
        StmtNode defaultBody = null;
        int valueSlot = check.fn.newSlot(Rep.OBJECT);
        int okSlot = check.fn.newSlot(Rep.OBJECT);
        for (CommClause cc : s.clauses()) {
            Scope saved = check.scope;
            check.scope = new Scope(check.scope, null);
            try {
                List<StmtNode> body = new ArrayList<>();
                Stmt comm = cc.comm();
                if (comm == null) {
                    if (defaultBody != null) {
                        check.error(cc, "multiple defaults in select");
                    }
                    defaultBody = new BlockNode(check.stmts.stmtList(cc.body()));
                    continue;
                }
                if (comm instanceof SendStmt snd) {
                    Operand ch = check.exprs.single(snd.ch());
                    Operand v = check.exprs.single(snd.value());
                    if (ch.invalid() || v.invalid() || !(ch.type.underlying() instanceof ChanType ct)) {
                        if (!ch.invalid() && !v.invalid()) {
                            check.error(snd.ch(), "invalid operation: cannot send to non-channel " + describe(ch));
                        }
                        check.stmts.stmtList(cc.body()); // types2 checks the body all the same
                        continue;
                    }
                    chans.add(check.exprs.valueNode(ch));
                    caseLines.add(cc.line());
                    sends.add(check.exprs.assign(v, ct.elem, "send"));
                } else {
                    Expr recvExpr;
                    List<Expr> lhs = List.of();
                    boolean define = false;
                    if (comm instanceof ExprStmt es) {
                        recvExpr = es.x();
                    } else if (comm instanceof AssignStmt as && as.rhs().size() == 1) {
                        recvExpr = as.rhs().get(0);
                        lhs = as.lhs();
                        define = as.op() == Token.DEFINE;
                    } else {
                        check.error(comm, "select case must be receive, send or assign recv");
                        continue;
                    }
                    while (recvExpr instanceof ParenExpr p) {
                        recvExpr = p.x();
                    }
                    if (!(recvExpr instanceof UnaryExpr u) || u.op() != Token.ARROW) {
                        check.error(comm, "select case must be receive, send or assign recv");
                        continue;
                    }
                    Operand ch = check.exprs.single(u.x());
                    if (ch.invalid() || !(ch.type.underlying() instanceof ChanType ct)) {
                        if (!ch.invalid()) {
                            check.error(u.x(), "invalid operation: cannot receive from non-channel " + describe(ch));
                        }
                        invalidRecv(lhs, define);
                        check.stmts.stmtList(cc.body()); // types2 checks the body all the same
                        continue;
                    }
                    chans.add(check.exprs.valueNode(ch));
                    caseLines.add(cc.line());
                    sends.add(null);
                    ExprNode value = ct.elem.isAggregate() ? new CopyNode(new ReadLocalNode(valueSlot, Rep.OBJECT)) : new ReadLocalNode(valueSlot, Rep.OBJECT);
                    ExprNode ok = new ReadLocalNode(okSlot, Rep.OBJECT);
                    Type[] types = {ct.elem, Basic.BOOL};
                    ExprNode[] srcs = {value, ok};
                    for (int i = 0; i < lhs.size() && i < 2; i++) {
                        Expr l = lhs.get(i);
                        if (l instanceof Ident id && id.name().equals("_")) {
                            continue;
                        }
                        if (define) {
                            if (!(l instanceof Ident id)) {
                                check.error(l, "non-name " + exprString(l) + " on left side of :=");
                                continue;
                            }
                            Entity.Var v = check.assigns.newLocal(id, types[i]);
                            body.add(check.exprs.declareLocal(v, srcs[i]));
                        } else {
                            LValue lv = check.assigns.lhs(l);
                            if (lv == null || lv == INVALID_LV) {
                                continue;
                            }
                            Operand src = Operand.value(l, i == 0 ? ct.elem : Basic.UNTYPED_BOOL, srcs[i]);
                            src.fresh = true;
                            body.add(lv.write(check.exprs.assign(src, lv.shownType(), "assignment")));
                        }
                    }
                }
                for (StmtNode st : check.stmts.stmtList(cc.body())) {
                    body.add(st);
                }
                bodies.add(new BlockNode(body.toArray(new StmtNode[0])));
            } finally {
                check.scope = saved;
            }
        }
        boolean hasDefault = defaultBody != null;
        if (hasDefault) {
            bodies.add(defaultBody);
        }
        StmtNode sel = new SelectNode(chans.toArray(new ExprNode[0]), sends.toArray(new ExprNode[0]),
                bodies.toArray(new StmtNode[0]), hasDefault, valueSlot, okSlot);
        ((SelectNode) sel).caseLines = caseLines.stream().mapToInt(Integer::intValue).toArray();
        return new BreakableNode(sel, target);
    }

    // exposed to DeferCompiler
    Operand exprForDefer(Expr e) {
        return check.exprs.expr(e);
    }

    FuncContext currentFn() {
        return check.fn;
    }

    Map<Named.Method, FuncDef> methodDefsForDefer() {
        return check.calls.methodDefs;
    }
}
