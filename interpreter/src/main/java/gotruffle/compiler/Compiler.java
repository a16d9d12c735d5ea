package gotruffle.compiler;

import com.oracle.truffle.api.RootCallTarget;
import gotruffle.GoContext;
import gotruffle.GoLanguage;
import gotruffle.loader.DisplayPaths;
import gotruffle.loader.LoadedPackage;
import gotruffle.loader.LoadedProgram;
import gotruffle.nodes.ExprNode;
import gotruffle.nodes.StmtNode;
import gotruffle.nodes.call.ArgsNode;
import gotruffle.nodes.call.DeferredCall;
import gotruffle.nodes.call.DirectCallExprNode;
import gotruffle.nodes.call.FuncDef;
import gotruffle.nodes.call.FuncRootNode;
import gotruffle.nodes.call.NativeRootNode;
import gotruffle.nodes.conc.ChanNodes;
import gotruffle.nodes.conc.GoStmtNode;
import gotruffle.nodes.conc.SelectNode;
import gotruffle.nodes.expr.ConstNode;
import gotruffle.nodes.expr.CopyNode;
import gotruffle.nodes.expr.MakeClosureNode;
import gotruffle.nodes.local.CellNodes;
import gotruffle.nodes.local.ReadLocalNode;
import gotruffle.nodes.local.Rep;
import gotruffle.nodes.stmt.BlockNode;
import gotruffle.nodes.stmt.BreakableNode;
import gotruffle.nodes.stmt.ExprStmtNode;
import gotruffle.nodes.stmt.RangeNode;
import gotruffle.parser.GoParserFacade;
import gotruffle.parser.GoSyntaxException;
import gotruffle.parser.Literals;
import gotruffle.parser.Positions;
import gotruffle.parser.ast.*;
import gotruffle.stdlib.Native;
import gotruffle.stdlib.Natives;
import gotruffle.types.Basic;
import gotruffle.types.ChanType;
import gotruffle.types.Interface;
import gotruffle.types.Named;
import gotruffle.types.Pointer;
import gotruffle.types.Signature;
import gotruffle.types.Slice;
import gotruffle.types.Struct;
import gotruffle.types.Tuple;
import gotruffle.types.Type;
import gotruffle.values.GlobalVar;
import gotruffle.values.GoFunc;
import gotruffle.values.Values;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static gotruffle.compiler.Constants.*;
import static gotruffle.compiler.ExprStrings.*;

/**
 * Checks a Go program (package main plus the prelude packages it imports) and builds its Truffle
 * nodes. Order follows types2 so errors come out as Go reports them: package-level declarations
 * first, then function bodies in source order (unused variables at the end of each function),
 * then unused imports; package variables are initialized in Go's dependency order.
 */
public final class Compiler extends StmtCompiler {
    /** The result: either errors (already formatted) or the init functions and main. */
    public record Program(List<String> errors, List<RootCallTarget> inits, RootCallTarget main, Map<String, Package> packages) {}

    private final Map<String, Package> packages = new LinkedHashMap<>();
    /** Package initializers in the order they must run (a REPL session runs the new ones after each input). */
    final List<RootCallTarget> inits = new ArrayList<>();
    /** Global variables and functions each function/initializer references (for init order). */
    private final Map<Object, Set<Object>> refs = new IdentityHashMap<>();
    /** What the function or initializer being compiled references (Generics adds instantiations). */
    Set<Object> curRefs;
    private final Map<Entity.Func, FuncDecl> funcDecls = new IdentityHashMap<>();
    private final Map<Entity, Scope> declFileScope = new IdentityHashMap<>();
    private final Map<Entity, String> declPath = new IdentityHashMap<>();
    private final Set<String> loading = new HashSet<>();
    /** Names each function body must keep in heap cells (one walk per body, however deep literals nest). */
    final Escapes escapes = new Escapes();

    public Compiler(GoLanguage language) {
        super(language);
        generics = new Generics(this);
    }

    /**
     * Checks and builds a loaded program: its packages in initialization order (main last), each
     * with its own errors, as go builds them: a package whose imports failed is not compiled.
     */
    public Program compileProgram(LoadedProgram program) {
        List<String> out = new ArrayList<>();
        Set<String> failed = new HashSet<>();
        // the run-time error types are needed by every program
        importPackage(new ImportSpec(0, 0, null, "runtime"));
        for (LoadedPackage lp : program.packages()) {
            boolean isMain = lp == program.main();
            if (!lp.syntaxErrors().isEmpty() || lp.buildError() != null) {
                out.addAll(lp.syntaxErrors());
                if (lp.buildError() != null) {
                    out.add(lp.buildError());
                }
                failed.add(lp.importPath());
                continue;
            }
            if (lp.files().stream().flatMap(f -> f.imports().stream()).anyMatch(im -> failed.contains(im.path()))) {
                failed.add(lp.importPath());
                continue;
            }
            errors.clear();
            tooMany = null;
            try {
                // the parser's errors that are not syntax errors: Go type-checks anyway
                for (SourceFile f : lp.files()) {
                    curPath = f.path();
                    for (SourceFile.ParseError e : f.errors()) {
                        error(e.line(), e.col(), e.message());
                    }
                }
                Package pkg = compilePackage(isMain ? "main" : lp.importPath(), lp.files(), false);
                if (isMain && errors.isEmpty() && !(pkg.scope.lookupLocal("main") instanceof Entity.Func)) {
                    curPath = lp.files().isEmpty() ? "" : lp.files().get(0).path();
                    // a link error in go: the runtime's reference to main.main ("·" as its UTF-8 bytes, like all messages)
                    errors.add(new CompileError("", 0, 0, "runtime.main_main\u00c2\u00b7f: function main is undeclared in the main package"));
                }
            } catch (TooManyErrors e) {
                // reported below
            }
            if (!errors.isEmpty()) {
                out.addAll(formatErrors());
                failed.add(lp.importPath());
            }
        }
        if (!out.isEmpty()) {
            return new Program(out, null, null, packages);
        }
        Entity.Func mainFn = (Entity.Func) packages.get("main").scope.lookupLocal("main");
        return new Program(List.of(), inits, mainFn.def.target, packages);
    }

    private List<String> formatErrors() {
        List<CompileError> sorted = new ArrayList<>(errors);
        Collections.sort(sorted);
        List<String> out = new ArrayList<>();
        for (CompileError e : sorted) {
            if (e.line() == 0) {
                out.add(e.message());
            } else {
                out.add(e.toString());
            }
        }
        if (tooMany != null) {
            out.add(Positions.format(tooMany.path(), tooMany.line(), tooMany.col()) + ": too many errors");
        }
        return out;
    }

    // ---- packages ----

    Package compilePackage(String path, List<SourceFile> files, boolean prelude) {
        return compilePackage(new Package(path, files.isEmpty() ? path : files.get(0).pkgName(), universe), files, prelude);
    }

    /** pkg's scope may also be nested in an earlier one: a REPL session's layer (SessionCompiler). */
    Package compilePackage(Package pkg, List<SourceFile> files, boolean prelude) {
        String path = pkg.path;
        boolean savedPrelude = inPrelude;
        inPrelude = prelude;
        packages.put(path, pkg);
        pkg.files.addAll(files);
        for (SourceFile f : files) {
            fileOwners.put(f.path(), pkg);
        }
        Package savedPkg = curPkg;
        setCurrentPackage(pkg);
        try {
            // file scopes with imports
            // identity maps: a record's hashCode would walk the file's whole syntax tree
            Map<SourceFile, Scope> fileScopes = new IdentityHashMap<>();
            Map<SourceFile, List<Entity.Pkg>> fileImports = new IdentityHashMap<>();
            for (SourceFile f : files) {
                curPath = f.path();
                Scope fs = new Scope(pkg.scope, null);
                List<Entity.Pkg> imps = new ArrayList<>();
                for (ImportSpec im : f.imports()) {
                    Package ip = importPackage(im);
                    if (ip == null) {
                        continue;
                    }
                    pkg.imports.add(ip);
                    if (ip.unsupported) {
                        // reported once at the import; its uses are left unchecked instead of failing again
                        String alias = im.name() != null ? im.name() : ip.name;
                        if (!alias.equals("_") && !alias.equals(".")) {
                            Entity.Pkg pe = new Entity.Pkg(alias, im.line(), im.col(), ip);
                            pe.used = true;
                            fs.declare(pe);
                        }
                        continue;
                    }
                    String name = im.name() != null ? im.name() : ip.name;
                    if (name.equals("_")) {
                        continue;
                    }
                    if (name.equals(".")) {
                        if (ip.path.equals("unsafe")) {
                            unsupported(im, "dot import of unsafe");
                            continue;
                        }
                        // the package's exported names join the file block; using one uses the import
                        Entity.Pkg pe = new Entity.Pkg(name, im.line(), im.col(), ip);
                        for (Entity e : ip.scope.names.values()) {
                            if (isExported(e.name)) {
                                fs.declare(e);
                                fs.dotImported().put(e.name, pe);
                            }
                        }
                        imps.add(pe);
                        continue;
                    }
                    Entity.Pkg pe = new Entity.Pkg(name, im.line(), im.col(), ip);
                    Entity other = fs.lookupLocal(name);
                    if (other != null) {
                        // not declared: it stays unused, and Go reports that too
                        redeclared(im, other, f.path());
                    } else {
                        fs.declare(pe);
                    }
                    imps.add(pe);
                }
                fileScopes.put(f, fs);
                fileImports.put(f, imps);
            }
            pkg.markImports();
            setCurrentPackage(pkg);
            inPrelude = prelude;
            // collect declarations
            List<Runnable> varDecls = new ArrayList<>();
            List<Entity.Func> funcs = new ArrayList<>();
            List<Object[]> methods = new ArrayList<>();
            List<Entity.TypeE> types = new ArrayList<>();
            List<Entity.ConstE> consts = new ArrayList<>();
            List<Entity.Var> globals = new ArrayList<>();
            Map<Entity.Var, Object[]> varSpecs = new LinkedHashMap<>();
            for (SourceFile f : files) {
                curPath = f.path();
                Scope fs = fileScopes.get(f);
                for (Decl d : f.decls()) {
                    switch (d) {
                        case FuncDecl fd -> {
                            if (fd.typeParams() != null && !fd.typeParams().isEmpty()) {
                                if (fd.recv() == null) {
                                    declare(pkg.scope, generics.declareFunc(fd, fs, f.path(), pkg), fd);
                                } else {
                                    unsupported(fd, "methods with type parameters");
                                }
                                continue;
                            }
                            if (fd.recv() != null && generics.genericReceiver(fd, fs, f.path(), pkg)) {
                                continue;
                            }
                            if (fd.recv() != null) {
                                methods.add(new Object[]{fd, fs, f.path()});
                                continue;
                            }
                            if (fd.name().equals("init")) {
                                Entity.Func e = new Entity.Func("init", fd.line(), fd.col(), null, new FuncDef(pkg.name + ".init"));
                                funcDecls.put(e, fd);
                                declFileScope.put(e, fs);
                                declPath.put(e, f.path());
                                funcs.add(e);
                                continue;
                            }
                            if (fd.name().equals("main") && pkg.path.equals("main") && (!fd.type().params().isEmpty() || !fd.type().results().isEmpty())) {
                                error(fd, "func main must have no arguments and no return values");
                            }
                            Entity.Func e = new Entity.Func(fd.name(), fd.line(), fd.col(), null, new FuncDef(pkg.name + "." + fd.name()));
                            declare(pkg.scope, e, fd);
                            funcDecls.put(e, fd);
                            declFileScope.put(e, fs);
                            declPath.put(e, f.path());
                            funcs.add(e);
                        }
                        case TypeDecl td -> {
                            for (TypeSpec ts : td.specs()) {
                                Entity.TypeE te = typeSpec(ts, pkg, fs, f.path());
                                declare(pkg.scope, te, ts.name());
                                types.add(te);
                            }
                        }
                        case ConstDecl cd -> {
                            for (ConstSpec cs : cd.specs()) {
                                consts.addAll(constSpec(cs, fs, f.path(), pkg.scope));
                            }
                        }
                        case VarDecl vd -> {
                            for (VarSpec vs : vd.specs()) {
                                List<Entity.Var> vars = new ArrayList<>();
                                for (Ident id : vs.names()) {
                                    Entity.Var v = new Entity.Var(id.name(), id.line(), id.col(), null, null);
                                    v.global = new GlobalVar(pkg.name + "." + id.name(), null);
                                    v.used = true;
                                    if (!id.name().equals("_")) {
                                        declare(pkg.scope, v, id);
                                    }
                                    vars.add(v);
                                    globals.add(v);
                                }
                                for (Entity.Var v : vars) {
                                    varSpecs.put(v, new Object[]{vs, fs, f.path(), vars});
                                }
                            }
                        }
                    }
                }
            }
            // package-level names must differ from the file's imports (types2's resolver)
            for (SourceFile f : files) {
                if (fileScopes.get(f).dotImported != null) {
                    for (var dot : fileScopes.get(f).dotImported.entrySet()) {
                        Entity alt = pkg.scope.lookupLocal(dot.getKey());
                        if (alt != null) {
                            curPath = declPath.getOrDefault(alt, f.path());
                            error(alt.line, alt.col, alt.name + " already declared through dot-import of package "
                                    + dot.getValue().pkg.name + " (\"" + dot.getValue().pkg.path + "\")"
                                    + otherDeclaration(dot.getValue().pkg.scope.lookupLocal(dot.getKey()),
                                            foreignPath(declPath.get(dot.getValue().pkg.scope.lookupLocal(dot.getKey())), f.path())));
                        }
                    }
                }
                for (Entity.Pkg im : fileImports.get(f)) {
                    Entity alt = pkg.scope.lookupLocal(im.name);
                    if (alt != null && fileScopes.get(f).lookupLocal(im.name) == im) {
                        curPath = declPath.getOrDefault(alt, f.path());
                        error(alt.line, alt.col, alt.name + " already declared through import of package " + im.pkg.name
                                + " (\"" + im.pkg.path + "\")" + otherDeclaration(im, f.path()));
                    }
                }
            }
            // resolve types, then attach methods, then signatures and constants
            for (Entity.TypeE t : types) {
                resolveTypeEntity(t);
            }
            for (Object[] m : methods) {
                declareMethod((FuncDecl) m[0], (Scope) m[1], (String) m[2], pkg);
            }
            for (Entity.Func f : funcs) {
                FuncDecl fd = funcDecls.get(f);
                curPath = declPath.get(f);
                withScope(declFileScope.get(f), () -> {
                    f.sig = signature(fd.type(), null);
                    Signature sh = shownSignature(fd.type(), f.sig);
                    f.shown = sh == f.sig ? null : sh;
                });
            }
            for (Entity.ConstE c : consts) {
                resolveConstEntity(c);
            }
            // variable types (needed by function bodies); resolved lazily so that initializers may
            // refer to variables declared later
            for (Map.Entry<Entity.Var, Object[]> e : varSpecs.entrySet()) {
                Entity.Var v = e.getKey();
                Object[] spec = e.getValue();
                v.resolver = () -> resolveVarType(v, spec);
            }
            for (Map.Entry<Entity.Var, Object[]> e : varSpecs.entrySet()) {
                Runnable r = e.getKey().resolver;
                if (r != null) {
                    e.getKey().resolver = null;
                    r.run();
                }
            }
            // function bodies in source order (methods interleaved by position in their file)
            List<Object[]> bodies = new ArrayList<>();
            for (Entity.Func f : funcs) {
                bodies.add(new Object[]{funcDecls.get(f), f, declFileScope.get(f), declPath.get(f)});
            }
            for (Object[] m : methods) {
                FuncDecl fd = (FuncDecl) m[0];
                bodies.add(new Object[]{fd, null, m[1], m[2]});
            }
            bodies.sort((a, b) -> {
                int c = ((String) a[3]).compareTo((String) b[3]);
                if (c != 0) {
                    return c;
                }
                return Integer.compare(((FuncDecl) a[0]).line(), ((FuncDecl) b[0]).line());
            });
            boolean lazy = prelude && !eagerPrelude;
            for (Object[] b : bodies) {
                FuncDecl fd = (FuncDecl) b[0];
                curPath = (String) b[3];
                if (lazy && fd.body() != null && !(b[1] != null && fd.name().equals("init"))) {
                    deferBody(pkg, fd, (Entity.Func) b[1], (Scope) b[2], (String) b[3]);
                } else if (b[1] != null) {
                    Entity.Func f = (Entity.Func) b[1];
                    compileFuncBody(fd, f.def, f.sig, null, (Scope) b[2], f);
                } else {
                    compileMethodBody(fd, (Scope) b[2]);
                }
            }
            // bodies of the instantiations of generic functions and methods
            generics.drain();
            // package variable initialization in dependency order, then init() functions
            buildInit(pkg, varSpecs, funcs);
            generics.drain();
            generics.finish(pkg);
            // unused imports (not known for a standard-library package whose bodies are compiled on first use)
            for (SourceFile f : lazy ? List.<SourceFile>of() : files) {
                curPath = f.path();
                for (Entity.Pkg p : fileImports.get(f)) {
                    if (!p.used && !pkg.importsUnsupported()) {
                        String path2 = p.pkg.path;
                        if (!p.name.equals(p.pkg.name) && !p.name.equals(".")) {
                            error(p.line, p.col, "imported and not used: \"" + path2 + "\" as " + p.name);
                        } else {
                            error(p.line, p.col, "imported and not used: \"" + path2 + "\"");
                        }
                    }
                }
            }
            return pkg;
        } finally {
            setCurrentPackage(savedPkg);
            inPrelude = savedPrelude;
        }
    }

    private void declare(Scope s, Entity e, Node at) {
        Entity old = s.lookupLocal(e.name);
        if (old != null && !e.name.equals("_")) {
            redeclared(at, old, declPath.getOrDefault(old, curPath));
            return;
        }
        s.declare(e);
        declPath.put(e, curPath);
    }

    private void withScope(Scope s, Runnable r) {
        Scope saved = scope;
        scope = s;
        try {
            r.run();
        } finally {
            scope = saved;
        }
    }

    Package importPackage(ImportSpec im) {
        String path = im.path();
        if (!inPrelude && (path.startsWith("internal/") || path.contains("/internal/")) && Prelude.load(path) != null) {
            error(im, "use of internal package " + path + " not allowed");
            return null;
        }
        Package p = packages.get(path);
        if (p != null) {
            return p;
        }
        if (loading.contains(path)) {
            error(im, "import cycle not allowed");
            return null;
        }
        if (path.equals("C")) {
            unsupported(im, "cgo (import \"C\")");
            return Package.unsupported(path, universe);
        }
        if (path.equals("unsafe")) {
            // compile-time only: Sizeof, Alignof and Offsetof are constants; the rest is unsupported
            Package u = new Package(path, path, universe);
            for (String b : List.of("Sizeof", "Alignof", "Offsetof")) {
                u.scope.declare(new Entity.Builtin(b));
            }
            packages.put(path, u);
            return u;
        }
        List<SourceFile> files = Prelude.load(path);
        if (files == null) {
            if (Prelude.isStdPackage(path)) {
                unsupported(im, "package " + path);
                return Package.unsupported(path, universe);
            } else {
                error(im, "package " + path + " is not in GOROOT (/usr/lib/go-1.19/src/" + path + ")");
            }
            return null;
        }
        String savedPath = curPath;
        Scope savedScope = scope;
        FuncContext savedFn = fn;
        loading.add(path);
        try {
            return compilePackage(path, files, true);
        } finally {
            loading.remove(path);
            curPath = savedPath;
            scope = savedScope;
            fn = savedFn;
        }
    }

    // ---- types and constants ----

    private Entity.TypeE typeSpec(TypeSpec ts, Package pkg, Scope fs, String path) {
        if (ts.typeParams() != null && !ts.typeParams().isEmpty()) {
            return generics.declareType(ts, pkg, fs, path);
        }
        Entity.TypeE te = new Entity.TypeE(ts.name().name(), ts.name().line(), ts.name().col(), null);
        if (ts.alias()) {
            te.resolver = () -> withScope(fs, () -> {
                String saved = curPath;
                curPath = path;
                te.type = Basic.INVALID;
                constraintOk = true;
                te.type = typeOf(ts.type());
                curPath = saved;
            });
        } else {
            Named n = new Named(pkg.name, pkg.path, ts.name().name(), null);
            te.type = n;
            te.resolver = () -> withScope(fs, () -> {
                String saved = curPath;
                curPath = path;
                constraintOk = true;
                Type u = typeOf(ts.type());
                // type T2 T1 while T1 is being resolved (T1 struct{ next *T2 }): T2's underlying is
                // T1's, known once T1 is done (Named.underlying() follows the link)
                n.setUnderlying(u == Basic.INVALID ? Basic.INVALID
                        : u instanceof Named un && un.underlying() == Basic.INVALID && !un.reaches(n) ? un : u.underlying());
                Type su = u == u.underlying() ? shown(ts.type(), u) : u;
                if (su != u) {
                    shownUnderlying.put(n, su);
                }
                curPath = saved;
            });
        }
        return te;
    }

    @Override
    void resolveTypeEntity(Entity.TypeE t) {
        Runnable r = t.resolver;
        if (r != null) {
            t.resolver = null;
            r.run();
        }
    }

    private List<Entity.ConstE> constSpec(ConstSpec cs, Scope fs, String path, Scope into) {
        List<Entity.ConstE> out = new ArrayList<>();
        for (int i = 0; i < cs.names().size(); i++) {
            Ident id = cs.names().get(i);
            Entity.ConstE c = new Entity.ConstE(id.name(), id.line(), id.col(), null, null);
            int idx = i;
            c.resolver = () -> withScope(fs, () -> {
                String saved = curPath;
                int savedIota = iota;
                curPath = path;
                iota = cs.iota();
                try {
                    evalConst(c, cs, idx, id);
                } finally {
                    curPath = saved;
                    iota = savedIota;
                }
            });
            if (!id.name().equals("_")) {
                declare(into, c, id);
            }
            out.add(c);
        }
        return out;
    }

    private void evalConst(Entity.ConstE c, ConstSpec cs, int idx, Ident id) {
        if (cs.values().isEmpty()) {
            error(id, "missing init expr for const declaration");
            return;
        }
        if (idx >= cs.values().size()) {
            if (idx == cs.values().size()) {
                error(id, "missing init expr for const declaration");
            }
            return;
        }
        if (idx == 0 && cs.values().size() > cs.names().size()) {
            error(cs.values().get(cs.names().size()), "extra init expr");
        }
        Operand o = single(cs.values().get(idx));
        if (o.invalid()) {
            return;
        }
        if (o.mode != Operand.Mode.CONST) {
            error(o.expr, describe(o) + " is not constant");
            return;
        }
        if (cs.type() != null) {
            Type t = typeOf(cs.type());
            if (t == Basic.INVALID) {
                return;
            }
            if (t.basic() == null) {
                error(cs.type(), "invalid constant type " + t);
                return;
            }
            Const r = representable(o.value, t);
            if (r == null) {
                if (o.type.isUntyped()) {
                    error(o.expr, "cannot use " + describe(o) + " as " + t + " value in constant declaration" + overflowSuffix(o.value, t));
                } else if (o.type != t) {
                    error(o.expr, "cannot use " + describe(o) + " as " + t + " value in constant declaration");
                } else {
                    error(o.expr, "constant " + o.value + " overflows " + t);
                }
                return;
            }
            if (!o.type.isUntyped() && o.type != t) {
                error(o.expr, "cannot use " + describe(o) + " as type " + t + " in constant declaration");
                return;
            }
            c.type = t;
            c.value = r;
        } else {
            c.type = o.type;
            c.value = o.value;
        }
    }

    @Override
    void resolveConstEntity(Entity.ConstE c) {
        Runnable r = c.resolver;
        if (r != null) {
            c.resolver = null;
            r.run();
        }
    }

    private void resolveVarType(Entity.Var v, Object[] spec) {
        VarSpec vs = (VarSpec) spec[0];
        if (v.type != null) {
            return;
        }
        Scope fs = (Scope) spec[1];
        String saved = curPath;
        curPath = (String) spec[2];
        try {
            withScope(fs, () -> {
                @SuppressWarnings("unchecked")
                List<Entity.Var> vars = (List<Entity.Var>) spec[3];
                for (Entity.Var o : vars) {
                    o.resolver = null;
                }
                if (vs.type() != null) {
                    Type t = typeOf(vs.type());
                    Type sh = shown(vs.type(), t);
                    for (Entity.Var o : vars) {
                        o.type = t;
                        o.shown = sh == t ? null : sh;
                    }
                    return;
                }
                // infer from the initializers now (function bodies need the types); nodes are rebuilt by buildInit
                FuncContext savedFn = fn;
                Set<Object> savedRefs = curRefs;
                fn = new FuncContext(null, "varinit", Signature.of(List.of(), List.of(), false), Set.of());
                curRefs = null;
                try {
                    if (vs.values().size() == 1 && vars.size() > 1) {
                        Operand r = expr(vs.values().get(0));
                        List<Type> ts = r.type instanceof Tuple tu ? tu.types
                                : r.mode == Operand.Mode.COMMAOK ? List.of(r.type, Basic.BOOL) : List.of();
                        for (int i = 0; i < vars.size(); i++) {
                            vars.get(i).type = i < ts.size() ? defaultType(ts.get(i)) : Basic.INVALID;
                        }
                    } else {
                        for (int i = 0; i < vars.size(); i++) {
                            if (i < vs.values().size()) {
                                Operand r = single(vs.values().get(i));
                                vars.get(i).type = r.invalid() || r.mode == Operand.Mode.NIL ? Basic.INVALID : defaultType(r.type);
                            } else {
                                vars.get(i).type = Basic.INVALID;
                            }
                        }
                    }
                } finally {
                    fn = savedFn;
                    curRefs = savedRefs;
                }
            });
        } finally {
            curPath = saved;
        }
    }

    private void declareMethod(FuncDecl fd, Scope fs, String path, Package pkg) {
        curPath = path;
        Field recv = fd.recv();
        withScope(fs, () -> {
            Expr rt = recv.type();
            boolean ptr = false;
            while (rt instanceof ParenExpr p) {
                rt = p.x();
            }
            if (rt instanceof StarExpr s) {
                ptr = true;
                rt = s.x();
            }
            if (rt instanceof IndexExpr ix) {
                unsupported(ix, "methods on generic types");
                return;
            }
            Type base = typeOf(rt);
            if (base == Basic.INVALID) {
                return;
            }
            // types2 reports at the receiver variable: its name, or its type when unnamed
            Node recvAt = recv.names().isEmpty() ? rt : recv.names().get(0);
            if (!(base instanceof Named n) || !pkg.path.equals(n.pkgPath)) {
                error(recvAt, "cannot define new methods on non-local type " + base);
                return;
            }
            if (n.underlying() instanceof Pointer || n.underlying() instanceof Interface) {
                error(recvAt, "invalid receiver type " + base + " (pointer or interface type)");
                return;
            }
            String key = methodKey(fd.name());
            if (n.method(key) != null) {
                error(fd, "method " + n.name + "." + fd.name() + " already declared");
                return;
            }
            if (n.underlying() instanceof Struct st && st.fieldIndex(fd.name()) >= 0) {
                error(fd, "field and method with the same name " + fd.name());
                return;
            }
            Signature sig = signature(fd.type(), null);
            Named.Method m = new Named.Method(key, sig, ptr);
            Signature shownSig = shownSignature(fd.type(), sig);
            if (shownSig != sig) {
                shownMethodSig.put(m, shownSig);
            }
            n.methods.add(m);
            FuncDef def = new FuncDef(n.toString(true) + "." + fd.name());
            methodDefs.put(m, def);
            methodInfo.put(fd, new Object[]{m, ptr ? Pointer.of(n) : n});
        });
    }

    private final Map<FuncDecl, Object[]> methodInfo = new IdentityHashMap<>();

    /**
     * Standard-library bodies are compiled on first use (a call, a func value, a method table
     * lookup, or package initialization order asking what a function refers to): a program
     * uses a small part of the packages it imports, and checking them all was most of the
     * start-up time. The test suite compiles them all (eagerPrelude) to check them.
     */
    private boolean eagerPrelude;

    /** Compile every standard-library body before the program starts (GOTRUFFLE_EAGER_PRELUDE). */
    public Compiler eagerPrelude(boolean eager) {
        this.eagerPrelude = eager;
        return this;
    }

    private void deferBody(Package pkg, FuncDecl fd, Entity.Func f, Scope fs, String path) {
        if (f != null) {
            f.def.defer(pkg, () -> compileDeferred(pkg, path, f.def, () -> compileFuncBody(fd, f.def, f.sig, null, fs, f)));
            return;
        }
        Object[] info = methodInfo.get(fd);
        if (info == null) {
            return;
        }
        Named.Method m = (Named.Method) info[0];
        FuncDef def = methodDefs.get(m);
        Runnable compile = () -> compileDeferred(pkg, path, def, () -> compileMethodBody(fd, fs));
        def.defer(pkg, compile);
        m.implResolver = compile;
    }

    /**
     * Compiles a deferred body, at run time (from any goroutine: one at a time) or while
     * another package initializes. The compiler is idle or between two bodies then, as when it
     * compiles bodies in order, so only the package context needs to be set.
     */
    private synchronized void compileDeferred(Package pkg, String path, FuncDef def, Runnable body) {
        if (def.target != null) {
            return; // compiled meanwhile
        }
        Package savedPkg = curPkg;
        boolean savedPrelude = inPrelude;
        String savedPath = curPath;
        curPkg = pkg; // errors in the prelude are internal errors (CompilerBase.error throws)
        inPrelude = true;
        curPath = path;
        try {
            body.run();
            generics.drain();
        } finally {
            curPkg = savedPkg;
            inPrelude = savedPrelude;
            curPath = savedPath;
        }
    }

    private void compileMethodBody(FuncDecl fd, Scope fs) {
        Object[] info = methodInfo.get(fd);
        if (info == null) {
            return;
        }
        Named.Method m = (Named.Method) info[0];
        Type recvType = (Type) info[1];
        FuncDef def = methodDefs.get(m);
        compileFuncBody(fd, def, m.sig, recvType, fs, m);
        m.impl = new GoFunc(def.target, null);
    }

    // ---- function bodies ----

    void compileFuncBody(FuncDecl fd, FuncDef def, Signature sig, Type recvType, Scope fileScope, Object owner) {
        if (fd.body() == null) {
            String qn = curPkg.path + "." + (recvType == null ? fd.name() : baseName(recvType) + "." + fd.name());
            Native nat = Natives.lookup(qn);
            if (nat == null) {
                if (inPrelude) {
                    throw new IllegalStateException("no native implementation of " + qn);
                }
                error(fd, "missing function body");
                return;
            }
            def.target = new NativeRootNode(language, qn, nat).getCallTarget();
            def.nativeImpl = nat;
            return;
        }
        Set<Object> savedRefs = curRefs;
        curRefs = new HashSet<>();
        refs.put(def, curRefs);
        try {
            withScope(fileScope, () -> {
                pendingGoName = goSymbol(fd, recvType);
                FuncRootNode root = buildFunction(def.qualifiedName, fd.recv(), recvType, fd.type(), sig, fd.body(), null);
                def.target = root.getCallTarget();
            });
        } finally {
            curRefs = savedRefs;
        }
    }

    private String pendingGoName;
    private int initFuncs;

    /** Go's symbol name of a declared function or method: pkg.F, pkg.T.M, pkg.(*T).M, pkg.init.N. */
    private String goSymbol(FuncDecl fd, Type recvType) {
        if (recvType == null) {
            return curPkg.path + "." + (fd.name().equals("init") ? "init." + initFuncs++ : fd.name());
        }
        String base = baseName(recvType);
        return curPkg.path + "." + (recvType instanceof Pointer ? "(*" + base + ")" : base) + "." + fd.name();
    }

    /**
     * Another package's file in this package's messages: go rewrites the package folder to its
     * short form, so from a package in the working directory a file below it reads ./sub/x.go.
     */
    static String foreignPath(String other, String here) {
        if (other == null) {
            return "?";
        }
        boolean relativeBelow = !other.startsWith("/") && !other.startsWith(".") && !other.startsWith("$");
        return relativeBelow && here.startsWith("./") ? "./" + other : other;
    }

    /** The absolute file name Go would report for a source file (the prelude's live in $GOROOT). */
    static String absoluteFile(String path) {
        if (path == null || path.isEmpty()) {
            return "?";
        }
        if (path.startsWith("$GOROOT/")) {
            return "/usr/lib/go-1.19/" + path.substring("$GOROOT/".length());
        }
        if (path.startsWith("<")) {
            return path; // a REPL input (<input 3>)
        }
        // file names are byte strings (one char per UTF-8 byte), like Go strings
        String name = Literals.utf8(path);
        try {
            // relative to the program's working directory (the context's, not the JVM's)
            name = GoContext.get(null).env.getPublicTruffleFile(name).getAbsoluteFile().normalize().getPath();
        } catch (RuntimeException e) {
            name = Path.of(name).toAbsolutePath().normalize().toString();
        }
        return DisplayPaths.bytes(name);
    }

    private static String baseName(Type t) {
        Type b = t instanceof Pointer p ? p.elem : t;
        return ((Named) b).name;
    }

    /**
     * Compiles one function (declaration or literal): parameters, results, body, unused-variable
     * and missing-return checks. For literals, parent is the enclosing function.
     */
    private FuncRootNode buildFunction(String name, Field recv, Type recvType, FuncTypeExpr ft, Signature sig, BlockStmt body, FuncContext parent) {
        FuncContext saved = fn;
        List<Entity.Var> savedLocals = locals;
        Deque<Object> savedBreaks = breakTargets, savedConts = continueTargets;
        Scope savedScope = scope;
        fn = new FuncContext(parent, name, sig, escapes.scan(body));
        if (parent == null) {
            fn.goName = pendingGoName != null ? pendingGoName : name;
            pendingGoName = null;
        } else {
            int n = ++parent.closures;
            fn.goName = parent.goName + (parent.parent == null ? ".func" + n : "." + n);
        }
        locals = new ArrayList<>();
        breakTargets = new ArrayDeque<>();
        continueTargets = new ArrayDeque<>();
        scope = new Scope(scope, fn);
        try {
            List<Entity.Var> params = new ArrayList<>();
            if (recv != null) {
                String rn = recv.names().isEmpty() ? "_" : recv.names().get(0).name();
                params.add(paramVar(rn, recv, recvType));
            }
            int pi = 0;
            for (int i = 0; i < ft.params().size(); i++) {
                Field p = ft.params().get(i);
                int n = Math.max(1, p.names().size());
                for (int j = 0; j < n; j++) {
                    String pn = p.names().isEmpty() ? "_" : p.names().get(j).name();
                    Node at = p.names().isEmpty() ? p : p.names().get(j);
                    Type pt = sig.params.get(pi++);
                    params.add(paramVar(pn, at, pt));
                    Type sh = ft.variadic() && i == ft.params().size() - 1 && pt instanceof Slice sl ? Slice.of(shown(p.type(), sl.elem)) : shown(p.type(), pt);
                    params.get(params.size() - 1).shown = sh == pt ? null : sh;
                }
            }
            int ri = 0;
            for (Field r : ft.results()) {
                int n = Math.max(1, r.names().size());
                for (int j = 0; j < n; j++) {
                    boolean named = !r.names().isEmpty();
                    String rn = named ? r.names().get(j).name() : "";
                    fn.namedResults |= named;
                    Type rt = sig.results.get(ri++);
                    Entity.Var v = paramVar(named ? rn : "_", named ? r.names().get(j) : r, rt);
                    Type sh = shown(r.type(), rt);
                    v.shown = sh == rt ? null : sh;
                    fn.results.add(v);
                }
            }
            StmtNode bodyNode = new BlockNode(stmtList(body.stmts()));
            if (!sig.results.isEmpty() && !isTerminating(body)) {
                error(body.endLine(), body.endCol(), "missing return");
            }
            checkLabels();
            reportUnused();
            int[] pslots = new int[params.size()];
            Rep[] preps = new Rep[params.size()];
            boolean[] pboxed = new boolean[params.size()];
            boolean[] pagg = new boolean[params.size()];
            for (int i = 0; i < params.size(); i++) {
                Entity.Var v = params.get(i);
                pslots[i] = v.slot;
                preps[i] = v.rep;
                pboxed[i] = v.boxed;
                pagg[i] = v.type.isAggregate();
            }
            int nr = fn.results.size();
            int[] rslots = new int[nr];
            Rep[] rreps = new Rep[nr];
            boolean[] rboxed = new boolean[nr];
            Object[] rzero = new Object[nr];
            for (int i = 0; i < nr; i++) {
                Entity.Var v = fn.results.get(i);
                rslots[i] = v.slot;
                rreps[i] = v.rep;
                rboxed[i] = v.boxed;
                rzero[i] = Values.zero(v.type);
            }
            FuncRootNode root = new FuncRootNode(language, fn.frame.build(), name);
            root.setSource(fn.goName, absoluteFile(curPath), ft.line(), body.endLine(), !params.isEmpty());
            root.define(null, bodyNode, pslots, preps, pboxed, pagg, rslots, rreps, rboxed, rzero, fn.deferSlot);
            lastFuncContext = fn;
            return root;
        } finally {
            fn = saved;
            locals = savedLocals;
            breakTargets = savedBreaks;
            continueTargets = savedConts;
            scope = savedScope;
        }
    }

    private FuncContext lastFuncContext;

    private Entity.Var paramVar(String name, Node at, Type t) {
        Entity.Var v = new Entity.Var(name, at.line(), at.col(), t, fn);
        v.used = true;
        v.rep = Rep.of(t);
        boolean escapes = fn.escaping.contains(name);
        v.boxed = escapes;
        v.slot = fn.newSlot(escapes ? Rep.OBJECT : v.rep);
        if (!name.equals("_") && !name.isEmpty()) {
            Entity old = scope.lookupLocal(name);
            if (old != null) {
                redeclared(at, old, curPath);
            } else {
                scope.declare(v);
            }
        }
        return v;
    }

    void reportUnused() {
        if (curPkg != null && curPkg.importsUnsupported()) {
            return;
        }
        List<Entity.Var> unused = new ArrayList<>();
        for (Entity.Var v : locals) {
            if (!v.used && !v.name.equals("_")) {
                unused.add(v);
            }
        }
        unused.sort((a, b) -> a.line != b.line ? Integer.compare(a.line, b.line) : Integer.compare(a.col, b.col));
        for (Entity.Var v : unused) {
            error(v.line, v.col, v.name + " declared but not used");
        }
    }

    @Override
    GoFunc compileFuncLit(FuncLit f, Signature sig) {
        FuncContext outer = fn;
        if (outer == null) {
            // in a package-level constant declaration (unsafe.Sizeof(func() {...})): nothing to capture
            outer = new FuncContext(null, "glob.", Signature.of(List.of(), List.of(), false), Set.of());
        }
        FuncRootNode root = buildFunction(outer.name + ".func", null, null, f.type(), sig, f.body(), outer);
        FuncContext inner = lastFuncContext;
        // the closure's env: the Cells of captured variables, read from this function's frame or env
        ExprNode[] caps = new ExprNode[inner.captured.size()];
        for (int i = 0; i < caps.length; i++) {
            Entity.Var v = inner.captured.get(i);
            caps[i] = cellRef(v);
        }
        lastClosureNode = new MakeClosureNode(root.getCallTarget(), caps);
        return null;
    }

    @Override
    Operand ident(Ident id) {
        Operand o = super.ident(id);
        if (curRefs != null && !o.invalid()) {
            Entity en = scope.lookup(id.name());
            if (en instanceof Entity.Var v && v.global != null) {
                curRefs.add(v);
            } else if (en instanceof Entity.Func f) {
                curRefs.add(f.def);
            }
        }
        return o;
    }

    @Override
    void noteMethodRef(Named.Method m) {
        FuncDef def = m == null ? null : methodDefs.get(m);
        if (curRefs != null && def != null) {
            curRefs.add(def);
        }
    }

    // ---- local declarations ----

    @Override
    void localDecl(Decl d, List<StmtNode> out) {
        switch (d) {
            case VarDecl vd -> {
                for (VarSpec vs : vd.specs()) {
                    localVarSpec(vs, out);
                }
            }
            case ConstDecl cd -> {
                for (ConstSpec cs : cd.specs()) {
                    for (Entity.ConstE c : constSpec(cs, scope, curPath, scope)) {
                        resolveConstEntity(c);
                        c.used = true;
                    }
                }
            }
            case TypeDecl td -> {
                for (TypeSpec ts : td.specs()) {
                    Entity.TypeE te = typeSpec(ts, curPkg, scope, curPath);
                    declare(scope, te, ts.name());
                    resolveTypeEntity(te);
                }
            }
            case FuncDecl fd -> error(fd, "function declaration inside function");
        }
    }

    private void localVarSpec(VarSpec vs, List<StmtNode> out) {
        Type t = vs.type() == null ? null : typeOf(vs.type());
        Type tShown = t == null ? null : shown(vs.type(), t);
        int nl = vs.names().size(), nr = vs.values().size();
        if (nr == 0) {
            for (Ident id : vs.names()) {
                if (id.name().equals("_")) {
                    continue;
                }
                Entity.Var v = newLocal(id, t == null ? Basic.INVALID : t);
                v.shown = tShown == t ? null : tShown;
                out.add(declareLocal(v, null));
            }
            return;
        }
        if (nr == 1 && nl > 1) {
            Operand r = expr(vs.values().get(0));
            if (r.invalid()) {
                for (Ident id : vs.names()) {
                    if (!id.name().equals("_")) {
                        newLocal(id, Basic.INVALID);
                    }
                }
                return;
            }
            List<Type> types = r.type instanceof Tuple tu ? tu.types : r.mode == Operand.Mode.COMMAOK && nl == 2 ? List.of(r.type, Basic.BOOL) : null;
            if (types == null || types.size() != nl) {
                error(vs, "assignment mismatch: " + nl + " variables but " + (types == null ? "1 value" : exprString(r.expr) + " returns " + types.size() + " values"));
                return;
            }
            List<LValue> lvs = new ArrayList<>();
            List<StmtNode> decls = new ArrayList<>();
            for (int i = 0; i < nl; i++) {
                Ident id = vs.names().get(i);
                if (id.name().equals("_")) {
                    lvs.add(null);
                    continue;
                }
                Entity.Var v = newLocal(id, t != null ? t : defaultType(types.get(i)));
                decls.add(declareLocal(v, null));
                lvs.add(new VarLValue(v));
            }
            out.addAll(decls);
            multiAssign(vs, lvs, r, out, nl, true);
            return;
        }
        if (nl != nr) {
            for (Expr e : vs.values()) {
                expr(e);
            }
            if (nr > nl) {
                error(vs.values().get(nl), "extra init expr");
            } else {
                error(vs, "assignment mismatch: " + nl + " variable" + (nl > 1 ? "s" : "") + " but " + nr + " value" + (nr > 1 ? "s" : ""));
            }
            for (Ident id : vs.names()) {
                if (!id.name().equals("_")) {
                    newLocal(id, Basic.INVALID);
                }
            }
            return;
        }
        List<StmtNode> pre = new ArrayList<>();
        List<ExprNode> vals = new ArrayList<>();
        List<Type> types = new ArrayList<>();
        boolean[] failed = new boolean[nr];
        boolean[] runeDefault = new boolean[nr];
        for (int i = 0; i < nr; i++) {
            int errorsBefore = errors.size();
            Operand r = singleFor(vs, vs.values().get(i), nl);
            runeDefault[i] = r.type == Basic.UNTYPED_RUNE;
            Type vt;
            if (r.invalid()) {
                vt = Basic.INVALID;
            } else if (t != null) {
                vt = t;
            } else if (r.mode == Operand.Mode.NIL) {
                error(r.expr, "use of untyped nil in variable declaration");
                vt = Basic.INVALID;
            } else {
                vt = defaultType(r.type);
            }
            types.add(vt);
            ExprNode n = r.invalid() || vt == Basic.INVALID ? new ConstNode(null) : assign(r, vt == t ? tShown : vt, "variable declaration");
            failed[i] = r.invalid() || errors.size() > errorsBefore;
            vals.add(nl > 1 ? temp(n, Rep.OBJECT, pre) : n);
        }
        out.addAll(pre);
        for (int i = 0; i < nl; i++) {
            Ident id = vs.names().get(i);
            if (id.name().equals("_")) {
                out.add(new ExprStmtNode(vals.get(i)));
                continue;
            }
            Entity.Var v = newLocal(id, types.get(i));
            v.shown = t != null && types.get(i) == t && tShown != t ? tShown
                    : t == null && runeDefault[i] ? Basic.RUNE : null; // types2: the default type of a rune constant is rune
            v.used |= failed[i]; // as types2: no follow-on "declared but not used"
            out.add(declareLocal(v, vals.get(i)));
        }
    }

    // ---- package initialization ----

    private void buildInit(Package pkg, Map<Entity.Var, Object[]> varSpecs, List<Entity.Func> funcs) {
        FuncContext initFn = new FuncContext(null, pkg.name + ".init", Signature.of(List.of(), List.of(), false), Set.of());
        initFn.goName = pkg.path + ".glob.";
        Map<Object, StmtNode> initCode = new LinkedHashMap<>();
        Map<Object, Set<Object>> specRefs = new LinkedHashMap<>();
        Map<Object, List<Entity.Var>> specVars = new LinkedHashMap<>();
        // keys are InitSpecs, equal only to themselves: a VarSpec record's equals and hashCode
        // walk its whole initializer
        Map<VarSpec, InitSpec> done = new IdentityHashMap<>();
        FuncContext savedFn = fn;
        List<Entity.Var> savedLocals = locals;
        fn = initFn;
        locals = new ArrayList<>();
        try {
            for (Map.Entry<Entity.Var, Object[]> e : varSpecs.entrySet()) {
                Object[] spec = e.getValue();
                VarSpec vs = (VarSpec) spec[0];
                if (done.containsKey(vs)) {
                    continue;
                }
                InitSpec key = new InitSpec(vs);
                done.put(vs, key);
                @SuppressWarnings("unchecked")
                List<Entity.Var> vars = (List<Entity.Var>) spec[3];
                curPath = (String) spec[2];
                Set<Object> r = new HashSet<>();
                curRefs = r;
                List<StmtNode> out = new ArrayList<>();
                withScope((Scope) spec[1], () -> globalVarSpec(vs, vars, out));
                curRefs = null;
                initCode.put(key, new BlockNode(out.toArray(new StmtNode[0])));
                specRefs.put(key, r);
                specVars.put(key, vars);
            }
        } finally {
            fn = savedFn;
            locals = savedLocals;
        }
        // order: repeatedly the first spec (in declaration order) whose dependencies are initialized
        Map<Entity.Var, Object> varToSpec = new IdentityHashMap<>();
        for (Map.Entry<Object, List<Entity.Var>> e : specVars.entrySet()) {
            for (Entity.Var v : e.getValue()) {
                varToSpec.put(v, e.getKey());
            }
        }
        Map<Object, Set<Object>> deps = new LinkedHashMap<>();
        for (Object spec : initCode.keySet()) {
            Set<Object> d = new LinkedHashSet<>();
            transitiveVars(specRefs.get(spec), d, new HashSet<>());
            Set<Object> specDeps = new LinkedHashSet<>();
            for (Object v : d) {
                Object s = varToSpec.get(v);
                if (s != null && s != spec) {
                    specDeps.add(s);
                }
            }
            deps.put(spec, specDeps);
        }
        List<StmtNode> ordered = new ArrayList<>();
        Set<Object> initialized = new HashSet<>();
        List<Object> pending = new ArrayList<>(initCode.keySet());
        while (!pending.isEmpty()) {
            Object pick = null;
            for (Object s : pending) {
                if (initialized.containsAll(deps.get(s))) {
                    pick = s;
                    break;
                }
            }
            if (pick == null) {
                VarSpec vs = ((InitSpec) pending.get(0)).vs;
                curPath = (String) varSpecs.get(specVars.get(pending.get(0)).get(0))[2];
                error(vs.names().get(0), "initialization cycle or initialization loop involving " + vs.names().get(0).name());
                break;
            }
            pending.remove(pick);
            initialized.add(pick);
            ordered.add(initCode.get(pick));
        }
        for (Entity.Func f : funcs) {
            if (f.name.equals("init") && f.def.target != null) {
                ordered.add(new ExprStmtNode(new DirectCallExprNode(f.def, null, new ArgsNode(new ExprNode[0], false, 0))));
            }
        }
        FuncRootNode root = new FuncRootNode(language, initFn.frame.build(), pkg.name + ".init");
        root.setSource(pkg.path + ".init", absoluteFile(pkg.files.isEmpty() ? "" : pkg.files.get(0).path()), 0, 0, false);
        root.define(null, new BlockNode(ordered.toArray(new StmtNode[0])), new int[0], new Rep[0], new boolean[0], new boolean[0],
                new int[0], new Rep[0], new boolean[0], new Object[0], -1);
        inits.add(root.getCallTarget());
    }

    /** A package-level var spec in buildInit's maps (compared by identity). */
    private static final class InitSpec {
        final VarSpec vs;

        InitSpec(VarSpec vs) {
            this.vs = vs;
        }
    }

    private void transitiveVars(Set<Object> from, Set<Object> out, Set<Object> seen) {
        if (from == null) {
            return;
        }
        for (Object o : from) {
            if (!seen.add(o)) {
                continue;
            }
            if (o instanceof Entity.Var) {
                out.add(o);
            } else {
                if (o instanceof FuncDef d && d.deferredIn() == curPkg) {
                    d.target(); // what it refers to is known once compiled; other packages cannot refer back to this one
                }
                transitiveVars(refs.get(o), out, seen);
            }
        }
    }

    private void globalVarSpec(VarSpec vs, List<Entity.Var> vars, List<StmtNode> out) {
        int nl = vars.size(), nr = vs.values().size();
        Type t = vs.type() == null ? null : vars.get(0).type;
        if (nr == 0) {
            for (Entity.Var v : vars) {
                if (v.type == null) {
                    v.type = Basic.INVALID;
                }
                v.global.value = Values.zero(v.type);
            }
            return;
        }
        if (nr == 1 && nl > 1) {
            Operand r = expr(vs.values().get(0));
            if (r.invalid()) {
                for (Entity.Var v : vars) {
                    v.type = v.type == null ? Basic.INVALID : v.type;
                }
                return;
            }
            List<Type> types = r.type instanceof Tuple tu ? tu.types : r.mode == Operand.Mode.COMMAOK && nl == 2 ? List.of(r.type, Basic.BOOL) : null;
            if (types == null || types.size() != nl) {
                error(vs, "assignment mismatch: " + nl + " variables but " + (types == null ? "1 value" : exprString(r.expr) + " returns " + types.size() + " values"));
                return;
            }
            List<LValue> lvs = new ArrayList<>();
            for (int i = 0; i < nl; i++) {
                Entity.Var v = vars.get(i);
                if (v.type == null) {
                    v.type = defaultType(types.get(i));
                }
                v.global.value = Values.zero(v.type);
                lvs.add(v.name.equals("_") ? null : new VarLValue(v));
            }
            multiAssign(vs, lvs, r, out, nl, true);
            return;
        }
        if (nl != nr) {
            error(vs, "assignment mismatch: " + nl + " variable" + (nl > 1 ? "s" : "") + " but " + nr + " value" + (nr > 1 ? "s" : ""));
            for (Entity.Var v : vars) {
                v.type = v.type == null ? Basic.INVALID : v.type;
            }
            return;
        }
        for (int i = 0; i < nl; i++) {
            Entity.Var v = vars.get(i);
            Operand r = single(vs.values().get(i));
            if (r.invalid()) {
                v.type = v.type == null ? Basic.INVALID : v.type;
                continue;
            }
            if (v.type == null) {
                if (r.mode == Operand.Mode.NIL) {
                    error(r.expr, "use of untyped nil in variable declaration");
                    v.type = Basic.INVALID;
                    continue;
                }
                v.type = defaultType(r.type);
            }
            v.global.value = Values.zero(v.type);
            ExprNode n = assign(r, v.shown != null ? v.shown : v.type, "variable declaration");
            if (v.name.equals("_")) {
                out.add(new ExprStmtNode(n));
            } else {
                out.add(v.type.isAggregate() ? new CellNodes.WriteGlobal(v.global, materialize(r, n)) : new CellNodes.WriteGlobal(v.global, n));
            }
        }
    }

    // ---- defer ----

    @Override
    StmtNode deferStmt(DeferStmt d) {
        if (fn.deferSlot < 0) {
            fn.deferSlot = fn.newSlot(Rep.OBJECT);
        }
        return new DeferCompiler(this).defer(d.call(), fn.deferSlot);
    }

    // ---- goroutines and channels (gotruffle.runtime via nodes.conc) ----

    @Override
    StmtNode goStmt(GoStmt g) {
        CallExpr call = g.call();
        Expr fun = call.fun();
        while (fun instanceof ParenExpr p) {
            fun = p.x();
        }
        if (fun instanceof Ident id && scope.lookup(id.name()) instanceof Entity.Builtin b) {
            unsupported(g, "go with built-in function " + b.name);
            return new BlockNode(new StmtNode[0]);
        }
        Operand f = generics.calleeValue(call);
        if (f == null) {
            f = expr(call.fun());
        }
        if (f.invalid()) {
            return new BlockNode(new StmtNode[0]);
        }
        if (f.mode == Operand.Mode.TYPE || !(f.type.underlying() instanceof Signature sig)) {
            error(call, "expression in go must be function call");
            return new BlockNode(new StmtNode[0]);
        }
        ArgsNode args = arguments(call, sig, exprString(call.fun()));
        if (args == null) {
            return new BlockNode(new StmtNode[0]);
        }
        // f.node is the function value; for x.M(...) it is the bound method value (receiver evaluated now)
        return new GoStmtNode(f.node, args);
    }

    @Override
    StmtNode sendStmt(SendStmt s) {
        Operand ch = single(s.ch());
        Operand v = single(s.value());
        if (ch.invalid() || v.invalid()) {
            return new BlockNode(new StmtNode[0]);
        }
        if (!(ch.type.underlying() instanceof ChanType ct)) {
            error(s, "invalid operation: cannot send to non-channel " + describe(ch));
            return new BlockNode(new StmtNode[0]);
        }
        if (ct.dir == ChanType.RECV) {
            error(s, "invalid operation: cannot send to receive-only channel " + describe(ch));
            return new BlockNode(new StmtNode[0]);
        }
        return new ChanNodes.Send(valueNode(ch), assign(v, ct.elem, "send"));
    }

    @Override
    ExprNode chanRecv(Expr at, ExprNode ch, Type elem, boolean commaOk) {
        return new ChanNodes.Recv2(ch, commaOk, elem.isAggregate());
    }

    @Override
    ExprNode selectRecvPlaceholder() {
        return new ConstNode(null);
    }

    @Override
    ExprNode chanClose(Expr at, ExprNode ch) {
        return new ChanNodes.Close(ch);
    }

    @Override
    ExprNode makeChan(Expr at, ChanType ch, ExprNode size) {
        return new ChanNodes.Make(Values.zero(ch.elem), size);
    }

    @Override
    RangeNode.ChanReceiver rangeReceiver(Type elem) {
        return ChanNodes::rangeRecv;
    }

    @Override
    StmtNode selectStmt(SelectStmt s, Object target) {
        List<ExprNode> chans = new ArrayList<>();
        List<Integer> caseLines = new ArrayList<>();
        List<ExprNode> sends = new ArrayList<>();
        List<StmtNode> bodies = new ArrayList<>();
        StmtNode defaultBody = null;
        int valueSlot = fn.newSlot(Rep.OBJECT);
        int okSlot = fn.newSlot(Rep.OBJECT);
        for (CommClause cc : s.clauses()) {
            Scope saved = scope;
            scope = new Scope(scope, null);
            try {
                List<StmtNode> body = new ArrayList<>();
                Stmt comm = cc.comm();
                if (comm == null) {
                    if (defaultBody != null) {
                        error(cc, "multiple defaults in select");
                    }
                    defaultBody = new BlockNode(stmtList(cc.body()));
                    continue;
                }
                if (comm instanceof SendStmt snd) {
                    Operand ch = single(snd.ch());
                    Operand v = single(snd.value());
                    if (ch.invalid() || v.invalid() || !(ch.type.underlying() instanceof ChanType ct)) {
                        if (!ch.invalid() && !v.invalid()) {
                            error(snd, "invalid operation: cannot send to non-channel " + describe(ch));
                        }
                        continue;
                    }
                    chans.add(valueNode(ch));
                    caseLines.add(cc.line());
                    sends.add(assign(v, ct.elem, "send"));
                } else {
                    Expr recvExpr;
                    List<Expr> lhs = List.of();
                    boolean define = false;
                    if (comm instanceof ExprStmt es) {
                        recvExpr = es.x();
                    } else if (comm instanceof AssignStmt as && as.rhs().size() == 1) {
                        recvExpr = as.rhs().get(0);
                        lhs = as.lhs();
                        define = as.op().equals(":=");
                    } else {
                        error(comm, "select case must be receive, send or assign recv");
                        continue;
                    }
                    while (recvExpr instanceof ParenExpr p) {
                        recvExpr = p.x();
                    }
                    if (!(recvExpr instanceof UnaryExpr u) || !u.op().equals("<-")) {
                        error(comm, "select case must be receive, send or assign recv");
                        continue;
                    }
                    Operand ch = single(u.x());
                    if (ch.invalid()) {
                        continue;
                    }
                    if (!(ch.type.underlying() instanceof ChanType ct)) {
                        error(u.x(), "invalid operation: cannot receive from non-channel " + describe(ch));
                        continue;
                    }
                    chans.add(valueNode(ch));
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
                                error(l, "non-name " + exprString(l) + " on left side of :=");
                                continue;
                            }
                            Entity.Var v = newLocal(id, types[i]);
                            body.add(declareLocal(v, srcs[i]));
                        } else {
                            LValue lv = lhs(l);
                            if (lv == null || lv == INVALID_LV) {
                                continue;
                            }
                            Operand src = Operand.value(l, i == 0 ? ct.elem : Basic.UNTYPED_BOOL, srcs[i]);
                            src.fresh = true;
                            body.add(lv.write(assign(src, lv.shownType(), "assignment")));
                        }
                    }
                }
                for (StmtNode st : stmtList(cc.body())) {
                    body.add(st);
                }
                bodies.add(new BlockNode(body.toArray(new StmtNode[0])));
            } finally {
                scope = saved;
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
        return expr(e);
    }

    FuncContext currentFn() {
        return fn;
    }

    Map<Named.Method, FuncDef> methodDefsForDefer() {
        return methodDefs;
    }
}
