package gotruffle.compiler;

import gotruffle.parser.ast.*;
import gotruffle.types.Basic;
import gotruffle.types.ChanType;
import gotruffle.types.Interface;
import gotruffle.types.MapType;
import gotruffle.types.Pointer;
import gotruffle.types.Predicates;
import gotruffle.types.Signature;
import gotruffle.types.Slice;
import gotruffle.types.Type;
import gotruffle.types.TypeParam;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

import static gotruffle.compiler.ExprStrings.*;

/**
 * The checks Go makes on a generic body that monomorphization cannot see (an instantiation only
 * knows the type arguments): operators and methods used on parameters whose type is a type
 * parameter must be permitted by its constraint. Conservative: only parameters declared with a
 * bare type parameter and never redeclared in the body are looked at, so nothing valid is rejected.
 */
final class GenericLint {
    private final Checker c;
    /** A parameter whose type is a type parameter, and that parameter's constraint as written. */
    private record Param(TypeParam tp, Expr constraint) {}

    /** Parameter name → its type parameter. */
    private final Map<String, Param> params = new HashMap<>();
    boolean failed;
    private final Scope fs;
    private final Set<String> redeclared = new HashSet<>();
    private final FuncDecl fd;
    private final Map<String, TypeParam> tparams;
    /** Depth of function literals around the node being walked (their returns are not fd's). */
    private int litDepth;

    private GenericLint(Checker c, Scope fs, FuncDecl fd, Map<String, TypeParam> tparams) {
        this.c = c;
        this.fs = fs;
        this.fd = fd;
        this.tparams = tparams;
    }

    /**
     * Checks body; tparams are the type parameters by name (with their evaluated constraints),
     * constraintExprs the constraints as written; returns whether an error was reported.
     */
    static boolean check(Checker c, Scope fs, FuncDecl fd, Map<String, TypeParam> tparams, Map<String, Expr> constraintExprs) {
        if (fd.body() == null) {
            return false;
        }
        for (TypeParam tp : tparams.values()) {
            if (tp.constraint == Basic.INVALID) {
                return false; // the constraint has an error already
            }
        }
        GenericLint l = new GenericLint(c, fs, fd, tparams);
        Set<String> redeclared = l.redeclared;
        declared(fd.body(), redeclared);
        List<Field> ps = fd.type().params();
        for (int i = 0; i < ps.size(); i++) {
            Field f = ps.get(i);
            if (fd.type().variadic() && i == ps.size() - 1) {
                continue; // ...T is a []T
            }
            if (f.type() instanceof Ident t && tparams.containsKey(t.name())) {
                for (Ident n : f.names()) {
                    if (!redeclared.contains(n.name()) && !tparams.containsKey(n.name())) {
                        l.params.put(n.name(), new Param(tparams.get(t.name()), constraintExprs.get(t.name())));
                    }
                }
            }
        }
        // locals declared once, as var x T
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> varTypes = new HashMap<>();
        countDecls(fd.body(), counts, varTypes);
        for (Map.Entry<String, String> e : varTypes.entrySet()) {
            String n = e.getKey();
            if (tparams.containsKey(e.getValue()) && counts.getOrDefault(n, 0) == 1 && !tparams.containsKey(n) && !l.params.containsKey(n)
                    && !isParam(fd, n) && fs.lookup(n) == null) {
                l.params.put(n, new Param(tparams.get(e.getValue()), constraintExprs.get(e.getValue())));
            }
        }
        if (l.params.isEmpty()) {
            return false;
        }
        l.walk(fd.body());
        return l.failed;
    }

    private static boolean isParam(FuncDecl fd, String n) {
        for (Field f : fd.type().params()) {
            for (Ident i : f.names()) {
                if (i.name().equals(n)) {
                    return true;
                }
            }
        }
        for (Field f : fd.type().results()) {
            for (Ident i : f.names()) {
                if (i.name().equals(n)) {
                    return true;
                }
            }
        }
        return fd.recv() != null && fd.recv().names().stream().anyMatch(i -> i.name().equals(n));
    }

    /** How often each name is declared in node; varTypes: names declared by var x T with a bare type parameter name T. */
    private static void countDecls(Object node, Map<String, Integer> counts, Map<String, String> varTypes) {
        Set<String> one = new HashSet<>();
        if (node instanceof VarSpec v && v.values().isEmpty() && v.type() instanceof Ident t) {
            for (Ident i : v.names()) {
                varTypes.put(i.name(), t.name());
            }
        }
        if (!(node instanceof List<?>)) {
            shallowDeclared(node, one);
        }
        for (String n : one) {
            counts.merge(n, 1, Integer::sum);
        }
        children(node, ch -> countDecls(ch, counts, varTypes));
    }

    private static void shallowDeclared(Object node, Set<String> out) {
        switch (node) {
            case AssignStmt a when a.op() == Token.DEFINE -> {
                for (Expr e : a.lhs()) {
                    if (e instanceof Ident id) {
                        out.add(id.name());
                    }
                }
            }
            case VarSpec v -> v.names().forEach(i -> out.add(i.name()));
            case ConstSpec cs -> cs.names().forEach(i -> out.add(i.name()));
            case TypeSpec ts -> out.add(ts.name().name());
            case Field f -> f.names().forEach(i -> out.add(i.name()));
            case RangeStmt r when r.define() -> {
                if (r.key() instanceof Ident k) {
                    out.add(k.name());
                }
                if (r.value() instanceof Ident v) {
                    out.add(v.name());
                }
            }
            case TypeSwitchStmt ts when ts.bind() != null -> out.add(ts.bind().name());
            default -> { }
        }
    }

    /** Names declared anywhere in node (:=, var, const, parameters of literals, range, type switch bindings, labels). */
    private static void declared(Object node, Set<String> out) {
        shallowDeclared(node, out);
        children(node, n -> declared(n, out));
    }

    private static void children(Object node, Consumer<Object> f) {
        if (node instanceof List<?> l) {
            for (Object o : l) {
                f.accept(o);
            }
        } else if (node instanceof Record r) {
            for (RecordComponent rc : r.getClass().getRecordComponents()) {
                if (rc.getType().isPrimitive() || rc.getType() == String.class) {
                    continue;
                }
                try {
                    Object v = rc.getAccessor().invoke(r);
                    if (v instanceof Record || v instanceof List<?>) {
                        f.accept(v);
                    }
                } catch (ReflectiveOperationException ex) {
                    throw new IllegalStateException(ex);
                }
            }
        }
    }

    private Param param(Expr e) {
        while (e instanceof ParenExpr p) {
            e = p.x();
        }
        return e instanceof Ident id ? params.get(id.name()) : null;
    }

    private void walk(Object node) {
        switch (node) {
            case BinaryExpr b -> binary(b);
            case UnaryExpr u -> unary(u);
            case SelectorExpr s -> selector(s);
            case FuncLit f -> {
                litDepth++;
                children(f, this::walk);
                litDepth--;
                return;
            }
            case AssignStmt a when a.op().binaryOp() != null && a.lhs().size() == 1 && a.rhs().size() == 1 -> {
                // x op= y
                Token op = a.op().binaryOp();
                Param p = param(a.lhs().get(0));
                if (p != null && !op.isShift() && !untypedOperand(a.lhs().get(0), op, a.rhs().get(0), p.tp(), true,
                        exprString(a.lhs().get(0)) + " " + op + "= " + exprString(a.rhs().get(0)))) {
                    arith(op, a.lhs().get(0), p);
                }
            }
            case AssignStmt a when a.op() == Token.ASSIGN && a.lhs().size() == a.rhs().size() -> {
                for (int i = 0; i < a.lhs().size(); i++) {
                    Param p = param(a.lhs().get(i));
                    if (p != null) {
                        assignUntyped(a.rhs().get(i), p.tp(), "assignment");
                    }
                }
            }
            case VarSpec v when v.type() instanceof Ident t && v.names().size() == v.values().size() -> {
                TypeParam tp = typeParam(t);
                for (int i = 0; tp != null && i < v.values().size(); i++) {
                    assignUntyped(v.values().get(i), tp, "variable declaration");
                }
            }
            case ReturnStmt r when litDepth == 0 -> {
                List<TypeParam> rs = resultTypeParams();
                for (int i = 0; rs != null && i < rs.size(); i++) {
                    if (rs.get(i) != null && rs.size() == r.results().size()) {
                        assignUntyped(r.results().get(i), rs.get(i), "return statement");
                    }
                }
            }
            case IncDecStmt s -> {
                Param p = param(s.x());
                if (p != null && !all(p.tp(), Type::isNumeric)) {
                    report(s.x(), "invalid operation: " + ExprStrings.exprString(s.x()) + s.tok() + " (non-numeric type " + p.tp().name + ")");
                }
            }
            case CallExpr call when param(call.fun()) != null -> {
                // types2 calls through the core type, which only a type set of signatures has
                Param p = param(call.fun());
                if (!callable(p.tp())) {
                    report(call.fun(), "invalid operation: cannot call non-function " + describe(call.fun(), p));
                }
            }
            case CallExpr call when call.args().size() == 1 && call.fun() instanceof Ident f
                    && (f.name().equals("len") || f.name().equals("cap")) && !redeclared.contains(f.name()) && fs.lookup(f.name()) instanceof Entity.Builtin -> {
                Param p = param(call.args().get(0));
                if (p != null && !hasTerms(p.tp())) {
                    report(call.args().get(0), "invalid argument: " + describe(call.args().get(0), p) + " for " + f.name());
                }
            }
            default -> { }
        }
        children(node, this::walk);
    }

    /**
     * types2's binary (canMix, then convertUntyped) for a type parameter operand p and the other
     * operand when that is an untyped constant: mismatched kinds, or a constant that not every type
     * of p's type set can represent. text is the operation as printed; returns whether it reported.
     */
    private boolean untypedOperand(Expr x, Token op, Expr y, TypeParam tp, boolean paramLeft, String text) {
        Expr other = paramLeft ? y : x;
        if (!op.isComparison() && isNil(other) && !allHaveNil(tp)) {
            report(x, "invalid operation: " + text + " (mismatched types " + (paramLeft ? tp.name + " and untyped nil" : "untyped nil and " + tp.name) + ")");
            return true;
        }
        Operand k = untypedConst(other);
        if (k == null) {
            return false;
        }
        if (all(tp, Type::isBoolean) != k.type.isBoolean() || all(tp, Type::isString) != k.type.isString()) {
            String xt = paramLeft ? tp.name : k.type.toString(), yt = paramLeft ? k.type.toString() : tp.name;
            report(op.isComparison() ? y : x, "invalid operation: " + text + " (mismatched types " + xt + " and " + yt + ")");
            return true;
        }
        if (!representable(k.value, tp)) {
            report(k.expr, "cannot convert " + ExprStrings.describe(k) + " to " + tp.name);
            return true;
        }
        return false;
    }

    /**
     * The type parameter e's value has when that is sure: a parameter declared with it, or an
     * arithmetic operation on such a value and untyped constants; else null.
     */
    private TypeParam typeOf(Expr e) {
        while (e instanceof ParenExpr p) {
            e = p.x();
        }
        if (e instanceof BinaryExpr b && !b.op().isComparison() && !b.op().isShift() && b.op() != Token.LAND && b.op() != Token.LOR) {
            TypeParam tx = typeOf(b.x()), ty = typeOf(b.y());
            if (tx != null && (ty == tx || ty == null && constTree(b.y()))) {
                return tx;
            }
            return ty != null && tx == null && constTree(b.x()) ? ty : null;
        }
        Param p = param(e);
        return p == null ? null : p.tp();
    }

    private boolean isNil(Expr e) {
        return e instanceof Ident nil && nil.name().equals("nil") && !redeclared.contains("nil") && fs.lookup("nil") instanceof Entity.Nil;
    }

    /** Whether every type in tp's type set has nil (types2's hasNil; no specific types: false). */
    private static boolean allHaveNil(TypeParam tp) {
        return all(tp, t -> t instanceof Pointer || t instanceof Slice || t instanceof MapType
                || t instanceof ChanType || t instanceof Signature || t instanceof Interface);
    }

    /** types2's assignment of an untyped constant to a value of type parameter tp (in context). */
    private void assignUntyped(Expr e, TypeParam tp, String context) {
        Operand k = untypedConst(e);
        if (k != null && !representable(k.value, tp)) {
            report(e, "cannot use " + ExprStrings.describe(k) + " as " + tp.name + " value in " + context);
        }
    }

    /** The type parameter a type expression names (a bare, not redeclared type parameter name), or null. */
    private TypeParam typeParam(Expr t) {
        return t instanceof Ident id && !redeclared.contains(id.name()) ? tparams.get(id.name()) : null;
    }

    /** fd's result types, each its type parameter or null when it is not one; null when fd has no results. */
    private List<TypeParam> resultTypeParams() {
        List<TypeParam> out = new ArrayList<>();
        for (Field f : fd.type().results()) {
            for (int n = Math.max(1, f.names().size()); n > 0; n--) {
                out.add(typeParam(f.type()));
            }
        }
        return out.isEmpty() ? null : out;
    }

    /**
     * e as an untyped constant operand when it is one made of literals and package constants only
     * (so the file scope evaluates it as the body would), else null; evaluating it reports nothing.
     */
    private Operand untypedConst(Expr e) {
        if (!constTree(e)) {
            return null;
        }
        Scope saved = c.scope;
        int errs = c.errors.size();
        c.scope = fs;
        try {
            Operand o = c.exprs.expr(e);
            return c.errors.size() == errs && o.mode == Operand.Mode.CONST && o.type.isUntyped() ? o : null;
        } catch (Checker.TooManyErrors ex) {
            c.tooMany = null;
            return null;
        } finally {
            c.scope = saved;
            while (c.errors.size() > errs) {
                c.errors.remove(c.errors.size() - 1);
            }
        }
    }

    private boolean constTree(Expr e) {
        return switch (e) {
            case BasicLit b -> true;
            case ParenExpr p -> constTree(p.x());
            case UnaryExpr u -> u.op() != Token.ARROW && u.op() != Token.AND && constTree(u.x());
            case BinaryExpr b -> constTree(b.x()) && constTree(b.y());
            case Ident id -> !redeclared.contains(id.name()) && !params.containsKey(id.name()) && !tparams.containsKey(id.name())
                    && !isParam(fd, id.name()) && fs.lookup(id.name()) instanceof Entity.ConstE k && !k.name.equals("iota");
            default -> false;
        };
    }

    /** Whether every type in tp's type set can represent v (types2's implicitTypeAndValue over underIs); no specific types: false. */
    private static boolean representable(Const v, TypeParam tp) {
        if (!(tp.constraint.underlying() instanceof Interface ci) || ci.unions.size() > 1) {
            return true; // an intersection of unions: not worked out, accepted
        }
        if (ci.unions.isEmpty()) {
            return false;
        }
        for (Interface.Term t : ci.unions.get(0)) {
            if (t.type() != Basic.INVALID && !(t.type().underlying() instanceof Basic && Constants.representable(v, t.type().underlying()) != null)) {
                return false;
            }
        }
        return true;
    }

    private static String describe(Expr x, Param p) {
        // an inline union is an implicit interface, which types2 prints as its terms: int|~string
        boolean inline = p.constraint() instanceof BinaryExpr || p.constraint() instanceof UnaryExpr;
        String c = inline && p.tp().constraint.underlying() instanceof Interface ci && ci.unions.size() == 1
                ? Interface.unionString(ci.unions.get(0), "|") : ExprStrings.exprString(p.constraint());
        return ExprStrings.exprString(x) + " (variable of type " + p.tp().name + " constrained by " + c + ")";
    }

    private void report(Expr at, String msg) {
        c.error(at, msg);
        failed = true;
    }

    private void binary(BinaryExpr b) {
        Token op = b.op();
        if (op == Token.LAND || op == Token.LOR) {
            return;
        }
        Param px = param(b.x()), py = param(b.y());
        TypeParam tx = typeOf(b.x()), ty = typeOf(b.y());
        if (!op.isShift() && (tx == null) != (ty == null)
                && untypedOperand(b.x(), op, b.y(), tx != null ? tx : ty, tx != null, exprString(b))) {
            return;
        }
        switch (op) {
            case EQL, NEQ -> {
                Param p = px != null ? px : py;
                Expr other = px != null ? b.y() : b.x();
                boolean isNil = isNil(other);
                if (p != null && isNil && hasTerms(p.tp())) {
                    // s == nil with S ~[]E: decided by the core type (left to the instantiation)
                } else if (p != null && isNil) {
                    report(other, "invalid operation: " + ExprStrings.exprString(b) + " (mismatched types " + p.tp().name + " and untyped nil)");
                } else if (p != null && !comparable(p.tp())) {
                    report(b.x(), "invalid operation: " + ExprStrings.exprString(b) + " (incomparable types in type set)");
                }
            }
            case LSS, LEQ, GTR, GEQ -> {
                Param p = px != null ? px : py;
                if (p != null && !all(p.tp(), t -> t.isInteger() || t.isFloat() || t.isString())) {
                    report(b.x(), "invalid operation: " + ExprStrings.exprString(b) + " (type parameter " + p.tp().name + " is not comparable with " + op + ")");
                }
            }
            case SHL, SHR -> {
                if (px != null && !all(px.tp(), Type::isInteger)) {
                    report(b.x(), "invalid operation: shifted operand " + describe(b.x(), px) + " must be integer");
                }
            }
            default -> {
                if (px != null) {
                    arith(op, b.x(), px);
                }
            }
        }
    }

    private void arith(Token op, Expr x, Param p) {
        TypeParam tp = p.tp();
        boolean ok = switch (op) {
            case ADD -> all(tp, t -> t.isNumeric() || t.isString());
            case SUB, MUL, QUO -> all(tp, Type::isNumeric);
            case REM, AND, OR, XOR, AND_NOT -> all(tp, Type::isInteger);
            case SHL, SHR -> all(tp, Type::isInteger);
            default -> true;
        };
        if (!ok) {
            if (op.isShift()) {
                report(x, "invalid operation: shifted operand " + describe(x, p) + " must be integer");
            } else {
                report(x, "invalid operation: operator " + op + " not defined on " + describe(x, p));
            }
        }
    }

    private void unary(UnaryExpr u) {
        Param p = param(u.x());
        if (p == null) {
            return;
        }
        TypeParam tp = p.tp();
        boolean ok = switch (u.op()) {
            case SUB, ADD -> all(tp, Type::isNumeric);
            case XOR -> all(tp, Type::isInteger);
            case NOT -> all(tp, Type::isBoolean);
            default -> true;
        };
        if (!ok) {
            report(u.x(), "invalid operation: operator " + u.op() + " not defined on " + describe(u.x(), p));
        }
    }

    private void selector(SelectorExpr s) {
        Param p = param(s.x());
        if (p == null) {
            return;
        }
        TypeParam tp = p.tp();
        if (!(tp.constraint.underlying() instanceof Interface ci) || ci.method(c.methodKey(s.sel().name())) != null) {
            return;
        }
        report(s.sel(), ExprStrings.exprString(s) + " undefined (type " + tp.name + " has no field or method " + s.sel().name() + ")");
    }

    /** Whether tp has a core type that is a signature: one union whose terms have the same signature. */
    private static boolean callable(TypeParam tp) {
        if (tp.constraint.underlying() instanceof Interface ci && ci.unions.size() > 1) {
            return all(tp, t -> t instanceof Signature); // an intersection of unions: not worked out
        }
        if (!hasTerms(tp)) {
            return false;
        }
        Type first = null;
        for (Interface.Term t : ((Interface) tp.constraint.underlying()).unions.get(0)) {
            Type u = t.type().underlying();
            if (!(u instanceof Signature) || (first != null && u != first)) {
                return false;
            }
            first = u;
        }
        return true;
    }

    private static boolean hasTerms(TypeParam tp) {
        return tp.constraint.underlying() instanceof Interface ci && !ci.unions.isEmpty();
    }

    private static boolean comparable(TypeParam tp) {
        return Predicates.strictlyComparable(tp.constraint);
    }

    /** Whether every type in tp's type set satisfies pred (false for constraints without type terms). */
    private static boolean all(TypeParam tp, Predicate<Type> pred) {
        if (!(tp.constraint.underlying() instanceof Interface ci) || ci.unions.isEmpty()) {
            return false;
        }
        for (List<Interface.Term> u : ci.unions) {
            boolean every = true;
            for (Interface.Term t : u) {
                every &= t.type() != Basic.INVALID && pred.test(t.type().underlying());
            }
            if (every) {
                return true;
            }
        }
        return false;
    }
}
