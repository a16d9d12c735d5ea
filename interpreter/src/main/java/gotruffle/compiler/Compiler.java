package gotruffle.compiler;

import com.oracle.truffle.api.RootCallTarget;
import gotruffle.GoContext;
import gotruffle.GoLanguage;
import gotruffle.loader.DisplayPaths;
import gotruffle.loader.LoadedPackage;
import gotruffle.loader.LoadedProgram;
import gotruffle.nodes.ExprNode;
import gotruffle.nodes.LineMap;
import gotruffle.nodes.StmtNode;
import gotruffle.nodes.call.FuncDef;
import gotruffle.nodes.call.FuncRootNode;
import gotruffle.nodes.call.Native;
import gotruffle.nodes.call.NativeRootNode;
import gotruffle.nodes.expr.ConstNode;
import gotruffle.nodes.expr.MakeClosureNode;
import gotruffle.nodes.local.Rep;
import gotruffle.nodes.stmt.BlockNode;
import gotruffle.nodes.stmt.ExprStmtNode;
import gotruffle.nodes.stmt.TailReturns;
import gotruffle.parser.LineDirectives;
import gotruffle.parser.Literals;
import gotruffle.parser.Positions;
import gotruffle.parser.ast.*;
import gotruffle.stdlib.Natives;
import gotruffle.types.Basic;
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

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import gotruffle.compiler.ExprCompiler.VarLValue;

import static gotruffle.compiler.Constants.*;
import static gotruffle.compiler.ExprStrings.*;
import static gotruffle.compiler.Checker.*;
import static gotruffle.compiler.StmtCompiler.*;

/**
 * Checks a Go program (package main plus the prelude packages it imports) and builds its Truffle
 * nodes. Order follows types2 so errors come out as Go reports them: package-level declarations
 * first, then function bodies in source order (unused variables at the end of each function),
 * then unused imports; package variables are initialized in Go's dependency order.
 */
public final class Compiler {
    final Checker check;

    /** The result: either errors (already formatted) or the init functions and main. */
    public record Program(List<String> errors, List<RootCallTarget> inits, RootCallTarget main, Map<String, Package> packages) {}

    private final Map<String, Package> packages = new LinkedHashMap<>();
    /** Package initializers in the order they must run (a REPL session runs the new ones after each input). */
    final List<RootCallTarget> inits = new ArrayList<>();
    /** Global variables and functions each function/initializer references (for init order). */
    final Map<Object, Set<Object>> refs = new IdentityHashMap<>();
    /** What the function or initializer being compiled references (Generics adds instantiations). */
    Set<Object> curRefs;
    private final Map<Entity.Func, FuncDecl> funcDecls = new IdentityHashMap<>();
    private final Map<Entity, Scope> declFileScope = new IdentityHashMap<>();
    private final Map<Entity, String> declPath = new IdentityHashMap<>();
    /** The declaration of each defined type. */
    private final Map<Entity.TypeE, TypeSpec> typeSpecs = new IdentityHashMap<>();
    /** Invalid recursive types (checked before the declarations are resolved). */
    final ValidTypes validTypes;
    /** Aliases not resolved yet, as ValidTypes sees them (Checker.shallow). */
    private final Map<Entity.TypeE, Supplier<Type>> shallowAliases = new IdentityHashMap<>();
    private final Set<String> loading = new HashSet<>();
    /** Names each function body must keep in heap cells (one walk per body, however deep literals nest). */
    final Escapes escapes = new Escapes();

    public Compiler(GoLanguage language) {
        check = new Checker(language, this);
        validTypes = new ValidTypes(check);
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
                lp.syntaxErrors().forEach(m -> out.add(CompileError.byteString(m)));
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
            check.errors.clear();
            check.tooMany = null;
            check.embeds.clear();
            check.embedReports.clear();
            check.backendErrors.clear();
            lp.embeds().forEach(e -> check.embeds.put(e.spec(), e));
            try {
                // the parser's errors that are not syntax errors: Go type-checks anyway
                for (SourceFile f : lp.files()) {
                    check.curPath = f.path();
                    for (SourceFile.ParseError e : f.errors()) {
                        check.error(e.line(), e.col(), e.message());
                    }
                }
                Package pkg = compilePackage(isMain ? "main" : lp.importPath(), lp.files(), false);
                if (check.errors.isEmpty() && !lp.embedErrors().isEmpty()) {
                    lp.embedErrors().forEach(m -> out.add(CompileError.byteString(m)));
                    failed.add(lp.importPath());
                    continue;
                }
                if (check.errors.isEmpty()) {
                    EmbedInit.report(check);
                    for (CompileError e : check.backendErrors) {
                        check.curPath = e.path();
                        check.error(e.line(), e.col(), e.message());
                    }
                }
                if (isMain && check.errors.isEmpty() && !(pkg.scope.lookupLocal("main") instanceof Entity.Func)) {
                    check.curPath = lp.files().isEmpty() ? "" : lp.files().get(0).path();
                    // a link error in go: the runtime's reference to main.main ("·" as its UTF-8 bytes, like all messages)
                    check.errors.add(new CompileError("", 0, 0, "runtime.main_main\u00c2\u00b7f: function main is undeclared in the main package"));
                }
            } catch (TooManyErrors e) {
                // reported below
            }
            if (!check.errors.isEmpty()) {
                out.addAll(formatErrors(lp.files()));
                failed.add(lp.importPath());
            }
        }
        // (the program's packages: not those prepared ahead that it does not import)
        Map<String, Package> own = new LinkedHashMap<>(packages);
        own.values().removeAll(prepared);
        if (!out.isEmpty()) {
            return new Program(out, null, null, own);
        }
        Entity.Func mainFn = (Entity.Func) own.get("main").scope.lookupLocal("main");
        return new Program(List.of(), inits, mainFn.def.target, own);
    }

    /** Standard packages checked and built ahead ({@link #prepare}) that the program has not imported (yet). */
    private final Set<Package> prepared = Collections.newSetFromMap(new IdentityHashMap<>());

    /**
     * Checks and builds standard packages (and what they import) before the program is known,
     * so that {@link #compileProgram} finds them done: a standby does this while it waits
     * (PreparedPrelude). They stay out of the program until it imports them: a package
     * joins when it is first imported, after its own imports, which is where compiling it
     * then would have put its initializer; the others are never initialized.
     */
    public Compiler prepare(List<String> paths) {
        for (String path : paths) {
            importPackage(new ImportSpec(0, 0, null, path));
        }
        prepared.addAll(packages.values());
        inits.clear();
        return this;
    }

    /** A prepared package the program imports joins it (with its imports, depth first, as compilePackage imports them). */
    private void join(Package p) {
        if (prepared.remove(p)) {
            for (Package ip : p.imports) {
                join(ip);
            }
            if (p.init != null) {
                inits.add(p.init);
            }
        }
    }

    private List<String> formatErrors(List<SourceFile> files) {
        List<CompileError> sorted = new ArrayList<>(check.errors);
        Collections.sort(sorted);
        List<String> out = new ArrayList<>();
        for (CompileError e : sorted) {
            if (e.line() == 0) {
                out.add(e.message());
            } else {
                out.add(position(files, e.path(), e.line(), e.col()) + ": " + e.message());
            }
        }
        if (check.tooMany != null) {
            out.add(position(files, check.tooMany.path(), check.tooMany.line(), check.tooMany.col()) + ": too many errors");
        }
        return out;
    }

    private static LineMap lineMap(List<SourceFile.LineBase> bases) {
        int n = bases.size();
        int[] lines = new int[n];
        int[] cols = new int[n];
        int[] rel = new int[n];
        String[] files = new String[n];
        for (int i = 0; i < n; i++) {
            lines[i] = bases.get(i).line();
            cols[i] = bases.get(i).col();
            rel[i] = bases.get(i).relLine();
            files[i] = bases.get(i).file();
        }
        return new LineMap(lines, cols, files, rel);
    }

    /** A position as Go shows it: through the file's line directives. */
    private static String position(List<SourceFile> files, String path, int line, int col) {
        for (SourceFile f : files) {
            if (f.path().equals(path)) {
                return LineDirectives.format(f.lineBases(), path, line, col);
            }
        }
        return Positions.format(path, line, col);
    }

    // ---- packages ----

    Package compilePackage(String path, List<SourceFile> files, boolean prelude) {
        return compilePackage(new Package(path, files.isEmpty() ? path : files.get(0).pkgName(), check.universe), files, prelude);
    }

    /** pkg's scope may also be nested in an earlier one: a REPL session's layer (SessionCompiler). */
    Package compilePackage(Package pkg, List<SourceFile> files, boolean prelude) {
        String path = pkg.path;
        boolean savedPrelude = check.inPrelude;
        check.inPrelude = prelude;
        packages.put(path, pkg);
        pkg.files.addAll(files);
        for (SourceFile f : files) {
            check.fileOwners.put(f.path(), pkg);
            if (!f.lineBases().isEmpty()) {
                check.lineMaps.put(f.path(), lineMap(f.lineBases()));
            }
        }
        Package savedPkg = check.curPkg;
        check.setCurrentPackage(pkg);
        try {
            // file scopes with imports
            // identity maps: a record's hashCode would walk the file's whole syntax tree
            Map<SourceFile, Scope> fileScopes = new IdentityHashMap<>();
            Map<SourceFile, List<Entity.Pkg>> fileImports = new IdentityHashMap<>();
            for (SourceFile f : files) {
                check.curPath = f.path();
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
                            check.unsupported(im, "dot import of unsafe");
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
                        check.redeclared(im, other, f.path());
                    } else {
                        fs.declare(pe);
                    }
                    imps.add(pe);
                }
                fileScopes.put(f, fs);
                fileImports.put(f, imps);
            }
            pkg.markImports();
            check.setCurrentPackage(pkg);
            check.inPrelude = prelude;
            // collect declarations
            List<Runnable> varDecls = new ArrayList<>();
            List<Entity.Func> funcs = new ArrayList<>();
            List<BodySite> methods = new ArrayList<>();
            List<Entity.TypeE> types = new ArrayList<>();
            List<Entity.ConstE> consts = new ArrayList<>();
            List<Entity.Var> globals = new ArrayList<>();
            Map<Entity.Var, VarSpecSite> varSpecs = new LinkedHashMap<>();
            for (SourceFile f : files) {
                check.curPath = f.path();
                Scope fs = fileScopes.get(f);
                for (Decl d : f.decls()) {
                    switch (d) {
                        case FuncDecl fd -> {
                            if (fd.typeParams() != null && !fd.typeParams().isEmpty()) {
                                if (fd.recv() == null) {
                                    declare(pkg.scope, check.generics.declareFunc(fd, fs, f.path(), pkg), fd);
                                } else {
                                    check.unsupported(fd, "methods with type parameters");
                                }
                                continue;
                            }
                            if (fd.recv() != null && check.generics.genericReceiver(fd, fs, f.path(), pkg)) {
                                continue;
                            }
                            if (fd.recv() != null) {
                                methods.add(new BodySite(fd, null, fs, f.path()));
                                continue;
                            }
                            if (fd.name().equals("init")) {
                                if (!fd.type().params().isEmpty() || !fd.type().results().isEmpty()) {
                                    check.error(fd, "func init must have no arguments and no return values");
                                }
                                Entity.Func e = new Entity.Func("init", fd.line(), fd.col(), null, new FuncDef(pkg.name + ".init"));
                                funcDecls.put(e, fd);
                                declFileScope.put(e, fs);
                                declPath.put(e, f.path());
                                funcs.add(e);
                                continue;
                            }
                            if (fd.name().equals("main") && pkg.path.equals("main") && (!fd.type().params().isEmpty() || !fd.type().results().isEmpty())) {
                                check.error(fd, "func main must have no arguments and no return values");
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
                                    varSpecs.put(v, new VarSpecSite(vs, fs, f.path(), vars));
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
                            check.curPath = declPath.getOrDefault(alt, f.path());
                            check.error(alt.line, alt.col, alt.name + " already declared through dot-import of package "
                                    + dot.getValue().pkg.name + " (\"" + dot.getValue().pkg.path + "\")"
                                    + otherDeclaration(dot.getValue().pkg.scope.lookupLocal(dot.getKey()),
                                            foreignPath(declPath.get(dot.getValue().pkg.scope.lookupLocal(dot.getKey())), f.path())));
                        }
                    }
                }
                for (Entity.Pkg im : fileImports.get(f)) {
                    Entity alt = pkg.scope.lookupLocal(im.name);
                    if (alt != null && fileScopes.get(f).lookupLocal(im.name) == im) {
                        check.curPath = declPath.getOrDefault(alt, f.path());
                        check.error(alt.line, alt.col, alt.name + " already declared through import of package " + im.pkg.name
                                + " (\"" + im.pkg.path + "\")" + otherDeclaration(im, f.path()));
                    }
                }
            }
            // invalid recursive types first (no instance of an invalid generic type is made), then
            // resolve types, then attach methods, then signatures and constants
            for (Entity.TypeE t : types) {
                validTypes.check(t);
            }
            check.generics.instanceCycles.check();
            for (Entity.TypeE t : types) {
                resolveTypeEntity(t);
                if (t.generic != null) {
                    check.generics.checkDeclaration(t.generic);
                }
            }
            for (BodySite m : methods) {
                declareMethod(m.decl(), m.fileScope(), m.path(), pkg);
            }
            for (Entity.Func f : funcs) {
                FuncDecl fd = funcDecls.get(f);
                check.curPath = declPath.get(f);
                withScope(declFileScope.get(f), () -> {
                    f.sig = check.typeExprs.signature(fd.type(), null);
                    Signature sh = check.typeExprs.shownSignature(fd.type(), f.sig);
                    f.shown = sh == f.sig ? null : sh;
                });
            }
            for (Entity.ConstE c : consts) {
                resolveConstEntity(c);
            }
            // variable types (needed by function bodies); resolved lazily so that initializers may
            // refer to variables declared later
            for (Map.Entry<Entity.Var, VarSpecSite> e : varSpecs.entrySet()) {
                Entity.Var v = e.getKey();
                VarSpecSite spec = e.getValue();
                v.resolver = () -> resolveVarType(v, spec);
            }
            for (Map.Entry<Entity.Var, VarSpecSite> e : varSpecs.entrySet()) {
                Runnable r = e.getKey().resolver;
                if (r != null) {
                    e.getKey().resolver = null;
                    r.run();
                }
            }
            // function bodies in source order (methods interleaved by position in their file)
            List<BodySite> bodies = new ArrayList<>();
            for (Entity.Func f : funcs) {
                bodies.add(new BodySite(funcDecls.get(f), f, declFileScope.get(f), declPath.get(f)));
            }
            bodies.addAll(methods);
            bodies.sort((a, b) -> {
                int c = a.path().compareTo(b.path());
                if (c != 0) {
                    return c;
                }
                return Integer.compare(a.decl().line(), b.decl().line());
            });
            boolean lazy = prelude && !eagerPrelude;
            for (BodySite b : bodies) {
                FuncDecl fd = b.decl();
                check.curPath = b.path();
                if (lazy && fd.body() != null && !(b.func() != null && fd.name().equals("init"))) {
                    deferBody(pkg, fd, b.func(), b.fileScope(), b.path());
                } else if (b.func() != null) {
                    Entity.Func f = b.func();
                    compileFuncBody(fd, f.def, f.sig, null, b.fileScope(), f);
                } else {
                    compileMethodBody(fd, b.fileScope());
                }
            }
            // bodies of the instantiations of generic functions and methods
            check.generics.drain();
            // package variable initialization in dependency order, then init() functions
            check.initOrder.buildInit(pkg, varSpecs, funcs);
            check.generics.drain();
            check.generics.finish(pkg);
            // unused imports (not known for a standard-library package whose bodies are compiled on first use)
            for (SourceFile f : lazy ? List.<SourceFile>of() : files) {
                check.curPath = f.path();
                for (Entity.Pkg p : fileImports.get(f)) {
                    if (!p.used && !pkg.importsUnsupported()) {
                        String path2 = p.pkg.path;
                        if (!p.name.equals(p.pkg.name) && !p.name.equals(".")) {
                            check.error(p.line, p.col, "imported and not used: \"" + path2 + "\" as " + p.name);
                        } else {
                            check.error(p.line, p.col, "imported and not used: \"" + path2 + "\"");
                        }
                    }
                }
            }
            check.generics.instanceCycles.report();
            return pkg;
        } finally {
            check.setCurrentPackage(savedPkg);
            check.inPrelude = savedPrelude;
        }
    }

    private void declare(Scope s, Entity e, Node at) {
        Entity old = s.lookupLocal(e.name);
        if (old != null && !e.name.equals("_")) {
            check.redeclared(at, old, declPath.getOrDefault(old, check.curPath));
            return;
        }
        s.declare(e);
        declPath.put(e, check.curPath);
    }

    void withScope(Scope s, Runnable r) {
        Scope saved = check.scope;
        check.scope = s;
        try {
            r.run();
        } finally {
            check.scope = saved;
        }
    }

    /** Runs r in the file a declaration is in (its scope and its path, for errors): declarations resolve on demand, from anywhere. */
    private void inFile(Scope fs, String path, Runnable r) {
        String saved = check.curPath;
        check.curPath = path;
        try {
            withScope(fs, r);
        } finally {
            check.curPath = saved;
        }
    }

    Package importPackage(ImportSpec im) {
        String path = im.path();
        if (!check.inPrelude && (path.startsWith("internal/") || path.contains("/internal/")) && Prelude.load(path) != null) {
            check.error(im, "use of internal package " + path + " not allowed");
            return null;
        }
        Package p = packages.get(path);
        if (p != null) {
            join(p);
            return p;
        }
        if (loading.contains(path)) {
            check.error(im, "import cycle not allowed");
            return null;
        }
        if (path.equals("C")) {
            check.unsupported(im, "cgo (import \"C\")");
            return Package.unsupported(path, check.universe);
        }
        if (path.equals("unsafe")) {
            // the type Pointer and the builtins (Sizeof, Alignof, Offsetof are constants)
            Package u = new Package(path, path, check.universe);
            u.scope.declare(new Entity.TypeE("Pointer", 0, 0, Basic.UNSAFE_POINTER));
            for (String b : List.of("Sizeof", "Alignof", "Offsetof", "Add", "Slice")) {
                u.scope.declare(new Entity.Builtin(b));
            }
            packages.put(path, u);
            return u;
        }
        List<SourceFile> files = Prelude.load(path);
        if (files == null) {
            if (Prelude.isStdPackage(path)) {
                check.unsupported(im, "package " + path);
                return Package.unsupported(path, check.universe);
            } else {
                check.error(im, "package " + path + " is not in GOROOT (/usr/lib/go-1.19/src/" + path + ")");
            }
            return null;
        }
        String savedPath = check.curPath;
        Scope savedScope = check.scope;
        FuncContext savedFn = check.fn;
        loading.add(path);
        try {
            return compilePackage(path, files, true);
        } finally {
            loading.remove(path);
            check.curPath = savedPath;
            check.scope = savedScope;
            check.fn = savedFn;
        }
    }

    // ---- types and constants ----

    private Entity.TypeE typeSpec(TypeSpec ts, Package pkg, Scope fs, String path) {
        if (ts.typeParams() != null && !ts.typeParams().isEmpty()) {
            return check.generics.declareType(ts, pkg, fs, path);
        }
        Entity.TypeE te = new Entity.TypeE(ts.name().name(), ts.name().line(), ts.name().col(), null);
        if (ts.alias()) {
            shallowAliases.put(te, () -> check.generics.shallowType(path, fs, ts.type()));
            te.resolver = () -> inFile(fs, path, () -> {
                te.type = Basic.INVALID;
                check.constraintOk = true;
                te.type = check.typeExprs.typeOf(ts.type());
            });
        } else {
            Named n = new Named(pkg.name, pkg.path, ts.name().name(), null);
            te.type = n;
            typeSpecs.put(te, ts);
            validTypes.declare(n, new ValidTypes.Site(ts, fs, path, te));
            if (ts.type() instanceof InterfaceTypeExpr it) {
                pendingInterfaces.put(n, () -> {
                    Type[] out = {Basic.INVALID};
                    inFile(fs, path, () -> out[0] = check.generics.interfaceType(it));
                    return out[0];
                });
            }
            te.resolver = () -> inFile(fs, path, () -> {
                check.constraintOk = true;
                Type u = check.typeExprs.typeOf(ts.type());
                // type T2 T1 while T1 is being resolved (T1 struct{ next *T2 }): T2's underlying is
                // T1's, known once T1 is done (Named.underlying() follows the link)
                n.setUnderlying(u == Basic.INVALID || validTypes.invalid(n) ? Basic.INVALID
                        : u instanceof Named un && un.underlying() == Basic.INVALID && !un.reaches(n) ? un : u.underlying());
                Type su = u == u.underlying() ? check.typeExprs.shown(ts.type(), u) : u;
                if (su != u) {
                    check.shownUnderlying.put(n, su);
                }
                if (ts.type() instanceof InterfaceTypeExpr it && n.underlying() instanceof Interface iface) {
                    showInterfaceMethods(it, iface);
                }
            });
        }
        return te;
    }

    /**
     * Notes the methods iface declares as written (names, byte/rune); interfaces that embed
     * iface share its method records, so their messages show them too.
     */
    private void showInterfaceMethods(InterfaceTypeExpr it, Interface iface) {
        for (InterfaceMethod im : it.methods()) {
            Interface.Method m = iface.method(check.methodKey(im.name().name()));
            if (m != null && !check.shownIfaceMethodSig.containsKey(m)) {
                check.shownIfaceMethodSig.put(m, check.typeExprs.shownSignature(im.type(), m.sig()));
            }
        }
    }

    /**
     * Named interfaces, for an interface that embeds one while it is still being resolved: in
     * {@code type J interface{ M() K }; type K interface{ J }} K embeds J from within J's method
     * signature. Go computes type sets lazily and accepts this; here K gets J's methods from J's
     * interface expression, evaluated again (it mentions K only inside signatures, as a Named).
     */
    private final Map<Named, Supplier<Type>> pendingInterfaces = new IdentityHashMap<>();
    /** Interfaces being evaluated that way: a true cycle of embeddings (type I interface{ I }) stops here. */
    private final Set<Named> evaluatingEarly = Collections.newSetFromMap(new IdentityHashMap<>());

    /** The interface n declares, while n's own declaration is still being resolved; null if there is none. */
    Type interfaceEarly(Named n) {
        Supplier<Type> s = pendingInterfaces.get(n);
        if (s == null || !evaluatingEarly.add(n)) {
            return null;
        }
        try {
            return s.get();
        } finally {
            evaluatingEarly.remove(n);
        }
    }

    /** An alias not resolved yet, as ValidTypes sees it; invalid in a cycle of aliases (reported when it is resolved). */
    Type shallowAlias(Entity.TypeE t) {
        Supplier<Type> s = shallowAliases.remove(t);
        if (s == null) {
            return Basic.INVALID;
        }
        try {
            return s.get();
        } finally {
            shallowAliases.put(t, s);
        }
    }

    void resolveTypeEntity(Entity.TypeE t) {
        Runnable r = t.resolver;
        if (r != null) {
            t.resolver = null;
            boolean shallow = check.shallow; // a declaration is resolved, and reports its errors, in full
            check.shallow = false;
            try {
                r.run();
            } finally {
                check.shallow = shallow;
            }
        }
    }

    private List<Entity.ConstE> constSpec(ConstSpec cs, Scope fs, String path, Scope into) {
        List<Entity.ConstE> out = new ArrayList<>();
        for (int i = 0; i < cs.names().size(); i++) {
            Ident id = cs.names().get(i);
            Entity.ConstE c = new Entity.ConstE(id.name(), id.line(), id.col(), null, null);
            int idx = i;
            c.resolver = () -> inFile(fs, path, () -> {
                int savedIota = check.exprs.iota;
                check.exprs.iota = cs.iota();
                try {
                    evalConst(c, cs, idx, id);
                } finally {
                    check.exprs.iota = savedIota;
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
            check.error(id, "missing init expr for const declaration");
            return;
        }
        if (idx >= cs.values().size()) {
            if (idx == cs.values().size()) {
                check.assigns.arity(cs, cs.names(), cs.values(), true, cs.implicit());
            }
            return;
        }
        if (idx == 0 && cs.values().size() > cs.names().size()) {
            check.assigns.arity(cs, cs.names(), cs.values(), true, cs.implicit());
        }
        Operand o = check.exprs.single(cs.values().get(idx));
        if (o.invalid()) {
            return;
        }
        if (o.mode != Operand.Mode.CONST) {
            check.error(o.expr, describe(o) + " is not constant");
            return;
        }
        if (cs.type() != null) {
            Type t = check.typeExprs.typeOf(cs.type());
            if (t == Basic.INVALID) {
                return;
            }
            // in an instance, a type parameter stands for its argument; Go checks the generic body, where it is no constant type
            boolean typeParam = Generics.unparen(cs.type()) instanceof Ident tid && check.scope.lookup(tid.name()) instanceof Entity.TypeE te && te.typeParam;
            if (t.basic() == null || typeParam) {
                check.error(cs.type(), "invalid constant type " + (typeParam ? ExprStrings.exprString(cs.type()) : t));
                return;
            }
            Const r = representable(o.value, t);
            if (r == null) {
                if (o.type.isUntyped()) {
                    check.error(o.expr, "cannot use " + describe(o) + " as " + t + " value in constant declaration" + overflowSuffix(o, t));
                } else if (o.type != t) {
                    check.error(o.expr, "cannot use " + describe(o) + " as " + t + " value in constant declaration");
                } else {
                    check.error(o.expr, "constant " + o.value + " overflows " + t);
                }
                return;
            }
            if (!o.type.isUntyped() && o.type != t) {
                check.error(o.expr, "cannot use " + describe(o) + " as type " + t + " in constant declaration");
                return;
            }
            c.type = t;
            c.value = r;
        } else {
            c.type = o.type;
            c.value = o.value;
        }
    }

    void resolveConstEntity(Entity.ConstE c) {
        Runnable r = c.resolver;
        if (r != null) {
            c.resolver = null;
            r.run();
        }
    }

    private void resolveVarType(Entity.Var v, VarSpecSite spec) {
        VarSpec vs = spec.spec();
        if (v.type != null) {
            return;
        }
        inFile(spec.fileScope(), spec.path(), () -> {
            List<Entity.Var> vars = spec.vars();
            for (Entity.Var o : vars) {
                o.resolver = null;
            }
            if (vs.type() != null) {
                Type t = check.typeExprs.typeOf(vs.type());
                Type sh = check.typeExprs.shown(vs.type(), t);
                for (Entity.Var o : vars) {
                    o.type = t;
                    o.shown = sh == t ? null : sh;
                }
                return;
            }
            // infer from the initializers now (function bodies need the types); nodes are rebuilt by buildInit
            FuncContext savedFn = check.fn;
            Set<Object> savedRefs = curRefs;
            check.fn = new FuncContext(null, "varinit", Signature.of(List.of(), List.of(), false), Escapes.NONE);
            curRefs = null;
            try {
                if (vs.values().size() == 1 && vars.size() > 1) {
                    Operand r = check.exprs.expr(vs.values().get(0));
                    List<Type> ts = r.type instanceof Tuple tu ? tu.types
                            : r.mode == Operand.Mode.COMMAOK ? List.of(r.type, Basic.BOOL) : List.of();
                    for (int i = 0; i < vars.size(); i++) {
                        vars.get(i).type = i < ts.size() ? defaultType(ts.get(i)) : Basic.INVALID;
                    }
                } else {
                    for (int i = 0; i < vars.size(); i++) {
                        if (i < vs.values().size()) {
                            Operand r = check.exprs.single(vs.values().get(i));
                            vars.get(i).type = r.invalid() || r.mode == Operand.Mode.NIL ? Basic.INVALID : defaultType(r.type);
                        } else {
                            vars.get(i).type = Basic.INVALID;
                        }
                    }
                }
            } finally {
                check.fn = savedFn;
                curRefs = savedRefs;
            }
        });
    }

    private void declareMethod(FuncDecl fd, Scope fs, String path, Package pkg) {
        check.curPath = path;
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
                check.unsupported(ix, "methods on generic types");
                return;
            }
            Type base = check.typeExprs.typeOf(rt);
            if (base == Basic.INVALID) {
                return;
            }
            // types2 reports at the receiver variable: its name, or its type when unnamed
            Node recvAt = recv.names().isEmpty() ? rt : recv.names().get(0);
            if (!(base instanceof Named n) || !pkg.path.equals(n.pkgPath)) {
                check.error(recvAt, "cannot define new methods on non-local type " + base);
                return;
            }
            if (n.underlying() instanceof Pointer || n.underlying() instanceof Interface) {
                check.error(recvAt, "invalid receiver type " + base + " (pointer or interface type)");
                return;
            }
            String key = check.methodKey(fd.name());
            boolean blank = fd.name().equals("_"); // checked, but in no method set (and never a duplicate)
            if (!blank && n.method(key) != null) {
                // types2 (compiler messages) names the other declaration
                FuncDecl other = methodDecls.get(n.method(key));
                check.error(fd, n.name + "." + fd.name() + " redeclared in this block" + (other == null ? ""
                        : otherDeclaration(methodPaths.get(n.method(key)), other.line(), other.col(), fd.name())));
                return;
            }
            if (!blank && n.underlying() instanceof Struct st && st.fieldIndex(fd.name()) >= 0) {
                ValidTypes.Site site = validTypes.site(n);
                Node field = site != null ? fieldDecl(site.entity(), fd.name()) : null;
                check.error(fd, "field and method with the same name " + fd.name() + (field == null ? ""
                        : otherDeclaration(site.path(), field.line(), field.col(), fd.name())));
                return;
            }
            Signature sig = check.typeExprs.signature(fd.type(), null);
            Named.Method m = new Named.Method(key, sig, ptr);
            Signature shownSig = check.typeExprs.shownSignature(fd.type(), sig);
            if (shownSig != sig) {
                check.shownMethodSig.put(m, shownSig);
            }
            if (!blank) {
                n.methods.add(m);
            }
            FuncDef def = new FuncDef(n.toString(true) + "." + fd.name());
            check.calls.methodDefs.put(m, def);
            methodInfo.put(fd, new MethodInfo(m, ptr ? Pointer.of(n) : n));
            methodDecls.put(m, fd);
            methodPaths.put(m, path);
        });
    }

    /** Where each declared method is, for "redeclared" errors. */
    private final Map<Named.Method, FuncDecl> methodDecls = new IdentityHashMap<>();
    private final Map<Named.Method, String> methodPaths = new IdentityHashMap<>();

    /** The declaration of field name in the struct type declared by te (its name, or an embedded type's name), or null. */
    private Node fieldDecl(Entity.TypeE te, String name) {
        TypeSpec ts = typeSpecs.get(te);
        if (ts == null || !(ts.type() instanceof StructTypeExpr st)) {
            return null;
        }
        for (Field f : st.fields()) {
            if (f.embedded()) {
                Ident id = TypeExprs.embeddedIdent(f.type());
                if (id != null && id.name().equals(name)) {
                    return id;
                }
            }
            for (Ident id : f.names()) {
                if (id.name().equals(name)) {
                    return id;
                }
            }
        }
        return null;
    }

    /** A method declared on a named type, and its receiver type (*T for a pointer receiver). */
    private record MethodInfo(Named.Method method, Type recvType) {}

    /** A package-level var spec where it is declared; each of its variables maps to it (InitOrder orders them). */
    record VarSpecSite(VarSpec spec, Scope fileScope, String path, List<Entity.Var> vars) {}

    /** A function (func set) or method (func null) declaration, where it is declared. */
    private record BodySite(FuncDecl decl, Entity.Func func, Scope fileScope, String path) {}

    private final Map<FuncDecl, MethodInfo> methodInfo = new IdentityHashMap<>();

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
        MethodInfo info = methodInfo.get(fd);
        if (info == null) {
            return;
        }
        Named.Method m = info.method();
        FuncDef def = check.calls.methodDefs.get(m);
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
        Package savedPkg = check.curPkg;
        boolean savedPrelude = check.inPrelude;
        String savedPath = check.curPath;
        check.curPkg = pkg; // errors in the prelude are internal errors (Checker.error throws)
        check.inPrelude = true;
        check.curPath = path;
        try {
            body.run();
            check.generics.drain();
        } finally {
            check.curPkg = savedPkg;
            check.inPrelude = savedPrelude;
            check.curPath = savedPath;
        }
    }

    private void compileMethodBody(FuncDecl fd, Scope fs) {
        MethodInfo info = methodInfo.get(fd);
        if (info == null) {
            return;
        }
        Named.Method m = info.method();
        Type recvType = info.recvType();
        FuncDef def = check.calls.methodDefs.get(m);
        compileFuncBody(fd, def, m.sig, recvType, fs, m);
        m.impl = new GoFunc(def.target, null);
    }

    // ---- function bodies ----

    void compileFuncBody(FuncDecl fd, FuncDef def, Signature sig, Type recvType, Scope fileScope, Object owner) {
        if (fd.body() == null) {
            String qn = check.curPkg.path + "." + (recvType == null ? fd.name() : baseName(recvType) + "." + fd.name());
            Native nat = Natives.lookup(qn);
            if (nat == null) {
                if (check.inPrelude) {
                    throw new IllegalStateException("no native implementation of " + qn);
                }
                check.error(fd, "missing function body");
                return;
            }
            def.target = new NativeRootNode(check.language, qn, nat).getCallTarget();
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
            return check.curPkg.path + "." + (fd.name().equals("init") ? "init." + initFuncs++ : fd.name());
        }
        String base = baseName(recvType);
        return check.curPkg.path + "." + (recvType instanceof Pointer ? "(*" + base + ")" : base) + "." + fd.name();
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
        FuncContext saved = check.fn;
        List<Entity.Var> savedLocals = check.stmts.locals;
        Deque<Object> savedBreaks = check.stmts.breakTargets, savedConts = check.stmts.continueTargets;
        Scope savedScope = check.scope;
        check.fn = new FuncContext(parent, name, sig, escapes.scan(body));
        if (parent == null) {
            check.fn.goName = pendingGoName != null ? pendingGoName : name;
            pendingGoName = null;
        } else {
            int n = ++parent.closures;
            check.fn.goName = parent.goName + (parent.parent == null ? ".func" + n : "." + n);
        }
        check.stmts.locals = new ArrayList<>();
        check.stmts.breakTargets = new ArrayDeque<>();
        check.stmts.continueTargets = new ArrayDeque<>();
        check.scope = new Scope(check.scope, check.fn);
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
                    Type sh = ft.variadic() && i == ft.params().size() - 1 && pt instanceof Slice sl ? Slice.of(check.typeExprs.shown(p.type(), sl.elem)) : check.typeExprs.shown(p.type(), pt);
                    params.get(params.size() - 1).shown = sh == pt ? null : sh;
                }
            }
            for (Entity.Var p : params) {
                p.view = ExprCompiler.mayHoldView(p); // named results never do: the root returns their slots as they are
            }
            int ri = 0;
            for (Field r : ft.results()) {
                int n = Math.max(1, r.names().size());
                for (int j = 0; j < n; j++) {
                    boolean named = !r.names().isEmpty();
                    String rn = named ? r.names().get(j).name() : "";
                    check.fn.namedResults |= named;
                    Type rt = sig.results.get(ri++);
                    Entity.Var v = paramVar(named ? rn : "_", named ? r.names().get(j) : r, rt);
                    Type sh = check.typeExprs.shown(r.type(), rt);
                    v.shown = sh == rt ? null : sh;
                    check.fn.results.add(v);
                }
            }
            StmtNode bodyNode = new BlockNode(check.stmts.stmtList(body.stmts()));
            if (!sig.results.isEmpty() && !isTerminating(body)) {
                check.error(body.endLine(), body.endCol(), "missing return");
            }
            check.stmts.checkLabels();
            GotoChecks.check(check, body.stmts());
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
            int nr = check.fn.results.size();
            int[] rslots = new int[nr];
            Rep[] rreps = new Rep[nr];
            boolean[] rboxed = new boolean[nr];
            Object[] rzero = new Object[nr];
            for (int i = 0; i < nr; i++) {
                Entity.Var v = check.fn.results.get(i);
                rslots[i] = v.slot;
                rreps[i] = v.rep;
                rboxed[i] = v.boxed;
                rzero[i] = Values.zero(v.type);
            }
            FuncRootNode root = new FuncRootNode(check.language, check.fn.frame.build(), name);
            root.setSource(check.fn.goName, absoluteFile(check.curPath), ft.line(), body.endLine(), !params.isEmpty());
            root.setLineMap(check.lineMaps.get(check.curPath));
            root.define(null, TailReturns.apply(bodyNode), pslots, preps, pboxed, pagg, rslots, rreps, rboxed, rzero, check.fn.deferSlot);
            lastFuncContext = check.fn;
            return root;
        } finally {
            check.fn = saved;
            check.stmts.locals = savedLocals;
            check.stmts.breakTargets = savedBreaks;
            check.stmts.continueTargets = savedConts;
            check.scope = savedScope;
        }
    }

    private FuncContext lastFuncContext;

    private Entity.Var paramVar(String name, Node at, Type t) {
        Entity.Var v = new Entity.Var(name, at.line(), at.col(), t, check.fn);
        v.used = true;
        v.rep = Rep.of(t);
        boolean escapes = check.fn.escaping.needsCell(name, t);
        v.boxed = escapes;
        v.slot = check.fn.newSlot(escapes ? Rep.OBJECT : v.rep);
        if (!name.equals("_") && !name.isEmpty()) {
            Entity old = check.scope.lookupLocal(name);
            if (old != null) {
                check.redeclared(at, old, check.curPath);
            } else {
                check.scope.declare(v);
            }
        }
        return v;
    }

    void reportUnused() {
        if (check.curPkg != null && check.curPkg.importsUnsupported()) {
            return;
        }
        List<Entity.Var> unused = new ArrayList<>();
        for (Entity.Var v : check.stmts.locals) {
            if (!v.used && !v.name.equals("_")) {
                unused.add(v);
            }
        }
        unused.sort((a, b) -> a.line != b.line ? Integer.compare(a.line, b.line) : Integer.compare(a.col, b.col));
        for (Entity.Var v : unused) {
            check.error(v.line, v.col, v.name + " declared but not used");
        }
    }

    GoFunc compileFuncLit(FuncLit f, Signature sig) {
        FuncContext outer = check.fn;
        if (outer == null) {
            // in a package-level constant declaration (unsafe.Sizeof(func() {...})): nothing to capture
            outer = new FuncContext(null, "glob.", Signature.of(List.of(), List.of(), false), Escapes.NONE);
        }
        FuncRootNode root = buildFunction(outer.name + ".func", null, null, f.type(), sig, f.body(), outer);
        FuncContext inner = lastFuncContext;
        // the closure's env: the Cells of captured variables, read from this function's frame or env
        ExprNode[] caps = new ExprNode[inner.captured.size()];
        for (int i = 0; i < caps.length; i++) {
            Entity.Var v = inner.captured.get(i);
            caps[i] = check.exprs.cellRef(v);
        }
        check.exprs.lastClosureNode = new MakeClosureNode(root.getCallTarget(), caps);
        return null;
    }

    /** The file (display path) that declares a package-level entity, or fallback. */
    String declPathOf(Entity e, String fallback) {
        String p = e == null ? null : declPath.get(e);
        return p == null ? fallback : p;
    }

    /** A global variable or function is referenced: package initialization order depends on it. */
    void noteIdentRef(Ident id, Operand o) {
        if (curRefs != null) { // an operand left invalid by a cycle in type inference refers all the same
            Entity en = check.scope.lookup(id.name());
            if (en instanceof Entity.Var v && v.global != null) {
                curRefs.add(v);
            } else if (en instanceof Entity.Func f) {
                curRefs.add(f.def);
            }
        }
    }

    /** A concrete method is referenced (a call, method value or method expression): package initialization order depends on it. */
    void noteMethodRef(Named.Method m) {
        FuncDef def = m == null ? null : check.calls.methodDefs.get(m);
        if (curRefs != null && def != null) {
            curRefs.add(def);
        }
    }

    // ---- local declarations ----

    void localDecl(Decl d, List<StmtNode> out) {
        switch (d) {
            case VarDecl vd -> {
                for (VarSpec vs : vd.specs()) {
                    localVarSpec(vs, out);
                }
            }
            case ConstDecl cd -> {
                for (ConstSpec cs : cd.specs()) {
                    for (Entity.ConstE c : constSpec(cs, check.scope, check.curPath, check.scope)) {
                        resolveConstEntity(c);
                        c.used = true;
                    }
                }
            }
            case TypeDecl td -> {
                for (TypeSpec ts : td.specs()) {
                    Entity.TypeE te = typeSpec(ts, check.curPkg, check.scope, check.curPath);
                    declare(check.scope, te, ts.name());
                    validTypes.check(te);
                    resolveTypeEntity(te);
                }
            }
            case FuncDecl fd -> check.error(fd, "function declaration inside function");
        }
    }

    private void localVarSpec(VarSpec vs, List<StmtNode> out) {
        Type t = vs.type() == null ? null : check.typeExprs.typeOf(vs.type());
        Type tShown = t == null ? null : check.typeExprs.shown(vs.type(), t);
        int nl = vs.names().size(), nr = vs.values().size();
        if (nr == 0) {
            for (Ident id : vs.names()) {
                if (id.name().equals("_")) {
                    continue;
                }
                Entity.Var v = check.assigns.newLocal(id, t == null ? Basic.INVALID : t);
                v.shown = tShown == t ? null : tShown;
                out.add(check.exprs.declareLocal(v, null));
            }
            return;
        }
        if (nr == 1 && nl > 1) {
            Operand r = check.exprs.expr(vs.values().get(0));
            if (r.invalid()) {
                for (Ident id : vs.names()) {
                    if (!id.name().equals("_")) {
                        check.assigns.newLocal(id, Basic.INVALID);
                    }
                }
                return;
            }
            List<Type> types = check.assigns.spreadTypes(vs, r, nl);
            if (types == null) {
                for (Ident id : vs.names()) {
                    if (!id.name().equals("_")) {
                        check.assigns.newLocal(id, Basic.INVALID);
                    }
                }
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
                Entity.Var v = check.assigns.newLocal(id, t != null ? t : defaultType(types.get(i)));
                decls.add(check.exprs.declareLocal(v, null));
                lvs.add(check.exprs.new VarLValue(v));
            }
            out.addAll(decls);
            check.assigns.multiAssign(vs, lvs, r, out, nl, true);
            return;
        }
        if (nl != nr) {
            // types2 declares each variable with its own value, if it has one (so it may be unused)
            List<Type> valueTypes = new ArrayList<>();
            for (Expr e : vs.values()) {
                Operand r = check.exprs.expr(e);
                valueTypes.add(r.invalid() || r.type instanceof Tuple || r.mode == Operand.Mode.NIL || r.mode == Operand.Mode.NOVALUE
                        || r.mode == Operand.Mode.TYPE ? null : t != null ? t : defaultType(r.type));
            }
            if (!check.assigns.arity(vs, vs.names(), vs.values(), false, false)) {
                check.assigns.mismatch(vs.values(), nl, nr);
            }
            for (int i = 0; i < nl; i++) {
                Ident id = vs.names().get(i);
                if (!id.name().equals("_")) {
                    Type vt = i < nr ? valueTypes.get(i) : null;
                    check.assigns.newLocal(id, vt == null ? Basic.INVALID : vt); // invalid: counts as used
                }
            }
            return;
        }
        List<StmtNode> pre = new ArrayList<>();
        List<ExprNode> vals = new ArrayList<>();
        List<Type> types = new ArrayList<>();
        boolean[] failed = new boolean[nr];
        boolean[] runeDefault = new boolean[nr];
        Type[] valueShown = new Type[nr];
        for (int i = 0; i < nr; i++) {
            int errorsBefore = check.errors.size();
            // (a declaration's value is in a single-value context: no "assignment mismatch" here, as in Go)
            Operand r = check.exprs.single(vs.values().get(i));
            runeDefault[i] = r.type == Basic.UNTYPED_RUNE;
            Type vt;
            if (r.invalid()) {
                vt = Basic.INVALID;
            } else if (t != null) {
                vt = t;
            } else if (r.mode == Operand.Mode.NIL) {
                check.error(r.expr, "use of untyped nil in variable declaration");
                vt = Basic.INVALID;
            } else {
                vt = defaultType(r.type);
            }
            types.add(vt);
            valueShown[i] = t == null && vt == r.type ? r.shown : null; // e.g. a func literal's parameter names
            ExprNode n = r.invalid() || vt == Basic.INVALID ? new ConstNode(null) : check.exprs.assign(r, vt == t ? tShown : vt, "variable declaration");
            failed[i] = r.invalid() || check.errors.size() > errorsBefore;
            vals.add(nl > 1 ? check.exprs.temp(n, Rep.of(vt), pre) : n);
        }
        out.addAll(pre);
        for (int i = 0; i < nl; i++) {
            Ident id = vs.names().get(i);
            if (id.name().equals("_")) {
                out.add(new ExprStmtNode(vals.get(i)));
                continue;
            }
            Entity.Var v = check.assigns.newLocal(id, types.get(i));
            v.shown = t != null && types.get(i) == t && tShown != t ? tShown
                    : t == null && runeDefault[i] ? Basic.RUNE : valueShown[i]; // types2: the default type of a rune constant is rune
            v.used |= failed[i]; // as types2: no follow-on "declared but not used"
            out.add(check.exprs.declareLocal(v, vals.get(i)));
        }
    }

}
