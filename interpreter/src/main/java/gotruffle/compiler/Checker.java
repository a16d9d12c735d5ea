package gotruffle.compiler;

import gotruffle.GoLanguage;
import gotruffle.loader.EmbeddedVar;
import gotruffle.nodes.LineMap;
import gotruffle.parser.ast.*;
import gotruffle.types.Basic;
import gotruffle.types.Interface;
import gotruffle.types.Kind;
import gotruffle.types.MemberKey;
import gotruffle.types.Named;
import gotruffle.types.Qualifier;
import gotruffle.types.Signature;
import gotruffle.types.Struct;
import gotruffle.types.Type;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static gotruffle.compiler.ExprStrings.*;

/**
 * The checker's state, shared by its parts (like types2's Checker): error reporting in Go's order
 * and format, the universe, the package, file, scope and function being compiled. Each part
 * checks one chapter of the spec and builds its nodes, one file each as in types2:
 * <ul>
 * <li>{@link Compiler}: packages, imports, package-level declarations, function bodies (the entry point; decl.go)
 * <li>{@link InitOrder}: package variable initialization order (initorder.go)
 * <li>{@link TypeExprs}: type expressions and signatures (typexpr.go)
 * <li>{@link ExprCompiler}: operands, variables, identifiers, index and slice expressions, type assertions (expr.go, index.go)
 * <li>{@link OperatorCompiler}: unary and binary operators, comparisons, shifts
 * <li>{@link SelectorCompiler}: selectors, method values and method expressions
 * <li>{@link CompositeLitCompiler}: composite literals
 * <li>{@link CallCompiler}: function and method calls (call.go)
 * <li>{@link ConversionCompiler}: conversions (conversions.go)
 * <li>{@link BuiltinCompiler}: built-in functions (builtins.go)
 * <li>{@link StmtCompiler}: statements and control flow (stmt.go)
 * <li>{@link AssignCompiler}: assignments and short variable declarations (assignments.go)
 * <li>{@link ConcCompiler}: go, defer, channel operations and select
 * <li>{@link Generics}: type parameters, constraints and instantiation
 * </ul>
 * A part reaches the state as {@code check.x} and another part as {@code check.part.m(...)}.
 */
final class Checker {
    final TypeExprs typeExprs;
    final ExprCompiler exprs;
    final CallCompiler calls;
    final StmtCompiler stmts;
    final ConcCompiler conc;
    final Compiler decls;
    final OperatorCompiler operators;
    final SelectorCompiler selectors;
    final CompositeLitCompiler compositeLits;
    final ConversionCompiler conversions;
    final BuiltinCompiler builtins;
    final AssignCompiler assigns;
    final InitOrder initOrder;

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
    /** Methods of declared interfaces with their parameter names and byte/rune as written. */
    final Map<Interface.Method, Signature> shownIfaceMethodSig = new IdentityHashMap<>();
    protected String curPath = "";
    protected Package curPkg;
    protected Scope scope;
    protected FuncContext fn;
    /** Errors in a prelude package are internal errors, reported differently. */
    protected boolean inPrelude;
    /** Type parameters, constraints and instantiation. */
    final Generics generics;
    /** The type expression being checked may denote a constraint interface (type parameter lists, embedded in interfaces). */
    boolean constraintOk;
    /** Compiling an instantiation of generic code: checks that Go makes on the generic code only (impossible assertions) are skipped. */
    boolean inInstance;
    /**
     * Set while a generic body is checked over its type parameters (Generics.checkUninstantiated;
     * null otherwise): a message that check repeats on a line is dropped (Go saw the signature once).
     */
    Pattern typeParamNames;
    /** The package-level var specs of the package being compiled that //go:embed fills (by identity). */
    final Map<VarSpec, EmbeddedVar> embeds = new IdentityHashMap<>();
    /** Errors Go's back end reports once the package type-checks (print of a struct or array). */
    final List<CompileError> backendErrors = new ArrayList<>();
    /** Errors about those variables' types, reported only when the package has no other errors (EmbedInit). */
    final List<EmbedInit.Report> embedReports = new ArrayList<>();
    /**
     * Type expressions are evaluated for {@link ValidTypes} only: instances of generic types are not
     * expanded, named types are not resolved, interfaces are their embedded types, and nothing is
     * reported (the declaration's own check reports its errors).
     */
    boolean shallow;

    static final Named ERROR;
    static final Interface EMPTY_IFACE = Interface.EMPTY;

    static {
        ERROR = new Named(null, "error", null);
        ERROR.setUnderlying(Interface.of(List.of(new Interface.Method("Error", Signature.of(List.of(), List.of(Basic.STRING), false)))));
    }

    Checker(GoLanguage language, Compiler decls) {
        this.decls = decls;
        this.typeExprs = new TypeExprs(this);
        this.exprs = new ExprCompiler(this);
        this.calls = new CallCompiler(this);
        this.stmts = new StmtCompiler(this);
        this.conc = new ConcCompiler(this);
        this.operators = new OperatorCompiler(this);
        this.selectors = new SelectorCompiler(this);
        this.compositeLits = new CompositeLitCompiler(this);
        this.conversions = new ConversionCompiler(this);
        this.builtins = new BuiltinCompiler(this);
        this.assigns = new AssignCompiler(this);
        this.initOrder = new InitOrder(this);
        this.generics = new Generics(this);
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
        if (shallow) {
            return;
        }
        if (inPrelude) {
            throw new IllegalStateException("prelude " + curPath + ":" + line + ":" + col + ": " + msg);
        }
        // types2's "cheap trick": after a first error, messages naming an invalid type or operand
        // (not at their start) are follow-on errors and not reported
        if (!errors.isEmpty() && (msg.indexOf("invalid operand") > 0 || msg.indexOf("invalid type") > 0)) {
            return;
        }
        CompileError e = new CompileError(curPath, line, col, msg);
        // Go's compiler drops an error equal to the previous one on the same line (base.ErrorfAt) and
        // prints exact repeats once (FlushErrors); repeats come from re-checked code here (instances)
        CompileError last = errors.isEmpty() ? null : errors.get(errors.size() - 1);
        if (last != null && last.line() == line && last.path().equals(curPath) && last.message().equals(msg)) {
            return;
        }
        for (CompileError o : errors) {
            // a body re-checked over its type parameters revisits its signature: Go saw it once, and
            // its compiler drops a repeated message on a line
            if (o.line() == line && (o.col() == col || typeParamNames != null) && o.path().equals(curPath) && o.message().equals(msg)) {
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
        redeclared(at, old.name, oldPath, old.line, old.col);
    }

    void redeclared(Node at, String name, String oldPath, int oldLine, int oldCol) {
        error(at, name + " redeclared in this block" + otherDeclaration(oldPath, oldLine, oldCol, name));
    }

    static String otherDeclaration(Entity old, String oldPath) {
        return otherDeclaration(oldPath, old.line, old.col, old.name);
    }

    /** types2's second line naming where name was declared first. */
    static String otherDeclaration(String path, int line, int col, String name) {
        return "\n\t" + path + ":" + line + ":" + col + ": other declaration of " + name;
    }

    /** Features we do not run yet: reported like an error, so nothing runs partially. */
    void unsupported(Node at, String what) {
        error(at, "unsupported: " + what);
    }

    /**
     * pkg.name that the package does not declare: Go's {@code undefined: pkg.name}, or {@code unsupported} when
     * Go 1.19's standard package exports it and GoTruffle does not have it yet.
     */
    void undefinedQualified(Node sel, Node whole, Package pkg, String pkName, String name) {
        if (isExported(name) && GoApi.has(pkg.path, name)) {
            unsupported(whole, pkg.path + "." + name + NOT_YET);
        } else {
            error(sel, "undefined: " + pkName + "." + name);
        }
    }

    /** Said of a name of Go 1.19's standard library that the prelude does not provide. */
    static final String NOT_YET = " (in Go 1.19's standard library, not yet in GoTruffle)";

    static boolean isExported(String name) {
        return !name.isEmpty() && Character.isUpperCase(name.charAt(0));
    }

    /** The package each source file (by display path) belongs to. */
    final Map<String, Package> fileOwners = new HashMap<>();
    /** Run-time view of the line directives of the files that have some. */
    final Map<String, LineMap> lineMaps = new HashMap<>();

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
