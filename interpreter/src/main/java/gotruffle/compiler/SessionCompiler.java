package gotruffle.compiler;

import com.oracle.truffle.api.RootCallTarget;
import gotruffle.GoLanguage;
import gotruffle.nodes.StmtNode;
import gotruffle.nodes.call.FuncRootNode;
import gotruffle.nodes.local.Rep;
import gotruffle.nodes.stmt.BlockNode;
import gotruffle.nodes.stmt.ExprStmtNode;
import gotruffle.parser.GoParserFacade;
import gotruffle.parser.GoSyntaxException;
import gotruffle.parser.ast.*;
import gotruffle.types.Basic;
import gotruffle.types.Interface;
import gotruffle.types.Named;
import gotruffle.types.Pointer;
import gotruffle.types.Signature;
import gotruffle.types.Struct;
import gotruffle.types.Tuple;
import gotruffle.types.Type;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static gotruffle.compiler.ExprStrings.*;

/**
 * The compiler's entry point for a live REPL session ({@code gotruffle.repl.GoSession}).
 *
 * <p>The session is package main whose scope grows by one layer per accepted input. Each layer's
 * parent is the layer before, so a redeclared name shadows the old one while code compiled
 * earlier keeps its bindings. Variables declared at the top level of an input are package-level
 * ({@link StmtCompiler#sessionBlock}), so that functions declared at later prompts can use them.
 * An input compiles into a new layer that becomes the session's scope only when the input ran
 * to its end ({@link Input#commit}); a failed input leaves no name behind.
 *
 * <p>Not thread-safe: the session serializes calls.
 */
public final class SessionCompiler {
    // Every entry point holds the compiler's lock: goroutines of the session compile deferred
    // standard-library bodies with the same compiler (Compiler.compileDeferred) at any time.
    /** Names the session itself uses in inputs; completion and :vars skip them. */
    public static final String HIDDEN = "__";
    private static final String FMT = "__fmt";
    /** What an input is wrapped in to parse it: on the input's first line, so line numbers stay the input's. */
    private static final String DECLS_PREFIX = "package main; ";
    private static final String STMTS_PREFIX = "package main; func _() { ";
    private static final Pattern MESSAGE = Pattern.compile("^(.*?):(\\d+):(\\d+): (.*)$", Pattern.DOTALL);
    private static final Pattern FILE = Pattern.compile("^(?:\\s|//[^\\n]*\\n|/\\*.*?\\*/)*package\\b", Pattern.DOTALL);
    private static final Pattern DECLARATION = Pattern.compile(
            "^(?:\\s|//[^\\n]*\\n|/\\*.*?\\*/)*(?:import\\b|type\\b|func\\s*[\\p{L}_]|func\\s*\\([^)]*\\)\\s*(?!func\\b)[\\p{L}_][\\p{L}\\p{N}_]*\\s*[(\\[])",
            Pattern.DOTALL);

    private final Compiler c;
    private final Package runtime;
    /** curPkg while statements compile: package main, so declared types are main.T. */
    private final Package main;
    /** The session's scope: the innermost accepted layer. */
    private Scope current;
    private int initsTaken;

    public SessionCompiler(GoLanguage language) {
        c = new Compiler(language);
        runtime = c.importPackage(new ImportSpec(0, 0, null, "runtime"));
        Package fmt = c.importPackage(new ImportSpec(0, 0, null, "fmt"));
        main = new Package("main", "main", c.check.universe);
        current = new Scope(c.check.universe, null);
        current.declare(new Entity.Pkg(FMT, 0, 0, fmt));
    }

    /** A type the runtime needs to know (runtime.Error implementations). */
    public Type runtimeType(String name) {
        return ((Entity.TypeE) runtime.scope.lookupLocal(name)).type;
    }

    /**
     * One compiled input: Go's messages, or the package initializers to run first (packages
     * the input imports, the input's own package-level variables) and its statements.
     */
    public final class Input {
        public final List<String> errors;
        public final List<RootCallTarget> inits;
        /** The input's statements as a function without parameters; null for declarations. */
        public final RootCallTarget body;
        /** The input declared methods on types of earlier inputs (run-time method caches are stale). */
        public final boolean methodsOnEarlierTypes;
        private final Scope layer;

        Input(List<String> errors, List<RootCallTarget> inits, RootCallTarget body, Scope layer, boolean methodsOnEarlierTypes) {
            this.errors = errors;
            this.inits = inits;
            this.body = body;
            this.layer = layer;
            this.methodsOnEarlierTypes = methodsOnEarlierTypes;
        }

        /** The input succeeded: its declarations become the session's. */
        public void commit() {
            if (errors.isEmpty() && layer != null) {
                current = layer;
            }
        }
    }

    // ---- inputs ----

    /**
     * Compiles one input typed at the prompt: imports, func/method/type declarations, or
     * statements. A single expression statement prints its values and types when it runs
     * (except the fmt.Print family, which prints for itself). {@code number} names the input
     * in messages and tracebacks.
     */
    public Input compile(String text, int number) {
        synchronized (c) {
            return compile0(text, number);
        }
    }

    private Input compile0(String text, int number) {
        String path = "<input " + number + ">";
        String latin = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        List<String> declErrors = null;
        if (FILE.matcher(text).find()) {
            // a whole file pasted at the prompt: its declarations join the session, as with :load
            try {
                return compileDeclarations(List.of(GoParserFacade.parse(bytes(latin), path)), false, path);
            } catch (GoSyntaxException e) {
                return failed(inputMessages(e.messages(), 0));
            }
        }
        if (DECLARATION.matcher(text).find()) {
            try {
                SourceFile f = GoParserFacade.parse(bytes(DECLS_PREFIX + latin), path);
                return compileDeclarations(List.of(f), true, path);
            } catch (GoSyntaxException e) {
                declErrors = inputMessages(e.messages(), DECLS_PREFIX.length());
            }
        }
        SourceFile f;
        try {
            f = GoParserFacade.parse(bytes(STMTS_PREFIX + latin + "\n}\n"), path);
        } catch (GoSyntaxException e) {
            return failed(declErrors != null ? declErrors : inputMessages(e.messages(), STMTS_PREFIX.length()));
        }
        if (f.decls().size() != 1 || !(f.decls().get(0) instanceof FuncDecl fd) || fd.body() == null) {
            return failed(List.of("1:1: syntax error: unbalanced }"));
        }
        return compileStatements(fd.body(), path, number);
    }

    /** :load: Go files of package main whose declarations join the session (main is not run). */
    public Input load(List<SourceFile> files) {
        synchronized (c) {
            return load0(files);
        }
    }

    private Input load0(List<SourceFile> files) {
        return compileDeclarations(files, false, null);
    }

    private static byte[] bytes(String latin) {
        return latin.getBytes(StandardCharsets.ISO_8859_1);
    }

    private Input failed(List<String> errors) {
        return new Input(errors, List.of(), null, null, false);
    }

    /**
     * Declarations into a new layer, compiled like a package whose scope is nested in the
     * session's. Imports typed at the prompt go into the layer (later inputs see them); the
     * imports of loaded files stay in their file scope, as in Go.
     */
    private Input compileDeclarations(List<SourceFile> files, boolean atPrompt, String inputPath) {
        clearErrors();
        Scope outer = current;
        Map<Named, Integer> methodsBefore = new IdentityHashMap<>();
        List<RedeclaredMethod> redeclared = new ArrayList<>();
        Generics.MethodsMark genericMark = c.check.generics.new MethodsMark();
        Package pkg = null;
        try {
            Scope imports = new Scope(outer, null);
            List<SourceFile> toCompile = new ArrayList<>();
            for (SourceFile f : files) {
                if (atPrompt) {
                    c.check.curPath = f.path();
                    for (ImportSpec im : f.imports()) {
                        promptImport(im, imports);
                    }
                    autoImports(f.decls(), imports);
                    f = new SourceFile(f.line(), f.col(), f.pkgName(), List.of(), f.decls(), f.path());
                }
                toCompile.add(f);
                Map<FuncDecl, Named> onEarlierTypes = new LinkedHashMap<>();
                for (Decl d : f.decls()) {
                    if (d instanceof FuncDecl fd && fd.recv() != null && receiverBase(fd.recv().type()) instanceof Ident id
                            && outer.lookup(id.name()) instanceof Entity.TypeE t && t.type instanceof Named n) {
                        onEarlierTypes.put(fd, n);
                    } else if (atPrompt && d instanceof FuncDecl fd && fd.recv() != null && receiverBase(fd.recv().type()) instanceof IndexExpr ix
                            && ix.x() instanceof Ident id && outer.lookup(id.name()) instanceof Entity.TypeE t && t.generic != null
                            && c.check.generics.declaresMethod(main.path, id.name(), fd.name())) {
                        // instances made earlier hold the first body: a second would leave the type with two
                        c.check.error(fd, "method " + id.name() + "." + fd.name() + " already declared (a method of a generic type"
                                + " cannot be replaced in the REPL: declare " + id.name() + " again)");
                    }
                }
                if (atPrompt) {
                    // a method declared again at the prompt replaces the earlier one (RedeclaredMethod)
                    for (Map.Entry<FuncDecl, Named> e : onEarlierTypes.entrySet()) {
                        RedeclaredMethod.take(e.getValue(), e.getKey(), f.path(), redeclared);
                    }
                }
                onEarlierTypes.forEach((fd, n) -> methodsBefore.putIfAbsent(n, n.methods.size()));
            }
            pkg = new Package("main", "main", imports);
            if (c.check.errors.isEmpty()) {
                c.compilePackage(pkg, toCompile, false);
            }
        } catch (Checker.TooManyErrors e) {
            // reported below
        } catch (StackOverflowError e) {
            c.check.errors.add(new CompileError(c.check.curPath, 1, 1, "program too deeply nested"));
        }
        if (c.check.errors.isEmpty()) {
            for (RedeclaredMethod r : redeclared) {
                r.checkSameSignature(c.check);
            }
        }
        boolean earlierTypes = !redeclared.isEmpty() || genericMark.grewEarlierInstances();
        for (Map.Entry<Named, Integer> e : methodsBefore.entrySet()) {
            earlierTypes |= e.getKey().methods.size() > e.getValue();
        }
        List<RootCallTarget> inits = takeInits(!c.check.errors.isEmpty());
        if (!c.check.errors.isEmpty()) {
            // nothing of a failed input stays: not even methods it attached to earlier types
            for (Map.Entry<Named, Integer> e : methodsBefore.entrySet()) {
                List<Named.Method> ms = e.getKey().methods;
                ms.subList(e.getValue(), ms.size()).clear();
            }
            for (int i = redeclared.size() - 1; i >= 0; i--) {
                redeclared.get(i).restore();
            }
            genericMark.undo();
            return new Input(messages(inputPath, atPrompt ? DECLS_PREFIX.length() : 0), inits, null, null, false);
        }
        for (RedeclaredMethod r : redeclared) {
            r.redirect();
        }
        return new Input(List.of(), inits, null, pkg.scope, earlierTypes);
    }

    private void promptImport(ImportSpec im, Scope into) {
        Package p = c.importPackage(im);
        if (p == null) {
            return;
        }
        String name = im.name() != null ? im.name() : p.name;
        if (name.equals("_")) {
            return;
        }
        if (name.equals(".")) {
            if (p.path.equals("unsafe")) {
                c.check.unsupported(im, "dot import of unsafe");
                return;
            }
            // the package's exported names join the session, as a file's dot import puts them in its file block
            for (Entity e : p.scope.names.values()) {
                if (Checker.isExported(e.name)) {
                    into.declare(e);
                }
            }
            return;
        }
        Entity.Pkg e = new Entity.Pkg(name, im.line(), im.col(), p);
        e.used = true;
        into.declare(e);
    }

    /** The statements of an input as the body of a fresh function, run once; its top-level variables are package-level. */
    private Input compileStatements(BlockStmt body, String path, int number) {
        clearErrors();
        Scope imports = new Scope(current, null);
        Scope layer = new Scope(imports, null);
        List<Stmt> stmts = body.stmts();
        String name = "main.input" + number;
        FuncContext fn = new FuncContext(null, name, Signature.of(List.of(), List.of(), false), c.escapes.scan(body));
        fn.goName = name;
        State saved = enter(fn, layer, path);
        RootCallTarget target = null;
        try {
            autoImports(stmts, imports);
            List<StmtNode> out = new ArrayList<>();
            if (stmts.size() == 1 && stmts.get(0) instanceof ExprStmt es && !printsForItself(es.x())) {
                show(es.x(), out);
                for (StmtNode n : out) {
                    n.line = n.line == 0 ? es.line() : n.line; // tracebacks show the input's line
                }
            } else {
                out.addAll(List.of(c.check.stmts.stmtList(stmts)));
            }
            c.check.stmts.checkLabels();
            GotoChecks.check(c.check, stmts);
            c.reportUnused();
            c.check.generics.drain();
            if (c.check.errors.isEmpty()) {
                FuncRootNode root = new FuncRootNode(c.check.language, fn.frame.build(), name);
                root.setSource(name, path, 1, body.endLine(), false);
                root.define(null, new BlockNode(out.toArray(new StmtNode[0])), new int[0], new Rep[0], new boolean[0], new boolean[0],
                        new int[0], new Rep[0], new boolean[0], new Object[0], fn.deferSlot);
                target = root.getCallTarget();
            }
        } catch (Checker.TooManyErrors e) {
            // reported below
        } catch (StackOverflowError e) {
            c.check.errors.add(new CompileError(path, 1, 1, "program too deeply nested"));
        } finally {
            leave(saved);
        }
        List<RootCallTarget> inits = takeInits(false);
        if (!c.check.errors.isEmpty()) {
            return new Input(messages(path, STMTS_PREFIX.length()), inits, null, null, false);
        }
        return new Input(List.of(), inits, target, layer, false);
    }

    /** fmt.Print, Printf and Println write the values themselves: their (n, err) results are not shown. */
    private boolean printsForItself(Expr x) {
        while (x instanceof ParenExpr p) {
            x = p.x();
        }
        if (x instanceof CallExpr call && call.fun() instanceof Ident id && c.check.scope.lookup(id.name()) instanceof Entity.Func f) {
            // dot-imported fmt
            return f.def != null && Set.of("fmt.Print", "fmt.Printf", "fmt.Println").contains(f.def.qualifiedName);
        }
        return x instanceof CallExpr call && call.fun() instanceof SelectorExpr s && s.x() instanceof Ident id
                && c.check.scope.lookup(id.name()) instanceof Entity.Pkg p && p.pkg.path.equals("fmt")
                && Set.of("Print", "Printf", "Println").contains(s.sel().name());
    }

    /**
     * An expression input: its values go into temporaries, then one fmt.Printf shows them
     * ({@code : 42 (int)}; strings quoted; a multi-value call shows every value).
     */
    private void show(Expr e, List<StmtNode> out) {
        Operand o = c.check.exprs.expr(e);
        if (o.invalid()) {
            return;
        }
        if (o.mode == Operand.Mode.NOVALUE) {
            out.add(new ExprStmtNode(o.node));
            return;
        }
        if (o.mode == Operand.Mode.CONST && o.type.isUntyped() && Constants.representable(o.value, Constants.defaultType(o.type)) == null) {
            // exact arithmetic beyond int/float64 (1 << 70): show the constant itself
            String text = ": " + o.value + " (" + o.type + " constant)\n";
            Expr printf = new SelectorExpr(e.line(), e.col(), new Ident(e.line(), e.col(), FMT), new Ident(e.line(), e.col(), "Print"));
            c.check.stmts.stmt(new ExprStmt(e.line(), e.col(), new CallExpr(e.line(), e.col(), printf,
                    List.of(new BasicLit(e.line(), e.col(), BasicLit.Kind.STRING, quote(text))), false, e.line(), e.col())), out);
            return;
        }
        boolean tuple = o.type instanceof Tuple;
        if (!tuple) {
            o = c.check.exprs.single(o, e);
            if (o.invalid()) {
                return;
            }
            if (o.mode == Operand.Mode.NIL) {
                c.check.error(e, "use of untyped nil");
                return;
            }
        }
        List<Type> types = tuple ? ((Tuple) o.type).types : List.of(Constants.defaultType(o.type));
        Scope saved = c.check.scope;
        c.check.scope = new Scope(saved, null);
        try {
            List<Entity.Var> temps = new ArrayList<>();
            List<LValue> lvs = new ArrayList<>();
            for (int i = 0; i < types.size(); i++) {
                Entity.Var v = c.check.assigns.newLocal(new Ident(e.line(), e.col(), HIDDEN + "r" + i), types.get(i));
                v.used = true;
                temps.add(v);
                if (tuple) {
                    out.add(c.check.exprs.declareLocal(v, null));
                    lvs.add(c.check.exprs.new VarLValue(v));
                }
            }
            if (tuple) {
                c.check.assigns.multiAssign(e, lvs, o, out, types.size(), true);
            } else {
                Entity.Var v = temps.get(0);
                v.shown = o.shown != null ? o.shown : o.type == Basic.UNTYPED_RUNE ? Basic.RUNE : null;
                out.add(c.check.exprs.declareLocal(v, c.check.exprs.assign(o, v.type, "assignment")));
            }
            StringBuilder format = new StringBuilder(":");
            StringBuilder typeNames = new StringBuilder();
            List<Expr> args = new ArrayList<>();
            for (Entity.Var v : temps) {
                Type shown = v.shown != null ? v.shown : v.type;
                format.append(' ').append(verb(v.type));
                typeNames.append(typeNames.isEmpty() ? "" : ", ").append(shown.toString(false));
                args.add(new Ident(e.line(), e.col(), v.name));
            }
            format.append(" (").append(typeNames.toString().replace("%", "%%")).append(")\n");
            args.add(0, new BasicLit(e.line(), e.col(), BasicLit.Kind.STRING, quote(format.toString())));
            Expr printf = new SelectorExpr(e.line(), e.col(), new Ident(e.line(), e.col(), FMT), new Ident(e.line(), e.col(), "Printf"));
            c.check.stmts.stmt(new ExprStmt(e.line(), e.col(), new CallExpr(e.line(), e.col(), printf, args, false, e.line(), e.col())), out);
        } finally {
            c.check.scope = saved;
        }
    }

    /** How a value is shown: strings quoted, everything else as %v. */
    static String verb(Type t) {
        return t.underlying() == Basic.STRING ? "%q" : "%v";
    }

    /** A Go string literal (byte string: one char per byte, as the parser gives them) for text. */
    static String quote(String text) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> {
                    if (ch < 0x20 || ch == 0x7f) {
                        sb.append(String.format("\\x%02x", (int) ch));
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    // ---- queries: nothing runs ----

    /** The initializers of the packages every session starts with (runtime, fmt). */
    public List<RootCallTarget> takeStartInits() {
        synchronized (c) {
            return takeStartInits0();
        }
    }

    private List<RootCallTarget> takeStartInits0() {
        return takeInits(false);
    }

    /** :type EXPR: Go's description of the expression ("x (variable of type int)"), or Go's messages. */
    public List<String> describe(String text) {
        synchronized (c) {
            return describe0(text);
        }
    }

    private List<String> describe0(String text) {
        String latin = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        SourceFile f;
        try {
            f = GoParserFacade.parse(bytes(STMTS_PREFIX + latin + "\n}\n"), "<type>");
        } catch (GoSyntaxException e) {
            return inputMessages(e.messages(), STMTS_PREFIX.length());
        }
        List<Stmt> stmts = f.decls().size() == 1 && f.decls().get(0) instanceof FuncDecl fd && fd.body() != null ? fd.body().stmts() : List.of();
        if (stmts.size() != 1 || !(stmts.get(0) instanceof ExprStmt es)) {
            return List.of("1:1: not an expression");
        }
        clearErrors();
        Scope imports = new Scope(current, null);
        State saved = enter(new FuncContext(null, "main.type", Signature.of(List.of(), List.of(), false), Escapes.NONE), new Scope(imports, null), "<type>");
        c.check.assigns.sessionBlock = null;
        Operand o = null;
        try {
            autoImports(List.of(es), imports);
            o = c.check.exprs.expr(es.x());
        } catch (Checker.TooManyErrors | StackOverflowError e) {
            // reported below
        } finally {
            leave(saved);
        }
        if (!c.check.errors.isEmpty() || o == null || o.invalid()) {
            List<String> m = messages("<type>", STMTS_PREFIX.length());
            return m.isEmpty() ? List.of("invalid expression") : m;
        }
        String what = switch (o.mode) {
            case TYPE -> ExprStrings.exprString(es.x()) + " (type " + o.type.toString(false)
                    + (o.type.underlying() != o.type ? ", underlying " + o.type.underlying().toString(false) : "") + ")";
            case NOVALUE -> ExprStrings.exprString(es.x()) + " (no value)";
            case PACKAGE -> "package " + ((Entity.Pkg) o.ref).pkg.path;
            case BUILTIN -> ExprStrings.exprString(es.x()) + " (built-in function " + o.ref + ")";
            default -> ExprStrings.describe(o);
        };
        return List.of(utf8(what));
    }

    /** The session's visible bindings of one kind (the innermost binding of each name), outermost first. */
    private <E extends Entity> List<E> visible(Class<E> kind) {
        Map<String, Entity> seen = new LinkedHashMap<>();
        for (Scope s = current; s != null && s != c.check.universe; s = s.parent) {
            for (Entity e : s.names.values()) {
                seen.putIfAbsent(e.name, e);
            }
        }
        List<E> out = new ArrayList<>();
        for (Entity e : seen.values()) {
            if (kind.isInstance(e) && !e.name.startsWith(HIDDEN) && !e.name.equals("_")) {
                out.add(kind.cast(e));
            }
        }
        Collections.reverse(out);
        return out;
    }

    /** Go code printing every session variable as {@code name = value (type)}; empty when there are none. */
    public String varsInput() {
        synchronized (c) {
            return varsInput0();
        }
    }

    private String varsInput0() {
        StringBuilder sb = new StringBuilder();
        for (Entity.Var v : visible(Entity.Var.class)) {
            if (v.type == null || v.type == Basic.INVALID) {
                continue;
            }
            Type shown = v.shown != null ? v.shown : v.type;
            String format = v.name + " = " + verb(v.type) + " (" + shown.toString(false).replace("%", "%%") + ")\n";
            sb.append(FMT).append(".Printf(").append(quote(format)).append(", ").append(v.name).append(")\n");
        }
        return utf8(sb.toString());
    }

    /** The session's functions, types and constants, as declarations. */
    public List<String> declarations() {
        synchronized (c) {
            return declarations0();
        }
    }

    private List<String> declarations0() {
        List<String> out = new ArrayList<>();
        for (Entity e : visible(Entity.class)) {
            String d = switch (e) {
                case Entity.Func f when f.sig != null -> "func " + f.name + (f.shown != null ? f.shown : f.sig).toString(false).substring(4);
                case Entity.Func f -> "func " + f.name + "[...] (generic)";
                case Entity.TypeE t when t.type != null -> "type " + t.name + " " + t.type.underlying().toString(false);
                case Entity.ConstE k when k.value != null -> "const " + k.name + " = " + k.value + " (" + k.type.toString(false) + ")";
                case Entity.Pkg p when p.line == 0 -> null; // imported for the input automatically
                case Entity.Pkg p -> "import " + (p.name.equals(p.pkg.name) ? "" : p.name + " ") + "\"" + p.pkg.path + "\"";
                default -> null;
            };
            if (d != null) {
                out.add(utf8(d));
            }
        }
        return out;
    }

    /**
     * Completion of an identifier chain: {@code str} gives names in scope (and standard packages)
     * starting so, {@code strings.To} exported members of the package, {@code p.na} fields and
     * methods of p's type (through embedded fields and pointers), {@code p.inner.} those of a
     * field's type. Candidates are whole chains.
     */
    public List<String> complete(String chain) {
        synchronized (c) {
            return complete0(chain);
        }
    }

    private List<String> complete0(String chain) {
        String latin = new String(chain.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        int dot = latin.lastIndexOf('.');
        String prefix = latin.substring(dot + 1);
        Set<String> names = new TreeSet<>();
        if (dot < 0) {
            for (Scope s = current; s != null; s = s.parent) {
                names.addAll(s.names.keySet());
            }
            for (String path : Prelude.stdPackages()) {
                if (Prelude.exists(path)) {
                    names.add(path.substring(path.lastIndexOf('/') + 1));
                }
            }
        } else {
            members(latin.substring(0, dot).split("\\.", -1), names);
        }
        String base = dot < 0 ? "" : latin.substring(0, dot + 1);
        List<String> out = new ArrayList<>();
        for (String n : names) {
            if (n.startsWith(prefix) && !n.startsWith(HIDDEN) && !n.equals("_")) {
                out.add(utf8(base + n));
            }
        }
        return out;
    }

    /** The member names of what the chain a.b.c denotes (a package, a typed value, a type). */
    private void members(String[] parts, Set<String> out) {
        Entity e = current.lookup(parts[0]);
        if (e == null) {
            String path = autoImportPath(parts[0]);
            Package p = path == null ? null : c.importPackage(new ImportSpec(0, 0, null, path));
            e = p == null ? null : new Entity.Pkg(parts[0], 0, 0, p);
        }
        Type t = null;
        boolean typeItself = false;
        int i = 1;
        if (e instanceof Entity.Pkg p) {
            if (parts.length == 1) {
                for (Entity m : p.pkg.scope.names.values()) {
                    if (Checker.isExported(m.name)) {
                        out.add(m.name);
                    }
                }
                return;
            }
            e = p.pkg.scope.lookupLocal(parts[1]);
            i = 2;
        }
        switch (e) {
            case Entity.Var v -> t = v.type;
            case Entity.ConstE k -> t = k.type;
            case Entity.TypeE te -> {
                t = te.type;
                typeItself = true;
            }
            case null, default -> {
                return;
            }
        }
        for (; i < parts.length && t != null; i++) {
            t = typeItself ? null : fieldType(t, parts[i], 0);
        }
        if (t == null) {
            return;
        }
        String pkgOfType = t instanceof Named n ? n.pkg : t instanceof Pointer ptr && ptr.elem instanceof Named n ? n.pkg : "main";
        Set<String> all = new TreeSet<>();
        collectMembers(t, all, typeItself, 0);
        for (String m : all) {
            if ("main".equals(pkgOfType) || Checker.isExported(m)) {
                out.add(m);
            }
        }
    }

    /** The type of field name of t (also promoted through embedded fields), or null. */
    private static Type fieldType(Type t, String name, int depth) {
        if (t instanceof Pointer p) {
            t = p.elem;
        }
        if (depth > 5 || !(t.underlying() instanceof Struct st)) {
            return null;
        }
        for (Struct.Field f : st.fields) {
            if (f.name().equals(name)) {
                return f.type();
            }
        }
        for (Struct.Field f : st.fields) {
            Type ft = f.embedded() ? fieldType(f.type(), name, depth + 1) : null;
            if (ft != null) {
                return ft;
            }
        }
        return null;
    }

    /** Fields and methods (value and pointer receivers, promoted ones too) of t; only methods for a type itself. */
    private static void collectMembers(Type t, Set<String> out, boolean methodsOnly, int depth) {
        if (depth > 5) {
            return;
        }
        if (t instanceof Pointer p) {
            t = p.elem;
        }
        if (t instanceof Named n) {
            for (Named.Method m : n.methods) {
                out.add(m.name);
            }
        }
        if (t.underlying() instanceof Interface it) {
            for (Interface.Method m : it.methods) {
                out.add(m.name());
            }
        }
        if (t.underlying() instanceof Struct st) {
            for (Struct.Field f : st.fields) {
                if (!methodsOnly) {
                    out.add(f.name());
                }
                if (f.embedded()) {
                    collectMembers(f.type(), out, methodsOnly, depth + 1);
                }
            }
        }
    }

    /**
     * :doc pkg.Name (or pkg.Type.Method, or a name declared in the session): the declaration
     * as written in the standard library's Go source, with the first sentence of its comment.
     */
    public String doc(String name) {
        synchronized (c) {
            return doc0(name);
        }
    }

    private String doc0(String name) {
        int slash = name.lastIndexOf('/');
        String[] parts = name.substring(slash + 1).split("\\.");
        String first = parts[0];
        Entity e = current.lookup(first);
        Package p = null;
        if (e instanceof Entity.Pkg pe) {
            p = pe.pkg;
        } else if (e != null && parts.length == 1) {
            for (String d : declarations()) {
                if (d.matches("^(func|type|const|import) " + Pattern.quote(utf8(first)) + "\\b.*")) {
                    return d;
                }
            }
            List<String> t = describe(name);
            return String.join("\n", t);
        } else {
            String path = slash >= 0 ? name.substring(0, slash + 1) + first : autoImportPath(first);
            if (path != null && Prelude.exists(path)) {
                p = c.importPackage(new ImportSpec(0, 0, null, path));
            }
        }
        if (p == null) {
            return "no documentation for " + name + " (:doc pkg.Name, e.g. :doc strings.Cut)";
        }
        if (parts.length == 1) {
            List<String> exported = new ArrayList<>();
            for (Entity m : p.scope.names.values()) {
                if (Checker.isExported(m.name)) {
                    exported.add(m.name);
                }
            }
            return "package " + p.path + "\n" + String.join(" ", exported);
        }
        for (SourceFile f : p.files) {
            for (Decl d : f.decls()) {
                int line = declLine(d, parts);
                if (line > 0) {
                    BlockStmt body = d instanceof FuncDecl fd ? fd.body() : null;
                    return utf8(PreludeDoc.declaration(f.path(), line, body == null ? 0 : body.line(), body == null ? 0 : body.col()));
                }
            }
        }
        return "no documentation for " + name + " (" + p.path + " has no exported " + String.join(".", Arrays.copyOfRange(parts, 1, parts.length)) + ")";
    }

    /** The line of the declaration of parts[1] (or method parts[2] of type parts[1]) in d, or 0. */
    private static int declLine(Decl d, String[] parts) {
        String n = parts[1];
        switch (d) {
            case FuncDecl fd -> {
                if (parts.length == 2 && fd.recv() == null && fd.name().equals(n)) {
                    return fd.line();
                }
                if (parts.length == 3 && fd.recv() != null && fd.name().equals(parts[2])
                        && receiverBase(fd.recv().type()) instanceof Ident id && id.name().equals(n)) {
                    return fd.line();
                }
            }
            case TypeDecl td -> {
                for (TypeSpec ts : td.specs()) {
                    if (parts.length == 2 && ts.name().name().equals(n)) {
                        return td.specs().size() == 1 ? td.line() : ts.line();
                    }
                }
            }
            case ConstDecl cd -> {
                for (ConstSpec cs : cd.specs()) {
                    if (parts.length == 2 && cs.names().stream().anyMatch(i -> i.name().equals(n))) {
                        return cd.specs().size() == 1 ? cd.line() : cs.line();
                    }
                }
            }
            case VarDecl vd -> {
                for (VarSpec vs : vd.specs()) {
                    if (parts.length == 2 && vs.names().stream().anyMatch(i -> i.name().equals(n))) {
                        return vd.specs().size() == 1 ? vd.line() : vs.line();
                    }
                }
            }
        }
        return 0;
    }

    // ---- compiler state around one input ----

    private record State(FuncContext fn, List<Entity.Var> locals, Deque<Object> breaks, Deque<Object> conts,
                         Scope scope, String path, Package pkg, Scope sessionBlock, Set<Object> refs, boolean prelude) {}

    private State enter(FuncContext fn, Scope layer, String path) {
        State s = new State(c.check.fn, c.check.stmts.locals, c.check.stmts.breakTargets, c.check.stmts.continueTargets, c.check.scope, c.check.curPath, c.check.curPkg, c.check.assigns.sessionBlock, c.curRefs, c.check.inPrelude);
        c.check.fn = fn;
        c.check.stmts.locals = new ArrayList<>();
        c.check.stmts.breakTargets = new ArrayDeque<>();
        c.check.stmts.continueTargets = new ArrayDeque<>();
        c.check.scope = layer;
        c.check.assigns.sessionBlock = layer;
        c.check.curPath = path;
        c.check.curPkg = main;
        c.curRefs = null;
        c.check.inPrelude = false;
        return s;
    }

    private void leave(State s) {
        c.check.fn = s.fn();
        c.check.stmts.locals = s.locals();
        c.check.stmts.breakTargets = s.breaks();
        c.check.stmts.continueTargets = s.conts();
        c.check.scope = s.scope();
        c.check.curPath = s.path();
        c.check.curPkg = s.pkg();
        c.check.assigns.sessionBlock = s.sessionBlock();
        c.curRefs = s.refs();
        c.check.inPrelude = s.prelude();
    }

    private void clearErrors() {
        c.check.errors.clear();
        c.check.tooMany = null;
    }

    /**
     * The initializers compiled since the last call. After a failed declaration input its own
     * package initializer is dropped; those of standard packages it imported stay due (the
     * packages stay compiled), so a later input runs them.
     */
    private List<RootCallTarget> takeInits(boolean dropSession) {
        List<RootCallTarget> out = new ArrayList<>();
        for (RootCallTarget t : c.inits.subList(initsTaken, c.inits.size())) {
            if (dropSession && t.getRootNode().getName().equals(main.name + ".init")) {
                continue;
            }
            out.add(t);
        }
        initsTaken = c.inits.size();
        return out;
    }

    /** Go's messages, sorted; positions of prompt inputs relative to the input (line:col), of files as Go prints them. */
    private List<String> messages(String inputPath, int prefix) {
        List<CompileError> sorted = new ArrayList<>(c.check.errors);
        Collections.sort(sorted);
        List<String> out = new ArrayList<>();
        for (CompileError e : sorted) {
            String text;
            if (e.line() == 0) {
                text = e.message();
            } else if (inputPath != null && e.path().equals(inputPath)) {
                text = e.line() + ":" + (e.line() == 1 ? Math.max(1, e.col() - prefix) : e.col()) + ": " + e.message();
            } else {
                text = e.toString();
            }
            out.add(utf8(text));
        }
        if (c.check.tooMany != null) {
            out.add("too many errors");
        }
        return out;
    }

    /** The parser's messages about a wrapped input, positions made relative to the input. */
    private static List<String> inputMessages(List<String> messages, int prefix) {
        List<String> out = new ArrayList<>();
        for (String m : messages) {
            Matcher x = MESSAGE.matcher(m);
            if (x.matches()) {
                int line = Integer.parseInt(x.group(2));
                int col = Integer.parseInt(x.group(3));
                out.add(utf8(line + ":" + (line == 1 ? Math.max(1, col - prefix) : col) + ": " + x.group(4)));
            } else {
                out.add(utf8(m));
            }
        }
        return out;
    }

    /** Text the compiler keeps as bytes (one char per byte) as a Java string. */
    public static String utf8(String bytes) {
        for (int i = 0; i < bytes.length(); i++) {
            if (bytes.charAt(i) >= 0x80) {
                return new String(bytes.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            }
        }
        return bytes;
    }

    // ---- standard packages used without an import (fmt, strings, ... as gore does) ----

    /** Imports into {@code into} every standard package the code names as pkg.X without it being declared. */
    private void autoImports(List<? extends Node> code, Scope into) {
        Set<String> qualifiers = new LinkedHashSet<>();
        collectQualifiers(code, qualifiers);
        for (String q : qualifiers) {
            if (into.lookup(q) == null) {
                String path = autoImportPath(q);
                if (path != null) {
                    Package p = c.importPackage(new ImportSpec(0, 0, null, path));
                    if (p != null) {
                        into.declare(new Entity.Pkg(q, 0, 0, p));
                    }
                }
            }
        }
    }

    /** The standard package with that name GoTruffle provides (the shortest path: math/rand before crypto/rand), or null. */
    public static String autoImportPath(String name) {
        String best = null;
        for (String path : Prelude.stdPackages()) {
            if (path.substring(path.lastIndexOf('/') + 1).equals(name) && Prelude.exists(path)
                    && (best == null || path.length() < best.length())) {
                best = path;
            }
        }
        return best;
    }

    /** x of every x.sel in the code (walks the syntax records generically). */
    private static void collectQualifiers(Object n, Set<String> out) {
        if (n instanceof SelectorExpr s && s.x() instanceof Ident id) {
            out.add(id.name());
        }
        if (n instanceof List<?> l) {
            for (Object o : l) {
                collectQualifiers(o, out);
            }
        } else if (n instanceof Node && n.getClass().isRecord()) {
            for (RecordComponent rc : n.getClass().getRecordComponents()) {
                if (rc.getType().isPrimitive() || rc.getType() == String.class) {
                    continue;
                }
                try {
                    collectQualifiers(rc.getAccessor().invoke(n), out);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private static Expr receiverBase(Expr t) {
        while (t instanceof ParenExpr || t instanceof StarExpr) {
            t = t instanceof ParenExpr p ? p.x() : ((StarExpr) t).x();
        }
        return t;
    }
}
