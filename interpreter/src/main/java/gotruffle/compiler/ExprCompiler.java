package gotruffle.compiler;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.VirtualFrame;
import gotruffle.GoContext;
import gotruffle.GoLanguage;
import gotruffle.nodes.ExprNode;
import gotruffle.nodes.RuntimePanics;
import gotruffle.nodes.StmtNode;
import gotruffle.nodes.call.BoundMethodRoot;
import gotruffle.nodes.call.FuncDef;
import gotruffle.nodes.call.IfaceMethodExprRoot;
import gotruffle.nodes.expr.*;
import gotruffle.nodes.expr.ComplexNegNode;
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
import gotruffle.types.Struct;
import gotruffle.types.Tuple;
import gotruffle.types.Type;
import gotruffle.values.GlobalVar;
import gotruffle.values.GoFunc;
import gotruffle.values.GoPointer;
import gotruffle.values.Iface;
import gotruffle.values.Values;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static gotruffle.compiler.Constants.*;
import static gotruffle.compiler.ExprStrings.*;

/** Expressions: checking (types2's rules and messages) and node construction. */
abstract class ExprCompiler extends CompilerBase {
    ExprCompiler(GoLanguage language) {
        super(language);
    }

    abstract GoFunc compileFuncLit(FuncLit f, Signature sig);

    abstract ExprNode chanRecv(Expr at, ExprNode ch, Type elem, boolean commaOk);

    abstract ExprNode selectRecvPlaceholder();

    abstract Operand call(CallExpr c);

    // ---- variables ----

    ExprNode readVar(Entity.Var v) {
        if (v.global != null) {
            return new CellNodes.ReadGlobal(v.global);
        }
        if (v.owner == fn) {
            if (v.boxed) {
                return new CellNodes.ReadCell(new CellNodes.CellRef(v.slot, false));
            }
            return new ReadLocalNode(v.slot, v.rep);
        }
        return new CellNodes.ReadCell(cellRef(v));
    }

    CellNodes.CellRef cellRef(Entity.Var v) {
        if (v.owner == fn) {
            return new CellNodes.CellRef(v.slot, false);
        }
        return new CellNodes.CellRef(fn.capture(v), true);
    }

    StmtNode writeVar(Entity.Var v, ExprNode value) {
        if (v.type.isAggregate()) {
            return new AggregateNodes.AssignInPlace(readVar(v), value);
        }
        if (v.global != null) {
            return new CellNodes.WriteGlobal(v.global, value);
        }
        if (v.boxed || v.owner != fn) {
            return new CellNodes.WriteCell(cellRef(v), value);
        }
        return new WriteLocalNode(v.slot, v.rep, value);
    }

    /** Declares a new local variable in the current function and returns the statement initializing it. */
    StmtNode declareLocal(Entity.Var v, ExprNode init) {
        if (v.global != null) {
            // a REPL input's variable (StmtCompiler.sessionBlock)
            return new CellNodes.WriteGlobal(v.global, init != null ? init : new ConstNodeZero(v.type));
        }
        v.rep = Rep.of(v.type);
        boolean escapes = fn.escaping.contains(v.name) && !v.type.isAggregate();
        if (fn.escaping.contains(v.name) && v.type.isAggregate()) {
            // captured aggregates also live in a Cell (the closure shares the variable)
            escapes = true;
        }
        v.boxed = escapes;
        v.slot = fn.newSlot(escapes ? Rep.OBJECT : v.rep);
        if (init == null) {
            init = new ConstNodeZero(v.type);
        }
        if (escapes) {
            return new CellNodes.NewCell(v.slot, init);
        }
        return new WriteLocalNode(v.slot, v.rep, init);
    }

    /** A fresh zero value per evaluation (aggregates must not be shared). */
    static final class ConstNodeZero extends ExprNode {
        private final Type type;
        private final Object zero;
        private final boolean aggregate;

        ConstNodeZero(Type type) {
            this.type = type;
            this.zero = Values.zero(type);
            this.aggregate = type.isAggregate();
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return aggregate ? Values.copyAggregate(zero) : zero;
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            return 0;
        }

        @Override
        public double executeDouble(VirtualFrame frame) {
            return 0;
        }

        @Override
        public boolean executeBoolean(VirtualFrame frame) {
            return false;
        }
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
                return new GlobalAddr(v.global);
            }
            if (!v.boxed && v.owner == fn) {
                throw new IllegalStateException("address of unboxed variable " + v.name);
            }
            return new PointerNodes.AddrOfCell(cellRef(v));
        }
    }

    /** &global: a pointer into the GlobalVar. */
    static final class GlobalAddr extends ExprNode {
        private final GlobalVar g;

        GlobalAddr(GlobalVar g) {
            this.g = g;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return new GlobalPointer(g);
        }
    }

    static final class GlobalPointer extends GoPointer {
        final GlobalVar g;

        GlobalPointer(GlobalVar g) {
            this.g = g;
        }

        @Override
        public Object load() {
            return g.value;
        }

        @Override
        public void store(Object v) {
            g.value = v;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof GlobalPointer p && p.g == g;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(g);
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
                case DEREF -> base;
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
        int slot = fn.newSlot(rep);
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
                    error(o.expr, "cannot use " + describe(o) + " as " + t + " value in " + "expression" + overflowSuffix(o.value, t));
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
            error(o.expr, exprString(o.expr) + " (no value) used as value");
            return new ConstNode(null);
        }
        if (o.mode == Operand.Mode.TYPE) {
            error(o.expr, exprString(o.expr) + " (type) is not an expression");
            return new ConstNode(null);
        }
        if (o.type instanceof Tuple tu) {
            error(o.expr, "multiple-value " + exprString(o.expr) + " (value of type " + tu + ") in single-value context");
            return new ConstNode(null);
        }
        if (o.type.underlying() == Basic.INVALID || o.type instanceof Pointer ip && ip.elem.underlying() == Basic.INVALID) {
            return new ConstNode(null); // its type had an error (reported)
        }
        Type tu = t.underlying();
        if (o.mode == Operand.Mode.NIL) {
            if (tu instanceof Pointer || tu instanceof Slice || tu instanceof MapType || tu instanceof ChanType || tu instanceof Signature || tu instanceof Interface) {
                return new ConstNode(null);
            }
            error(o.expr, "cannot use nil as " + shownT + " value in " + context);
            return new ConstNode(null);
        }
        if (o.mode == Operand.Mode.CONST && o.type.isUntyped()) {
            if (tu instanceof Interface ti) {
                if (!ti.methods.isEmpty()) {
                    Type d = defaultType(o.type);
                    error(o.expr, "cannot use " + describe(o) + " as " + shownT + " value in " + context + ": " + d + " does not implement " + t + missingMethod(d, ti));
                    return new ConstNode(null);
                }
                Type d = defaultType(o.type);
                Const r = representable(o.value, d);
                if (r == null) {
                    error(o.expr, "cannot use " + describe(o) + " as " + d + " value in " + context + overflowSuffix(o.value, d));
                    return new ConstNode(null);
                }
                return new ConstNode(new Iface(d, constValue(r, d)));
            }
            Const r = representable(o.value, t);
            if (r == null) {
                if (t.basic() != null && o.value.isNumeric() && t.isNumeric()) {
                    error(o.expr, "cannot use " + describe(o) + " as " + shownT + " value in " + context + overflowSuffix(o.value, t));
                } else {
                    error(o.expr, "cannot use " + describe(o) + " as " + shownT + " value in " + context);
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
            error(o.expr, "cannot use " + describe(o) + " as " + shownT + " value in " + context);
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
            String why = missingMethod(ot, ti);
            error(o.expr, "cannot use " + describe(o) + " as type " + shownT + " in " + context + ":\n\t" + ot + " does not implement " + t + why);
            return new ConstNode(null);
        }
        // identical underlying types where one is unnamed; channel direction conversion
        if (ot.underlying() == tu && (!Predicates.hasName(ot) || !Predicates.hasName(t))) {
            return materialize(o, n);
        }
        if (ot.underlying() instanceof ChanType oc && tu instanceof ChanType tc && oc.dir == ChanType.BOTH && oc.elem == tc.elem && !(t instanceof Named && ot instanceof Named)) {
            return n;
        }
        error(o.expr, "cannot use " + describe(o) + " as type " + shownT + " in " + context);
        return new ConstNode(null);
    }

    /** The reason types2 appends to "t does not implement ti" (empty if it does). */
    static String missingMethod(Type t, Interface ti) {
        Lookup.Missing m = Lookup.missingMethod(t, ti);
        return m == null ? "" : m.reason();
    }

    // ---- expressions ----

    @Override
    Operand expr(Expr e) {
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
        return single(expr(e), e);
    }

    /** The checks of single(e) on an already evaluated operand. */
    Operand single(Operand o, Expr e) {
        if (o.mode == Operand.Mode.COMMAOK) {
            o.mode = Operand.Mode.VALUE;
        }
        if (o.mode == Operand.Mode.TYPE) {
            error(e, exprString(e) + " (type) is not an expression");
            return Operand.invalid(e);
        }
        if (o.mode == Operand.Mode.NOVALUE) {
            error(e, exprString(e) + " (no value) used as value");
            return Operand.invalid(e);
        }
        if (o.mode == Operand.Mode.BUILTIN) {
            error(e, exprString(e) + " (built-in) must be called");
            return Operand.invalid(e);
        }
        if (o.mode == Operand.Mode.PACKAGE) {
            error(e, "use of package " + exprString(e) + " not in selector");
            return Operand.invalid(e);
        }
        if (o.type instanceof Tuple tu) {
            error(e, "multiple-value " + exprString(e) + " (value of type " + tu + ") in single-value context");
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
                return unary(u);
            }
            case BinaryExpr b -> {
                return binary(b);
            }
            case CallExpr c -> {
                Operand r = call(c);
                if (r.mode != Operand.Mode.CONST && r.mode != Operand.Mode.TYPE) {
                    hasCallOrRecv = true;
                }
                return r;
            }
            case SelectorExpr s -> {
                return selector(s);
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
                    error(s, "invalid operation: cannot indirect nil");
                    return Operand.invalid(e);
                }
                if (!(x.type.underlying() instanceof Pointer p)) {
                    error(s, "invalid operation: cannot indirect " + describe(x));
                    return Operand.invalid(e);
                }
                NodeLValue lv = new NodeLValue(NodeLValue.K.DEREF, p.elem, valueNode(x), null, -1, x.type);
                Operand o = Operand.value(e, p.elem, lv.read());
                o.lvalue = lv;
                return o;
            }
            case CompositeLit c -> {
                Operand o = compositeLit(c, null);
                Type sh = c.type() == null || o.invalid() ? o.type : shown(c.type(), o.type);
                if (sh != o.type) {
                    o.shown = sh;
                }
                return o;
            }
            case FuncLit f -> {
                Signature sig = signature(f.type(), null);
                GoFunc g = compileFuncLit(f, sig);
                return Operand.value(e, sig, lastClosureNode);
            }
            case TypeAssertExpr t -> {
                return typeAssert(t);
            }
            default -> {
                // type expressions
                Type t = typeOf(e);
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
            error(b, "excessively long constant: " + b.raw().substring(0, 10) + "... (" + b.raw().length() + " chars)");
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
            error(b, ex.getMessage());
            return Operand.invalid(b);
        }
    }

    Operand ident(Ident id) {
        if (id.name().equals("_")) {
            error(id, "cannot use _ as value");
            return Operand.invalid(id);
        }
        Entity en = scope.lookup(id.name());
        if (en == null) {
            error(id, "undefined: " + id.name());
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
                        error(id, "cannot use iota outside constant declaration");
                        return Operand.invalid(id);
                    }
                    return Operand.constant(id, Basic.UNTYPED_INT, Const.ofInt(iota));
                }
                resolveConstEntity(c);
                if (c.value == null) {
                    return Operand.invalid(id);
                }
                return Operand.constant(id, c.type, c.value);
            }
            case Entity.TypeE t -> {
                if (t.generic != null) {
                    error(id, "cannot use generic type " + t.generic.describe() + " without instantiation");
                    return Operand.invalid(id);
                }
                resolveTypeEntity(t);
                Operand o = new Operand();
                o.mode = t.type == Basic.INVALID ? Operand.Mode.INVALID : Operand.Mode.TYPE;
                o.type = t.type;
                return o;
            }
            case Entity.Func f -> {
                if (f.generic != null) {
                    error(id, "cannot use generic function " + f.name + " without instantiation");
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

    /** A top-level function used as a value. */
    static final class FuncRefNode extends ExprNode {
        private final FuncDef def;
        @CompilerDirectives.CompilationFinal private GoFunc value;

        FuncRefNode(FuncDef def) {
            this.def = def;
        }

        FuncDef def() {
            return def;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            if (value == null) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                value = new GoFunc(def.target(), null);
            }
            return value;
        }
    }

    // ---- unary and binary ----

    Operand unary(UnaryExpr u) {
        if (u.op().equals("&")) {
            Expr x = u.x();
            while (x instanceof ParenExpr p) {
                x = p.x();
            }
            if (x instanceof CompositeLit c) {
                Operand lit = compositeLit(c, null);
                if (lit.invalid()) {
                    return lit;
                }
                Type pt = Pointer.of(lit.type);
                ExprNode n = lit.type.isAggregate() ? lit.node : new PointerNodes.NewCellPointer(lit.node);
                Operand o = Operand.value(u, pt, n);
                return o;
            }
            Operand o = expr(x);
            if (o.invalid()) {
                return o;
            }
            if (o.lvalue == null || (o.lvalue instanceof NodeLValue nl && nl.k == NodeLValue.K.MAP)) {
                error(u, "invalid operation: cannot take address of " + describe(o));
                return Operand.invalid(u);
            }
            return Operand.value(u, Pointer.of(o.type), o.lvalue.addr());
        }
        if (u.op().equals("<-")) {
            hasCallOrRecv = true;
            Operand x = single(u.x());
            if (x.invalid()) {
                return x;
            }
            if (!(x.type.underlying() instanceof ChanType c)) {
                error(u.x(), "invalid operation: cannot receive from non-channel " + describe(x));
                return Operand.invalid(u);
            }
            if (c.dir == ChanType.SEND) {
                error(u.x(), "invalid operation: cannot receive from send-only channel " + describe(x));
                return Operand.invalid(u);
            }
            Operand o = Operand.value(u, c.elem, chanRecv(u, valueNode(x), c.elem, false));
            o.shown = shownElem(x, c.elem);
            o.mode = Operand.Mode.COMMAOK;
            o.modeText = "comma, ok expression";
            o.commaOkNode = chanRecv(u, valueNode(x), c.elem, true);
            o.fresh = true;
            return o;
        }
        Operand x = single(u.x());
        if (x.invalid()) {
            return x;
        }
        String op = u.op();
        if (op.equals("~")) {
            error(u, "cannot use ~ outside of interface or type constraint");
            return Operand.invalid(u);
        }
        if (x.mode == Operand.Mode.CONST) {
            Const v = x.value;
            Const r;
            switch (op) {
                case "+" -> {
                    if (!v.isNumeric()) {
                        return badUnary(u, x);
                    }
                    r = v;
                }
                case "-" -> {
                    if (!v.isNumeric()) {
                        return badUnary(u, x);
                    }
                    if (v.isComplex()) {
                        Const re = v.realPart(), im = v.imagPart();
                        r = Const.ofComplex(Const.ofRat(re.num.negate(), re.den), Const.ofRat(im.num.negate(), im.den));
                    } else {
                        r = v.k == Const.K.INT ? Const.ofInt(v.num.negate()) : Const.ofRat(v.num.negate(), v.den);
                    }
                }
                case "!" -> {
                    if (v.k != Const.K.BOOL) {
                        return badUnary(u, x);
                    }
                    r = Const.ofBool(!v.b);
                }
                case "^" -> {
                    if (v.k != Const.K.INT) {
                        return badUnary(u, x);
                    }
                    BigInteger i = v.num.not();
                    if (x.type.isUnsigned()) {
                        int bits = x.type.basic().kind.bits;
                        i = i.and(BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE));
                    }
                    r = Const.ofInt(i);
                }
                default -> {
                    return badUnary(u, x);
                }
            }
            if (!x.type.isUntyped() && representable(r, x.type) == null) {
                error(u, "constant " + r + " overflows " + x.type);
                return Operand.invalid(u);
            }
            if (untypedOverflow(u.line(), u.col(), op.equals("^") ? "bitwise complement" : "", x.type, r)) {
                return Operand.invalid(u);
            }
            return Operand.constant(u, x.type, x.type.isFloat() || x.type.isComplex() || x.type.isUntyped() ? r : representable(r, x.type));
        }
        if (x.retype != null && (op.equals("-") || op.equals("^") || op.equals("+"))) {
            // an untyped non-constant shift: stays untyped, typed by the context (see binary)
            Operand xo = x;
            Function<Type, ExprNode> build = tt -> op.equals("+") ? valueNodeAs(xo, tt)
                    : new UnaryNode(op.equals("-") ? UnaryNode.Op.NEG_INT : UnaryNode.Op.COMPLEMENT, tt.underlying().basic().kind, valueNodeAs(xo, tt));
            Operand o = Operand.value(u, Basic.UNTYPED_INT, build.apply(Basic.INT));
            o.retype = build;
            return o;
        }
        Type t = x.type;
        ExprNode n = valueNode(x);
        switch (op) {
            case "+" -> {
                if (!t.isNumeric()) {
                    return badUnary(u, x);
                }
                return Operand.value(u, t, n);
            }
            case "-" -> {
                if (t.isInteger()) {
                    return Operand.value(u, t, new UnaryNode(UnaryNode.Op.NEG_INT, t.basic().kind, n));
                }
                if (t.isFloat()) {
                    return Operand.value(u, t, new UnaryNode(UnaryNode.Op.NEG_FLOAT, t.basic().kind, n));
                }
                if (t.isComplex()) {
                    return Operand.value(u, t, new ComplexNegNode(n));
                }
                return badUnary(u, x);
            }
            case "!" -> {
                if (!t.isBoolean()) {
                    return badUnary(u, x);
                }
                return Operand.value(u, t, new UnaryNode(UnaryNode.Op.NOT, Kind.BOOL, n));
            }
            case "^" -> {
                if (!t.isInteger()) {
                    return badUnary(u, x);
                }
                return Operand.value(u, t, new UnaryNode(UnaryNode.Op.COMPLEMENT, t.basic().kind, n));
            }
            default -> {
                return badUnary(u, x);
            }
        }
    }

    private Operand badUnary(UnaryExpr u, Operand x) {
        error(u, "invalid operation: operator " + u.op() + " not defined on " + describe(x));
        return Operand.invalid(u);
    }

    static boolean isComparison(String op) {
        return switch (op) {
            case "==", "!=", "<", "<=", ">", ">=" -> true;
            default -> false;
        };
    }

    Operand binary(BinaryExpr b) {
        String op = b.op();
        if (op.equals("&&") || op.equals("||")) {
            Operand x = single(b.x());
            Operand y = single(b.y());
            if (x.invalid() || y.invalid()) {
                return Operand.invalid(b);
            }
            if (!x.type.isBoolean() || !y.type.isBoolean()) {
                Operand bad = !x.type.isBoolean() ? x : y;
                error(b, "invalid operation: operator " + op + " not defined on " + describe(bad));
                return Operand.invalid(b);
            }
            if (x.mode == Operand.Mode.CONST && y.mode == Operand.Mode.CONST) {
                boolean r = op.equals("&&") ? x.value.b && y.value.b : x.value.b || y.value.b;
                Type rt = x.type.isUntyped() ? y.type : x.type;
                return Operand.constant(b, rt, Const.ofBool(r));
            }
            Type rt = x.type.isUntyped() ? y.type : x.type;
            if (!x.type.isUntyped() && !y.type.isUntyped() && x.type != y.type) {
                error(b, "invalid operation: " + binaryString(b) + " (mismatched types " + x.shownType() + " and " + y.shownType() + ")");
                return Operand.invalid(b);
            }
            return Operand.value(b, rt, new LogicalNode(op.equals("&&"), valueNodeAs(x, rt), valueNodeAs(y, rt)));
        }
        if (op.equals("<<") || op.equals(">>")) {
            return shift(b);
        }
        Operand x = single(b.x());
        Operand y = single(b.y());
        if (x.invalid() || y.invalid()) {
            return Operand.invalid(b);
        }
        boolean cmp = isComparison(op);
        // nil comparisons
        if (x.mode == Operand.Mode.NIL || y.mode == Operand.Mode.NIL) {
            if (!cmp || !(op.equals("==") || op.equals("!="))) {
                error(b, "invalid operation: operator " + op + " not defined on nil");
                return Operand.invalid(b);
            }
            Operand other = x.mode == Operand.Mode.NIL ? y : x;
            if (other.mode == Operand.Mode.NIL) {
                error(b, "invalid operation: " + exprString(b) + " (operator " + op + " not defined on nil)");
                return Operand.invalid(b);
            }
            Type ou = other.type.underlying();
            if (!(ou instanceof Pointer || ou instanceof Slice || ou instanceof MapType || ou instanceof ChanType || ou instanceof Signature || ou instanceof Interface)) {
                error(b, "invalid operation: " + binaryString(b) + " (mismatched types " + other.shownType() + " and untyped nil)");
                return Operand.invalid(b);
            }
            return Operand.value(b, Basic.UNTYPED_BOOL, new NilCompareNode(valueNode(other), op.equals("==")));
        }
        // both constant
        if (x.mode == Operand.Mode.CONST && y.mode == Operand.Mode.CONST) {
            return constBinary(b, op, x, y);
        }
        // determine operand type
        Type t;
        if (x.type.isUntyped() && !y.type.isUntyped()) {
            t = y.type;
        } else if (y.type.isUntyped() && !x.type.isUntyped()) {
            t = x.type;
        } else if (x.type.isUntyped() && y.type.isUntyped()) {
            t = rankUntyped(x.type, y.type);
            t = defaultType(t);
        } else {
            t = x.type;
        }
        if (!cmp && x.type.isUntyped() && y.type.isUntyped() && (x.retype != null || y.retype != null) && t.isInteger()
                && intOp(op) != null && !((op.equals("/") || op.equals("%")) && y.mode == Operand.Mode.CONST && y.value.signum() == 0)) {
            // an untyped non-constant shift (1<<s - 1): the whole expression stays untyped and its
            // constants take the type the context gives it (spec: as if the shift were its left operand)
            Operand xo = x, yo = y;
            Function<Type, ExprNode> build = tt -> new IntBinaryNode(intOp(op), tt.underlying().basic().kind,
                    valueNodeAs(xo, tt), valueNodeAs(yo, tt), false);
            Operand o = Operand.value(b, Basic.UNTYPED_INT, build.apply(Basic.INT));
            o.retype = build;
            return o;
        }
        // mismatched typed operands
        if (!x.type.isUntyped() && !y.type.isUntyped() && x.type != y.type) {
            boolean ok = cmp && (op.equals("==") || op.equals("!=")) && (Predicates.assignableTo(x.type, y.type) || Predicates.assignableTo(y.type, x.type));
            if (!ok) {
                error(b, "invalid operation: " + binaryString(b) + " (mismatched types " + x.shownType() + " and " + y.shownType() + ")");
                return Operand.invalid(b);
            }
            if (x.type.isInterface() && !y.type.isInterface()) {
                t = x.type;
            } else if (y.type.isInterface() && !x.type.isInterface()) {
                t = y.type;
            }
        }
        // untyped constant operand must be representable in t
        if (x.mode == Operand.Mode.CONST && x.type.isUntyped() && !t.isInterface() && representable(x.value, t) == null) {
            return mismatchOrOverflow(b, x, y, t, x);
        }
        if (y.mode == Operand.Mode.CONST && y.type.isUntyped() && !t.isInterface() && representable(y.value, t) == null) {
            return mismatchOrOverflow(b, x, y, t, y);
        }
        ExprNode xn = valueNodeAs(x, t);
        ExprNode yn = valueNodeAs(y, t);
        Type u = t.underlying();
        if (cmp) {
            CompareNode.Op cop = switch (op) {
                case "==" -> CompareNode.Op.EQL;
                case "!=" -> CompareNode.Op.NEQ;
                case "<" -> CompareNode.Op.LSS;
                case "<=" -> CompareNode.Op.LEQ;
                case ">" -> CompareNode.Op.GTR;
                default -> CompareNode.Op.GEQ;
            };
            boolean ordered = !(op.equals("==") || op.equals("!="));
            if (ordered && (!(u.isNumeric() || u.isString()) || u.isComplex())) {
                error(b, "invalid operation: " + exprString(b) + " (operator " + op + " not defined on " + describeKind(x) + ")");
                return Operand.invalid(b);
            }
            if (!ordered && !Predicates.comparable(t)) {
                String what = u instanceof Slice ? "slice" : u instanceof MapType ? "map" : u instanceof Signature ? "func" : null;
                if (what != null) {
                    error(b, "invalid operation: " + exprString(b) + " (" + what + " can only be compared to nil)");
                } else {
                    error(b, "invalid operation: " + exprString(b) + " (" + t + " cannot be compared)");
                }
                return Operand.invalid(b);
            }
            CompareNode.Mode mode;
            if (u.isInteger()) {
                mode = u.isUnsigned() ? CompareNode.Mode.UNSIGNED : CompareNode.Mode.SIGNED;
            } else if (u.isFloat()) {
                mode = CompareNode.Mode.FLOAT;
            } else if (u.isString()) {
                mode = CompareNode.Mode.STRING;
            } else if (u.isBoolean()) {
                mode = CompareNode.Mode.BOOL;
            } else {
                mode = CompareNode.Mode.GENERIC;
            }
            return Operand.value(b, Basic.UNTYPED_BOOL, new CompareNode(cop, mode, t, xn, yn));
        }
        // arithmetic
        if (op.equals("+") && u.isString()) {
            return Operand.value(b, t, new ConcatNode(xn, yn));
        }
        if (u.isInteger()) {
            IntBinaryNode.Op iop = intOp(op);
            if (iop == null) {
                return badBinary(b, x, op);
            }
            if ((iop == IntBinaryNode.Op.DIV || iop == IntBinaryNode.Op.REM) && y.mode == Operand.Mode.CONST && y.value.signum() == 0) {
                error(b, "invalid operation: division by zero");
                return Operand.invalid(b);
            }
            return Operand.value(b, t, new IntBinaryNode(iop, u.basic().kind, xn, yn, false));
        }
        if (u.isFloat()) {
            FloatBinaryNode.Op fop = switch (op) {
                case "+" -> FloatBinaryNode.Op.ADD;
                case "-" -> FloatBinaryNode.Op.SUB;
                case "*" -> FloatBinaryNode.Op.MUL;
                case "/" -> FloatBinaryNode.Op.DIV;
                default -> null;
            };
            if (fop == null) {
                return badBinary(b, x, op);
            }
            // x / 0.0 is only an error for a constant x (handled with the constants); here it is ±Inf or NaN
            return Operand.value(b, t, new FloatBinaryNode(fop, u.basic().kind == Kind.FLOAT32, xn, yn));
        }
        if (u.isComplex()) {
            ComplexBinaryNode.Op cop = switch (op) {
                case "+" -> ComplexBinaryNode.Op.ADD;
                case "-" -> ComplexBinaryNode.Op.SUB;
                case "*" -> ComplexBinaryNode.Op.MUL;
                case "/" -> ComplexBinaryNode.Op.DIV;
                default -> null;
            };
            if (cop == null) {
                return badBinary(b, x, op);
            }
            return Operand.value(b, t, new ComplexBinaryNode(cop, u.basic().kind == Kind.COMPLEX64, xn, yn));
        }
        return badBinary(b, x, op);
    }

    private static IntBinaryNode.Op intOp(String op) {
        return switch (op) {
            case "+" -> IntBinaryNode.Op.ADD;
            case "-" -> IntBinaryNode.Op.SUB;
            case "*" -> IntBinaryNode.Op.MUL;
            case "/" -> IntBinaryNode.Op.DIV;
            case "%" -> IntBinaryNode.Op.REM;
            case "&" -> IntBinaryNode.Op.AND;
            case "|" -> IntBinaryNode.Op.OR;
            case "^" -> IntBinaryNode.Op.XOR;
            case "&^" -> IntBinaryNode.Op.ANDNOT;
            default -> null;
        };
    }

    private Operand mismatchOrOverflow(BinaryExpr b, Operand x, Operand y, Type t, Operand c) {
        if (c.value.isNumeric() && t.isNumeric()) {
            // types2's convertUntyped: "truncated to" / "overflows" the operand's underlying type
            boolean trunc = t.isInteger() && !c.type.isInteger();
            error(c.expr, describe(c) + (trunc ? " truncated to " : " overflows ") + t.underlying());
        } else {
            error(b, "invalid operation: " + binaryString(b) + " (mismatched types " + x.shownType() + " and " + y.shownType() + ")");
        }
        return Operand.invalid(b);
    }

    private String describeKind(Operand x) {
        Type u = x.type.underlying();
        String k = u instanceof Struct ? "struct" : u instanceof Pointer ? "pointer" : u instanceof Interface ? "interface"
                : u instanceof Slice ? "slice" : u instanceof MapType ? "map" : u instanceof ChanType ? "chan" : u instanceof Signature ? "func"
                : u.isBoolean() ? "bool" : u instanceof Array ? "array" : x.type.toString();
        return k;
    }

    private Operand badBinary(BinaryExpr b, Operand x, String op) {
        error(b, "invalid operation: operator " + op + " not defined on " + describe(x));
        return Operand.invalid(b);
    }

    /** The node of operand o converted to type t (o is already known compatible). */
    ExprNode valueNodeAs(Operand o, Type t) {
        if (o.retype != null && t.isInteger()) {
            return o.retype.apply(t);
        }
        if (o.mode == Operand.Mode.CONST) {
            Type ct = o.type.isUntyped() ? (t.isInterface() ? defaultType(o.type) : t) : o.type;
            Const r = representable(o.value, ct);
            ExprNode n = constNode(r == null ? o.value : r, ct);
            if (t.isInterface() && !ct.isInterface()) {
                return new ToIfaceNode(ct, n);
            }
            return n;
        }
        if (t.isInterface() && !o.type.isInterface()) {
            return new ToIfaceNode(o.type.isUntyped() ? defaultType(o.type) : o.type, materialize(o, o.node));
        }
        return o.node;
    }

    private Operand constBinary(BinaryExpr b, String op, Operand x, Operand y) {
        Type t;
        if (x.type.isUntyped() && y.type.isUntyped()) {
            if (x.type == Basic.UNTYPED_STRING || y.type == Basic.UNTYPED_STRING || x.type == Basic.UNTYPED_BOOL || y.type == Basic.UNTYPED_BOOL) {
                if (x.type != y.type) {
                    error(b, "invalid operation: " + binaryString(b) + " (mismatched types " + x.shownType() + " and " + y.shownType() + ")");
                    return Operand.invalid(b);
                }
                t = x.type;
            } else {
                t = rankUntyped(x.type, y.type);
            }
        } else if (x.type.isUntyped()) {
            t = y.type;
        } else if (y.type.isUntyped()) {
            t = x.type;
        } else {
            if (x.type != y.type) {
                error(b, "invalid operation: " + binaryString(b) + " (mismatched types " + x.shownType() + " and " + y.shownType() + ")");
                return Operand.invalid(b);
            }
            t = x.type;
        }
        Const a = x.value, c = y.value;
        if (x.type.isUntyped() && !t.isUntyped() && representable(a, t) == null) {
            return mismatchOrOverflow(b, x, y, t, x);
        }
        if (y.type.isUntyped() && !t.isUntyped() && representable(c, t) == null) {
            return mismatchOrOverflow(b, x, y, t, y);
        }
        if (!t.isUntyped()) {
            // an untyped operand takes the typed one's type first: float32(0.1) == 0.1 is true
            a = representable(a, t);
            c = representable(c, t);
        }
        if (isComparison(op)) {
            int cmp;
            if (a.k == Const.K.STRING && c.k == Const.K.STRING) {
                cmp = a.s.compareTo(c.s);
            } else if (a.k == Const.K.BOOL && c.k == Const.K.BOOL) {
                if (!(op.equals("==") || op.equals("!="))) {
                    error(b, "invalid operation: " + exprString(b) + " (operator " + op + " not defined on " + describeKind(x) + ")");
                    return Operand.invalid(b);
                }
                cmp = a.b == c.b ? 0 : 1;
            } else if (a.isNumeric() && c.isNumeric() && (a.isComplex() || c.isComplex() || t.isComplex())) {
                if (!(op.equals("==") || op.equals("!="))) {
                    error(b, "invalid operation: " + exprString(b) + " (operator " + op + " not defined on " + describeKind(x) + ")");
                    return Operand.invalid(b);
                }
                cmp = a.equals(c) ? 0 : 1;
            } else if (a.isNumeric() && c.isNumeric()) {
                Const fa = a.toFloat(), fc = c.toFloat();
                cmp = fa.num.multiply(fc.den).compareTo(fc.num.multiply(fa.den));
            } else {
                error(b, "invalid operation: " + binaryString(b) + " (mismatched types " + x.shownType() + " and " + y.shownType() + ")");
                return Operand.invalid(b);
            }
            boolean r = switch (op) {
                case "==" -> cmp == 0;
                case "!=" -> cmp != 0;
                case "<" -> cmp < 0;
                case "<=" -> cmp <= 0;
                case ">" -> cmp > 0;
                default -> cmp >= 0;
            };
            return Operand.constant(b, Basic.UNTYPED_BOOL, Const.ofBool(r));
        }
        Const r;
        if (a.k == Const.K.STRING && c.k == Const.K.STRING) {
            if (!op.equals("+")) {
                error(b, "invalid operation: operator " + op + " not defined on " + describe(x));
                return Operand.invalid(b);
            }
            r = Const.ofString(a.s + c.s);
        } else if (a.isNumeric() && c.isNumeric() && (a.isComplex() || c.isComplex() || t.isComplex())) {
            r = complexArith(b, op, x, y, a, c);
            if (r == null) {
                return Operand.invalid(b);
            }
        } else if (a.isNumeric() && c.isNumeric()) {
            boolean intArith = t.isInteger() || (t.isUntyped() && a.k == Const.K.INT && c.k == Const.K.INT && t != Basic.UNTYPED_FLOAT);
            if (intArith && (!a.isIntegral() || !c.isIntegral())) {
                intArith = false;
            }
            if (intArith) {
                BigInteger p = a.toBigInteger(), q = c.toBigInteger();
                switch (op) {
                    case "+" -> r = Const.ofInt(p.add(q));
                    case "-" -> r = Const.ofInt(p.subtract(q));
                    case "*" -> r = Const.ofInt(p.multiply(q));
                    case "/", "%" -> {
                        if (q.signum() == 0) {
                            error(y.expr, "invalid operation: division by zero");
                            return Operand.invalid(b);
                        }
                        r = Const.ofInt(op.equals("/") ? p.divide(q) : p.remainder(q));
                    }
                    case "&" -> r = Const.ofInt(p.and(q));
                    case "|" -> r = Const.ofInt(p.or(q));
                    case "^" -> r = Const.ofInt(p.xor(q));
                    case "&^" -> r = Const.ofInt(p.andNot(q));
                    default -> {
                        error(b, "invalid operation: operator " + op + " not defined on " + describe(x));
                        return Operand.invalid(b);
                    }
                }
            } else {
                Const fa = a.toFloat(), fc = c.toFloat();
                switch (op) {
                    case "+" -> r = Const.ofRat(fa.num.multiply(fc.den).add(fc.num.multiply(fa.den)), fa.den.multiply(fc.den));
                    case "-" -> r = Const.ofRat(fa.num.multiply(fc.den).subtract(fc.num.multiply(fa.den)), fa.den.multiply(fc.den));
                    case "*" -> r = Const.ofRat(fa.num.multiply(fc.num), fa.den.multiply(fc.den));
                    case "/" -> {
                        if (fc.num.signum() == 0) {
                            error(y.expr, "invalid operation: division by zero");
                            return Operand.invalid(b);
                        }
                        r = Const.ofRat(fa.num.multiply(fc.den), fa.den.multiply(fc.num));
                    }
                    default -> {
                        error(b, "invalid operation: operator " + op + " not defined on " + describe(x));
                        return Operand.invalid(b);
                    }
                }
            }
        } else {
            error(b, "invalid operation: operator " + op + " not defined on " + describe(x));
            return Operand.invalid(b);
        }
        if (!t.isUntyped()) {
            Const rr = representable(r, t);
            if (rr == null) {
                error(b, exprString(b) + " (constant " + r + " of type " + t + ") overflows " + t.underlying());
                return Operand.invalid(b);
            }
            r = rr;
        }
        if (untypedOverflow(b.opLine(), b.opCol(), switch (op) {
            case "+" -> "addition";
            case "-" -> "subtraction";
            case "^" -> "bitwise XOR";
            case "*" -> "multiplication";
            default -> "";
        }, t, r)) {
            return Operand.invalid(b);
        }
        return Operand.constant(b, t, r);
    }

    /**
     * types2's overflow check for untyped integer constants: beyond 512 bits an operation reports
     * "constant OP overflow" at the operator (OP empty for operators that cannot normally grow a
     * value, hence Go's double space); the result is then unknown, which reports nothing further.
     */
    private boolean untypedOverflow(int line, int col, String opName, Type t, Const r) {
        if (t.isUntyped() && r.k == Const.K.INT && r.num.abs().bitLength() > CONST_PREC) {
            error(line, col, "constant " + opName + " overflow");
            return true;
        }
        return false;
    }

    /** Exact complex constant arithmetic; null after reporting an error. */
    private Const complexArith(BinaryExpr b, String op, Operand x, Operand y, Const a, Const c) {
        Const p = a.realPart(), q = a.imagPart(), r = c.realPart(), s = c.imagPart();
        switch (op) {
            case "+" -> {
                return Const.ofComplex(ratAdd(p, r), ratAdd(q, s));
            }
            case "-" -> {
                return Const.ofComplex(ratSub(p, r), ratSub(q, s));
            }
            case "*" -> {
                return Const.ofComplex(ratSub(ratMul(p, r), ratMul(q, s)), ratAdd(ratMul(p, s), ratMul(q, r)));
            }
            case "/" -> {
                if (c.isZero()) {
                    error(y.expr, "invalid operation: division by zero");
                    return null;
                }
                Const d = ratAdd(ratMul(r, r), ratMul(s, s));
                return Const.ofComplex(ratDiv(ratAdd(ratMul(p, r), ratMul(q, s)), d), ratDiv(ratSub(ratMul(q, r), ratMul(p, s)), d));
            }
            default -> {
                error(b, "invalid operation: operator " + op + " not defined on " + describe(x));
                return null;
            }
        }
    }

    private static Const ratAdd(Const a, Const c) {
        return Const.ofRat(a.num.multiply(c.den).add(c.num.multiply(a.den)), a.den.multiply(c.den));
    }

    private static Const ratSub(Const a, Const c) {
        return Const.ofRat(a.num.multiply(c.den).subtract(c.num.multiply(a.den)), a.den.multiply(c.den));
    }

    private static Const ratMul(Const a, Const c) {
        return Const.ofRat(a.num.multiply(c.num), a.den.multiply(c.den));
    }

    private static Const ratDiv(Const a, Const c) {
        return Const.ofRat(a.num.multiply(c.den), a.den.multiply(c.num));
    }

    /** types2's largest constant shift count (enough to express the smallest float64). */
    private static final int SHIFT_BOUND = 1023 - 1 + 52;

    Operand shift(BinaryExpr b) {
        Operand x = single(b.x());
        Operand y = single(b.y());
        if (x.invalid() || y.invalid()) {
            return Operand.invalid(b);
        }
        boolean left = b.op().equals("<<");
        // types2's order: the shifted operand first, then the count
        boolean xInt = x.type.isInteger()
                || x.type.isUntyped() && x.mode == Operand.Mode.CONST && x.value.isNumeric() && x.value.isIntegral();
        if (!xInt) {
            error(x.expr, "invalid operation: shifted operand " + describe(x) + " must be integer");
            return Operand.invalid(b);
        }
        if (y.mode == Operand.Mode.CONST) {
            if (y.value.isNumeric() && y.value.isIntegral() && y.value.signum() < 0) {
                error(y.expr, "invalid operation: negative shift count " + describe(y));
                return Operand.invalid(b);
            }
            if (y.type.isUntyped() && representable(y.value, Basic.UINT) == null) {
                error(y.expr, describe(y) + (y.value.isNumeric() ? (y.value.isIntegral() ? " overflows " : " truncated to ")
                        : " cannot be converted to ") + "uint");
                return Operand.invalid(b);
            }
            if (!y.type.isUntyped() && !y.type.isInteger()) {
                error(y.expr, "invalid operation: shift count " + describe(y) + " must be integer");
                return Operand.invalid(b);
            }
        } else if (!y.type.isInteger()) {
            error(y.expr, "invalid operation: shift count " + describe(y) + " must be integer");
            return Operand.invalid(b);
        }
        if (x.mode == Operand.Mode.CONST) {
            if (y.mode == Operand.Mode.CONST) {
                BigInteger count = y.value.toBigInteger();
                if (count.bitLength() > 31 || count.intValue() > SHIFT_BOUND) {
                    error(y.expr, "invalid operation: invalid shift count " + describe(y));
                    return Operand.invalid(b);
                }
                int n = count.intValue();
                BigInteger v = x.value.toBigInteger();
                BigInteger r = left ? v.shiftLeft(n) : v.shiftRight(n);
                Type t = x.type.isInteger() ? x.type : Basic.UNTYPED_INT;
                Const rc = Const.ofInt(r);
                if (!t.isUntyped() && representable(rc, t) == null) {
                    error(b, exprString(b) + " (constant " + r + " of type " + t + ") overflows " + t.underlying());
                    return Operand.invalid(b);
                }
                if (untypedOverflow(b.opLine(), b.opCol(), "shift", t, rc)) {
                    return Operand.invalid(b);
                }
                return Operand.constant(b, t, rc);
            }
            // non-constant shift of an untyped constant: the constant takes the type the context
            // gives the whole shift (Go's rule), int by default; retype rebuilds the node for it
            Const xv = x.value;
            boolean signedCount = !y.type.isUnsigned();
            Operand yo = y;
            Function<Type, ExprNode> build = tt -> {
                Const r = representable(xv, tt);
                return new IntBinaryNode(left ? IntBinaryNode.Op.SHL : IntBinaryNode.Op.SHR, tt.basic().kind,
                        constNode(r == null ? xv : r, tt), valueNode(yo), signedCount);
            };
            if (!x.type.isUntyped()) {
                return Operand.value(b, x.type, build.apply(x.type));
            }
            Operand o = Operand.value(b, Basic.UNTYPED_INT, build.apply(Basic.INT));
            o.retype = build;
            return o;
        }
        if (!x.type.isInteger()) {
            error(x.expr, "invalid operation: shifted operand " + describe(x) + " must be integer");
            return Operand.invalid(b);
        }
        ExprNode yn = y.mode == Operand.Mode.CONST ? constNode(y.value, Basic.UINT) : valueNode(y);
        boolean signedCount = y.mode != Operand.Mode.CONST && !y.type.isUnsigned();
        return Operand.value(b, x.type, new IntBinaryNode(left ? IntBinaryNode.Op.SHL : IntBinaryNode.Op.SHR, x.type.basic().kind, valueNode(x), yn, signedCount));
    }

    /** x == nil / x != nil */
    static final class NilCompareNode extends ExprNode {
        @Child private ExprNode x;
        private final boolean eq;

        NilCompareNode(ExprNode x, boolean eq) {
            this.x = x;
            this.eq = eq;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return executeBoolean(frame);
        }

        @Override
        public boolean executeBoolean(VirtualFrame frame) {
            return (x.execute(frame) == null) == eq;
        }
    }

    // ---- selectors ----

    Operand selector(SelectorExpr s) {
        String name = s.sel().name();
        if (s.x() instanceof Ident pk && scope.lookup(pk.name()) instanceof Entity.Pkg p) {
            p.used = true;
            if (p.pkg.unsupported) {
                return Operand.invalid(s); // reported at the import
            }
            Entity en = p.pkg.scope.lookupLocal(name);
            if (en == null && p.pkg.path.equals("unsafe") && isExported(name)) {
                unsupported(s, "unsafe." + name);
                return Operand.invalid(s);
            }
            if (en == null || !isExported(name)) {
                error(s.sel(), "undefined: " + pk.name() + "." + name);
                return Operand.invalid(s);
            }
            Scope saved = scope;
            try {
                scope = p.pkg.scope;
                return ident(new Ident(s.sel().line(), s.sel().col(), name));
            } finally {
                scope = saved;
            }
        }
        Operand x = expr(s.x());
        if (x.invalid()) {
            return x;
        }
        if (x.mode == Operand.Mode.TYPE) {
            return methodExpr(s, x.type, name);
        }
        String key = methodKey(name);
        if (x.mode == Operand.Mode.COMMAOK) {
            x.mode = Operand.Mode.VALUE;
        }
        if (x.mode != Operand.Mode.VALUE) {
            if (x.mode == Operand.Mode.CONST) {
                // methods on constants of named types
                x = Operand.value(s.x(), x.type, valueNode(x));
            } else {
                error(s, exprString(s) + " undefined");
                return Operand.invalid(s);
            }
        }
        Type t = x.type;
        if (t.underlying() == Basic.INVALID || t instanceof Pointer ip && ip.elem.underlying() == Basic.INVALID) {
            return Operand.invalid(s); // its type had an error (reported): no follow-on error, as in types2
        }
        // interface methods
        if (t.underlying() instanceof Interface it) {
            Interface.Method m = it.method(key);
            if (m == null) {
                error(s.sel(), exprString(s) + " undefined (type " + t + " has no field or method " + name + ")");
                return Operand.invalid(s);
            }
            Operand o = Operand.value(s, m.sig(), null);
            o.ref = new MethodSel(MethodSel.K.IFACE, x, key, null, List.of(), false);
            o.node = new MethodValueNode(valueNode(x), key, true, null);
            return o;
        }
        // fields (with promotion through embedded structs)
        Type base = t.underlying() instanceof Pointer p ? p.elem : t;
        boolean viaPtr = t.underlying() instanceof Pointer;
        if (base.underlying() instanceof Struct st) {
            List<int[]> path = new ArrayList<>();
            Struct.Field f = findField(st, name, path, 0);
            if (f != null) {
                ExprNode n = valueNode(x);
                Type cur = t;
                LValue lv = null;
                for (int i = 0; i < path.size(); i++) {
                    int idx = path.get(i)[0];
                    Struct cs = (Struct) ((cur.underlying() instanceof Pointer pp) ? pp.elem.underlying() : cur.underlying());
                    Struct.Field cf = cs.fields.get(idx);
                    NodeLValue nl = new NodeLValue(NodeLValue.K.FIELD, cf.type(), n, null, idx, cur);
                    lv = nl;
                    n = nl.read();
                    cur = cf.type();
                }
                Operand o = Operand.value(s, f.type(), n);
                // addressable if x is addressable or the path goes through a pointer
                if (x.lvalue != null || viaPtr || pathHasPointer(st, path)) {
                    o.lvalue = lv;
                }
                o.isVar = true;
                return o;
            }
        }
        // methods
        Lookup.Found found = Lookup.find(t, key);
        if (found == null && !(t instanceof Pointer) && (x.lvalue != null)) {
            found = Lookup.find(Pointer.of(t), key);
            if (found != null && found.method() != null) {
                // addressable value: implicit &x
                Operand o = Operand.value(s, found.method().sig, null);
                o.shown = shownMethodSig.get(found.method());
                o.ref = new MethodSel(MethodSel.K.CONCRETE, x, key, found.method(), found.path(), true);
                noteMethodRef(found.method());
                o.node = boundMethodValue(x, (MethodSel) o.ref);
                return o;
            }
        }
        if (found == null) {
            Lookup.Found pf = t instanceof Pointer ? null : Lookup.find(Pointer.of(t), key);
            if (pf != null) {
                error(s.sel(), "cannot call pointer method " + name + " on " + t);
            } else {
                error(s.sel(), exprString(s) + " undefined (type " + t + " has no field or method " + name + ")");
            }
            return Operand.invalid(s);
        }
        if (found.method() == null) {
            // promoted from an embedded interface field: select the field, then call through it
            ExprNode n = valueNode(x);
            Type cur = t;
            for (Lookup.Step stp : found.path()) {
                Struct cs = (Struct) ((cur.underlying() instanceof Pointer pp) ? pp.elem.underlying() : cur.underlying());
                n = new FieldNodes.Get(n, stp.field());
                cur = cs.fields.get(stp.field()).type();
            }
            Operand recv = Operand.value(s.x(), cur, n);
            Operand o = Operand.value(s, found.ifaceMethod().sig(), null);
            o.ref = new MethodSel(MethodSel.K.IFACE, recv, key, null, List.of(), false);
            o.node = new MethodValueNode(n, key, true, null);
            return o;
        }
        Operand o = Operand.value(s, found.method().sig, null);
        o.shown = shownMethodSig.get(found.method());
        o.ref = new MethodSel(MethodSel.K.CONCRETE, x, key, found.method(), found.path(), false);
        noteMethodRef(found.method());
        o.node = boundMethodValue(x, (MethodSel) o.ref);
        return o;
    }

    private boolean pathHasPointer(Struct st, List<int[]> path) {
        Struct cur = st;
        for (int i = 0; i < path.size() - 1; i++) {
            Type ft = cur.fields.get(path.get(i)[0]).type();
            if (ft.underlying() instanceof Pointer p) {
                return true;
            }
            cur = (Struct) ft.underlying();
        }
        return false;
    }

    /** Finds field name in st or (breadth-first) in embedded structs; path receives field indices. */
    Struct.Field findField(Struct st, String name, List<int[]> path, int depth) {
        if (depth > 8) {
            return null;
        }
        for (int i = 0; i < st.fields.size(); i++) {
            Struct.Field f = st.fields.get(i);
            if (f.name().equals(name) && fieldVisible(f)) {
                path.add(new int[]{i});
                return f;
            }
        }
        for (int i = 0; i < st.fields.size(); i++) {
            Struct.Field f = st.fields.get(i);
            if (f.embedded()) {
                Type ft = f.type().underlying() instanceof Pointer p ? p.elem : f.type();
                if (ft.underlying() instanceof Struct inner) {
                    List<int[]> sub = new ArrayList<>();
                    Struct.Field r = findField(inner, name, sub, depth + 1);
                    if (r != null) {
                        path.add(new int[]{i});
                        path.addAll(sub);
                        return r;
                    }
                }
            }
        }
        return null;
    }

    /** A selected method: how to call it. */
    record MethodSel(K k, Operand recv, String name, Named.Method method, List<Lookup.Step> path, boolean takeAddr) {
        enum K { IFACE, CONCRETE }
    }

    /** The receiver argument for a concrete method call: walks the embedding path, takes the address or dereferences as needed. */
    ExprNode receiverNode(MethodSel sel) {
        Operand x = sel.recv();
        ExprNode n;
        Type cur = x.type;
        boolean addressable = x.lvalue != null;
        if (sel.path().isEmpty()) {
            if (sel.takeAddr()) {
                return x.lvalue.addr();
            }
            n = valueNode(x);
        } else {
            n = valueNode(x);
            for (Lookup.Step st : sel.path()) {
                Struct s = (Struct) (cur.underlying() instanceof Pointer p ? p.elem.underlying() : cur.underlying());
                Struct.Field f = s.fields.get(st.field());
                if (f.type().isAggregate() || f.type().underlying() instanceof Pointer) {
                    n = new FieldNodes.Get(n, st.field());
                } else if (sel.method().ptrRecv && st == sel.path().get(sel.path().size() - 1)) {
                    n = new FieldNodes.Addr(n, st.field());
                    return n;
                } else {
                    n = new FieldNodes.Get(n, st.field());
                }
                cur = f.type();
            }
        }
        boolean isPtr = cur.underlying() instanceof Pointer;
        if (sel.method().ptrRecv) {
            if (!isPtr && !cur.isAggregate()) {
                // addressable non-aggregate embedded value: handled above; shouldn't happen
                return n;
            }
            return n; // aggregates: the object is the pointer
        }
        if (isPtr) {
            Type elem = ((Pointer) cur.underlying()).elem;
            return new PointerNodes.Load(n, elem.isAggregate());
        }
        return n;
    }

    ExprNode boundMethodValue(Operand x, MethodSel sel) {
        return new MethodValueNode(receiverNode(sel), sel.name(), false, null).withMethod(sel.method());
    }

    /** x.M as a value: a closure binding the receiver (evaluated now, as Go does). */
    static class MethodValueNode extends ExprNode {
        @Child private ExprNode recv;
        private final String name;
        private final boolean iface;
        private Named.Method method;

        MethodValueNode(ExprNode recv, String name, boolean iface, Object unused) {
            this.recv = recv;
            this.name = name;
            this.iface = iface;
        }

        MethodValueNode withMethod(Named.Method m) {
            this.method = m;
            return this;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object r = recv.execute(frame);
            return bind(r);
        }

        @CompilerDirectives.TruffleBoundary
        private Object bind(Object r) {
            RootCallTarget target;
            Object recvValue = r;
            if (iface) {
                Iface i = (Iface) r;
                if (i == null) {
                    throw RuntimePanics.nilDeref(this);
                }
                target = GoContext.get(this).methods.lookup(i.type, name);
                recvValue = i.value;
            } else {
                target = ((GoFunc) method.impl()).target;
                // a value receiver is copied when the method value is made; a pointer receiver is bound as is
                recvValue = method.ptrRecv ? r : Values.copyAggregate(r);
            }
            return new GoFunc(BoundMethodRoot.targetFor(GoLanguage.get(this), target), recvValue);
        }
    }

    /** A concrete method is referenced (a call, method value or method expression): package initialization order depends on it. */
    void noteMethodRef(Named.Method m) {
    }

    Operand methodExpr(SelectorExpr s, Type t, String name) {
        String key = methodKey(name);
        if (t.underlying() instanceof Interface it) {
            // I.M: a function taking the interface value first, dispatching on its dynamic type
            Interface.Method im = it.method(key);
            if (im == null) {
                error(s.sel(), exprString(s) + " undefined (type " + t + " has no field or method " + name + ")");
                return Operand.invalid(s);
            }
            List<Type> ps = new ArrayList<>();
            ps.add(t);
            ps.addAll(im.sig().params);
            Signature isig = Signature.of(ps, im.sig().results, im.sig().variadic);
            return Operand.value(s, isig, new IfaceMethodExprNode(key));
        }
        Lookup.Found f = Lookup.find(t, key);
        if (f == null || (f.method() != null && f.method().ptrRecv && !f.recvIsPointer())) {
            error(s.sel(), exprString(s) + " undefined (type " + t + " has no field or method " + name + ")");
            return Operand.invalid(s);
        }
        List<Type> params = new ArrayList<>();
        params.add(t);
        params.addAll(f.sig().params);
        Signature sig = Signature.of(params, f.sig().results, f.sig().variadic);
        Named.Method m = f.method();
        noteMethodRef(m);
        if (m == null || !f.path().isEmpty() || (!m.ptrRecv && t instanceof Pointer)) {
            // promoted or through a pointer to a value method: the adapter interfaces use for that dynamic type
            return Operand.value(s, sig, new AdaptedMethodExprNode(t, key));
        }
        return Operand.value(s, sig, new MethodExprNode(m, false));
    }

    /** I.M as a function value. */
    static final class IfaceMethodExprNode extends ExprNode {
        private final String name;

        IfaceMethodExprNode(String name) {
            this.name = name;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return new GoFunc(IfaceMethodExprRoot.targetFor(GoLanguage.get(this), name), null);
        }
    }

    /** T.M for a promoted method, or (*T).M of a value method: the method table's adapter for receivers of type T. */
    static final class AdaptedMethodExprNode extends ExprNode {
        private final Type recv;
        private final String name;
        @CompilerDirectives.CompilationFinal private GoFunc value;

        AdaptedMethodExprNode(Type recv, String name) {
            this.recv = recv;
            this.name = name;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            if (value == null) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                value = new GoFunc(GoContext.get(this).methods.lookup(recv, name), null);
            }
            return value;
        }
    }

    /** T.M / (*T).M as a function value taking the receiver first. */
    static final class MethodExprNode extends ExprNode {
        private final Named.Method m;
        private final boolean deref;
        @CompilerDirectives.CompilationFinal private RootCallTarget target;

        MethodExprNode(Named.Method m, boolean deref) {
            this.m = m;
            this.deref = deref;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            // T.M takes the receiver as its first parameter: exactly the method's own calling convention
            if (target == null) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                target = ((GoFunc) m.impl()).target; // a standard-library method may be compiled on first use
            }
            return new GoFunc(target, null);
        }
    }

    // ---- index / slice ----

    Operand index(IndexExpr ix) {
        Operand g = generics.index(ix);
        if (g != null) {
            return g;
        }
        Operand x = expr(ix.x());
        if (x.invalid()) {
            return x;
        }
        if (x.mode == Operand.Mode.TYPE) {
            error(ix.x(), exprString(ix.x()) + " is not a generic type");
            return Operand.invalid(ix);
        }
        if (ix.indices().size() != 1 || (x.type instanceof Signature && x.mode == Operand.Mode.VALUE)) {
            // F[int] of a non-generic F; types2 reports at the "["
            int col = ix.x() instanceof Ident xi ? xi.col() + xi.name().length() : ix.col();
            error(ix.line(), col, "invalid operation: cannot index " + describe(x));
            return Operand.invalid(ix);
        }
        if (x.mode == Operand.Mode.COMMAOK) {
            x.mode = Operand.Mode.VALUE;
        }
        Type t = x.type;
        Type u = t.underlying();
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
            o.shown = shownElem(x, m.elem);
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
        ExprNode in = indexNode(i, "index");
        if (in == null) {
            return Operand.invalid(ix);
        }
        if (u.isString()) {
            if (x.mode == Operand.Mode.CONST && i.mode == Operand.Mode.CONST) {
                long iv = i.value.toBigInteger().longValue();
                if (iv >= x.value.s.length()) {
                    error(ie, "invalid argument: index " + iv + " out of bounds [0:" + x.value.s.length() + "]");
                    return Operand.invalid(ix);
                }
                Operand o = Operand.constant(ix, Basic.UINT8, Const.ofInt(x.value.s.charAt((int) iv)));
                o.shown = Basic.BYTE;
                return o;
            }
            Operand o = Operand.value(ix, Basic.UINT8, new IndexNodes.StringGet(valueNode(x), in));
            o.shown = Basic.BYTE; // types2: a string's bytes are of type byte
            return o;
        }
        Type elem;
        if (u instanceof Slice sl) {
            elem = sl.elem;
        } else if (u instanceof Array a) {
            elem = a.elem;
            if (i.mode == Operand.Mode.CONST && i.value.toBigInteger().longValue() >= a.len) {
                error(ie, "invalid argument: index " + i.value + " out of bounds [0:" + a.len + "]");
                return Operand.invalid(ix);
            }
        } else {
            error(ix, "invalid operation: cannot index " + describe(x));
            return Operand.invalid(ix);
        }
        ExprNode base = t.underlying() instanceof Pointer ? new PointerNodes.NonNil(valueNode(x)) : valueNode(x);
        NodeLValue lv = new NodeLValue(NodeLValue.K.INDEX, elem, base, in, -1, t);
        Operand o = Operand.value(ix, elem, lv.read());
        if (u instanceof Slice || x.lvalue != null || t.underlying() instanceof Pointer) {
            o.lvalue = lv;
        }
        o.isVar = true;
        o.shown = shownElem(x, elem);
        return o;
    }

    /** types2's isValidIndex: an untyped constant becomes an int first, then integer and sign checks. */
    ExprNode indexNode(Operand i, String what) {
        if (i.mode == Operand.Mode.CONST && i.type.isUntyped()) {
            Const r = representable(i.value, Basic.INT);
            if (r == null) {
                error(i.expr, !i.value.isNumeric() ? "cannot convert " + describe(i) + " to int"
                        : describe(i) + (i.type.isInteger() ? " overflows int" : " truncated to int"));
                return null;
            }
            i = Operand.constant(i.expr, Basic.INT, r);
        }
        if (!i.type.isInteger()) {
            error(i.expr, "invalid argument: " + what + " " + describe(i) + " must be integer");
            return null;
        }
        if (i.mode == Operand.Mode.CONST) {
            if (i.value.signum() < 0) {
                error(i.expr, "invalid argument: " + what + " " + describe(i) + " must not be negative");
                return null;
            }
            return constNode(i.value, Basic.INT);
        }
        return valueNode(i);
    }

    Operand sliceExpr(SliceExpr s) {
        Operand x = single(s.x());
        if (x.invalid()) {
            return x;
        }
        Type t = x.type;
        Type u = t.underlying();
        ExprNode lo = null, hi = null, max = null;
        if (s.lo() != null) {
            lo = indexNode(single(s.lo()), "index");
        }
        if (s.hi() != null) {
            hi = indexNode(single(s.hi()), "index");
        }
        if (s.max() != null) {
            max = indexNode(single(s.max()), "index");
        }
        if (u.isString()) {
            if (s.slice3()) {
                error(s, "invalid operation: 3-index slice of string");
                return Operand.invalid(s);
            }
            Type rt = t.isUntyped() ? Basic.STRING : t;
            return Operand.value(s, rt, new SliceExprNode(valueNode(x), lo, hi, null, true));
        }
        Type rt;
        if (u instanceof Slice) {
            rt = t;
        } else if (u instanceof Array a) {
            if (x.lvalue == null) {
                error(s, "invalid operation: " + exprString(s.x()) + " (slice of unaddressable value)");
                return Operand.invalid(s);
            }
            rt = Slice.of(a.elem);
        } else if (u instanceof Pointer p && p.elem.underlying() instanceof Array a) {
            rt = Slice.of(a.elem);
        } else {
            error(s, "cannot slice " + describe(x));
            return Operand.invalid(s);
        }
        ExprNode base = u instanceof Pointer ? new PointerNodes.NonNil(valueNode(x)) : valueNode(x);
        Operand o = Operand.value(s, rt, new SliceExprNode(base, lo, hi, max, false));
        return o;
    }

    // ---- type assertions ----

    Operand typeAssert(TypeAssertExpr t) {
        Operand x = single(t.x());
        if (x.invalid()) {
            return x;
        }
        if (t.type() == null) {
            error(t, "invalid syntax tree: use of .(type) outside type switch");
            return Operand.invalid(t);
        }
        if (!(x.type.underlying() instanceof Interface xi)) {
            error(t.x(), "invalid operation: " + exprString(t.x()) + " (" + (x.isVar ? "variable" : "value") + " of type " + x.type + ") is not an interface");
            return Operand.invalid(t);
        }
        Type target = typeOf(t.type());
        if (target == Basic.INVALID) {
            return Operand.invalid(t);
        }
        if (!target.isInterface() && !Lookup.implementsIface(target, xi) && !inInstance) {
            error(t.type(), "impossible type assertion: " + exprString(t) + "\n\t" + target + " does not implement " + x.type + missingMethod(target, xi));
            return Operand.invalid(t);
        }
        ExprNode xn = valueNode(x);
        Operand o = Operand.value(t, target, new TypeAssertNode(xn, x.type, target, false));
        o.mode = Operand.Mode.COMMAOK;
        o.modeText = "comma, ok expression";
        o.commaOkNode = new TypeAssertNode(xn, x.type, target, true);
        return o;
    }

    // ---- composite literals ----

    Operand compositeLit(CompositeLit c, Type elided) {
        Type shownElided = elided; // may be a display type (byte/rune as written, see Shown)
        elided = elided == null ? null : Shown.canon(elided);
        Type t;
        if (c.type() == null) {
            if (elided == null) {
                error(c, "invalid composite literal type: missing type");
                return Operand.invalid(c);
            }
            t = elided;
        } else if (c.type() instanceof ArrayTypeExpr at && at.len() instanceof EllipsisExpr) {
            Type elem = typeOf(at.elem());
            long n = 0, idx = 0;
            for (KeyedElement k : c.elts()) {
                if (k.key() != null) {
                    Operand kk = expr(k.key());
                    if (kk.mode == Operand.Mode.CONST && kk.value.isIntegral()) {
                        idx = kk.value.toBigInteger().longValue();
                    }
                }
                idx++;
                n = Math.max(n, idx);
            }
            t = Array.of(n, elem);
        } else {
            t = typeOf(c.type());
        }
        if (t == Basic.INVALID) {
            return Operand.invalid(c);
        }
        Type u = t.underlying();
        Type shownT = c.type() != null ? shown(c.type(), t) : shownElided;
        Type shownU = shownT instanceof Named sn ? shownUnderlying.getOrDefault(sn, u) : shownT;
        Type base = u instanceof Pointer p && c.type() == null ? p.elem : null;
        if (base != null) {
            // &T elided in []*T{{...}}
            Operand inner = compositeLit(new CompositeLit(c.line(), c.col(), null, c.elts(), c.rbraceLine(), c.rbraceCol()), base);
            if (inner.invalid()) {
                return inner;
            }
            ExprNode n = base.isAggregate() ? inner.node : new PointerNodes.NewCellPointer(inner.node);
            return fresh(Operand.value(c, t, n));
        }
        switch (u) {
            case Struct st -> {
                ExprNode[] fields = new ExprNode[st.fields.size()];
                List<Integer> order = new ArrayList<>(); // keyed elements are evaluated in source order
                if (!c.elts().isEmpty() && c.elts().get(0).key() != null) {
                    for (KeyedElement k : c.elts()) {
                        if (!(k.key() instanceof Ident fid)) {
                            error(k, "invalid field name " + (k.key() == null ? "" : exprString(k.key())) + " in struct literal");
                            continue;
                        }
                        int i = st.fieldIndex(fid.name());
                        if (i < 0 || !fieldVisible(st.fields.get(i))) {
                            error(fid, "unknown field '" + fid.name() + "' in struct literal of type " + t);
                            continue;
                        }
                        if (fields[i] != null) {
                            error(fid, "duplicate field name " + fid.name() + " in struct literal");
                            continue;
                        }
                        fields[i] = elementValue(k.value(), shownField(shownU, st, i), "struct literal");
                        order.add(i);
                    }
                } else {
                    if (!c.elts().isEmpty() && c.elts().size() < st.fields.size()) {
                        error(c.rbraceLine(), c.rbraceCol(), "too few values in struct literal of type " + t);
                    }
                    for (int i = 0; i < c.elts().size(); i++) {
                        KeyedElement k = c.elts().get(i);
                        if (i >= st.fields.size()) {
                            error(k.value(), "too many values in struct literal of type " + t);
                            break;
                        }
                        if (k.key() != null) {
                            error(k, "mixture of field:value and value elements in struct literal");
                            continue;
                        }
                        if (!fieldVisible(st.fields.get(i))) {
                            error(k.value(), "implicit assignment to unexported field " + st.fields.get(i).name() + " in " + t + " literal");
                            continue;
                        }
                        fields[i] = elementValue(k.value(), shownField(shownU, st, i), "struct literal");
                        order.add(i);
                    }
                }
                int[] evalOrder = order.stream().mapToInt(Integer::intValue).toArray();
                return fresh(Operand.value(c, t, new CompositeNodes.NewStruct(st, fields, evalOrder)));
            }
            case Array a -> {
                return seqLiteral(c, t, a.elem, a.len, false, shownU instanceof Array sa ? sa.elem : a.elem);
            }
            case Slice sl -> {
                return seqLiteral(c, t, sl.elem, -1, true, shownU instanceof Slice ss ? ss.elem : sl.elem);
            }
            case MapType m -> {
                List<ExprNode> keys = new ArrayList<>(), vals = new ArrayList<>();
                Set<Object> seen = new HashSet<>();
                for (KeyedElement k : c.elts()) {
                    if (k.key() == null) {
                        error(k.value(), "missing key in map literal");
                        continue;
                    }
                    if (k.key() instanceof CompositeLit kc && kc.type() == null) {
                        Operand ko = compositeLit(kc, m.key);
                        keys.add(ko.node);
                    } else {
                        Operand ko = single(k.key());
                        if (ko.mode == Operand.Mode.CONST && !m.key.isInterface() && !seen.add(ko.value)) {
                            error(k.key(), "duplicate key " + exprString(k.key()) + " in map literal");
                        }
                        keys.add(assign(ko, m.key, "map literal"));
                    }
                    vals.add(elementValue(k.value(), shownU instanceof MapType sm ? sm.elem : m.elem, "map literal"));
                }
                return fresh(Operand.value(c, t, new CompositeNodes.NewMap(m.key, keys.toArray(new ExprNode[0]), vals.toArray(new ExprNode[0]))));
            }
            default -> {
                error(c, "invalid composite literal type " + t);
                return Operand.invalid(c);
            }
        }
    }

    private Operand fresh(Operand o) {
        o.fresh = true;
        return o;
    }

    /** The element type of x's (display) type, when it differs from elem only by byte/rune names; else null. */
    Type shownElem(Operand x, Type elem) {
        Type st = x.shownType();
        if (st instanceof Named sn) {
            st = shownUnderlying.get(sn);
        } else if (st instanceof Pointer sp) {
            st = sp.elem;
        }
        Type se = st instanceof Slice ss ? ss.elem : st instanceof Array sa ? sa.elem : st instanceof MapType sm ? sm.elem
                : st instanceof ChanType sc ? sc.elem : null;
        return se != null && se != elem && Shown.canon(se) == elem ? se : null;
    }

    /** The type of field i of struct st as written (byte/rune kept), for messages. */
    private static Type shownField(Type shownU, Struct st, int i) {
        return shownU instanceof Struct ss && ss.fields.size() == st.fields.size() ? ss.fields.get(i).type() : st.fields.get(i).type();
    }

    private Operand seqLiteral(CompositeLit c, Type t, Type elem, long len, boolean slice, Type shownElem) {
        List<ExprNode> elems = new ArrayList<>();
        List<Integer> pos = new ArrayList<>();
        long idx = 0, max = 0;
        Set<Long> seen = new HashSet<>();
        for (KeyedElement k : c.elts()) {
            if (k.key() != null) {
                Operand ko = expr(k.key());
                if (ko.mode != Operand.Mode.CONST || !ko.value.isIntegral()) {
                    error(k.key(), "index " + exprString(k.key()) + " must be integer constant");
                    continue;
                }
                idx = ko.value.toBigInteger().longValue();
            }
            if (len >= 0 && idx >= len) {
                error(k.value(), "index " + idx + " out of bounds [0:" + len + "]");
                return Operand.invalid(c);
            }
            if (!seen.add(idx)) {
                error(k, "duplicate index " + idx + " in array or slice literal");
            }
            elems.add(elementValue(k.value(), shownElem, "array or slice literal"));
            pos.add((int) idx);
            idx++;
            max = Math.max(max, idx);
        }
        int n = (int) (len >= 0 ? len : max);
        int[] p = pos.stream().mapToInt(Integer::intValue).toArray();
        return fresh(Operand.value(c, t, new CompositeNodes.NewSeq(elem, n, slice, elems.toArray(new ExprNode[0]), p)));
    }

    ExprNode elementValue(Expr v, Type t, String ctx) {
        if (v instanceof CompositeLit cl && cl.type() == null) {
            Operand o = compositeLit(cl, t);
            return o.invalid() ? new ConstNode(null) : o.node;
        }
        Operand o = single(v);
        return assign(o, t, ctx);
    }
}
