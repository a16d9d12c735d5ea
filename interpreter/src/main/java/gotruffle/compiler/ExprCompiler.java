package gotruffle.compiler;

import gotruffle.nodes.ExprNode;
import gotruffle.nodes.StmtNode;
import gotruffle.nodes.call.DirectCallExprNode;
import gotruffle.nodes.call.FuncRefNode;
import gotruffle.nodes.expr.*;
import gotruffle.nodes.local.AggregateNodes;
import gotruffle.nodes.local.CellNodes;
import gotruffle.nodes.local.ReadLocalNode;
import gotruffle.nodes.local.Rep;
import gotruffle.nodes.local.WriteLocalNode;
import gotruffle.parser.Literals;
import gotruffle.parser.ast.*;
import gotruffle.types.Array;
import gotruffle.types.Basic;
import gotruffle.types.ChanType;
import gotruffle.types.Interface;
import gotruffle.types.Kind;
import gotruffle.types.Lookup;
import gotruffle.types.MapType;
import gotruffle.types.Named;
import gotruffle.types.Pointer;
import gotruffle.types.Predicates;
import gotruffle.types.Shown;
import gotruffle.types.Signature;
import gotruffle.types.Slice;
import gotruffle.types.Tuple;
import gotruffle.types.Type;
import gotruffle.types.TypeParam;
import gotruffle.types.TypeSets;
import gotruffle.values.GoFunc;
import gotruffle.values.Iface;
import gotruffle.values.Values;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static gotruffle.compiler.Constants.*;
import static gotruffle.compiler.ExprStrings.*;

/** Expressions: checking (types2's rules and messages) and node construction. */
final class ExprCompiler {
    final Checker check;

    ExprCompiler(Checker check) {
        this.check = check;
    }

    // ---- variables ----

    ExprNode readVar(Entity.Var v) {
        if (v.global != null) {
            return new CellNodes.ReadGlobal(v.global);
        }
        if (v.owner == check.fn) {
            if (v.boxed) {
                return new CellNodes.ReadCell(new CellNodes.CellRef(v.slot, false));
            }
            ReadLocalNode r = new ReadLocalNode(v.slot, v.rep);
            return v.view ? new FlattenStringNode(r) : r;
        }
        return new CellNodes.ReadCell(cellRef(v));
    }

    CellNodes.CellRef cellRef(Entity.Var v) {
        if (v.owner == check.fn) {
            return new CellNodes.CellRef(v.slot, false);
        }
        return new CellNodes.CellRef(check.fn.capture(v), true);
    }

    StmtNode writeVar(Entity.Var v, ExprNode value) {
        if (v.type.isAggregate()) {
            return new AggregateNodes.AssignInPlace(readVar(v), value);
        }
        if (v.global != null) {
            return new CellNodes.WriteGlobal(v.global, value);
        }
        if (v.boxed || v.owner != check.fn) {
            return new CellNodes.WriteCell(cellRef(v), value);
        }
        return new WriteLocalNode(v.slot, v.rep, v.view ? stringView(value) : value);
    }

    /** Whether local v (in a frame slot, not a Cell) is a string that may hold a view: see {@link Entity.Var#view}. */
    static boolean mayHoldView(Entity.Var v) {
        return !v.boxed && v.global == null && v.type.underlying() == Basic.STRING;
    }

    /**
     * n for a consumer that accepts a string view (GoSubstring): a read of a view-holding
     * variable unwrapped, a call asked to return a view, a string slice switched to O(1) views;
     * any other node as it is.
     */
    static ExprNode stringView(ExprNode n) {
        if (n instanceof FlattenStringNode f) {
            if (f.raw() instanceof DirectCallExprNode d) {
                d.setViewResult();
            }
            return f.raw();
        }
        if (n instanceof SliceExprNode s && s.isString()) {
            s.setView();
        }
        return n;
    }

    /** Declares a new local variable in the current function and returns the statement initializing it. */
    StmtNode declareLocal(Entity.Var v, ExprNode init) {
        if (v.global != null) {
            // a REPL input's variable (StmtCompiler.sessionBlock)
            return new CellNodes.WriteGlobal(v.global, init != null ? init : new ZeroNode(v.type));
        }
        v.rep = Rep.of(v.type);
        boolean escapes = check.fn.escaping.needsCell(v.name, v.type);
        v.boxed = escapes;
        v.slot = check.fn.newSlot(escapes ? Rep.OBJECT : v.rep);
        if (init == null) {
            init = new ZeroNode(v.type);
        }
        if (escapes) {
            return new CellNodes.NewCell(v.slot, init);
        }
        v.view = mayHoldView(v);
        return new WriteLocalNode(v.slot, v.rep, v.view ? stringView(init) : init);
    }

    final class VarLValue implements LValue {
        final Entity.Var v;

        VarLValue(Entity.Var v) {
            this.v = v;
        }

        public Type type() {
            return v.type;
        }

        @Override
        public Type shownType() {
            return v.shown != null ? v.shown : v.type;
        }

        public ExprNode read() {
            return readVar(v);
        }

        public StmtNode write(ExprNode value) {
            return writeVar(v, value);
        }

        public ExprNode addr() {
            if (v.type.isAggregate()) {
                return readVar(v);
            }
            if (v.global != null) {
                return new CellNodes.AddrGlobal(v.global);
            }
            if (!v.boxed && v.owner == check.fn) {
                throw new IllegalStateException("address of unboxed variable " + v.name);
            }
            return new PointerNodes.AddrOfCell(cellRef(v));
        }
    }

    /** A location computed from a base node: fields, elements, dereferences, map entries. */
    final class NodeLValue implements LValue {
        enum K { FIELD, INDEX, DEREF, MAP }

        final K k;
        final Type type;
        ExprNode base;
        ExprNode index;
        final int field;
        final Type baseType;

        NodeLValue(K k, Type type, ExprNode base, ExprNode index, int field, Type baseType) {
            this.k = k;
            this.type = type;
            this.base = base;
            this.index = index;
            this.field = field;
            this.baseType = baseType;
        }

        public Type type() {
            return type;
        }

        public ExprNode read() {
            return switch (k) {
                case FIELD -> new FieldNodes.Get(base, field);
                case INDEX -> new IndexNodes.Get(base, index, Rep.of(type));
                case DEREF -> new PointerNodes.Load(base, type.isAggregate());
                case MAP -> new IndexNodes.MapGet(base, index, Values.zero(type), false);
            };
        }

        @Override
        public ExprNode readForUpdate() {
            return k == K.MAP ? new IndexNodes.MapGet(base, index, Values.zero(type), false, true) : read();
        }

        public StmtNode write(ExprNode value) {
            return switch (k) {
                case FIELD -> new FieldNodes.Set(base, field, value, type.isAggregate());
                case INDEX -> new IndexNodes.Set(base, index, value, Rep.of(type), type.isAggregate());
                case DEREF -> new PointerNodes.Store(base, value, type.isAggregate());
                case MAP -> new IndexNodes.MapSet(base, index, value);
            };
        }

        public ExprNode addr() {
            return switch (k) {
                case FIELD -> type.isAggregate() ? new FieldNodes.Get(base, field) : new FieldNodes.Addr(base, field);
                case INDEX -> new IndexNodes.Addr(base, index, type.isAggregate());
                case DEREF -> new PointerNodes.NonNil(base); // &*p faults on a nil p, as Go's nil check does
                case MAP -> throw new IllegalStateException("map element address");
            };
        }

        public LValue stabilize(List<StmtNode> pre) {
            ExprNode b = temp(base, Rep.OBJECT, pre);
            ExprNode i = index == null ? null : temp(index, k == K.MAP ? Rep.OBJECT : Rep.LONG, pre);
            return new NodeLValue(k, type, b, i, field, baseType);
        }
    }

    /** Evaluates e once into a fresh slot and returns a reader of it. */
    ExprNode temp(ExprNode e, Rep rep, List<StmtNode> pre) {
        int slot = check.fn.newSlot(rep);
        pre.add(new WriteLocalNode(slot, rep, e));
        return new ReadLocalNode(slot, rep);
    }

    // ---- operands to values ----

    /** The node computing o's value with o's type (untyped constants take their default type). */
    ExprNode valueNode(Operand o) {
        if (o.mode == Operand.Mode.CONST) {
            Type t = defaultType(o.type);
            if (o.type.isUntyped()) {
                Const r = representable(o.value, t);
                if (r == null) {
                    check.error(o.expr, "cannot use " + describe(o) + " as " + t + " value in " + "expression" + overflowSuffix(o, t));
                    return new ConstNode(Values.zero(t));
                }
                return constNode(r, t);
            }
            return constNode(o.value, t);
        }
        if (o.mode == Operand.Mode.NIL) {
            return new ConstNode(null);
        }
        if (o.mode == Operand.Mode.COMMAOK) {
            return o.node;
        }
        return o.node;
    }

    /** Value of o used where a fresh copy is required (stores): aggregates are copied unless freshly made. */
    ExprNode materialize(Operand o, ExprNode n) {
        if (!o.fresh && o.type.isAggregate() && o.mode != Operand.Mode.CONST) {
            return new CopyNode(n);
        }
        return n;
    }

    /** The synthetic binary expression of x op= y being checked (see StmtCompiler.binaryOn), else null. */
    BinaryExpr opAssign;

    /** b as types2 prints it in messages: "x op= y" for an assignment operation. */
    String binaryString(BinaryExpr b) {
        return b == opAssign ? exprString(b.x()) + " " + b.op() + "= " + exprString(b.y()) : exprString(b);
    }

    /**
     * Go's assignability: the node producing o's value as a value of type t, or null (after
     * reporting) if not assignable. t may be a display type (byte/rune as written, see Shown):
     * messages print it, the check uses its canonical form.
     */
    ExprNode assign(Operand o, Type t, String context) {
        Type shownT = t;
        t = Shown.canon(t);
        if (o.invalid() || t == Basic.INVALID) {
            return new ConstNode(null);
        }
        if (o.mode == Operand.Mode.NOVALUE) {
            check.error(o.expr, exprString(o.expr) + " (no value) used as value");
            return new ConstNode(null);
        }
        if (o.mode == Operand.Mode.TYPE) {
            check.error(o.expr, exprString(o.expr) + " (type) is not an expression");
            return new ConstNode(null);
        }
        if (o.type instanceof Tuple) {
            check.error(o.expr, "multiple-value " + exprString(o.expr) + " (value of type " + o.shownType() + ") in single-value context");
            return new ConstNode(null);
        }
        if (o.type.underlying() == Basic.INVALID || o.type instanceof Pointer ip && ip.elem.underlying() == Basic.INVALID) {
            return new ConstNode(null); // its type had an error (reported)
        }
        Type tu = t.underlying();
        if (o.mode == Operand.Mode.NIL) {
            if (TypeSets.all(t, Predicates::hasNil)) {
                return new ConstNode(null);
            }
            check.error(o.expr, "cannot use nil as " + shownT + " value in " + context);
            return new ConstNode(null);
        }
        if (o.type.isUntyped() && t instanceof TypeParam tp) {
            // types2's implicitTypeAndValue: every type of the set must take the value (no suffix)
            boolean ok = TypeSets.all(tp, u -> u instanceof Basic && (o.mode == Operand.Mode.CONST
                    ? representable(o.value, u) != null : o.type.isBoolean() ? u.isBoolean() : u.isNumeric()));
            if (!ok) {
                check.error(o.expr, "cannot use " + describe(o) + " as " + shownT + " value in " + context);
            }
            return new ConstNode(null); // a placeholder: a body over type parameters is never run
        }
        if (o.mode == Operand.Mode.CONST && o.type.isUntyped()) {
            if (tu instanceof Interface ti) {
                // types2: the constant takes its default type first, then that type must implement t
                Type d = defaultType(o.type);
                Const r = representable(o.value, d);
                if (r == null) {
                    check.error(o.expr, "cannot use " + describe(o) + " as " + d + " value in " + context + overflowSuffix(o, d));
                    return new ConstNode(null);
                }
                if (!ti.methods.isEmpty()) {
                    check.error(o.expr, "cannot use " + describe(Operand.constant(o.expr, d, r)) + " as type " + shownT + " in " + context
                            + ":\n\t" + d + " does not implement " + t + missingMethod(check, d, ti));
                    return new ConstNode(null);
                }
                return new ConstNode(new Iface(d, constValue(r, d)));
            }
            Const r = representable(o.value, t);
            if (r == null) {
                if (t.basic() != null && o.value.isNumeric() && t.isNumeric()) {
                    check.error(o.expr, "cannot use " + describe(o) + " as " + shownT + " value in " + context + overflowSuffix(o, t));
                } else {
                    check.error(o.expr, "cannot use " + describe(o) + " as " + shownT + " value in " + context);
                }
                return new ConstNode(null);
            }
            return constNode(r, t);
        }
        Type ot = o.type;
        if (o.retype != null && tu.isInteger()) {
            return o.retype.apply(t);
        }
        if (ot.isUntyped()) {
            // untyped bool from comparisons, untyped values of shifts
            Type d = defaultType(ot);
            if (tu instanceof Interface) {
                return new ToIfaceNode(d, o.node);
            }
            if ((ot == Basic.UNTYPED_BOOL && tu.isBoolean()) || (ot.isNumeric() && tu.isNumeric())) {
                return o.node;
            }
            check.error(o.expr, "cannot use " + describe(o) + " as " + shownT + " value in " + context);
            return new ConstNode(null);
        }
        ExprNode n = o.mode == Operand.Mode.CONST ? constNode(o.value, ot) : o.node;
        if (ot == t) {
            return materialize(o, n);
        }
        if (tu instanceof Interface ti) {
            if (ot.underlying() instanceof Interface oi) {
                if (Lookup.implementsIface(ot, ti)) {
                    return n; // interface to interface: same value
                }
            } else if (Lookup.implementsIface(ot, ti)) {
                return new ToIfaceNode(ot, materialize(o, n));
            }
            check.error(o.expr, "cannot use " + describe(o) + " as type " + shownT + " in " + context + ":\n\t" + ot + " does not implement " + t + missingMethod(check, ot, ti));
            return new ConstNode(null);
        }
        // identical underlying types where one is unnamed; channel direction conversion
        if (ot.underlying() == tu && (!Predicates.hasName(ot) || !Predicates.hasName(t))) {
            return materialize(o, n);
        }
        if (ot.underlying() instanceof ChanType oc && tu instanceof ChanType tc && oc.dir == ChanType.BOTH && oc.elem == tc.elem && !(t instanceof Named && ot instanceof Named)) {
            return n;
        }
        if (assignableOverTypeSet(ot, t)) {
            return n; // a placeholder: a body over type parameters is never run
        }
        String cause = notAssignableCause(check, ot, t);
        check.error(o.expr, "cannot use " + describe(o) + " as type " + shownT + " in " + context + (cause != null ? ":\n\t" + cause : ""));
        return new ConstNode(null);
    }

    /**
     * The spec's assignability with a type parameter on one side and an unnamed type on the other:
     * the unnamed type must be the underlying type of every type in the parameter's set.
     */
    private static boolean assignableOverTypeSet(Type ot, Type t) {
        if (!(ot instanceof TypeParam && !Predicates.hasName(t) || t instanceof TypeParam && !Predicates.hasName(ot))) {
            return false;
        }
        List<Type> set = TypeSets.specific(ot instanceof TypeParam ? ot : t);
        Type other = ot instanceof TypeParam ? t : ot;
        if (set == null || set.isEmpty()) {
            return false;
        }
        for (Type u : set) {
            if (u != other) {
                return false;
            }
        }
        return true;
    }

    /**
     * Why a value of type ot is not assignable to t, as types2's assignableTo explains it (null:
     * no explanation): t is an interface ot does not implement, or t implements ot's interface.
     */
    static String notAssignableCause(Checker check, Type ot, Type t) {
        if (t.underlying() instanceof Interface ti && !(t instanceof TypeParam)) {
            return Lookup.implementsIface(ot, ti) ? null : ot + " does not implement " + t + missingMethod(check, ot, ti);
        }
        if (ot.underlying() instanceof Interface oi && !(ot instanceof TypeParam) && Lookup.implementsIface(t, oi)) {
            return "need type assertion";
        }
        return null;
    }

    /** The reason types2 appends to "t does not implement ti" (empty if it does). */
    static String missingMethod(Type t, Interface ti) {
        Lookup.Missing m = Lookup.missingMethod(t, ti);
        return m == null ? "" : m.reason();
    }

    /** missingMethod with the methods' signatures as declared (types2 prints parameter names and byte/rune). */
    static String missingMethod(Checker check, Type t, Interface ti) {
        Lookup.Missing m = Lookup.missingMethod(t, ti);
        return m == null ? "" : m.reason(decl -> switch (decl) {
            case Named.Method nm -> check.shownMethodSig.get(nm);
            case Interface.Method im -> check.shownIfaceMethodSig.get(im);
            default -> null;
        });
    }

    // ---- expressions ----

    Operand expr(Expr e) {
        Operand pending = check.assigns.takePending(e);
        if (pending != null) {
            return pending;
        }
        Operand pre = preEvaluated.remove(e);
        if (pre != null) {
            return pre;
        }
        Operand o = expr0(e);
        o.expr = e;
        return o;
    }

    /** Operands already checked (the values of f(g()) spread over a builtin's arguments), by expression. */
    final Map<Expr, Operand> preEvaluated = new IdentityHashMap<>();

    /** An expression that must produce a single value. */
    Operand single(Expr e) {
        Operand pending = check.stmts.takePendingCase(e);
        if (pending != null) {
            return pending;
        }
        return single(expr(e), e);
    }

    /** The checks of single(e) on an already evaluated operand. */
    Operand single(Operand o, Expr e) {
        if (o.mode == Operand.Mode.COMMAOK) {
            o.mode = Operand.Mode.VALUE;
        }
        if (o.mode == Operand.Mode.TYPE) {
            check.error(e, exprString(e) + " (type) is not an expression");
            return Operand.invalid(e);
        }
        if (o.mode == Operand.Mode.NOVALUE) {
            check.error(e, exprString(e) + " (no value) used as value");
            return Operand.invalid(e);
        }
        if (o.mode == Operand.Mode.BUILTIN) {
            check.error(e, exprString(e) + " (built-in) must be called");
            return Operand.invalid(e);
        }
        if (o.mode == Operand.Mode.PACKAGE) {
            check.error(e, "use of package " + exprString(e) + " not in selector");
            return Operand.invalid(e);
        }
        if (o.type instanceof Tuple) {
            check.error(e, "multiple-value " + exprString(e) + " (value of type " + o.shownType() + ") in single-value context");
            return Operand.invalid(e);
        }
        return o;
    }

    private Operand expr0(Expr e) {
        switch (e) {
            case BasicLit b -> {
                return literal(b);
            }
            case Ident id -> {
                return ident(id);
            }
            case ParenExpr p -> {
                Operand o = expr(p.x());
                return o;
            }
            case UnaryExpr u -> {
                return check.operators.unary(u);
            }
            case BinaryExpr b -> {
                return check.operators.binary(b);
            }
            case CallExpr c -> {
                Operand r = check.calls.call(c);
                if (r.mode != Operand.Mode.CONST && r.mode != Operand.Mode.TYPE) {
                    check.hasCallOrRecv = true;
                }
                return r;
            }
            case SelectorExpr s -> {
                return check.selectors.selector(s);
            }
            case IndexExpr ix -> {
                return index(ix);
            }
            case SliceExpr s -> {
                return sliceExpr(s);
            }
            case StarExpr s -> {
                Operand x = expr(s.x());
                if (x.invalid()) {
                    return x;
                }
                if (x.mode == Operand.Mode.TYPE) {
                    Operand o = new Operand();
                    o.mode = Operand.Mode.TYPE;
                    o.type = Pointer.of(x.type);
                    return o;
                }
                if (x.mode == Operand.Mode.NIL) {
                    check.error(s.x(), "invalid operation: cannot indirect nil");
                    return Operand.invalid(e);
                }
                if (!(TypeSets.core(x.type) instanceof Pointer p)) {
                    check.error(s.x(), "invalid operation: cannot indirect " + describe(x));
                    return Operand.invalid(e);
                }
                NodeLValue lv = new NodeLValue(NodeLValue.K.DEREF, p.elem, valueNode(x), null, -1, x.type);
                Operand o = Operand.value(e, p.elem, lv.read());
                o.lvalue = lv;
                return o;
            }
            case CompositeLit c -> {
                Operand o = check.compositeLits.compositeLit(c, null);
                Type sh = c.type() == null || o.invalid() ? o.type : check.typeExprs.shown(c.type(), o.type);
                if (sh != o.type) {
                    o.shown = sh;
                }
                return o;
            }
            case FuncLit f -> {
                Signature sig = check.typeExprs.signature(f.type(), null);
                GoFunc g = check.decls.compileFuncLit(f, sig);
                Operand o = Operand.value(e, sig, lastClosureNode);
                Signature sh = check.typeExprs.shownSignature(f.type(), sig);
                o.shown = sh == sig ? null : sh; // parameter names and byte/rune as written, for messages
                return o;
            }
            case TypeAssertExpr t -> {
                return typeAssert(t);
            }
            default -> {
                // type expressions
                Type t = check.typeExprs.typeOf(e);
                if (t == Basic.INVALID) {
                    return Operand.invalid(e);
                }
                Operand o = new Operand();
                o.mode = Operand.Mode.TYPE;
                o.type = t;
                return o;
            }
        }
    }

    /** Set by compileFuncLit: the node creating the closure. */
    ExprNode lastClosureNode;

    /** types2 refuses numeric literals longer than this (their value would be meaningless and slow to compute). */
    private static final int MAX_LITERAL_LENGTH = 10000;

    /** Go's limit on untyped integer constants (types2: 512 bits); an operation beyond it is an error. */
    static final int CONST_PREC = 512;

    Operand literal(BasicLit b) {
        if (b.bad()) {
            return Operand.invalid(b); // malformed: the parser reported it
        }
        if ((b.kind() == BasicLit.Kind.INT || b.kind() == BasicLit.Kind.FLOAT || b.kind() == BasicLit.Kind.IMAG)
                && b.raw().length() > MAX_LITERAL_LENGTH) {
            check.error(b, "excessively long constant: " + b.raw().substring(0, 10) + "... (" + b.raw().length() + " chars)");
            return Operand.invalid(b);
        }
        try {
            switch (b.kind()) {
                case INT -> {
                    return Operand.constant(b, Basic.UNTYPED_INT, Const.ofInt(Literals.intValue(b.raw())));
                }
                case FLOAT -> {
                    return Operand.constant(b, Basic.UNTYPED_FLOAT, ConstLiterals.parseFloat(b.raw()));
                }
                case CHAR -> {
                    return Operand.constant(b, Basic.UNTYPED_RUNE, Const.ofInt(ConstLiterals.parseRune(b.raw())));
                }
                case STRING -> {
                    return Operand.constant(b, Basic.UNTYPED_STRING, Const.ofString(ConstLiterals.parseString(b.raw())));
                }
                default -> {
                    return Operand.constant(b, Basic.UNTYPED_COMPLEX, Const.ofComplex(Const.ofInt(0), ConstLiterals.parseImag(b.raw())));
                }
            }
        } catch (IllegalArgumentException ex) {
            check.error(b, ex.getMessage());
            return Operand.invalid(b);
        }
    }

    Operand ident(Ident id) {
        Operand o = identOperand(id);
        check.decls.noteIdentRef(id, o);
        return o;
    }

    private Operand identOperand(Ident id) {
        if (id.name().equals("_")) {
            check.error(id, "cannot use _ as value or type");
            return Operand.invalid(id);
        }
        Entity en = check.scope.lookup(id.name());
        if (en == null) {
            check.error(id, "undefined: " + id.name());
            return Operand.invalid(id);
        }
        en.used |= !(en instanceof Entity.Pkg); // a package counts as used only in a selector
        switch (en) {
            case Entity.Var v -> {
                if (v.resolver != null) {
                    Runnable r = v.resolver;
                    v.resolver = null;
                    r.run();
                }
                if (v.type == null || v.type == Basic.INVALID) {
                    return Operand.invalid(id);
                }
                Operand o = Operand.value(id, v.type, readVar(v));
                o.shown = v.shown;
                o.lvalue = new VarLValue(v);
                o.isVar = true;
                return o;
            }
            case Entity.ConstE c -> {
                if (c.name.equals("iota") && c.value == null) {
                    if (iota < 0) {
                        check.error(id, "cannot use iota outside constant declaration");
                        return Operand.invalid(id);
                    }
                    return Operand.constant(id, Basic.UNTYPED_INT, Const.ofInt(iota));
                }
                check.decls.resolveConstEntity(c);
                if (c.value == null) {
                    return Operand.invalid(id);
                }
                return Operand.constant(id, c.type, c.value);
            }
            case Entity.TypeE t -> {
                if (t.generic != null) {
                    check.error(id, "cannot use generic type " + t.generic.describe() + " without instantiation");
                    return Operand.invalid(id);
                }
                check.decls.resolveTypeEntity(t);
                Operand o = new Operand();
                o.mode = t.type == Basic.INVALID ? Operand.Mode.INVALID : Operand.Mode.TYPE;
                o.type = t.type;
                return o;
            }
            case Entity.Func f -> {
                if (f.generic != null) {
                    check.error(id, "cannot use generic function " + f.name + " without instantiation");
                    return Operand.invalid(id);
                }
                Operand o = Operand.value(id, f.sig, new FuncRefNode(f.def));
                o.shown = f.shown;
                return o;
            }
            case Entity.Pkg p -> {
                Operand o = new Operand();
                o.mode = Operand.Mode.PACKAGE;
                o.ref = p;
                o.type = Basic.INVALID;
                return o;
            }
            case Entity.Builtin b -> {
                Operand o = new Operand();
                o.mode = Operand.Mode.BUILTIN;
                o.ref = b.name;
                o.type = Basic.INVALID;
                return o;
            }
            case Entity.Nil n -> {
                Operand o = new Operand();
                o.mode = Operand.Mode.NIL;
                o.type = Basic.UNTYPED_NIL;
                return o;
            }
        }
    }

    /** The iota of the constant spec being checked, or -1 outside constant declarations. */
    int iota = -1;

    // ---- index / slice ----

    Operand index(IndexExpr ix) {
        Operand g = check.generics.index(ix);
        if (g != null) {
            return g;
        }
        Operand x = expr(ix.x());
        if (x.invalid()) {
            ix.indices().forEach(this::expr); // types2's use: the indices' variables are used, their errors reported
            return x;
        }
        if (x.mode == Operand.Mode.TYPE) {
            check.error(ix.x(), exprString(ix.x()) + " is not a generic type");
            return Operand.invalid(ix);
        }
        if (ix.indices().size() != 1 || (x.type instanceof Signature && x.mode == Operand.Mode.VALUE)) {
            // F[int] of a non-generic F; types2 reports at the "["
            check.error(ix.lbrackLine(), ix.lbrackCol(), "invalid operation: cannot index " + describe(x));
            return Operand.invalid(ix);
        }
        if (x.mode == Operand.Mode.COMMAOK) {
            x.mode = Operand.Mode.VALUE;
        }
        Type t = x.type;
        Type u = t.underlying();
        if (t instanceof TypeParam) {
            u = TypeSets.core(t);
            if (u == null) {
                return typeParamIndex(ix, x);
            }
        }
        if (u instanceof Pointer p && p.elem.underlying() instanceof Array) {
            u = p.elem.underlying();
        }
        Expr ie = ix.indices().get(0);
        if (u instanceof MapType m) {
            Operand k = single(ie);
            if (k.invalid()) {
                return Operand.invalid(ix);
            }
            ExprNode kn = assign(k, m.key, "map index");
            ExprNode mn = valueNode(x);
            NodeLValue lv = new NodeLValue(NodeLValue.K.MAP, m.elem, mn, kn, -1, t);
            Operand o = Operand.value(ix, m.elem, lv.read());
            o.shown = check.compositeLits.shownElem(x, m.elem);
            o.mode = Operand.Mode.COMMAOK;
            o.modeText = "map index expression";
            o.commaOkNode = new IndexNodes.MapGet(mn, kn, Values.zero(m.elem), true);
            o.lvalue = lv;
            return o;
        }
        Operand i = single(ie);
        if (i.invalid()) {
            return Operand.invalid(ix);
        }
        ExprNode in = boundNode(i);
        if (in == null) {
            return Operand.invalid(ix);
        }
        if (u.isString()) {
            if (x.mode == Operand.Mode.CONST && i.mode == Operand.Mode.CONST) {
                long iv = i.value.toBigInteger().longValue();
                if (iv >= x.value.s.length()) {
                    check.error(ie, "invalid argument: index " + iv + " out of bounds [0:" + x.value.s.length() + "]");
                    return Operand.invalid(ix);
                }
                // an indexed constant string is a byte value, not a constant (types2)
                Operand o = Operand.value(ix, Basic.UINT8, constNode(Const.ofInt(x.value.s.charAt((int) iv)), Basic.UINT8));
                o.shown = Basic.BYTE;
                return o;
            }
            Operand o = Operand.value(ix, Basic.UINT8, new IndexNodes.StringGet(stringView(valueNode(x)), in));
            o.shown = Basic.BYTE; // types2: a string's bytes are of type byte
            return o;
        }
        Type elem;
        if (u instanceof Slice sl) {
            elem = sl.elem;
        } else if (u instanceof Array a) {
            elem = a.elem;
            if (i.mode == Operand.Mode.CONST && i.value.toBigInteger().longValue() >= a.len) {
                check.error(ie, "invalid argument: index " + i.value + " out of bounds [0:" + a.len + "]");
                return Operand.invalid(ix);
            }
        } else {
            check.error(ix.lbrackLine(), ix.lbrackCol(), "invalid operation: cannot index " + describe(x));
            return Operand.invalid(ix);
        }
        ExprNode base = t.underlying() instanceof Pointer ? new PointerNodes.NonNil(valueNode(x)) : valueNode(x);
        NodeLValue lv = new NodeLValue(NodeLValue.K.INDEX, elem, base, in, -1, t);
        Operand o = Operand.value(ix, elem, lv.read());
        if (u instanceof Slice || addressable(x) || t.underlying() instanceof Pointer) {
            o.lvalue = lv;
        }
        o.isVar = true;
        o.shown = check.compositeLits.shownElem(x, elem);
        return o;
    }

    /**
     * x[i] where x's type parameter has no core type: every type of its set must be indexable with
     * one element type (types2's indexExpr over a type set). The node is a placeholder: such a body
     * is checked over its type parameters, and runs as instances.
     */
    private Operand typeParamIndex(IndexExpr ix, Operand x) {
        Type elem = null;
        boolean ok = true;
        for (Type u : TypeSets.specific(x.type) == null ? List.<Type>of() : TypeSets.specific(x.type)) {
            if (u instanceof Pointer p && p.elem.underlying() instanceof Array) {
                u = p.elem.underlying();
            }
            Type e = u.isString() ? Basic.UINT8 : u instanceof Slice sl ? sl.elem : u instanceof Array a ? a.elem : null;
            ok &= e != null && (elem == null || elem == e);
            elem = e;
        }
        if (!ok || elem == null) {
            check.error(ix.lbrackLine(), ix.lbrackCol(), "invalid operation: cannot index " + describe(x));
            return Operand.invalid(ix);
        }
        Operand i = single(ix.indices().get(0));
        ExprNode in = i.invalid() ? null : boundNode(i);
        if (in == null) {
            return Operand.invalid(ix);
        }
        NodeLValue lv = new NodeLValue(NodeLValue.K.INDEX, elem, valueNode(x), in, -1, x.type);
        Operand o = Operand.value(ix, elem, lv.read());
        if (!TypeSets.all(x.type, Type::isString)) {
            o.lvalue = lv; // elements of slices and arrays are variables
            o.isVar = true;
        }
        return o;
    }

    /** Whether x denotes a variable whose parts are variables too (a map element is assignable as a whole only). */
    static boolean addressable(Operand x) {
        return x.lvalue != null && !(x.lvalue instanceof NodeLValue nl && nl.k == NodeLValue.K.MAP);
    }

    /** types2's isValidIndex: an untyped constant becomes an int first, then integer and sign checks. */
    ExprNode indexNode(Operand i, String what) {
        if (i.mode == Operand.Mode.CONST && i.type.isUntyped()) {
            Const r = representable(i.value, Basic.INT);
            if (r == null) {
                check.error(i.expr, !i.value.isNumeric() ? "cannot convert " + describe(i) + " to int"
                        : describe(i) + (i.type.isInteger() ? " overflows int" : " truncated to int"));
                return null;
            }
            i = Operand.constant(i.expr, Basic.INT, r);
        }
        if (!TypeSets.all(i.type, Type::isInteger)) {
            check.error(i.expr, "invalid argument: " + what + " " + describe(i) + " must be integer");
            return null;
        }
        if (i.mode == Operand.Mode.CONST) {
            if (i.value.signum() < 0) {
                check.error(i.expr, "invalid argument: " + what + " " + describe(i) + " must not be negative");
                return null;
            }
            return constNode(i.value, Basic.INT);
        }
        return valueNode(i);
    }

    /** An index or slice bound: a 64-bit unsigned one is marked for Go's bounds-error texts. */
    ExprNode boundNode(Operand i) {
        ExprNode n = indexNode(i, "index");
        boolean unsigned64 = n != null && i.mode != Operand.Mode.CONST && i.type.isUnsigned() && i.type.basic().kind.bits == 64;
        return unsigned64 ? new UnsignedIndexNode(n) : n;
    }

    Operand sliceExpr(SliceExpr s) {
        Operand x = single(s.x());
        if (x.invalid()) {
            for (Expr b : new Expr[] {s.lo(), s.hi(), s.max()}) {
                if (b != null) {
                    expr(b); // types2's use, as for an index
                }
            }
            return x;
        }
        Type t = x.type;
        Type u = TypeSets.core(t);
        if (u == null) {
            check.error(s.x(), "invalid operation: cannot slice " + describe(x) + ": " + t + " has no core type");
            return Operand.invalid(s);
        }
        Type rt;
        long length = -1; // known for constant strings, arrays and pointers to arrays
        if (u.isString()) {
            if (s.slice3()) {
                check.error(s.max() != null ? s.max() : s, "invalid operation: 3-index slice of string");
                return Operand.invalid(s);
            }
            if (x.mode == Operand.Mode.CONST) {
                length = x.value.s.length();
            }
            rt = t.isUntyped() ? Basic.STRING : t;
        } else if (u instanceof Slice) {
            rt = t;
        } else if (u instanceof Array a) {
            if (!addressable(x)) {
                check.error(s.x(), "invalid operation: " + describe(x) + " (slice of unaddressable value)");
                return Operand.invalid(s);
            }
            length = a.len;
            rt = Slice.of(a.elem);
        } else if (u instanceof Pointer p && p.elem.underlying() instanceof Array a) {
            length = a.len;
            rt = Slice.of(a.elem);
        } else {
            check.error(s.x(), "invalid operation: cannot slice " + describe(x));
            return Operand.invalid(s);
        }
        // types2's sliceExpr: constant indices within the length (the capacity, for these types)
        // and in order; one "invalid slice indices" error at most
        Expr[] ie = {s.lo(), s.hi(), s.max()};
        ExprNode[] bounds = new ExprNode[3];
        long[] ind = new long[3];
        for (int k = 0; k < 3; k++) {
            ind[k] = k == 0 ? 0 : length; // types2's defaults
            if (ie[k] != null) {
                Operand i = single(ie[k]);
                bounds[k] = i.invalid() ? null : boundNode(i);
                ind[k] = bounds[k] != null ? constIndex(i, ie[k], length < 0 ? -1 : length + 1) : -1;
            }
        }
        order:
        for (int a = 0; a < 2; a++) {
            for (int b = a + 1; b < 3 && ind[a] > 0; b++) {
                if (ind[b] >= 0 && ind[b] < ind[a]) {
                    check.error(ie[b], "invalid slice indices: " + ind[b] + " < " + ind[a]);
                    break order;
                }
            }
        }
        if (u.isString()) {
            return Operand.value(s, rt, new SliceExprNode(stringView(valueNode(x)), bounds[0], bounds[1], null, true));
        }
        ExprNode base = u instanceof Pointer ? new PointerNodes.NonNil(valueNode(x)) : valueNode(x);
        return Operand.value(s, rt, new SliceExprNode(base, bounds[0], bounds[1], bounds[2], false));
    }

    /**
     * A valid index's constant value, or -1 when it is not constant or (reported) not below max
     * (types2's index(): "index N out of bounds [0:max]").
     */
    private long constIndex(Operand i, Expr at, long max) {
        if (i.mode != Operand.Mode.CONST || check.inInstance) { // T(1) is constant in an instance only: Go checks the generic body
            return -1;
        }
        long v = i.value.toBigInteger().longValue();
        if (max >= 0 && v >= max) {
            check.error(at, "invalid argument: index " + v + " out of bounds [0:" + max + "]");
            return -1;
        }
        return v;
    }

    // ---- type assertions ----

    Operand typeAssert(TypeAssertExpr t) {
        Operand x = single(t.x());
        if (x.invalid()) {
            return x;
        }
        if (t.type() == null) {
            check.error(t, "invalid syntax tree: use of .(type) outside type switch");
            return Operand.invalid(t);
        }
        if (!(x.type.underlying() instanceof Interface xi)) {
            check.error(t.x(), "invalid operation: " + exprString(t.x()) + " (" + (x.isVar ? "variable" : "value") + " of type " + x.type + ") is not an interface");
            return Operand.invalid(t);
        }
        Type target = check.typeExprs.typeOf(t.type());
        if (target == Basic.INVALID) {
            return Operand.invalid(t);
        }
        if (!target.isInterface() && !Lookup.implementsIface(target, xi) && !check.inInstance) {
            check.error(t.x(), "impossible type assertion: " + exprString(t) + "\n\t" + target + " does not implement " + x.type + missingMethod(check, target, xi));
            return Operand.invalid(t);
        }
        ExprNode xn = valueNode(x);
        Operand o = Operand.value(t, target, new TypeAssertNode(xn, x.type, target, false));
        o.mode = Operand.Mode.COMMAOK;
        o.modeText = "comma, ok expression";
        o.commaOkNode = new TypeAssertNode(xn, x.type, target, true);
        return o;
    }

}
