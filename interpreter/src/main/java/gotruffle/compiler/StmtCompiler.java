package gotruffle.compiler;

import gotruffle.nodes.ExprNode;
import gotruffle.nodes.StmtNode;
import gotruffle.nodes.conc.ChanNodes;
import gotruffle.nodes.expr.ConstNode;
import gotruffle.nodes.expr.CopyNode;
import gotruffle.nodes.expr.LogicalNode;
import gotruffle.nodes.expr.NilCompareNode;
import gotruffle.nodes.expr.TypeAssertNode;
import gotruffle.nodes.expr.TypeTestNode;
import gotruffle.nodes.local.ReadLocalNode;
import gotruffle.nodes.local.Rep;
import gotruffle.nodes.stmt.*;
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
import gotruffle.types.Slice;
import gotruffle.types.Tuple;
import gotruffle.types.Type;
import gotruffle.types.TypeSets;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import gotruffle.compiler.ExprCompiler.VarLValue;

import static gotruffle.compiler.Constants.*;
import static gotruffle.compiler.ExprStrings.*;
import static gotruffle.compiler.ExprCompiler.*;
import static gotruffle.compiler.AssignCompiler.*;

/** Statements: scopes, assignments, control flow, and Go's statement-level checks. */
final class StmtCompiler {
    final Checker check;

    /** Innermost-first targets of unlabeled break and continue. */
    protected Deque<Object> breakTargets = new ArrayDeque<>();
    protected Deque<Object> continueTargets = new ArrayDeque<>();
    /** Local variables declared in the current function, for "declared but not used". */
    protected List<Entity.Var> locals = new ArrayList<>();

    StmtCompiler(Checker check) {
        this.check = check;
    }

    StmtNode block(List<Stmt> stmts) {
        Scope saved = check.scope;
        check.scope = new Scope(check.scope, null);
        try {
            return new BlockNode(stmtList(stmts));
        } finally {
            check.scope = saved;
        }
    }

    StmtNode[] stmtList(List<Stmt> stmts) {
        boolean labels = false;
        for (Stmt s : stmts) {
            labels |= s instanceof LabeledStmt;
        }
        if (labels) {
            // one node per source statement, so that goto can resume at a labeled one
            List<StmtNode> out = new ArrayList<>();
            List<Object> targets = new ArrayList<>();
            for (Stmt s : stmts) {
                List<StmtNode> one = new ArrayList<>();
                stmt(s, one);
                out.add(one.size() == 1 ? one.get(0) : new BlockNode(one.toArray(new StmtNode[0])));
                targets.add(s instanceof LabeledStmt l ? check.fn.gotoTarget(l.label()) : null);
            }
            return new StmtNode[]{new GotoBlockNode(out.toArray(new StmtNode[0]), targets.toArray())};
        }
        List<StmtNode> out = new ArrayList<>();
        for (Stmt s : stmts) {
            stmt(s, out);
        }
        return out.toArray(new StmtNode[0]);
    }

    void stmt(Stmt s, List<StmtNode> out) {
        int first = out.size();
        stmtNodes(s, out);
        for (int i = first; i < out.size(); i++) {
            if (out.get(i).line == 0) {
                out.get(i).line = s.line();
            }
        }
    }

    private void stmtNodes(Stmt s, List<StmtNode> out) {
        switch (s) {
            case EmptyStmt e -> { }
            case BlockStmt b -> out.add(block(b.stmts()));
            case ExprStmt e -> exprStmt(e, out);
            case AssignStmt a -> check.assigns.assignStmt(a, out);
            case IncDecStmt i -> check.assigns.incDec(i, out);
            case DeclStmt d -> check.decls.localDecl(d.decl(), out);
            case IfStmt i -> out.add(ifStmt(i));
            case ForStmt f -> out.add(forStmt(f, null));
            case RangeStmt r -> out.add(rangeStmt(r, null));
            case SwitchStmt sw -> out.add(switchStmt(sw, null));
            case TypeSwitchStmt ts -> out.add(typeSwitch(ts, null));
            case SelectStmt sel -> {
                Object target = new Object();
                breakTargets.push(target);
                try {
                    out.add(check.conc.selectStmt(sel, target));
                } finally {
                    breakTargets.pop();
                }
            }
            case ReturnStmt r -> out.add(returnStmt(r));
            case BranchStmt b -> out.add(branch(b));
            case LabeledStmt l -> out.add(labeled(l));
            case GoStmt g -> out.add(check.conc.goStmt(g));
            case DeferStmt d -> out.add(check.conc.deferStmt(d));
            case SendStmt snd -> out.add(check.conc.sendStmt(snd));
        }
    }

    void exprStmt(ExprStmt e, List<StmtNode> out) {
        Operand o = check.exprs.expr(e.x());
        if (o.invalid()) {
            return;
        }
        if (o.mode == Operand.Mode.PACKAGE || o.mode == Operand.Mode.BUILTIN) {
            check.exprs.single(o, e.x()); // reports "must be called" / "not in selector"
            return;
        }
        Expr x = e.x();
        while (x instanceof ParenExpr p) {
            x = p.x();
        }
        boolean isCall = x instanceof CallExpr;
        boolean isRecv = x instanceof UnaryExpr u && u.op() == Token.ARROW;
        if (isCall && o.mode != Operand.Mode.TYPE) {
            CallExpr c = (CallExpr) x;
            Operand f = null;
            if (o.mode == Operand.Mode.CONST || (o.mode == Operand.Mode.VALUE && isBuiltinValue(c))) {
                check.error(e.x(), (o.mode == Operand.Mode.CONST ? exprString(e.x()) + " (" + describeConstKind(o) + ")" : describe(o)) + " is not used");
                return;
            }
        }
        if (!isCall && !isRecv) {
            String what = o.mode == Operand.Mode.CONST ? describe(o) : o.mode == Operand.Mode.TYPE ? exprString(e.x()) + " (type)" : describe(o);
            check.error(e.x(), what + " is not used");
            return;
        }
        if (o.node instanceof ChanNodes.Recv2 r) {
            out.add(r.asStatement());
        } else if (o.node != null) {
            out.add(new ExprStmtNode(o.node));
        }
    }

    private String describeConstKind(Operand o) {
        return o.type.isUntyped() ? o.type + " constant " + o.value : "constant " + o.value + " of type " + o.type;
    }

    private boolean isBuiltinValue(CallExpr c) {
        if (c.fun() instanceof Ident id && check.scope.lookup(id.name()) instanceof Entity.Builtin b) {
            return switch (b.name) {
                case "len", "cap", "append", "make", "new", "complex", "real", "imag" -> true;
                default -> false;
            };
        }
        return false;
    }

    // ---- control flow ----

    ExprNode cond(Expr e, String what) {
        Operand c = check.exprs.single(e);
        if (c.invalid()) {
            return new ConstNode(false);
        }
        if (!c.type.isBoolean()) {
            check.error(e, "non-boolean condition in " + what + " statement");
            return new ConstNode(false);
        }
        return check.exprs.valueNode(c);
    }

    StmtNode ifStmt(IfStmt i) {
        Scope saved = check.scope;
        check.scope = new Scope(check.scope, null);
        try {
            List<StmtNode> init = new ArrayList<>();
            if (i.init() != null) {
                stmt(i.init(), init);
            }
            ExprNode c = cond(i.cond(), "if");
            StmtNode then = block(i.then().stmts());
            StmtNode els = null;
            if (i.els() instanceof IfStmt ei) {
                els = ifStmt(ei);
            } else if (i.els() instanceof BlockStmt eb) {
                els = block(eb.stmts());
            }
            StmtNode n = new IfNode(c, then, els);
            if (init.isEmpty()) {
                return n;
            }
            init.add(n);
            return new BlockNode(init.toArray(new StmtNode[0]));
        } finally {
            check.scope = saved;
        }
    }

    StmtNode forStmt(ForStmt f, Object target) {
        if (target == null) {
            target = new Object();
        }
        Scope saved = check.scope;
        check.scope = new Scope(check.scope, null);
        breakTargets.push(target);
        continueTargets.push(target);
        try {
            List<StmtNode> init = new ArrayList<>();
            if (f.init() != null) {
                stmt(f.init(), init);
            }
            ExprNode c = f.cond() == null ? null : cond(f.cond(), "for");
            List<StmtNode> post = new ArrayList<>();
            if (f.post() != null) {
                if (f.post() instanceof AssignStmt as && as.op() == Token.DEFINE) {
                    check.error(f.post(), "cannot declare in post statement of for loop");
                } else {
                    stmt(f.post(), post);
                }
            }
            StmtNode body = block(f.body().stmts());
            StmtNode initNode = init.isEmpty() ? null : new BlockNode(init.toArray(new StmtNode[0]));
            StmtNode postNode = post.isEmpty() ? null : new BlockNode(post.toArray(new StmtNode[0]));
            return new ForNode(initNode, c, postNode, body, target);
        } finally {
            breakTargets.pop();
            continueTargets.pop();
            check.scope = saved;
        }
    }

    StmtNode rangeStmt(RangeStmt r, Object target) {
        if (target == null) {
            target = new Object();
        }
        Operand x = check.exprs.single(r.x());
        if (x.invalid()) {
            return invalidRange(r, target);
        }
        Type t = x.type;
        Type u = TypeSets.core(t);
        if (u == null) {
            check.error(r.x(), "cannot range over " + describe(x) + " (" + t + " has no core type)");
            return invalidRange(r, target);
        }
        if (u instanceof Pointer p && p.elem.underlying() instanceof Array) {
            u = p.elem.underlying();
        }
        if (r.extra() != null && !(u instanceof ChanType)) {
            // types2 goes on without the extra variables (a channel's second one is reported below)
            check.error(r.extra(), "range clause permits at most two iteration variables");
        }
        RangeNode.Kind kind;
        Type keyT, valT;
        if (u instanceof Slice s) {
            kind = RangeNode.Kind.SLICE;
            keyT = Basic.INT;
            valT = s.elem;
        } else if (u instanceof Array a) {
            kind = RangeNode.Kind.SLICE;
            keyT = Basic.INT;
            valT = a.elem;
        } else if (u.isString()) {
            kind = RangeNode.Kind.STRING;
            keyT = Basic.INT;
            valT = Basic.INT32;
        } else if (u instanceof MapType m) {
            kind = RangeNode.Kind.MAP;
            keyT = m.key;
            valT = m.elem;
        } else if (u instanceof ChanType c) {
            kind = RangeNode.Kind.CHAN;
            keyT = c.elem;
            valT = null;
            if (r.value() != null) {
                // types2 goes on: the key is the element, the value variable is invalid (and used)
                check.error(r.value(), "range over " + describe(x) + " permits only one iteration variable");
            }
            if (c.dir == ChanType.SEND) {
                // types2 goes on with the element as the key's type
                check.error(r.x(), "cannot range over " + describe(x) + " (receive from send-only channel)");
            }
        } else {
            check.error(r.x(), "cannot range over " + describe(x));
            return invalidRange(r, target);
        }
        Scope saved = check.scope;
        check.scope = new Scope(check.scope, null);
        breakTargets.push(target);
        continueTargets.push(target);
        try {
            int indexSlot = check.fn.newSlot(Rep.LONG);
            int keySlot = check.fn.newSlot(Rep.OBJECT);
            // numeric elements and runes stay unboxed from the store to the value variable
            Rep valueRep = kind == RangeNode.Kind.SLICE || kind == RangeNode.Kind.STRING ? RangeNode.valueRep(valT) : Rep.OBJECT;
            int valueSlot = check.fn.newSlot(valueRep);
            int stateSlot = check.fn.newSlot(Rep.OBJECT);
            // what the key variable reads: the index (slices, strings), the map key, or the received value (channels)
            ExprNode keySrc = switch (kind) {
                case SLICE, STRING -> new ReadLocalNode(indexSlot, Rep.LONG);
                case MAP -> new ReadLocalNode(keySlot, Rep.OBJECT);
                case CHAN -> new ReadLocalNode(valueSlot, Rep.OBJECT);
            };
            ExprNode valSrc = new ReadLocalNode(valueSlot, valueRep);
            List<StmtNode> assigns = new ArrayList<>();
            // Go 1.19: the iteration variables are declared once for the whole loop (closures share them)
            List<StmtNode> declared = new ArrayList<>();
            rangeDecls = declared;
            boolean needValue = r.value() != null && !(r.value() instanceof Ident vi && vi.name().equals("_"));
            // types2: a string's runes are of type rune; elements keep byte/rune as written
            Type shownVal = valT == null ? null : u.isString() ? Basic.RUNE : check.compositeLits.shownElem(x, valT);
            if (r.define()) {
                if (r.key() != null) {
                    rangeVar(r.key(), keyT, null, keySrc, assigns, true);
                }
                if (r.value() != null && valT == null) {
                    check.assigns.declareInvalid(r.value() instanceof Ident vi ? List.of(vi) : List.of());
                } else if (r.value() != null) {
                    rangeVar(r.value(), valT, shownVal, valSrc, assigns, true);
                }
            } else {
                // k, v = range x assigns like a parallel assignment: both locations' operands first
                List<StmtNode> writes = new ArrayList<>();
                if (r.key() != null) {
                    rangeVar(r.key(), keyT, null, keySrc, writes, false);
                }
                if (r.value() != null && valT != null) {
                    rangeVar(r.value(), valT, shownVal, valSrc, writes, false);
                }
                assigns.addAll(rangeStabilized);
                assigns.addAll(writes);
                rangeStabilized.clear();
            }
            StmtNode body = block(r.body().stmts());
            StmtNode assign = assigns.isEmpty() ? null : new BlockNode(assigns.toArray(new StmtNode[0]));
            RangeNode.ChanReceiver recv = kind == RangeNode.Kind.CHAN ? check.conc.rangeReceiver(((ChanType) u).elem) : null;
            boolean copyArray = u instanceof Array && !(t.underlying() instanceof Pointer) && needValue;
            long arrayPtrLen = t.underlying() instanceof Pointer && u instanceof Array a ? a.len : -1;
            ExprNode xn = kind == RangeNode.Kind.STRING ? ExprCompiler.stringView(check.exprs.valueNode(x)) : check.exprs.valueNode(x); // a string is ranged over in place
            StmtNode loop = new RangeNode(kind, xn, indexSlot, keySlot, valueSlot, valueRep, stateSlot, needValue || kind == RangeNode.Kind.MAP, copyArray, assign, body, target, recv, arrayPtrLen);
            if (declared.isEmpty()) {
                return loop;
            }
            declared.add(loop);
            return new BlockNode(declared.toArray(new StmtNode[0]));
        } finally {
            breakTargets.pop();
            continueTargets.pop();
            check.scope = saved;
        }
    }

    /**
     * A range statement whose operand is invalid or cannot be ranged over: as types2, its body is
     * still checked (its own errors reported, the variables it uses used), with the iteration
     * variables declared invalid and used, so that no follow-on error names them.
     */
    private StmtNode invalidRange(RangeStmt r, Object target) {
        Scope saved = check.scope;
        check.scope = new Scope(check.scope, null);
        breakTargets.push(target);
        continueTargets.push(target);
        try {
            if (r.define()) {
                List<Ident> names = new ArrayList<>();
                for (Expr e : new Expr[] {r.key(), r.value()}) {
                    if (e instanceof Ident id) {
                        names.add(id);
                    }
                }
                check.assigns.declareInvalid(names);
            }
            block(r.body().stmts());
            return new BlockNode(new StmtNode[0]);
        } finally {
            breakTargets.pop();
            continueTargets.pop();
            check.scope = saved;
        }
    }

    /** Declarations of the range statement being compiled, run once before its loop. */
    private List<StmtNode> rangeDecls;

    /** Operands of a range statement's assigned locations, evaluated each iteration before the assignments. */
    private final List<StmtNode> rangeStabilized = new ArrayList<>();

    /** An iteration variable e of type t (shown: t as types2 prints it, or null) declared or assigned from src. */
    private void rangeVar(Expr e, Type t, Type shown, ExprNode src, List<StmtNode> out, boolean define) {
        if (e instanceof Ident id && id.name().equals("_")) {
            return;
        }
        Operand v = Operand.value(e, t, src);
        v.shown = shown;
        if (define) {
            if (!(e instanceof Ident id)) {
                check.error(e, "non-name " + exprString(e) + " on left side of :=");
                return;
            }
            Entity.Var var = check.assigns.newLocal(id, t);
            if (shown != null && var.type == t) {
                var.shown = shown;
            }
            rangeDecls.add(check.exprs.declareLocal(var, null));
            out.add(check.exprs.writeVar(var, t.isAggregate() ? new CopyNode(src) : src));
        } else {
            LValue lv = check.assigns.lhs(e);
            if (lv == null || lv == INVALID_LV) {
                return;
            }
            lv = lv.stabilize(rangeStabilized);
            // types2 assigns as in x = v, the location standing for the value in messages
            out.add(lv.write(check.exprs.assign(v, lv.type(), "assignment")));
        }
    }

    StmtNode switchStmt(SwitchStmt sw, Object target) {
        if (target == null) {
            target = new Object();
        }
        Scope saved = check.scope;
        check.scope = new Scope(check.scope, null);
        breakTargets.push(target);
        try {
            List<StmtNode> pre = new ArrayList<>();
            if (sw.init() != null) {
                stmt(sw.init(), pre);
            }
            Operand tag = null;
            ExprNode tagRead = null;
            Type tagType = Basic.BOOL;
            if (sw.tag() != null) {
                tag = check.exprs.single(sw.tag());
                if (!tag.invalid()) {
                    if (tag.mode == Operand.Mode.NIL) {
                        check.error(sw.tag(), "use of untyped nil in switch expression");
                    } else {
                        tagType = defaultType(tag.type);
                        tagRead = check.exprs.temp(check.exprs.valueNode(tag), Rep.OBJECT, pre);
                    }
                }
            } else {
                // types2: a missing switch expression is the typed constant true (so `case b` with b
                // of a named bool type is a mismatch, and an interface case compares with true)
                tag = Operand.constant(new Ident(sw.line(), sw.col(), "true"), Basic.BOOL, Const.ofBool(true));
                tagRead = new ConstNode(true);
            }
            int n = sw.clauses().size();
            ExprNode[] conds = new ExprNode[n];
            StmtNode[] bodies = new StmtNode[n];
            boolean[] fall = new boolean[n];
            int def = -1;
            Map<List<Object>, Expr> seen = new HashMap<>(); // constant case values: types2's duplicate check
            for (int i = 0; i < n; i++) {
                CaseClause cc = sw.clauses().get(i);
                if (cc.exprs() == null) {
                    if (def >= 0) {
                        check.error(cc, "multiple defaults in switch");
                    }
                    def = i;
                } else {
                    ExprNode c = null;
                    for (Expr e : cc.exprs()) {
                        ExprNode one;
                        one = caseCompare(tag, tagType, tagRead, e, seen);
                        c = c == null ? one : new LogicalNode(false, c, one);
                    }
                    conds[i] = c;
                }
                Scope cs = check.scope;
                check.scope = new Scope(check.scope, null);
                try {
                    List<Stmt> body = cc.body();
                    if (!body.isEmpty() && body.get(body.size() - 1) instanceof BranchStmt b && b.tok() == Token.FALLTHROUGH) {
                        if (i == n - 1) {
                            check.error(b, "cannot fallthrough final case in switch");
                        }
                        fall[i] = true;
                        body = body.subList(0, body.size() - 1);
                    }
                    bodies[i] = new BlockNode(stmtList(body));
                } finally {
                    check.scope = cs;
                }
            }
            StmtNode sn = new BreakableNode(new SwitchNode(conds, bodies, fall, def), target);
            pre.add(sn);
            return new BlockNode(pre.toArray(new StmtNode[0]));
        } finally {
            breakTargets.pop();
            check.scope = saved;
        }
    }

    private ExprNode caseCompare(Operand tag, Type tagType, ExprNode tagRead, Expr e, Map<List<Object>, Expr> seen) {
        Operand c = check.exprs.single(e);
        if (c.invalid() || tag == null || tag.invalid() || tagRead == null) {
            return new ConstNode(false);
        }
        // types2's caseValues: the case value is converted to the tag's type, then compared with it
        Type tu = tagType.underlying();
        if (c.mode == Operand.Mode.CONST && c.type.isUntyped() && !(tu instanceof Interface)) {
            boolean ok = tu.isBoolean() ? c.type == Basic.UNTYPED_BOOL : tu.isString() ? c.type == Basic.UNTYPED_STRING
                    : tu.isNumeric() && c.type.isNumeric();
            if (!ok) {
                check.error(e, "cannot convert " + describe(c) + " to " + tagType);
                return new ConstNode(false);
            }
        }
        if (!c.type.isUntyped() && c.mode != Operand.Mode.NIL && c.type != tagType && !Predicates.assignableTo(c.type, tagType) && !Predicates.assignableTo(tagType, c.type)) {
            check.error(e, "invalid case " + exprString(e) + " in switch on " + exprString(tag.expr) + " (mismatched types " + c.shownType() + " and " + tag.shownType() + ")");
            return new ConstNode(false);
        }
        duplicateCase(c, tag, tagType, e, seen);
        Operand t = Operand.value(tag.expr, tagType, tagRead);
        BinaryExpr be = new BinaryExpr(e.line(), e.col(), Token.EQL, e, tag.expr);
        pendingTag = t;
        pendingCase = c;
        try {
            Operand r = check.operators.binary(be);
            return r.invalid() ? new ConstNode(false) : check.exprs.valueNode(r.mode == Operand.Mode.CONST ? r : r);
        } finally {
            pendingTag = null;
            pendingCase = null;
        }
    }

    private Operand pendingTag, pendingCase;

    /**
     * types2: an integer, float or string constant case equal to an earlier one of the same type (after
     * conversion to the tag's type, or to its default type for an interface tag) is an error.
     */
    private void duplicateCase(Operand c, Operand tag, Type tagType, Expr e, Map<List<Object>, Expr> seen) {
        if (c.mode != Operand.Mode.CONST || c.value.k == Const.K.BOOL || c.value.k == Const.K.COMPLEX || check.inInstance) {
            return;
        }
        Type ct = !c.type.isUntyped() ? c.type : tagType.isInterface() ? defaultType(c.type) : tagType;
        Const v = representable(c.value, ct);
        if (v == null) {
            return; // reported by the comparison
        }
        Expr prev = seen.putIfAbsent(List.of(ct, v), e);
        if (prev != null) {
            Operand shown = Operand.constant(e, ct, v);
            shown.shown = c.type.isUntyped() && ct == tagType ? tag.shownType() : c.shownType(); // byte, not uint8
            check.error(e, "duplicate case " + describe(shown) + " in expression switch" + previousCase(prev));
        }
    }

    private String previousCase(Node prev) {
        return "\n\t" + check.curPath + ":" + prev.line() + ":" + prev.col() + ": previous case";
    }

    /** The operand of a switch tag or case compiled ahead (ExprCompiler.single asks here first), else null. */
    Operand takePendingCase(Expr e) {
        if (pendingCase != null && e == pendingCase.expr) {
            Operand o = pendingCase;
            pendingCase = null;
            return o;
        }
        if (pendingTag != null && e == pendingTag.expr) {
            Operand o = pendingTag;
            pendingTag = null;
            return o;
        }
        return null;
    }

    StmtNode typeSwitch(TypeSwitchStmt ts, Object target) {
        if (target == null) {
            target = new Object();
        }
        Scope saved = check.scope;
        check.scope = new Scope(check.scope, null);
        breakTargets.push(target);
        try {
            List<StmtNode> pre = new ArrayList<>();
            if (ts.init() != null) {
                stmt(ts.init(), pre);
            }
            Operand x = check.exprs.single(ts.x());
            if (x.invalid()) {
                return new BlockNode(pre.toArray(new StmtNode[0]));
            }
            if (!(x.type.underlying() instanceof Interface xi)) {
                check.error(ts.x(), exprString(ts.x()) + " (" + (x.isVar ? "variable" : "value") + " of type " + x.type + ") is not an interface");
                return new BlockNode(pre.toArray(new StmtNode[0]));
            }
            ExprNode xv = check.exprs.temp(check.exprs.valueNode(x), Rep.OBJECT, pre);
            int n = ts.clauses().size();
            ExprNode[] conds = new ExprNode[n];
            StmtNode[] bodies = new StmtNode[n];
            int def = -1;
            List<Entity.Var> bindVars = new ArrayList<>();
            Map<Type, Expr> seenTypes = new HashMap<>();
            for (int i = 0; i < n; i++) {
                CaseClause cc = ts.clauses().get(i);
                Type single = null;
                if (cc.exprs() == null) {
                    def = i;
                } else {
                    ExprNode c = null;
                    for (Expr e : cc.exprs()) {
                        ExprNode one;
                        if (e instanceof Ident id && id.name().equals("nil") && check.scope.lookup("nil") instanceof Entity.Nil) {
                            one = new NilCompareNode(xv, true);
                            single = cc.exprs().size() == 1 ? x.type : null;
                        } else {
                            Type t = check.typeExprs.typeOf(e);
                            if (t == Basic.INVALID) {
                                continue;
                            }
                            if (!t.isInterface() && !Lookup.implementsIface(t, xi) && !check.inInstance) {
                                check.error(e, "impossible type switch case: " + exprString(e) + "\n\t" + exprString(ts.x()) + " (" + (x.isVar ? "variable" : "value") + " of type " + x.type + ") cannot have dynamic type " + t + missingMethod(check, t, xi));
                                continue;
                            }
                            // an instance's type arguments may coincide (case T, int with T = int): Go checks the generic body
                            Expr prev = check.inInstance ? null : seenTypes.putIfAbsent(t, e);
                            if (prev != null) {
                                check.error(e, "duplicate case " + t + " in type switch" + previousCase(prev));
                            }
                            one = new TypeTestNode(xv, t, x.type);
                            if (cc.exprs().size() == 1) {
                                single = t;
                            }
                        }
                        c = c == null ? one : new LogicalNode(false, c, one);
                    }
                    conds[i] = c == null ? new ConstNode(false) : c;
                }
                Scope cs = check.scope;
                check.scope = new Scope(check.scope, null);
                try {
                    List<StmtNode> body = new ArrayList<>();
                    if (ts.bind() != null) {
                        Type vt = single != null ? single : x.type;
                        Entity.Var v = new Entity.Var(ts.bind().name(), ts.bind().line(), ts.bind().col(), vt, check.fn);
                        check.scope.declare(v);
                        bindVars.add(v);
                        ExprNode init = vt.isInterface() ? xv : new TypeAssertNode(xv, x.type, vt, false);
                        if (single != null && !vt.isInterface()) {
                            init = new TypeAssertNode(xv, x.type, vt, false);
                        } else if (single != null && vt.isInterface() && vt != x.type) {
                            init = xv;
                        }
                        body.add(check.exprs.declareLocal(v, init));
                    }
                    for (StmtNode s : stmtList(cc.body())) {
                        body.add(s);
                    }
                    bodies[i] = new BlockNode(body.toArray(new StmtNode[0]));
                } finally {
                    check.scope = cs;
                }
            }
            if (ts.bind() != null) {
                boolean used = bindVars.stream().anyMatch(v -> v.used);
                if (!used && !check.curPkg.importsUnsupported()) {
                    check.error(ts.bind(), ts.bind().name() + " declared but not used");
                }
            }
            pre.add(new BreakableNode(new SwitchNode(conds, bodies, new boolean[n], def), target));
            return new BlockNode(pre.toArray(new StmtNode[0]));
        } finally {
            breakTargets.pop();
            check.scope = saved;
        }
    }

    StmtNode returnStmt(ReturnStmt r) {
        List<Entity.Var> results = check.fn.results;
        List<Expr> rs = r.results();
        if (rs.isEmpty()) {
            if (!results.isEmpty() && !check.fn.namedResults) {
                check.error(r, "not enough return values\n\thave ()\n\twant " + tupleString(shownResults()));
            }
            return new ReturnNode(new StmtNode[0]);
        }
        if (results.isEmpty()) {
            check.error(rs.get(0), "too many return values\n\thave (" + haveList(rs) + ")\n\twant ()");
            return new ReturnNode(new StmtNode[0]);
        }
        if (rs.size() == 1 && results.size() > 1) {
            Operand o = check.exprs.expr(rs.get(0));
            if (o.invalid()) {
                return new ReturnNode(new StmtNode[0]);
            }
            if (o.type instanceof Tuple tu && tu.types.size() == results.size()) {
                List<StmtNode> out = new ArrayList<>();
                List<LValue> lvs = new ArrayList<>();
                for (Entity.Var v : results) {
                    lvs.add(check.exprs.new VarLValue(v));
                }
                check.assigns.multiAssign(r, lvs, o, out, results.size(), false);
                return new ReturnNode(out.toArray(new StmtNode[0]));
            }
            check.error(rs.get(0), "not enough return values\n\thave (" + haveTypes(List.of(o)) + ")\n\twant " + tupleString(shownResults()));
            return new ReturnNode(new StmtNode[0]);
        }
        if (rs.size() != results.size()) {
            List<Operand> ops = new ArrayList<>();
            for (Expr e : rs) {
                ops.add(check.exprs.expr(e));
            }
            String msg = rs.size() < results.size() ? "not enough return values" : "too many return values";
            // types2: at the first extra value, or at the last one when values are missing
            check.error(rs.get(Math.min(results.size(), rs.size() - 1)), msg + "\n\thave (" + haveTypes(ops) + ")\n\twant " + tupleString(shownResults()));
            return new ReturnNode(new StmtNode[0]);
        }
        List<StmtNode> pre = new ArrayList<>();
        List<StmtNode> stores = new ArrayList<>();
        for (int i = 0; i < rs.size(); i++) {
            Operand o = check.exprs.single(rs.get(i));
            if (o.invalid()) {
                continue;
            }
            ExprNode v = check.exprs.assign(o, results.get(i).shown != null ? results.get(i).shown : results.get(i).type, "return statement");
            if (rs.size() > 1) {
                // all results are evaluated before any is stored (a named result may appear on the right)
                v = check.exprs.temp(results.get(i).type.isAggregate() ? new CopyNode(v) : v, Rep.of(results.get(i).type), pre);
            }
            if (rs.size() == 1 && !results.get(0).boxed && results.get(0).type.underlying() == Basic.STRING) {
                v = ExprCompiler.stringView(v); // FuncRootNode flattens it unless the caller takes a view
            }
            stores.add(check.exprs.writeVar(results.get(i), v));
        }
        pre.addAll(stores);
        return new ReturnNode(pre.toArray(new StmtNode[0]));
    }

    private String haveList(List<Expr> rs) {
        List<Operand> ops = new ArrayList<>();
        for (Expr e : rs) {
            ops.add(check.exprs.expr(e));
        }
        return haveTypes(ops);
    }

    String haveTypes(List<Operand> ops) {
        List<String> s = new ArrayList<>();
        for (Operand o : ops) {
            // types2's typesSummary: an untyped numeric operand is a "number", others lose "untyped "
            Type t = o.type;
            s.add(!t.isUntyped() ? o.shownType().toString() : t.isNumeric() ? "number" : t.toString().replace("untyped ", ""));
        }
        return String.join(", ", s);
    }

    /** The result types of the current function as written (byte/rune kept), for messages. */
    private List<Type> shownResults() {
        List<Type> ts = new ArrayList<>();
        for (Entity.Var v : check.fn.results) {
            ts.add(v.shown != null ? v.shown : v.type);
        }
        return ts;
    }

    static String tupleString(List<Type> ts) {
        return "(" + String.join(", ", ts.stream().map(Type::toString).toList()) + ")";
    }

    /** break or continue: to the labeled statement's target, else to the innermost one. */
    private StmtNode jump(BranchStmt b, boolean isBreak) {
        Object t;
        if (b.label() != null) {
            check.fn.gotoUsed.add(b.label());
            FuncContext.Label l = check.fn.labels.get(b.label());
            t = l == null ? null : isBreak ? l.breakTarget() : l.continueTarget();
            if (t == null) {
                // Go's syntax checks (branches.go), at the label
                check.error(b.labelLine(), b.labelCol(), l == null ? b.tok() + " label not defined: " + b.label()
                        : "invalid " + b.tok() + " label " + b.label());
                return new BlockNode(new StmtNode[0]);
            }
        } else {
            t = (isBreak ? breakTargets : continueTargets).peek();
            if (t == null) {
                check.error(b, isBreak ? "break is not in a loop, switch, or select" : "continue is not in a loop");
                return new BlockNode(new StmtNode[0]);
            }
        }
        return new JumpNode(isBreak, t);
    }

    StmtNode branch(BranchStmt b) {
        switch (b.tok()) {
            case BREAK -> {
                return jump(b, true);
            }
            case CONTINUE -> {
                return jump(b, false);
            }
            case FALLTHROUGH -> {
                check.error(b, "fallthrough statement out of place");
                return new BlockNode(new StmtNode[0]);
            }
            default -> {
                check.fn.gotoUsed.add(b.label());
                check.fn.gotoSites.add(b);
                return new JumpNode(check.fn.gotoTarget(b.label()));
            }
        }
    }

    /** Go's label checks at the end of a function: undefined goto targets, labels never used. */
    void checkLabels() {
        for (BranchStmt g : check.fn.gotoSites) {
            if (!check.fn.declaredLabels.containsKey(g.label())) {
                check.error(g.labelLine(), g.labelCol(), "label " + g.label() + " not defined");
            }
        }
        for (var e : check.fn.declaredLabels.entrySet()) {
            if (!check.fn.gotoUsed.contains(e.getKey())) {
                check.error(e.getValue(), "label " + e.getKey() + " defined and not used");
            }
        }
    }

    StmtNode labeled(LabeledStmt l) {
        if (check.fn.declaredLabels.containsKey(l.label())) {
            check.error(l, "label " + l.label() + " already defined");
        }
        check.fn.declaredLabels.put(l.label(), l);
        Object target = new Object();
        Stmt s = l.stmt();
        boolean loop = s instanceof ForStmt || s instanceof RangeStmt;
        boolean breakable = loop || s instanceof SwitchStmt || s instanceof TypeSwitchStmt || s instanceof SelectStmt;
        check.fn.labels.put(l.label(), new FuncContext.Label(breakable ? target : null, loop ? target : null));
        try {
            return switch (s) {
                case ForStmt f -> forStmt(f, target);
                case RangeStmt r -> rangeStmt(r, target);
                case SwitchStmt sw -> switchStmt(sw, target);
                case TypeSwitchStmt ts -> typeSwitch(ts, target);
                case SelectStmt sel -> {
                    breakTargets.push(target);
                    try {
                        yield check.conc.selectStmt(sel, target);
                    } finally {
                        breakTargets.pop();
                    }
                }
                default -> {
                    List<StmtNode> out = new ArrayList<>();
                    stmt(s, out);
                    yield new BreakableNode(new BlockNode(out.toArray(new StmtNode[0])), target);
                }
            };
        } finally {
            // seen but no longer enclosing: "invalid break label" (Go's branches.go), not "not defined"
            check.fn.labels.put(l.label(), new FuncContext.Label(null, null));
        }
    }

    // ---- terminating statements (for "missing return") ----

    static boolean isTerminating(Stmt s) {
        return switch (s) {
            case null -> false;
            case ReturnStmt r -> true;
            case BranchStmt b -> b.tok() == Token.GOTO;
            case ExprStmt e -> e.x() instanceof CallExpr c && c.fun() instanceof Ident id && id.name().equals("panic");
            case BlockStmt b -> !b.stmts().isEmpty() && isTerminating(last(b.stmts()));
            case IfStmt i -> i.els() != null && isTerminating(i.then()) && isTerminating(i.els());
            case ForStmt f -> f.cond() == null && !hasBreak(f.body(), true);
            case LabeledStmt l -> isTerminating(l.stmt()) && !hasLabeledBreak(l.stmt(), l.label());
            case SwitchStmt sw -> {
                boolean hasDefault = false;
                for (CaseClause c : sw.clauses()) {
                    if (c.exprs() == null) {
                        hasDefault = true;
                    }
                    List<Stmt> body = c.body();
                    if (body.isEmpty()) {
                        yield false;
                    }
                    Stmt lst = last(body);
                    boolean ft = lst instanceof BranchStmt b && b.tok() == Token.FALLTHROUGH;
                    if (!ft && !isTerminating(lst)) {
                        yield false;
                    }
                    for (Stmt st : body) {
                        if (hasBreak(st, false)) {
                            yield false;
                        }
                    }
                }
                yield hasDefault;
            }
            case TypeSwitchStmt ts -> {
                boolean hasDefault = false;
                for (CaseClause c : ts.clauses()) {
                    if (c.exprs() == null) {
                        hasDefault = true;
                    }
                    if (c.body().isEmpty() || !isTerminating(last(c.body()))) {
                        yield false;
                    }
                    for (Stmt st : c.body()) {
                        if (hasBreak(st, false)) {
                            yield false;
                        }
                    }
                }
                yield hasDefault;
            }
            case SelectStmt sel -> {
                for (CommClause c : sel.clauses()) {
                    if (c.body().isEmpty() || !isTerminating(last(c.body()))) {
                        yield false;
                    }
                    for (Stmt st : c.body()) {
                        if (hasBreak(st, false)) {
                            yield false;
                        }
                    }
                }
                yield true;
            }
            default -> false;
        };
    }

    private static Stmt last(List<Stmt> l) {
        Stmt s = l.get(l.size() - 1);
        return s;
    }

    /** Whether s contains an unlabeled break referring to the enclosing statement. */
    private static boolean hasBreak(Stmt s, boolean top) {
        return switch (s) {
            case null -> false;
            case BranchStmt b -> b.tok() == Token.BREAK && b.label() == null;
            case BlockStmt b -> b.stmts().stream().anyMatch(x -> hasBreak(x, false));
            case IfStmt i -> hasBreak(i.then(), false) || hasBreak(i.els(), false);
            case LabeledStmt l -> hasBreak(l.stmt(), false);
            default -> false; // nested for/switch/select own their unlabeled breaks
        };
    }

    private static boolean hasLabeledBreak(Stmt s, String label) {
        return switch (s) {
            case null -> false;
            case BranchStmt b -> b.tok() == Token.BREAK && label.equals(b.label());
            case BlockStmt b -> b.stmts().stream().anyMatch(x -> hasLabeledBreak(x, label));
            case IfStmt i -> hasLabeledBreak(i.then(), label) || hasLabeledBreak(i.els(), label);
            case LabeledStmt l -> hasLabeledBreak(l.stmt(), label);
            case ForStmt f -> hasLabeledBreak(f.body(), label);
            case RangeStmt r -> hasLabeledBreak(r.body(), label);
            case SwitchStmt sw -> sw.clauses().stream().anyMatch(c -> c.body().stream().anyMatch(x -> hasLabeledBreak(x, label)));
            case TypeSwitchStmt ts -> ts.clauses().stream().anyMatch(c -> c.body().stream().anyMatch(x -> hasLabeledBreak(x, label)));
            case SelectStmt sel -> sel.clauses().stream().anyMatch(c -> c.body().stream().anyMatch(x -> hasLabeledBreak(x, label)));
            default -> false;
        };
    }
}
