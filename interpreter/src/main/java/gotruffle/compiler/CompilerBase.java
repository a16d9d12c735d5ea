package gotruffle.compiler;

import gotruffle.GoLanguage;
import gotruffle.nodes.ExprNode;
import gotruffle.nodes.expr.ConstNode;
import gotruffle.parser.ast.*;
import gotruffle.types.Array;
import gotruffle.types.Basic;
import gotruffle.types.ChanType;
import gotruffle.types.Interface;
import gotruffle.types.Kind;
import gotruffle.types.MapType;
import gotruffle.types.MemberKey;
import gotruffle.types.Named;
import gotruffle.types.Pointer;
import gotruffle.types.Predicates;
import gotruffle.types.Qualifier;
import gotruffle.types.Signature;
import gotruffle.types.Slice;
import gotruffle.types.Struct;
import gotruffle.types.Type;
import gotruffle.values.GoComplex;
import gotruffle.values.Iface;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Shared machinery of the checker/translator: error reporting in Go's order and format, scopes,
 * the universe, type expressions, and constant representability. The subclasses add
 * expressions, statements and declarations; together they check a package and build its nodes
 * in one pass per function body.
 */
abstract class CompilerBase {
    /** Set when an expression compiled since it was cleared calls a function or receives (Go's hasCallOrRecv). */
    boolean hasCallOrRecv;

    /** Thrown when the error limit is reached (Go stops after 10 errors). */
    static final class TooManyErrors extends RuntimeException {
        TooManyErrors() {
            super(null, null, false, false);
        }
    }

    protected final GoLanguage language;
    protected final List<CompileError> errors = new ArrayList<>();
    protected CompileError tooMany;
    protected final Scope universe;
    /** Underlying types of declared types as written, where byte/rune make them differ (see Shown). */
    final Map<Named, Type> shownUnderlying = new IdentityHashMap<>();
    /** Method signatures as written, where byte/rune make them differ (see Shown). */
    final Map<Named.Method, Signature> shownMethodSig = new IdentityHashMap<>();
    protected String curPath = "";
    protected Package curPkg;
    protected Scope scope;
    protected FuncContext fn;
    /** Errors in a prelude package are internal errors, reported differently. */
    protected boolean inPrelude;
    /** Type parameters, constraints and instantiation (set by Compiler). */
    Generics generics;
    /** The type expression being checked may denote a constraint interface (type parameter lists, embedded in interfaces). */
    boolean constraintOk;
    /** Compiling an instantiation of generic code: checks that Go makes on the generic code only (impossible assertions) are skipped. */
    boolean inInstance;

    static final Named ERROR;
    static final Interface EMPTY_IFACE = Interface.EMPTY;

    static {
        ERROR = new Named(null, "error", null);
        ERROR.setUnderlying(Interface.of(List.of(new Interface.Method("Error", Signature.of(List.of(), List.of(Basic.STRING), false)))));
    }

    CompilerBase(GoLanguage language) {
        this.language = language;
        this.universe = new Scope(null, null);
        for (Kind k : Kind.values()) {
            if (!k.isUntyped() && k != Kind.INVALID && k != Kind.UNSAFE_POINTER) {
                universe.declare(new Entity.TypeE(k.goName, 0, 0, Basic.of(k)));
            }
        }
        universe.declare(new Entity.TypeE("byte", 0, 0, Basic.UINT8));
        universe.declare(new Entity.TypeE("rune", 0, 0, Basic.INT32));
        universe.declare(new Entity.TypeE("error", 0, 0, ERROR));
        universe.declare(new Entity.TypeE("any", 0, 0, Interface.EMPTY));
        universe.declare(new Entity.TypeE("comparable", 0, 0, Generics.COMPARABLE));
        universe.declare(new Entity.ConstE("true", 0, 0, Basic.UNTYPED_BOOL, Const.ofBool(true)));
        universe.declare(new Entity.ConstE("false", 0, 0, Basic.UNTYPED_BOOL, Const.ofBool(false)));
        universe.declare(new Entity.ConstE("iota", 0, 0, Basic.UNTYPED_INT, null));
        universe.declare(new Entity.Nil());
        for (String b : List.of("append", "cap", "close", "complex", "copy", "delete", "imag", "len", "make", "new", "panic",
                "print", "println", "real", "recover")) {
            universe.declare(new Entity.Builtin(b));
        }
    }

    // ---- errors ----

    void error(Node at, String msg) {
        error(at.line(), at.col(), msg);
    }

    void error(int line, int col, String msg) {
        if (inPrelude) {
            throw new IllegalStateException("prelude " + curPath + ":" + line + ":" + col + ": " + msg);
        }
        CompileError e = new CompileError(curPath, line, col, msg);
        for (CompileError o : errors) {
            if (o.line() == line && o.path().equals(curPath) && o.message().equals(msg)) {
                return;
            }
        }
        errors.add(e);
        if (errors.size() >= 10) {
            tooMany = e;
            throw new TooManyErrors();
        }
    }

    /** types2's redeclaration error: the other declaration's position on a second, indented line. */
    void redeclared(Node at, Entity old, String oldPath) {
        error(at, old.name + " redeclared in this block" + otherDeclaration(old, oldPath));
    }

    static String otherDeclaration(Entity old, String oldPath) {
        return "\n\t" + oldPath + ":" + old.line + ":" + old.col + ": other declaration of " + old.name;
    }

    /** Features we do not run yet: reported like an error, so nothing runs partially. */
    void unsupported(Node at, String what) {
        error(at, "unsupported: " + what);
    }

    // ---- types ----

    abstract Operand expr(Expr e);

    abstract void resolveTypeEntity(Entity.TypeE t);

    abstract void resolveConstEntity(Entity.ConstE c);

    Type typeOf(Expr e) {
        boolean constraintAllowed = constraintOk;
        constraintOk = false;
        switch (e) {
            case Ident id -> {
                Entity en = scope.lookup(id.name());
                if (en == null) {
                    error(id, "undefined: " + id.name());
                    return Basic.INVALID;
                }
                en.used = true;
                if (en instanceof Entity.TypeE t) {
                    if (t.generic != null) {
                        error(id, "cannot use generic type " + t.generic.describe() + " without instantiation");
                        return Basic.INVALID;
                    }
                    resolveTypeEntity(t);
                    if (!constraintAllowed && Generics.isConstraint(t.type)) {
                        error(id, "cannot use type " + id.name() + " outside a type constraint: " + Generics.constraintReason(t.type));
                        return Basic.INVALID;
                    }
                    return t.type;
                }
                error(id, id.name() + " is not a type");
                return Basic.INVALID;
            }
            case ParenExpr p -> {
                return typeOf(p.x());
            }
            case SelectorExpr s -> {
                if (s.x() instanceof Ident pk && scope.lookup(pk.name()) instanceof Entity.Pkg p) {
                    p.used = true;
                    if (p.pkg.unsupported) {
                        return Basic.INVALID; // reported at the import
                    }
                    Entity en = p.pkg.scope.lookupLocal(s.sel().name());
                    if (en instanceof Entity.TypeE t && isExported(s.sel().name())) {
                        resolveTypeEntity(t);
                        return t.type;
                    }
                    if (en == null && p.pkg.path.equals("unsafe") && isExported(s.sel().name())) {
                        unsupported(s, "unsafe." + s.sel().name());
                    } else if (en == null || !isExported(s.sel().name())) {
                        error(s.sel(), "undefined: " + pk.name() + "." + s.sel().name());
                    } else {
                        error(s, pk.name() + "." + s.sel().name() + " is not a type");
                    }
                    return Basic.INVALID;
                }
                error(s, exprString(s) + " is not a type");
                return Basic.INVALID;
            }
            case StarExpr s -> {
                return Pointer.of(typeOf(s.x()));
            }
            case ArrayTypeExpr a -> {
                Type elem = typeOf(a.elem());
                if (a.len() == null) {
                    return Slice.of(elem);
                }
                if (a.len() instanceof EllipsisExpr) {
                    error(a, "invalid use of [...] array (outside a composite literal)");
                    return Basic.INVALID;
                }
                Operand n = expr(a.len());
                if (n.mode != Operand.Mode.CONST || !n.value.isIntegral()) {
                    if (!n.invalid()) {
                        error(a.len(), "array length " + exprString(a.len()) + " (value of type " + n.type + ") must be constant");
                    }
                    return Basic.INVALID;
                }
                long len = n.value.toBigInteger().longValue();
                if (len < 0) {
                    error(a.len(), "invalid array length " + exprString(a.len()));
                    return Basic.INVALID;
                }
                return Array.of(len, elem);
            }
            case MapTypeExpr m -> {
                Type k = typeOf(m.key());
                Type v = typeOf(m.value());
                if (k != Basic.INVALID && !Predicates.comparable(k) && !(k.underlying() instanceof Interface)) {
                    error(m.key(), "invalid map key type " + k);
                }
                return MapType.of(k, v);
            }
            case ChanTypeExpr c -> {
                return ChanType.of(c.dir(), typeOf(c.elem()));
            }
            case FuncTypeExpr f -> {
                return signature(f, null);
            }
            case StructTypeExpr s -> {
                List<Struct.Field> fields = new ArrayList<>();
                for (Field f : s.fields()) {
                    Type t = typeOf(f.type());
                    if (f.embedded()) {
                        Type base = t instanceof Pointer p ? p.elem : t;
                        String name = embeddedName(f.type());
                        if (name == null) {
                            name = base instanceof Named n ? n.name : base.toString();
                        }
                        fields.add(new Struct.Field(name, t, true, f.tag(), fieldPkg(name)));
                    } else {
                        for (Ident n : f.names()) {
                            for (Struct.Field g : fields) {
                                if (g.name().equals(n.name()) && !n.name().equals("_")) {
                                    error(n, n.name() + " redeclared");
                                }
                            }
                            fields.add(new Struct.Field(n.name(), t, false, f.tag(), fieldPkg(n.name())));
                        }
                    }
                }
                return Struct.of(fields);
            }
            case InterfaceTypeExpr it -> {
                Type t = generics.interfaceType(it);
                if (!constraintAllowed && Generics.isConstraint(t)) {
                    error(it, "cannot use type " + exprString(it) + " outside a type constraint: " + Generics.constraintReason(t));
                    return Basic.INVALID;
                }
                return t;
            }
            case IndexExpr ix -> {
                return generics.typeInstance(ix);
            }
            default -> {
                error(e, exprString(e) + " is not a type");
                return Basic.INVALID;
            }
        }
    }

    /** The name of an embedded field as written: T, *T, pkg.T, T[A] all give T (aliases keep their own name). */
    static String embeddedName(Expr e) {
        while (true) {
            switch (e) {
                case ParenExpr p -> e = p.x();
                case StarExpr s -> e = s.x();
                case IndexExpr ix -> e = ix.x();
                case SelectorExpr s -> {
                    return s.sel().name();
                }
                case Ident id -> {
                    return id.name();
                }
                default -> {
                    return null;
                }
            }
        }
    }

    /** A signature; names of parameters/results are declared by the caller when compiling a body. */
    Signature signature(FuncTypeExpr f, Field recv) {
        List<Type> params = new ArrayList<>();
        for (int i = 0; i < f.params().size(); i++) {
            Field p = f.params().get(i);
            Type t = typeOf(p.type());
            if (f.variadic() && i == f.params().size() - 1) {
                t = Slice.of(t);
            }
            int n = Math.max(1, p.names().size());
            for (int j = 0; j < n; j++) {
                params.add(t);
            }
        }
        List<Type> results = new ArrayList<>();
        for (Field r : f.results()) {
            Type t = typeOf(r.type());
            int n = Math.max(1, r.names().size());
            for (int j = 0; j < n; j++) {
                results.add(t);
            }
        }
        return Signature.of(params, results, f.variadic());
    }

    /**
     * The display form of type t resolved from type expression e: t itself, except that byte and
     * rune written in e show as such (types2 keeps alias names). Reports nothing; the result is for
     * messages only (the checker works with {@code Shown.canon} of it, which is t).
     */
    Type shown(Expr e, Type t) {
        switch (e) {
            case Ident id -> {
                if ((id.name().equals("byte") || id.name().equals("rune")) && t instanceof Basic
                        && scope.lookup(id.name()) == universe.lookupLocal(id.name())) {
                    return id.name().equals("byte") ? Basic.BYTE : Basic.RUNE;
                }
                return t;
            }
            case ParenExpr p -> {
                return shown(p.x(), t);
            }
            case StarExpr s when t instanceof Pointer p -> {
                Type el = shown(s.x(), p.elem);
                return el == p.elem ? t : Pointer.of(el);
            }
            case ArrayTypeExpr a when t instanceof Slice sl -> {
                Type el = shown(a.elem(), sl.elem);
                return el == sl.elem ? t : Slice.of(el);
            }
            case ArrayTypeExpr a when t instanceof Array ar -> {
                Type el = shown(a.elem(), ar.elem);
                return el == ar.elem ? t : Array.of(ar.len, el);
            }
            case MapTypeExpr m when t instanceof MapType mt -> {
                Type k = shown(m.key(), mt.key), v = shown(m.value(), mt.elem);
                return k == mt.key && v == mt.elem ? t : MapType.of(k, v);
            }
            case ChanTypeExpr c when t instanceof ChanType ch -> {
                Type el = shown(c.elem(), ch.elem);
                return el == ch.elem ? t : ChanType.of(ch.dir, el);
            }
            case FuncTypeExpr f when t instanceof Signature sig -> {
                return shownSignature(f, sig);
            }
            case StructTypeExpr st when t instanceof Struct s -> {
                List<Struct.Field> fs = new ArrayList<>();
                boolean same = true;
                int i = 0;
                for (Field f : st.fields()) {
                    int n = f.embedded() ? 1 : f.names().size();
                    for (int j = 0; j < n && i < s.fields.size(); j++, i++) {
                        Struct.Field g = s.fields.get(i);
                        Type ft = shown(f.type(), g.type());
                        same &= ft == g.type();
                        fs.add(new Struct.Field(g.name(), ft, g.embedded(), g.tag(), g.pkg()));
                    }
                }
                return same || fs.size() != s.fields.size() ? t : Struct.of(fs);
            }
            default -> {
                return t;
            }
        }
    }

    Signature shownSignature(FuncTypeExpr f, Signature sig) {
        List<Type> ps = new ArrayList<>(), rs = new ArrayList<>();
        boolean same = true;
        int i = 0;
        for (int k = 0; k < f.params().size(); k++) {
            Field p = f.params().get(k);
            int n = Math.max(1, p.names().size());
            for (int j = 0; j < n && i < sig.params.size(); j++, i++) {
                Type pt = sig.params.get(i);
                Type st = f.variadic() && k == f.params().size() - 1 && pt instanceof Slice sl ? Slice.of(shown(p.type(), sl.elem)) : shown(p.type(), pt);
                same &= st == pt;
                ps.add(st);
            }
        }
        i = 0;
        for (Field r : f.results()) {
            int n = Math.max(1, r.names().size());
            for (int j = 0; j < n && i < sig.results.size(); j++, i++) {
                Type rt = shown(r.type(), sig.results.get(i));
                same &= rt == sig.results.get(i);
                rs.add(rt);
            }
        }
        return same || ps.size() != sig.params.size() || rs.size() != sig.results.size() ? sig : Signature.of(ps, rs, sig.variadic);
    }

    /** "…" as the UTF-8 bytes that messages (byte-strings) carry. */
    static final String ELLIPSIS = "\u00e2\u0080\u00a6";

    static boolean isExported(String name) {
        return !name.isEmpty() && Character.isUpperCase(name.charAt(0));
    }

    /** The package each source file (by display path) belongs to. */
    final Map<String, Package> fileOwners = new HashMap<>();

    /** Makes p the package being compiled (its names resolve unqualified in messages). */
    void setCurrentPackage(Package p) {
        curPkg = p;
        Qualifier.set(p == null ? "main" : p.path, p == null ? Set.of() : p.ambiguousNames);
    }

    /**
     * Switches to the package of a source file (generic code is compiled when some other package
     * instantiates it) and returns the package to switch back to.
     */
    Package enterPackageOf(String file) {
        Package saved = curPkg;
        Package p = fileOwners.get(file);
        if (p != null) {
            setCurrentPackage(p);
        }
        return saved;
    }

    /** The qualifier of unexported member names declared in package p (see MemberKey): none in main. */
    static String memberQualifier(Package p) {
        return p == null || p.path.equals("main") ? null : p.path;
    }

    /** The key of method name as selected or declared in the package being compiled. */
    String methodKey(String name) {
        return MemberKey.of(memberQualifier(curPkg), name);
    }

    /** Whether the package being compiled may select field f (unexported fields belong to their package). */
    boolean fieldVisible(Struct.Field f) {
        return f.pkg() == null || f.pkg().equals(memberQualifier(curPkg));
    }

    /** The package recorded on a field declared here: for unexported names only. */
    String fieldPkg(String name) {
        return isExported(name) ? null : memberQualifier(curPkg);
    }

    // ---- constants ----

    /** The default type of an untyped constant kind. */
    static Type defaultType(Type t) {
        if (t instanceof Basic b) {
            return switch (b.kind) {
                case UNTYPED_BOOL -> Basic.BOOL;
                case UNTYPED_INT -> Basic.INT;
                case UNTYPED_RUNE -> Basic.INT32;
                case UNTYPED_FLOAT -> Basic.FLOAT64;
                case UNTYPED_COMPLEX -> Basic.COMPLEX128;
                case UNTYPED_STRING -> Basic.STRING;
                default -> t;
            };
        }
        return t;
    }

    /** Whether constant v fits type t (Go's representability); returns the rounded value or null. */
    static Const representable(Const v, Type t) {
        Basic b = t.basic();
        if (b == null) {
            return null;
        }
        Kind k = b.kind;
        if (k == Kind.BOOL || k == Kind.UNTYPED_BOOL) {
            return v.k == Const.K.BOOL ? v : null;
        }
        if (k == Kind.STRING || k == Kind.UNTYPED_STRING) {
            return v.k == Const.K.STRING ? v : null;
        }
        if (!v.isNumeric()) {
            return null;
        }
        if (k.isComplex()) {
            if (k == Kind.UNTYPED_COMPLEX) {
                return Const.ofComplex(v.realPart(), v.imagPart());
            }
            Basic part = k == Kind.COMPLEX64 ? Basic.FLOAT32 : Basic.FLOAT64;
            Const re = representable(v.realPart(), part), im = representable(v.imagPart(), part);
            return re == null || im == null ? null : Const.ofComplex(re, im);
        }
        if (!v.isReal()) {
            return null;
        }
        if (v.isComplex()) {
            v = v.realPart();
        }
        if (k.isInteger()) {
            if (!v.isIntegral()) {
                return null;
            }
            BigInteger i = v.toBigInteger();
            if (k == Kind.UNTYPED_INT || k == Kind.UNTYPED_RUNE) {
                return Const.ofInt(i);
            }
            int bits = k.bits;
            BigInteger min, max;
            if (k.isUnsigned()) {
                min = BigInteger.ZERO;
                max = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
            } else {
                min = BigInteger.ONE.shiftLeft(bits - 1).negate();
                max = BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE);
            }
            return i.compareTo(min) >= 0 && i.compareTo(max) <= 0 ? Const.ofInt(i) : null;
        }
        if (k.isFloat()) {
            if (k == Kind.UNTYPED_FLOAT) {
                return v.toFloat();
            }
            double d = v.toDouble();
            if (k == Kind.FLOAT32) {
                float f = (float) d;
                if (Float.isInfinite(f)) {
                    return null;
                }
                return Const.ofDouble(f);
            }
            if (Double.isInfinite(d)) {
                return null;
            }
            return Const.ofDouble(d);
        }
        return null;
    }

    /** The runtime value of a constant of (typed) type t. */
    static Object constValue(Const v, Type t) {
        Type u = t.underlying();
        if (u.isInteger()) {
            return v.toBigInteger().longValue();
        } else if (u.isFloat()) {
            double d = v.toDouble();
            return u.basic().kind == Kind.FLOAT32 ? (double) (float) d : d;
        } else if (u.isComplex()) {
            double re = v.realPart().toDouble(), im = v.imagPart().toDouble();
            GoComplex c = new GoComplex(re, im);
            return u.basic().kind == Kind.COMPLEX64 ? c.toComplex64() : c;
        } else if (u.isString()) {
            return v.s;
        } else if (u.isBoolean()) {
            return v.b;
        }
        if (u instanceof Interface) {
            // a constant assigned to an interface is boxed with its default type
            Type d = defaultType(constKindType(v));
            return new Iface(d, constValue(v, d));
        }
        throw new IllegalStateException("constant of type " + t);
    }

    static Type constKindType(Const v) {
        return switch (v.k) {
            case BOOL -> Basic.UNTYPED_BOOL;
            case STRING -> Basic.UNTYPED_STRING;
            case INT -> Basic.UNTYPED_INT;
            case FLOAT -> Basic.UNTYPED_FLOAT;
            case COMPLEX -> Basic.UNTYPED_COMPLEX;
        };
    }

    static ExprNode constNode(Const v, Type t) {
        return new ConstNode(constValue(v, t));
    }

    // ---- printing expressions as Go does in messages ----

    static String exprString(Expr e) {
        return switch (e) {
            case Ident i -> i.name();
            case BasicLit b -> b.raw();
            case ParenExpr p -> "(" + exprString(p.x()) + ")";
            case SelectorExpr s -> exprString(s.x()) + "." + s.sel().name();
            case IndexExpr ix -> exprString(ix.x()) + "[" + String.join(", ", ix.indices().stream().map(CompilerBase::exprString).toList()) + "]";
            case SliceExpr s -> exprString(s.x()) + "[" + (s.lo() == null ? "" : exprString(s.lo())) + ":" + (s.hi() == null ? "" : exprString(s.hi()))
                    + (s.slice3() ? ":" + exprString(s.max()) : "") + "]";
            case TypeAssertExpr t -> exprString(t.x()) + ".(" + (t.type() == null ? "type" : exprString(t.type())) + ")";
            case CallExpr c -> exprString(c.fun()) + "(" + String.join(", ", c.args().stream().map(CompilerBase::exprString).toList()) + (c.ellipsis() ? "..." : "") + ")";
            case StarExpr s -> "*" + exprString(s.x());
            case UnaryExpr u -> u.op() + exprString(u.x());
            case BinaryExpr b -> exprString(b.x()) + " " + b.op() + " " + exprString(b.y());
            case CompositeLit c -> (c.type() == null ? "" : exprString(c.type())) + (c.elts().isEmpty() ? "{}" : "{" + ELLIPSIS + "}");
            case FuncLit f -> "func literal";
            case ArrayTypeExpr a -> "[" + (a.len() == null ? "" : exprString(a.len())) + "]" + exprString(a.elem());
            case MapTypeExpr m -> "map[" + exprString(m.key()) + "]" + exprString(m.value());
            case ChanTypeExpr c -> (c.dir() == 2 ? "<-chan " : c.dir() == 1 ? "chan<- " : "chan ") + exprString(c.elem());
            case FuncTypeExpr f -> "func(...)";
            case StructTypeExpr s -> "struct{...}";
            case InterfaceTypeExpr i -> i.methods().isEmpty() && i.embeds().isEmpty() ? "interface{}" : "interface{...}";
            case EllipsisExpr el -> "..." + (el.elem() == null ? "" : exprString(el.elem()));
        };
    }

    /** "x (variable of type int)", "5 (untyped int constant)", "f() (value of type string)" as types2 describes operands. */
    static String describe(Operand o) {
        String s = exprString(o.expr);
        switch (o.mode) {
            case CONST -> {
                String lit = o.value.toString();
                // types2 adds the value when it reads differently from the expression (1e300 -> 1e+300)
                boolean isLit = (o.expr instanceof BasicLit && o.value.k == Const.K.STRING) || s.equals(lit);
                String t = o.type.isUntyped() ? o.type.toString() : "type " + o.shownType();
                if (o.type.isUntyped()) {
                    return s + " (" + t + " constant" + (isLit ? "" : " " + lit) + ")";
                }
                return s + " (constant " + (isLit ? "" : lit + " ") + "of " + t + ")";
            }
            case NIL -> {
                return "nil";
            }
            case VALUE, COMMAOK -> {
                if (o.isVar) {
                    return s + " (variable of type " + o.shownType() + ")";
                }
                return s + " (" + (o.modeText != null ? o.modeText : "value") + " of type " + o.shownType() + ")";
            }
            case TYPE -> {
                return s + " (type)";
            }
            default -> {
                return s;
            }
        }
    }
}
