package gotruffle.compiler;

import gotruffle.nodes.ExprNode;
import gotruffle.nodes.StmtNode;
import gotruffle.nodes.call.TupleNodes;
import gotruffle.nodes.expr.ComplexBinaryNode;
import gotruffle.nodes.expr.ConstNode;
import gotruffle.nodes.expr.CopyNode;
import gotruffle.nodes.expr.FloatBinaryNode;
import gotruffle.nodes.expr.IntBinaryNode;
import gotruffle.nodes.local.Rep;
import gotruffle.nodes.local.WriteLocalNode;
import gotruffle.nodes.stmt.*;
import gotruffle.parser.Positions;
import gotruffle.parser.ast.*;
import gotruffle.types.Basic;
import gotruffle.types.Kind;
import gotruffle.types.Tuple;
import gotruffle.types.Type;
import gotruffle.types.TypeSets;
import gotruffle.types.TypeParam;
import gotruffle.values.GlobalVar;
import gotruffle.values.GoComplex;
import gotruffle.values.Values;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import gotruffle.compiler.ExprCompiler.VarLValue;

import static gotruffle.compiler.Constants.*;
import static gotruffle.compiler.ExprStrings.*;

/** Assignments (types2's assignments.go): =, op=, :=, ++/--, tuple assignment and assignability checks on them. */
final class AssignCompiler {
    final Checker check;

    AssignCompiler(Checker check) {
        this.check = check;
    }

    // ---- assignment ----

    /** Checks an assignment target; plain identifiers are not marked "used". */
    LValue lhs(Expr e) {
        Expr x = e;
        while (x instanceof ParenExpr p) {
            x = p.x();
        }
        if (x instanceof Ident id) {
            if (id.name().equals("_")) {
                return null;
            }
            Entity en = check.scope.lookup(id.name());
            if (en instanceof Entity.Var v) {
                if (v.global != null && check.decls.curRefs != null) {
                    check.decls.curRefs.add(v); // an assigned package variable counts for initialization order too
                }
                return check.exprs.new VarLValue(v);
            }
        }
        return lhs(e, check.exprs.expr(e));
    }

    /** The target that e's operand o denotes, or INVALID_LV after saying why it cannot be assigned. */
    private LValue lhs(Expr e, Operand o) {
        if (o.invalid()) {
            return INVALID_LV;
        }
        if (o.lvalue == null) {
            if (o.expr instanceof SelectorExpr sel && Generics.unparen(sel.x()) instanceof IndexExpr
                    && check.exprs.expr(sel.x()).lvalue instanceof ExprCompiler.NodeLValue nl && nl.k == ExprCompiler.NodeLValue.K.MAP) {
                check.error(e, "cannot assign to struct field " + exprString(e) + " in map");
            } else if (o.expr instanceof SelectorExpr || o.expr instanceof IndexExpr) {
                if (o.expr instanceof IndexExpr ix && check.exprs.expr(ix.x()).type.isString()) {
                    check.error(e, "cannot assign to " + exprString(e) + " (value of type byte)");
                } else {
                    check.error(e, "cannot assign to " + exprString(e) + " (value of type " + o.type + ")");
                }
            } else {
                check.error(e, "cannot assign to " + describe(o));
            }
            return INVALID_LV;
        }
        return o.lvalue;
    }

    static final LValue INVALID_LV = new LValue() {
        public Type type() {
            return Basic.INVALID;
        }

        public ExprNode read() {
            return new ConstNode(null);
        }

        public StmtNode write(ExprNode value) {
            return new ExprStmtNode(value);
        }

        public ExprNode addr() {
            return new ConstNode(null);
        }
    };

    void assignStmt(AssignStmt a, List<StmtNode> out) {
        Token op = a.op();
        if (op == Token.DEFINE) {
            shortVarDecl(a, out);
            return;
        }
        if (op != Token.ASSIGN) {
            // x op= y
            if (a.lhs().size() != 1 || a.rhs().size() != 1) {
                check.error(a, "assignment operation " + op + " requires single-valued expressions");
                return;
            }
            LValue lv = lhs(a.lhs().get(0));
            if (lv == null) {
                check.error(a.lhs().get(0), "cannot use _ as value or type");
            }
            if (lv instanceof VarLValue vl) {
                vl.v.used = true;
            }
            if (lv == null || lv == INVALID_LV) {
                check.exprs.expr(a.rhs().get(0)); // types2's binary evaluates both operands first
                return;
            }
            List<StmtNode> pre = new ArrayList<>();
            LValue st = lv.stabilize(pre);
            out.addAll(pre);
            Token bop = op.binaryOp();
            Operand cur = Operand.value(a.lhs().get(0), lv.type(), st.readForUpdate());
            cur.shown = lv.shownType() != lv.type() ? lv.shownType() : null;
            cur.isVar = true;
            Operand r = binaryOn(a, bop, cur, a.rhs().get(0));
            if (r.invalid()) {
                return;
            }
            out.add(st.write(check.exprs.assign(r, lv.shownType(), "assignment")));
            return;
        }
        int nl = a.lhs().size(), nr = a.rhs().size();
        if (nr == 1 && nl > 1) {
            Operand r = check.exprs.expr(a.rhs().get(0));
            if (r.invalid()) {
                return;
            }
            List<LValue> lvs = new ArrayList<>();
            for (Expr l : a.lhs()) {
                lvs.add(lhs(l));
            }
            multiAssign(a, lvs, r, out, nl, false);
            return;
        }
        if (nl != nr) {
            boolean bad = false;
            for (Expr r : a.rhs()) {
                bad |= check.exprs.expr(r).invalid();
            }
            use(a.lhs());
            if (!bad) { // one error is enough
                mismatch(a.rhs(), nl, nr);
            }
            return;
        }
        // types2 checks the right-hand sides before the left (errors come in that order)
        if (nl == 1) {
            Operand r = singleFor(a, a.rhs().get(0), 1);
            if (r.invalid()) {
                use(a.lhs());
                return;
            }
            LValue lv = lhs(a.lhs().get(0));
            if (lv == INVALID_LV) {
                return;
            }
            if (lv == null) {
                ExprNode n = r.mode == Operand.Mode.NIL ? null : check.exprs.valueNode(r);
                if (r.mode == Operand.Mode.NIL) {
                    check.error(a.rhs().get(0), "use of untyped nil in assignment");
                    return;
                }
                out.add(new ExprStmtNode(n));
                return;
            }
            int errs = check.errors.size();
            out.add(lv.write(check.exprs.assign(r, lv.shownType(), "assignment")));
            if (check.errors.size() > errs) {
                usedAfterFailure(List.of(lv));
            }
            return;
        }
        // parallel assignment: evaluate all right-hand sides (and index operands) first
        List<Operand> rs = new ArrayList<>();
        for (Expr e : a.rhs()) {
            rs.add(check.exprs.single(e));
        }
        List<LValue> lvs = new ArrayList<>();
        List<StmtNode> pre = new ArrayList<>();
        for (int i = 0; i < nl; i++) {
            if (rs.get(i).invalid()) {
                use(List.of(a.lhs().get(i)));
                lvs.add(INVALID_LV);
                continue;
            }
            LValue lv = lhs(a.lhs().get(i));
            lvs.add(lv == null || lv == INVALID_LV ? lv : lv.stabilize(pre));
        }
        List<ExprNode> temps = new ArrayList<>();
        boolean bad = false;
        int errs = check.errors.size();
        for (int i = 0; i < nr; i++) {
            Operand r = rs.get(i);
            if (r.invalid()) {
                bad = true; // as types2: the other values are still checked (and their variables used)
                continue;
            }
            LValue lv = lvs.get(i);
            Type t = lv == null || lv == INVALID_LV ? defaultType(r.type) : lv.type();
            ExprNode v = check.exprs.assign(r, lv == null || lv == INVALID_LV ? t : lv.shownType(), "assignment");
            if (t.isAggregate()) {
                v = new CopyNode(v);
            }
            temps.add(check.exprs.temp(v, Rep.of(t), pre));
        }
        if (bad || check.errors.size() > errs) {
            usedAfterFailure(lvs);
        }
        if (bad) {
            return;
        }
        out.addAll(pre);
        for (int i = 0; i < nl; i++) {
            LValue lv = lvs.get(i);
            if (lv != null && lv != INVALID_LV) {
                out.add(lv.write(temps.get(i)));
            }
        }
    }

    /** types2's use: left-hand sides of a failed assignment are still evaluated (their errors reported, variables used). */
    private void use(List<Expr> lhs) {
        for (Expr e : lhs) {
            if (!(e instanceof Ident id && id.name().equals("_"))) {
                check.exprs.expr(e);
            }
        }
    }

    /** a, b = f() / v, ok = m[k] / x.(T) / <-ch */
    void multiAssign(Node at, List<LValue> lvs, Operand r, List<StmtNode> out, int nl, boolean define) {
        List<Type> types;
        ExprNode src;
        if (r.type instanceof Tuple tu) {
            types = tu.types;
            src = r.node;
        } else if (r.mode == Operand.Mode.COMMAOK && nl == 2) {
            types = List.of(r.type, Basic.UNTYPED_BOOL);
            src = r.commaOkNode;
        } else {
            mismatch(List.of(r.expr), nl, 1);
            usedAfterFailure(lvs);
            return;
        }
        if (types.size() != nl) {
            mismatch(List.of(r.expr), nl, types.size());
            usedAfterFailure(lvs);
            return;
        }
        // Go evaluates the index operands and pointer indirections on the left before the right side.
        lvs = new ArrayList<>(lvs);
        for (int i = 0; i < nl; i++) {
            LValue lv = lvs.get(i);
            if (lv != null && lv != INVALID_LV) {
                lvs.set(i, lv.stabilize(out));
            }
        }
        int slot = check.fn.newSlot(Rep.OBJECT);
        out.add(new WriteLocalNode(slot, Rep.OBJECT, src));
        for (int i = 0; i < nl; i++) {
            LValue lv = lvs.get(i);
            if (lv == null || lv == INVALID_LV) {
                continue;
            }
            Operand el = Operand.value(r.expr, types.get(i), new TupleNodes.Elem(slot, i));
            el.fresh = true;
            int errs = check.errors.size();
            out.add(lv.write(check.exprs.assign(el, lv.shownType(), "assignment")));
            if (check.errors.size() > errs) {
                usedAfterFailure(lvs);
            }
        }
    }

    /** types2: when an assignment fails, the variables assigned to count as used (no follow-on "declared and not used"). */
    private static void usedAfterFailure(List<LValue> lvs) {
        for (LValue lv : lvs) {
            if (lv instanceof ExprCompiler.VarLValue vl) {
                vl.v.used = true;
            }
        }
    }

    /**
     * Go's assignError: nvars variables but nvals values, reported at the first value; a lone
     * call is named ("assignment mismatch: 3 variables but two returns 2 values").
     */
    void mismatch(List<Expr> rhs, int nvars, int nvals) {
        Expr r0 = rhs.get(0);
        String msg = "assignment mismatch: " + measure(nvars, "variable") + " but ";
        if (rhs.size() == 1 && Generics.unparen(r0) instanceof CallExpr c) {
            msg += exprString(c.fun()) + " returns ";
        }
        check.error(r0, msg + measure(nvals, "value"));
    }

    private static String measure(int n, String unit) {
        return n + " " + unit + (n != 1 ? "s" : "");
    }

    /**
     * Go's arity check of a var or const spec: extra values ("extra init expr X"; for a const
     * line that repeats the previous line's values, at this line and naming where they are), or
     * too few where no multi-value call can make up for them ("missing init expr for x").
     * Returns whether it reported one.
     */
    boolean arity(Node spec, List<Ident> names, List<Expr> values, boolean constDecl, boolean inherited) {
        int l = names.size(), r = values.size();
        if (l < r) {
            Expr n = values.get(l);
            if (inherited) {
                check.error(spec, "extra init expr at " + Positions.format(check.curPath, n.line(), n.col()));
            } else {
                check.error(n, "extra init expr " + exprString(n));
            }
            return true;
        }
        if (l > r && (constDecl || r != 1)) {
            Ident n = names.get(r);
            check.error(n, "missing init expr for " + n.name());
            return true;
        }
        return false;
    }

    /**
     * The single value assigned to one variable; a multi-value call there is Go's
     * "assignment mismatch: 1 variable but f returns 2 values".
     */
    Operand singleFor(Node at, Expr e, int nvars) {
        if (nvars == 1) {
            Operand o = check.exprs.expr(e);
            if (o.type instanceof Tuple tu && e instanceof CallExpr c) {
                mismatch(List.of(e), 1, tu.types.size());
                return Operand.invalid(e);
            }
            if (o.invalid()) {
                return o;
            }
            // the remaining checks of single() (types, no-value calls, ...)
            pendingSingle = o;
            try {
                return check.exprs.single(e);
            } finally {
                pendingSingle = null;
            }
        }
        return check.exprs.single(e);
    }

    private Operand pendingSingle;

    Operand binaryOn(Node at, Token op, Operand x, Expr yExpr) {
        // reuse the binary checker with a synthetic expression whose left operand is already compiled
        // types2 (binary with e == nil) reports at the left operand and prints "x op= y"
        BinaryExpr b = new BinaryExpr(x.expr.line(), x.expr.col(), op, x.expr, yExpr);
        pendingLeft = x;
        check.exprs.opAssign = b;
        try {
            return check.operators.binary(b);
        } finally {
            pendingLeft = null;
            check.exprs.opAssign = null;
        }
    }

    /** Left operand already compiled for x op= y (the target is evaluated once). */
    Operand pendingLeft;

    /**
     * The types of r spread over the nl names of var declaration vs (a call's results, or v, ok),
     * or null after reporting the count mismatch.
     */
    List<Type> spreadTypes(VarSpec vs, Operand r, int nl) {
        List<Type> types = r.type instanceof Tuple tu ? tu.types : r.mode == Operand.Mode.COMMAOK && nl == 2 ? List.of(r.type, Basic.BOOL) : null;
        if (types == null || types.size() != nl) {
            mismatch(vs.values(), nl, types == null ? 1 : types.size());
            return null;
        }
        return types;
    }

    /** The operand of e if a statement compiled it ahead (ExprCompiler.expr asks here first), else null. */
    Operand takePending(Expr e) {
        if (pendingSingle != null && e == pendingSingle.expr) {
            Operand o = pendingSingle;
            pendingSingle = null;
            return o;
        }
        if (pendingLeft != null && e == pendingLeft.expr) {
            Operand o = pendingLeft;
            pendingLeft = null;
            return o;
        }
        return null;
    }

    void shortVarDecl(AssignStmt a, List<StmtNode> out) {
        int nl = a.lhs().size(), nr = a.rhs().size();
        List<Ident> names = new ArrayList<>();
        for (Expr l : a.lhs()) {
            if (!(l instanceof Ident id)) {
                check.error(l, "non-name " + exprString(l) + " on left side of :=");
                return;
            }
            names.add(id);
        }
        Set<String> seen = new HashSet<>();
        for (Ident id : names) {
            if (!id.name().equals("_") && !seen.add(id.name())) {
                check.error(id, id.name() + " repeated on left side of :=");
                for (Expr r : a.rhs()) {
                    check.exprs.expr(r);
                }
                declareInvalid(names);
                return;
            }
        }
        // which names are new in this scope
        boolean anyNew = false;
        for (Ident id : names) {
            if (!id.name().equals("_") && check.scope.lookupLocal(id.name()) == null) {
                anyNew = true;
            }
        }
        if (nr == 1 && nl > 1) {
            Operand r = check.exprs.expr(a.rhs().get(0));
            if (r.invalid()) {
                declareInvalid(names);
                return;
            }
            List<Type> types;
            if (r.type instanceof Tuple tu) {
                types = tu.types;
            } else if (r.mode == Operand.Mode.COMMAOK && nl == 2) {
                types = List.of(r.type, Basic.BOOL);
            } else {
                mismatch(a.rhs(), nl, 1);
                declareInvalid(names);
                return;
            }
            if (types.size() != nl) {
                mismatch(a.rhs(), nl, types.size());
                declareInvalid(names);
                return;
            }
            List<LValue> lvs = new ArrayList<>();
            List<StmtNode> decls = new ArrayList<>();
            for (int i = 0; i < nl; i++) {
                lvs.add(defineOrReuse(names.get(i), defaultType(types.get(i)), decls));
            }
            if (!anyNew) {
                check.error(a, "no new variables on left side of :=");
            }
            out.addAll(decls);
            multiAssign(a, lvs, r, out, nl, true);
            return;
        }
        if (nl != nr) {
            for (Expr r : a.rhs()) {
                check.exprs.expr(r);
            }
            mismatch(a.rhs(), nl, nr);
            declareInvalid(names);
            return;
        }
        List<Operand> rs = new ArrayList<>();
        for (Expr r : a.rhs()) {
            rs.add(singleFor(a, r, nl));
        }
        if (!anyNew) {
            check.error(a, "no new variables on left side of :=");
        }
        List<StmtNode> pre = new ArrayList<>();
        List<ExprNode> vals = new ArrayList<>();
        List<Type> types = new ArrayList<>();
        boolean[] failed = new boolean[nl];
        for (int i = 0; i < nl; i++) {
            int errorsBefore = check.errors.size();
            Operand r = rs.get(i);
            Type t;
            if (r.invalid()) {
                t = Basic.INVALID;
            } else if (r.mode == Operand.Mode.NIL) {
                check.error(a.rhs().get(i), "use of untyped nil in assignment");
                t = Basic.INVALID;
            } else {
                Entity existing = names.get(i).name().equals("_") ? null : check.scope.lookupLocal(names.get(i).name());
                t = existing instanceof Entity.Var v ? v.type : defaultType(r.type);
            }
            types.add(t);
            ExprNode v = r.invalid() || t == Basic.INVALID ? new ConstNode(null) : check.exprs.assign(r, t, "assignment");
            failed[i] = r.invalid() || check.errors.size() > errorsBefore;
            vals.add(nl > 1 ? check.exprs.temp(t.isAggregate() ? new CopyNode(v) : v, Rep.of(t), pre) : v);
        }
        out.addAll(pre);
        boolean anyFailed = false;
        for (boolean f : failed) {
            anyFailed |= f;
        }
        for (int i = 0; i < nl; i++) {
            Ident id = names.get(i);
            if (id.name().equals("_")) {
                if (nl == 1) {
                    out.add(new ExprStmtNode(vals.get(i)));
                }
                continue;
            }
            Entity existing = check.scope.lookupLocal(id.name());
            if (existing instanceof Entity.Var v) {
                v.used |= anyFailed; // types2's initVars: after a failed initialization every variable on the left is used
                out.add(check.exprs.writeVar(v, vals.get(i)));
            } else {
                Entity.Var v = newLocal(id, types.get(i));
                v.shown = rs.get(i).type == types.get(i) ? rs.get(i).shown
                        : rs.get(i).type == Basic.UNTYPED_RUNE && types.get(i) == Basic.INT32 ? Basic.RUNE : null; // types2: default type rune
                v.used |= anyFailed; // as types2: no follow-on "declared but not used"
                out.add(check.exprs.declareLocal(v, vals.get(i)));
            }
        }
    }

    void declareInvalid(List<Ident> names) {
        for (Ident id : names) {
            if (id.name().equals("_")) {
                continue;
            }
            Entity existing = check.scope.lookupLocal(id.name());
            if (existing instanceof Entity.Var old) {
                old.used = true; // types2's initVars: every variable on the left of a failed := is used
            } else if (existing == null) {
                Entity.Var v = new Entity.Var(id.name(), id.line(), id.col(), Basic.INVALID, check.fn);
                v.used = true;
                check.scope.declare(v);
            }
        }
    }

    LValue defineOrReuse(Ident id, Type t, List<StmtNode> decls) {
        if (id.name().equals("_")) {
            return null;
        }
        Entity existing = check.scope.lookupLocal(id.name());
        if (existing instanceof Entity.Var v) {
            return check.exprs.new VarLValue(v);
        }
        Entity.Var v = newLocal(id, t);
        decls.add(check.exprs.declareLocal(v, null));
        return check.exprs.new VarLValue(v);
    }

    /**
     * The outermost block of a REPL input (see SessionCompiler), or null: variables declared
     * directly in it are package-level, so that functions declared at later prompts see them.
     */
    Scope sessionBlock;

    Entity.Var newLocal(Ident id, Type t) {
        if (check.scope == sessionBlock) {
            Entity.Var g = new Entity.Var(id.name(), id.line(), id.col(), t, null);
            g.global = new GlobalVar(check.curPkg.name + "." + id.name(), t == Basic.INVALID ? null : Values.zero(t));
            g.used = true; // package-level: never "declared and not used"
            check.scope.declare(g);
            return g;
        }
        Entity.Var v = new Entity.Var(id.name(), id.line(), id.col(), t, check.fn);
        if (t == Basic.INVALID) {
            v.used = true;
        }
        Entity old = id.name().equals("_") ? null : check.scope.lookupLocal(id.name());
        if (old != null) {
            // as types2: reported, and the name keeps denoting the first declaration
            check.redeclared(id, old, check.curPath);
            v.used = true;
            return v;
        }
        check.scope.declare(v);
        check.stmts.locals.add(v);
        return v;
    }

    void incDec(IncDecStmt s, List<StmtNode> out) {
        Expr x = s.x();
        while (x instanceof ParenExpr p) {
            x = p.x();
        }
        // types2: x is checked as an operand (numeric) before as a target
        LValue lv;
        Type typ;
        Type shown;
        if (x instanceof Ident) {
            lv = lhs(s.x());
            if (lv == null) {
                check.error(s.x(), "cannot use _ as value or type");
                return;
            }
            typ = shown = lv == INVALID_LV ? null : lv.type();
            if (lv instanceof VarLValue vl) {
                vl.v.used = true;
            }
        } else {
            Operand o = check.exprs.expr(s.x());
            typ = o.invalid() ? null : o.type;
            shown = o.shownType();
            lv = typ == null || !typ.isNumeric() ? INVALID_LV : lhs(s.x(), o);
        }
        if (typ == null) {
            return;
        }
        if (!TypeSets.all(typ, Type::isNumeric)) {
            check.error(s.x(), "invalid operation: " + exprString(s.x()) + s.tok() + " (non-numeric type " + shown + ")");
            return;
        }
        if (typ instanceof TypeParam) {
            return; // checked over a type set: such a body never runs
        }
        if (lv == INVALID_LV) {
            return;
        }
        Type t = lv.type();
        List<StmtNode> pre = new ArrayList<>();
        LValue st = lv.stabilize(pre);
        out.addAll(pre);
        ExprNode one;
        ExprNode n;
        if (t.isInteger()) {
            one = new ConstNode(1L);
            n = new IntBinaryNode(s.tok() == Token.INC ? IntBinaryNode.Op.ADD : IntBinaryNode.Op.SUB, t.basic().kind, st.readForUpdate(), one, false);
        } else if (t.isComplex()) {
            boolean c64 = t.underlying().basic().kind == Kind.COMPLEX64;
            one = new ConstNode(new GoComplex(1, 0));
            n = new ComplexBinaryNode(s.tok() == Token.INC ? ComplexBinaryNode.Op.ADD : ComplexBinaryNode.Op.SUB, c64, st.readForUpdate(), one);
        } else {
            one = new ConstNode(1.0);
            n = new FloatBinaryNode(s.tok() == Token.INC ? FloatBinaryNode.Op.ADD : FloatBinaryNode.Op.SUB, t.basic().kind == Kind.FLOAT32, st.readForUpdate(), one);
        }
        out.add(st.write(n));
    }
}
