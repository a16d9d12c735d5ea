package gotruffle.compiler;

import gotruffle.GoLanguage;
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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static gotruffle.compiler.ExprStrings.*;

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
}
