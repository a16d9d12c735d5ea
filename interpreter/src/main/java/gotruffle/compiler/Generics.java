package gotruffle.compiler;

import gotruffle.GoContext;
import gotruffle.nodes.call.ArgsNode;
import gotruffle.nodes.call.DirectCallExprNode;
import gotruffle.nodes.call.FuncDef;
import gotruffle.nodes.call.FuncRefNode;
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
import gotruffle.types.Shown;
import gotruffle.types.Signature;
import gotruffle.types.Slice;
import gotruffle.types.Struct;
import gotruffle.types.Tuple;
import gotruffle.types.Type;
import gotruffle.types.TypeParam;
import gotruffle.types.TypeSets;
import gotruffle.values.GoFunc;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import static gotruffle.compiler.ExprStrings.*;

/**
 * Generics by monomorphization. A generic function or type stays a declaration; each distinct
 * tuple of type arguments is an instantiation, checked and compiled once with the type parameter
 * names bound to the concrete types (instantiations are cached by type-argument identity, so
 * {@code List[int]} is one Named type everywhere). Type inference unifies the generic signature
 * (type parameters as {@link TypeParam} placeholders) with the argument types, as Go 1.19 does
 * (typed arguments, then core types of constraints, then default types of untyped constants).
 * Bodies of instantiations are compiled after the package's own bodies (a work list), so an
 * instantiation met in the middle of a body never nests two body compilations.
 */
public final class Generics {
    /** The predeclared constraint {@code comparable}. */
    static final Named COMPARABLE;

    static {
        COMPARABLE = new Named(null, "comparable", null);
        COMPARABLE.setUnderlying(Interface.constraint(List.of(), List.of(), true));
    }

    private final Checker c;
    private final ArrayDeque<Runnable> pending = new ArrayDeque<>();
    private final List<GenericFunc> funcs = new ArrayList<>();
    private final List<GenericType> types = new ArrayList<>();
    /** A method with a generic receiver (func (l *List[T]) M()), as declared in file scope fileScope of file path. */
    record GenericMethod(FuncDecl decl, Scope fileScope, String path, boolean ptrRecv, IndexExpr recv) {}

    /** Methods with generic receivers by "pkgpath.TypeName". */
    private final Map<String, List<GenericMethod>> methodsByType = new LinkedHashMap<>();
    /** Generic functions and methods whose bodies have errors that only the generic check sees: not compiled. */
    // identity sets: the elements are syntax tree records, whose hashCode walks the whole tree
    private final Set<Object> bad = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Object> linted = Collections.newSetFromMap(new IdentityHashMap<>());
    /**
     * Generic types whose methods checkUninstantiated compiled over their type parameters, with how
     * many methods they had (the REPL finishes its package at each input, and may add methods).
     */
    private final Map<GenericType, Integer> checkedOverParams = new IdentityHashMap<>();
    private int instDepth;
    /** The function or type instance whose body (or method's body) is being compiled (null: non-generic code). */
    private InstanceCycles.Site curSite;
    /** Deeper chains of instances (each asked for in the body of the one before) than any program needs are an instantiation cycle. */
    private static final int CHAIN_LIMIT = 64;
    private boolean chainCycleReported;
    private int instCount;
    final InstanceCycles instanceCycles;
    /** Checking a generic type's declaration (checkDeclaration): its instances over type parameters are not expanded. */
    private boolean inDeclaration;

    Generics(Checker c) {
        this.c = c;
        this.instanceCycles = new InstanceCycles(c);
    }

    /** A generic function declaration. */
    public static final class GenericFunc {
        final FuncDecl decl;
        final Scope fileScope;
        final String path;
        final Package pkg;
        final List<Ident> names = new ArrayList<>();
        final List<Expr> constraints = new ArrayList<>();
        List<TypeParam> tparams;
        /** The signature with TypeParam placeholders (for inference). */
        Signature sig;
        final Map<List<Type>, Entity.Func> insts = new HashMap<>();

        GenericFunc(FuncDecl decl, Scope fileScope, String path, Package pkg) {
            this.decl = decl;
            this.fileScope = fileScope;
            this.path = path;
            this.pkg = pkg;
            flatten(decl.typeParams(), names, constraints);
        }
    }

    /** A generic type declaration. */
    public static final class GenericType {
        final TypeSpec spec;
        final Scope fileScope;
        final String path;
        final Package pkg;
        final List<Ident> names = new ArrayList<>();
        final List<Expr> constraints = new ArrayList<>();
        final Map<List<Type>, Named> insts = new HashMap<>();
        List<GenericMethod> methods = List.of();
        /** For ValidTypes: the right-hand side over the type parameters {@link #params}, with instances not expanded (types2's fromRHS). */
        Type rhs;
        List<TypeParam> params;
        /** For ValidTypes: instances not expanded, and where each instance (expanded or not) was first written. */
        final Map<List<Type>, Named> outlines = new HashMap<>();
        final Map<List<Type>, ValidTypes.Pos> firstSeen = new HashMap<>();
        /** On an instantiation cycle (InstanceCycles): not instantiated. */
        boolean cyclic;

        GenericType(TypeSpec spec, Scope fileScope, String path, Package pkg) {
            this.spec = spec;
            this.fileScope = fileScope;
            this.path = path;
            this.pkg = pkg;
            flatten(spec.typeParams(), names, constraints);
        }

        /** "List[T any]" as types2 names an uninstantiated generic type. */
        public String describe() {
            StringBuilder sb = new StringBuilder(spec.name().name()).append('[');
            List<Field> fs = spec.typeParams();
            for (int i = 0; i < fs.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(String.join(", ", fs.get(i).names().stream().map(Ident::name).toList()));
                sb.append(' ').append(ExprStrings.exprString(fs.get(i).type()));
            }
            return sb.append(']').toString();
        }
    }

    private static void flatten(List<Field> fields, List<Ident> names, List<Expr> constraints) {
        for (Field f : fields) {
            for (Ident id : f.names()) {
                names.add(id);
                constraints.add(f.type());
            }
        }
    }

    /** Whether a method name is declared on the generic type typeName of the package (the REPL's earlier inputs). */
    boolean declaresMethod(String pkgPath, String typeName, String name) {
        List<GenericMethod> ms = methodsByType.get(pkgPath + "." + typeName);
        return ms != null && ms.stream().anyMatch(m -> m.decl().name().equals(name));
    }

    // ---- declarations ----

    Entity.Func declareFunc(FuncDecl fd, Scope fs, String path, Package pkg) {
        if ((fd.name().equals("main") && pkg.path.equals("main")) || fd.name().equals("init")) {
            c.error(fd, "func " + fd.name() + " must have no type parameters");
        }
        Entity.Func e = new Entity.Func(fd.name(), fd.line(), fd.col(), null, new FuncDef(pkg.name + "." + fd.name()));
        GenericFunc g = new GenericFunc(fd, fs, path, pkg);
        e.generic = g;
        funcs.add(g);
        return e;
    }

    Entity.TypeE declareType(TypeSpec ts, Package pkg, Scope fs, String path) {
        Entity.TypeE te = new Entity.TypeE(ts.name().name(), ts.name().line(), ts.name().col(), Basic.INVALID);
        GenericType g = new GenericType(ts, fs, path, pkg);
        if (ts.alias()) {
            c.error(ts.name(), "generic type cannot be alias");
        }
        List<GenericMethod> ms = methodsByType.get(pkg.path + "." + ts.name().name());
        if (ms != null) {
            g.methods = ms;
        } else {
            g.methods = new ArrayList<>();
            methodsByType.put(pkg.path + "." + ts.name().name(), g.methods);
        }
        te.generic = g;
        types.add(g);
        return te;
    }

    /** A method whose receiver is an instantiated generic type (func (l *List[T]) M()): recorded for each instantiation; true if so. */
    boolean genericReceiver(FuncDecl fd, Scope fs, String path, Package pkg) {
        Expr rt = unparen(fd.recv().type());
        boolean ptr = false;
        if (rt instanceof StarExpr s) {
            ptr = true;
            rt = unparen(s.x());
        }
        if (!(rt instanceof IndexExpr ix)) {
            return false;
        }
        Expr base = unparen(ix.x());
        if (!(base instanceof Ident id)) {
            c.error(rt, "invalid receiver type " + ExprStrings.exprString(rt));
            return true;
        }
        List<GenericMethod> ms = methodsByType.computeIfAbsent(pkg.path + "." + id.name(), k -> new ArrayList<>());
        GenericMethod gm = new GenericMethod(fd, fs, path, ptr, ix);
        ms.add(gm);
        for (GenericType g : types) {
            if (g.methods == ms && g.pkg != pkg) {
                // a REPL input adds a method to a type of an earlier one: the instances made so far get it too
                for (Map.Entry<List<Type>, Named> e : List.copyOf(g.insts.entrySet())) {
                    boolean withBody = !hasTypeParam(e.getKey()); // instances over type parameters: the signature
                    pending.add(() -> attachMethod(g, e.getValue(), gm, e.getKey(), null, withBody));
                }
            }
        }
        return true;
    }

    /**
     * What the generic types' methods were before a REPL input (SessionCompiler). {@link #undo} takes back
     * what a failed input declared (left in the type's list, its methods would be duplicates of the next
     * declaration) and attached to earlier instances; {@link #grewEarlierInstances} tells, after an input
     * that succeeded, whether earlier instances got methods (run-time method caches are then stale).
     */
    final class MethodsMark {
        private final Map<String, Integer> declared = new HashMap<>();
        private final Map<Named, Integer> attached = new IdentityHashMap<>();

        MethodsMark() {
            methodsByType.forEach((type, ms) -> declared.put(type, ms.size()));
            for (GenericType g : types) {
                g.insts.values().forEach(nt -> attached.put(nt, nt.methods.size()));
            }
        }

        void undo() {
            pending.clear(); // bodies of the failed input still to be compiled
            methodsByType.entrySet().removeIf(e -> {
                Integer before = declared.get(e.getKey());
                e.getValue().subList(before == null ? 0 : before, e.getValue().size()).clear();
                return before == null;
            });
            attached.forEach((nt, before) -> nt.methods.subList(before, nt.methods.size()).clear());
        }

        boolean grewEarlierInstances() {
            return attached.entrySet().stream().anyMatch(e -> e.getKey().methods.size() > e.getValue());
        }
    }

    // ---- work list ----

    void drain() {
        lint();
        while (!pending.isEmpty()) {
            pending.poll().run();
        }
    }

    /** End of a package: signatures of unused generic functions are checked; imports used only by uninstantiated generic code count as used. */
    void finish(Package pkg) {
        for (GenericFunc g : List.copyOf(funcs)) {
            if (g.pkg != pkg) {
                continue;
            }
            prepare(g);
            if (g.insts.isEmpty()) {
                markImportsUsed(g.decl, g.fileScope);
            }
        }
        for (GenericType g : types) {
            if (g.pkg != pkg) {
                continue;
            }
            boolean instantiated = false;
            for (List<Type> k : g.insts.keySet()) {
                instantiated |= !hasTypeParam(k);
            }
            if (!instantiated) {
                markImportsUsed(g.spec, g.fileScope);
                for (GenericMethod m : g.methods) {
                    markImportsUsed(m.decl(), m.fileScope());
                }
            }
        }
        for (Map.Entry<String, List<GenericMethod>> e : methodsByType.entrySet()) {
            if (!e.getKey().startsWith(pkg.path + ".")) {
                continue;
            }
            boolean declared = types.stream().anyMatch(g -> g.methods == e.getValue());
            if (!declared) {
                for (GenericMethod m : e.getValue()) {
                    IndexExpr ix = m.recv();
                    withPathScope(m.path(), m.fileScope(), () -> {
                        Type t = c.typeExprs.typeOf(ix.x());
                        if (t != Basic.INVALID) {
                            c.error(ix.x(), ExprStrings.exprString(ix.x()) + " is not a generic type");
                        }
                    });
                }
            }
        }
        drain();
        drain();
        checkUninstantiated(pkg);
    }

    /**
     * Go checks a generic body once, over its type parameters, whether or not anything instantiates
     * it; here bodies are checked per instance, so a generic function nothing instantiated would
     * not be checked at all. It is compiled once with its type parameters as types. Operations on
     * operands of a type-parameter type are not checked that way yet (their type sets are checked per
     * instance and by GenericLint), so errors that name a type parameter are left out; the rest
     * (undefined names, mismatches between other types, unused variables) are Go's errors whatever
     * the type arguments would be.
     */
    /** Experiment: every generic body is checked over its type parameters (GOTRUFFLE_TYPESET_ALL=1). */
    static final boolean ALL_OVER_PARAMS = "1".equals(System.getenv("GOTRUFFLE_TYPESET_ALL"));

    private void checkUninstantiated(Package pkg) {
        if (c.inPrelude) {
            return;
        }
        List<GenericFunc> todo = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (GenericFunc g : funcs) {
            if (g.pkg == pkg) {
                g.names.forEach(id -> names.add(id.name()));
                if (g.insts.isEmpty() || bad.contains(g.decl) || ALL_OVER_PARAMS) {
                    todo.add(g);
                }
            }
        }
        List<GenericType> typeTodo = new ArrayList<>();
        for (GenericType g : types) {
            g.names.forEach(id -> names.add(id.name()));
            boolean instantiated = false;
            boolean rejected = false;
            for (GenericMethod m : g.methods) {
                rejected |= bad.contains(m.decl());
                for (Expr x : m.recv().indices()) {
                    if (unparen(x) instanceof Ident id) {
                        names.add(id.name());
                    }
                }
            }
            for (List<Type> k : g.insts.keySet()) {
                instantiated |= !hasTypeParam(k);
            }
            if (g.pkg == pkg && !g.methods.isEmpty() && (!instantiated || rejected || ALL_OVER_PARAMS)
                    && !Integer.valueOf(g.methods.size()).equals(checkedOverParams.put(g, g.methods.size()))) {
                typeTodo.add(g);
            }
        }
        if (todo.isEmpty() && typeTodo.isEmpty()) {
            return;
        }
        StringBuilder alt = new StringBuilder();
        for (String n : names) {
            alt.append(alt.isEmpty() ? "" : "|").append(Pattern.quote(n));
        }
        Pattern saved = c.typeParamNames;
        c.typeParamNames = Pattern.compile("(?<![\\p{L}\\p{N}_])(" + alt + ")(?![\\p{L}\\p{N}_])");
        try {
            for (GenericFunc g : todo) {
                instantiateFunc0(g, new ArrayList<>(g.tparams), List.of(), g.decl.line(), g.decl.col());
                drain();
            }
            for (GenericType g : typeTodo) {
                // an instance over fresh placeholders, with its methods (symbolic instances have none)
                List<Type> key = List.copyOf(placeholders(g));
                if (instantiateType(g, key, null) instanceof Named nt) {
                    nt.methods.clear(); // the symbolic instance's signatures: attached again, with bodies
                    for (GenericMethod m : g.methods) {
                        attachMethod(g, nt, m, key, null, true);
                    }
                    drain();
                }
            }
        } finally {
            c.typeParamNames = saved;
        }
    }

    /** GenericLint on every generic body not yet looked at (before any instantiation of it is compiled). */
    private void lint() {
        for (GenericFunc g : List.copyOf(funcs)) {
            if (!linted.add(g)) {
                continue;
            }
            prepare(g);
            Map<String, TypeParam> tps = new HashMap<>();
            Map<String, Expr> cons = new HashMap<>();
            for (int i = 0; i < g.names.size(); i++) {
                tps.put(g.names.get(i).name(), g.tparams.get(i));
                cons.put(g.names.get(i).name(), g.constraints.get(i));
            }
            String saved = c.curPath;
            c.curPath = g.path;
            try {
                if (GenericLint.check(c, g.fileScope, g.decl, tps, cons)) {
                    bad.add(g.decl);
                }
            } finally {
                c.curPath = saved;
            }
        }
        for (GenericType g : List.copyOf(types)) {
            List<TypeParam> tps = null;
            for (GenericMethod m : g.methods) {
                FuncDecl fd = m.decl();
                if (!linted.add(fd)) {
                    continue;
                }
                if (tps == null) {
                    tps = placeholders(g);
                }
                IndexExpr rix = m.recv();
                Map<String, TypeParam> byName = new HashMap<>();
                Map<String, Expr> cons = new HashMap<>();
                for (int i = 0; i < rix.indices().size() && i < tps.size(); i++) {
                    if (unparen(rix.indices().get(i)) instanceof Ident id && !id.name().equals("_")) {
                        byName.put(id.name(), tps.get(i));
                        cons.put(id.name(), g.constraints.get(i));
                    }
                }
                String saved = c.curPath;
                c.curPath = m.path();
                try {
                    if (GenericLint.check(c, m.fileScope(), fd, byName, cons)) {
                        bad.add(fd);
                    }
                } finally {
                    c.curPath = saved;
                }
            }
        }
    }

    /**
     * A generic type's declaration, checked once over its type parameters as Go does (its errors
     * were reported only by the instances made, so not at all when there was none).
     */
    void checkDeclaration(GenericType g) {
        duplicateNames(g.names, g.path, g.fileScope);
        List<TypeParam> tps = placeholders(g);
        boolean saved = inDeclaration;
        inDeclaration = true;
        try {
            withPathScope(g.path, bind(g.fileScope, g.names, new ArrayList<>(tps)), () -> {
                c.constraintOk = true;
                c.typeExprs.typeOf(g.spec.type());
            });
        } finally {
            inDeclaration = saved;
        }
    }

    /** A type parameter list that declares a name twice: types2's redeclaration error. */
    private void duplicateNames(List<Ident> names, String path, Scope fs) {
        Map<String, Ident> first = new HashMap<>();
        for (Ident id : names) {
            Ident old = id.name().equals("_") ? null : first.putIfAbsent(id.name(), id);
            if (old != null) {
                withPathScope(path, fs, () -> c.redeclared(id, id.name(), path, old.line(), old.col()));
            }
        }
    }

    /** The type parameters of a generic type as placeholders, with their constraints. */
    private List<TypeParam> placeholders(GenericType g) {
        List<TypeParam> tps = new ArrayList<>();
        for (int i = 0; i < g.names.size(); i++) {
            Ident id = g.names.get(i);
            TypeParam tp = new TypeParam(id.name(), g, i, id.line(), id.col());
            tp.constraint = Interface.EMPTY;
            tps.add(tp);
        }
        Scope gs = bind(g.fileScope, g.names, new ArrayList<>(tps));
        withPathScope(g.path, gs, () -> {
            for (int i = 0; i < tps.size(); i++) {
                tps.get(i).constraint = constraintType(g.constraints.get(i));
                tps.get(i).shownConstraint = shownConstraint(g.constraints.get(i), tps.get(i).constraint);
            }
        });
        return tps;
    }

    private void markImportsUsed(Object node, Scope fs) {
        if (node instanceof Ident id) {
            if (fs.lookup(id.name()) instanceof Entity.Pkg p) {
                p.used = true;
            }
        } else if (node instanceof List<?> l) {
            for (Object o : l) {
                markImportsUsed(o, fs);
            }
        } else if (node instanceof Record r) {
            for (RecordComponent rc : r.getClass().getRecordComponents()) {
                if (rc.getType().isPrimitive() || rc.getType() == String.class) {
                    continue;
                }
                try {
                    markImportsUsed(rc.getAccessor().invoke(r), fs);
                } catch (ReflectiveOperationException ex) {
                    throw new IllegalStateException(ex);
                }
            }
        }
    }

    private void withPathScope(String path, Scope s, Runnable r) {
        String savedPath = c.curPath;
        Scope savedScope = c.scope;
        Package savedPkg = c.enterPackageOf(path);
        c.curPath = path;
        c.scope = s;
        try {
            r.run();
        } finally {
            c.curPath = savedPath;
            c.scope = savedScope;
            c.setCurrentPackage(savedPkg);
        }
    }

    private <T> T inPathScope(String path, Scope s, Supplier<T> r) {
        Object[] out = new Object[1];
        withPathScope(path, s, () -> out[0] = r.get());
        @SuppressWarnings("unchecked")
        T t = (T) out[0];
        return t;
    }

    private static Scope bind(Scope parent, List<Ident> names, List<Type> targs) {
        Scope s = new Scope(parent, null);
        for (int i = 0; i < names.size() && i < targs.size(); i++) {
            Ident id = names.get(i);
            if (id.name().equals("_")) {
                continue;
            }
            Entity.TypeE te = new Entity.TypeE(id.name(), id.line(), id.col(), targs.get(i));
            te.used = true;
            te.typeParam = true;
            s.declare(te);
        }
        return s;
    }

    static Expr unparen(Expr e) {
        while (e instanceof ParenExpr p) {
            e = p.x();
        }
        return e;
    }

    /** The entity an identifier or package-qualified identifier denotes (null otherwise). */
    private Entity lookup(Expr e) {
        e = unparen(e);
        if (e instanceof Ident id) {
            return c.scope.lookup(id.name());
        }
        if (e instanceof SelectorExpr s && s.x() instanceof Ident pk && c.scope.lookup(pk.name()) instanceof Entity.Pkg p) {
            Entity en = p.pkg.scope.lookupLocal(s.sel().name());
            if ((en instanceof Entity.Func f && f.generic != null) || (en instanceof Entity.TypeE t && t.generic != null)) {
                p.used = true;
                return en;
            }
        }
        return null;
    }

    // ---- constraints ----

    static boolean isConstraint(Type t) {
        return t != null && t.underlying() instanceof Interface i && i.isConstraint();
    }

    static String constraintReason(Type t) {
        Interface i = (Interface) t.underlying();
        return i.unions.isEmpty() ? "interface is (or embeds) comparable" : "interface contains type constraints";
    }

    /** An interface type expression, with the type terms and comparable of constraint interfaces. */
    Type interfaceType(InterfaceTypeExpr it) {
        List<Interface.Method> ms = new ArrayList<>();
        Map<String, Ident> declared = new HashMap<>();
        for (InterfaceMethod m : it.methods()) {
            Ident name = m.name();
            if (name.name().equals("_")) {
                c.error(name, "methods must have a unique non-blank name");
                continue;
            }
            Ident other = declared.putIfAbsent(c.methodKey(name.name()), name);
            if (other != null) {
                c.error(name, "duplicate method " + name.name() + Checker.otherDeclaration(c.curPath, other.line(), other.col(), name.name()));
                continue;
            }
            ms.add(new Interface.Method(c.methodKey(name.name()), c.typeExprs.signature(m.type(), null)));
        }
        List<List<Interface.Term>> unions = new ArrayList<>();
        boolean comparable = false;
        for (Expr em : it.embeds()) {
            if (isTermExpr(em)) {
                List<Interface.Term> u = unionTerms(em);
                if (u != null) {
                    unions.add(u);
                }
                continue;
            }
            c.constraintOk = true;
            Type t = c.typeExprs.typeOf(em);
            if (t == Basic.INVALID || invalidRecursive(t)) {
                continue;
            }
            if (t instanceof Named n && !n.hasUnderlying()) {
                Type early = c.decls.interfaceEarly(n); // embedded from within its own declaration
                if (early != null) {
                    t = early;
                }
            }
            if (t.underlying() instanceof Interface ei) {
                for (Interface.Method m : ei.methods) {
                    Interface.Method same = ms.stream().filter(x -> x.name().equals(m.name())).findFirst().orElse(null);
                    if (same == null) {
                        ms.add(m);
                        declared.put(m.name(), new Ident(em.line(), em.col(), m.name())); // reported at the embedding
                    } else if (same.sig() != m.sig()) {
                        Ident other = declared.get(m.name());
                        String name = MemberKey.display(m.name());
                        c.error(em, "duplicate method " + name + Checker.otherDeclaration(c.curPath, other.line(), other.col(), name));
                    }
                }
                unions.addAll(ei.unions);
                comparable |= ei.comparable;
            } else {
                unions.add(List.of(new Interface.Term(false, t)));
            }
        }
        return Interface.constraint(ms, unions, comparable);
    }

    /** An interface as ValidTypes sees it (Checker.shallow): the types it embeds and its union terms; its methods do not matter. */
    Type embeddedTypes(InterfaceTypeExpr it) {
        List<Type> out = new ArrayList<>();
        for (Expr em : it.embeds()) {
            List<Expr> leaves = new ArrayList<>();
            collectUnion(unparen(em), leaves);
            for (Expr leaf : leaves) {
                leaf = unparen(leaf);
                c.constraintOk = true;
                out.add(c.typeExprs.typeOf(leaf instanceof UnaryExpr u && u.op() == Token.TILDE ? u.x() : leaf));
            }
        }
        return new ValidTypes.Embedding(out);
    }

    /** An interface embedded while it is resolved that is an invalid recursive type (reported): types2 ignores it. */
    private boolean invalidRecursive(Type t) {
        return t instanceof Named n && c.decls.validTypes.invalid(n);
    }

    private static boolean isTermExpr(Expr e) {
        if (e == null) {
            return false;
        }
        e = unparen(e);
        return (e instanceof BinaryExpr b && b.op() == Token.OR) || (e instanceof UnaryExpr u && u.op() == Token.TILDE);
    }

    /** The terms of a union A | ~B | C (embedded constraint interfaces contribute their terms); null after an error. */
    private List<Interface.Term> unionTerms(Expr e) {
        List<Expr> leaves = new ArrayList<>();
        collectUnion(unparen(e), leaves);
        List<Interface.Term> out = new ArrayList<>();
        for (Expr leaf : leaves) {
            leaf = unparen(leaf);
            if (leaf instanceof UnaryExpr u && u.op() == Token.TILDE) {
                Type t = c.typeExprs.typeOf(u.x());
                if (t == Basic.INVALID) {
                    return null;
                }
                if (t.underlying() != t) {
                    c.error(u, "invalid use of ~ (underlying type of " + t + " is " + t.underlying() + ")");
                    return null;
                }
                out.add(new Interface.Term(true, t));
                continue;
            }
            c.constraintOk = true;
            Type t = c.typeExprs.typeOf(leaf);
            if (t == Basic.INVALID || invalidRecursive(t)) {
                return null;
            }
            if (t.underlying() instanceof Interface ei) {
                if (!ei.methods.isEmpty()) {
                    c.error(leaf, "cannot use " + ExprStrings.exprString(leaf) + " in union (" + t + " contains methods)");
                    return null;
                }
                if (ei.comparable) {
                    c.error(leaf, "cannot use comparable in union");
                    return null;
                }
                if (ei.unions.isEmpty()) {
                    return null; // any: no restriction
                }
                if (ei.unions.size() > 1) {
                    c.unsupported(leaf, "intersection of type sets in a union");
                    return null;
                }
                out.addAll(ei.unions.get(0));
                continue;
            }
            out.add(new Interface.Term(false, t));
        }
        return out;
    }

    private static void collectUnion(Expr e, List<Expr> out) {
        if (e instanceof BinaryExpr b && b.op() == Token.OR) {
            collectUnion(unparen(b.x()), out);
            collectUnion(unparen(b.y()), out);
        } else {
            out.add(e);
        }
    }

    /** A type parameter's constraint: an interface, or ~T / A | B / T standing for interface{...}. */
    /** A constraint as "constrained by" shows it: an inline union is an implicit interface, printed as its terms. */
    static String shownConstraint(Expr e, Type t) {
        boolean inline = e instanceof BinaryExpr || e instanceof UnaryExpr;
        return inline && t.underlying() instanceof Interface ci && ci.unions.size() == 1
                ? Interface.unionString(ci.unions.get(0), "|") : ExprStrings.exprString(e);
    }

    private Type constraintType(Expr e) {
        if (isTermExpr(e)) {
            List<Interface.Term> u = unionTerms(e);
            return u == null ? Interface.EMPTY : Interface.constraint(List.of(), List.of(u), false);
        }
        c.constraintOk = true;
        Type t = c.typeExprs.typeOf(e);
        if (t == Basic.INVALID) {
            return Basic.INVALID; // reported; satisfied by everything
        }
        if (!(t.underlying() instanceof Interface)) {
            return Interface.constraint(List.of(), List.of(List.of(new Interface.Term(false, t))), false);
        }
        return t;
    }

    /**
     * Why v does not satisfy constraint cons (Go 1.19's messages), or null if it does; shown is v as
     * its type argument reads in messages (any, byte and rune keep their names, as in types2).
     */
    private String satisfies(Type v, Type shown, Type cons, Expr written) {
        if (v == Basic.INVALID || cons == Basic.INVALID) {
            return null;
        }
        if (isTermExpr(written) && cons instanceof Interface ci && ci.unions.size() == 1) {
            // an implicit interface (~[]E, A | B) is named by its terms
            String name = Interface.unionString(ci.unions.get(0), "|");
            String why = satisfies(v, shown, cons, null);
            return why == null ? null : why.replace(" does not implement " + cons, " does not implement " + name);
        }
        if (!(cons.underlying() instanceof Interface ti)) {
            return shown + " does not implement " + cons + " (" + cons + " is not an interface)";
        }
        if (ti.methods.isEmpty() && ti.unions.isEmpty() && !ti.comparable) {
            return null;
        }
        String why = ExprCompiler.missingMethod(v, ti);
        if (!why.isEmpty()) {
            return shown + " does not implement " + cons + why;
        }
        String pendingErr = ti.comparable && !Predicates.strictlyComparable(v) ? shown + " does not implement comparable" : null;
        if (ti.unions.isEmpty()) {
            return pendingErr;
        }
        if (v.underlying() instanceof Interface) {
            return shown + " does not implement " + cons;
        }
        for (List<Interface.Term> u : ti.unions) {
            boolean in = false;
            Type alt = null;
            for (Interface.Term t : u) {
                if (includes(t, v)) {
                    in = true;
                    break;
                }
                if (alt == null && !t.tilde() && t.type().underlying() == t.type() && v.underlying() == t.type()) {
                    alt = t.type();
                }
            }
            if (!in) {
                if (alt != null) {
                    return shown + " does not implement " + cons + " (possibly missing ~ for " + alt + " in constraint " + cons + ")";
                }
                return shown + " does not implement " + cons + " (" + shown + " missing in " + Interface.unionString(u, " | ") + ")";
            }
        }
        return pendingErr;
    }

    private static boolean includes(Interface.Term t, Type v) {
        return t.tilde() ? v.underlying() == t.type().underlying() : v == t.type();
    }

    private List<Type> constraintsIn(Scope s, String path, List<Expr> exprs) {
        return inPathScope(path, s, () -> {
            List<Type> out = new ArrayList<>();
            for (Expr e : exprs) {
                out.add(constraintType(e));
            }
            return out;
        });
    }

    // ---- generic types ----

    /** T[A, B] in a type context. */
    Type typeInstance(IndexExpr ix) {
        Entity en = lookup(ix.x());
        if (!(en instanceof Entity.TypeE te) || te.generic == null) {
            if (en instanceof Entity.Func f && f.generic != null) {
                c.error(ix, ExprStrings.exprString(ix) + " is not a type");
                return Basic.INVALID;
            }
            Type t = c.typeExprs.typeOf(ix.x());
            if (t != Basic.INVALID) {
                c.error(ix.x(), ExprStrings.exprString(ix.x()) + " is not a generic type");
            }
            return Basic.INVALID;
        }
        te.used = true;
        List<Type> targs = new ArrayList<>();
        boolean bad = false;
        for (Expr a : ix.indices()) {
            Type t = c.typeExprs.typeOf(a);
            bad |= t == Basic.INVALID;
            targs.add(t);
        }
        if (bad) {
            return Basic.INVALID;
        }
        // a generic type's declaration only looks at its own instances, as Go does (they are checked where declared)
        boolean notExpanded = c.shallow || (inDeclaration && targs.size() == te.generic.names.size() && hasTypeParam(targs));
        return notExpanded ? outline(te.generic, targs, ix) : instantiateType(te.generic, targs, ix);
    }

    /** An instance for ValidTypes: one per type arguments, as types2's context dedupes them, with no underlying type. */
    private Type outline(GenericType g, List<Type> targs, IndexExpr at) {
        if (targs.size() != g.names.size()) {
            return Basic.INVALID;
        }
        List<Type> key = List.copyOf(targs);
        seen(g, key, at);
        if (c.shallow) {
            List<ValidTypes.Pos> argsAt = new ArrayList<>();
            for (Expr a : at.indices()) {
                argsAt.add(new ValidTypes.Pos(c.curPath, a.line(), a.col()));
            }
            instanceCycles.recordInstance(g, key, argsAt);
        }
        return g.outlines.computeIfAbsent(key, k -> {
            Named nt = new Named(g.pkg.name, g.pkg.path, g.spec.name().name(), null);
            nt.origin = g;
            nt.typeArgs = k;
            return nt;
        });
    }

    /** Where the instance g[key] is first written (types2 names an instance after its first occurrence). */
    private void seen(GenericType g, List<Type> key, IndexExpr at) {
        if (at != null) {
            g.firstSeen.putIfAbsent(key, new ValidTypes.Pos(c.curPath, at.line(), at.col()));
        }
    }

    /** g's right-hand side for ValidTypes, over type parameters of its own (computed once). */
    Type rhs(GenericType g) {
        if (g.rhs == null) {
            List<TypeParam> tps = new ArrayList<>();
            for (int i = 0; i < g.names.size(); i++) {
                Ident id = g.names.get(i);
                tps.add(new TypeParam(id.name(), g, i, id.line(), id.col()));
            }
            g.params = tps;
            g.rhs = shallowType(g.path, bind(g.fileScope, g.names, new ArrayList<>(tps)), g.spec.type());
        }
        return g.rhs;
    }

    /** A type expression as ValidTypes sees it (Checker.shallow), in the given file and scope. */
    Type shallowType(String path, Scope s, Expr e) {
        boolean saved = c.shallow;
        c.shallow = true;
        try {
            return inPathScope(path, s, () -> {
                c.constraintOk = true;
                return c.typeExprs.typeOf(e);
            });
        } finally {
            c.shallow = saved;
        }
    }

    Type instantiateType(GenericType g, List<Type> targs, IndexExpr at) {
        if (targs.size() != g.names.size()) {
            c.error(at != null ? at : g.spec.name(), "got " + targs.size() + " arguments but " + g.names.size() + " type parameters");
            return Basic.INVALID;
        }
        List<Type> key = List.copyOf(targs);
        Named hit = g.insts.get(key);
        if (hit != null) {
            return hit;
        }
        seen(g, key, at);
        if (g.cyclic || c.decls.validTypes.invalid(g)) {
            return Basic.INVALID; // an invalid recursive type or an instantiation cycle (reported): its instances would never end
        }
        if (instDepth > 100 || instCount > 20000) {
            c.error(at != null ? at : g.spec.name(), "instantiation cycle");
            return Basic.INVALID;
        }
        boolean symbolic = hasTypeParam(key);
        InstanceCycles.Site site = null;
        if (!symbolic) {
            List<ValidTypes.Pos> argsAt = new ArrayList<>();
            for (int i = 0; i < key.size(); i++) {
                Node n = at != null && i < at.indices().size() ? at.indices().get(i) : at != null ? at : g.spec.name();
                argsAt.add(new ValidTypes.Pos(c.curPath, n.line(), n.col()));
            }
            site = site(g, key, argsAt, argsAt.get(0).line(), argsAt.get(0).col());
            if (site == null) {
                return Basic.INVALID;
            }
        }
        Named nt = new Named(g.pkg.name, g.pkg.path, g.spec.name().name(), null);
        nt.origin = g;
        nt.typeArgs = key;
        g.insts.put(key, nt);
        instDepth++;
        instCount++;
        try {
            Scope s = bind(g.fileScope, g.names, key);
            withPathScope(g.path, s, () -> {
                c.constraintOk = true;
                Type u = c.typeExprs.typeOf(g.spec.type());
                nt.setUnderlying(u == Basic.INVALID ? Basic.INVALID : u.underlying());
            });
            if (!symbolic) {
                List<Type> cons = constraintsIn(s, g.path, g.constraints);
                for (int i = 0; i < key.size(); i++) {
                    Type shown = at != null && i < at.indices().size() ? c.typeExprs.shown(at.indices().get(i), key.get(i)) : key.get(i);
                    String why = satisfies(key.get(i), shown, cons.get(i), g.constraints.get(i));
                    if (why != null) {
                        c.error(at != null && i < at.indices().size() ? at.indices().get(i) : g.spec.name(), why);
                    }
                }
                for (GenericMethod m : g.methods) {
                    attachMethod(g, nt, m, key, site, true);
                }
            } else {
                // an instance over type parameters (in a body checked over them) has the methods' signatures
                for (GenericMethod m : g.methods) {
                    attachMethod(g, nt, m, key, null, false);
                }
            }
        } finally {
            instDepth--;
        }
        return nt;
    }

    private void attachMethod(GenericType g, Named nt, GenericMethod md, List<Type> targs, InstanceCycles.Site site, boolean withBody) {
        FuncDecl fd = md.decl();
        Scope fs = md.fileScope();
        String path = md.path();
        boolean ptr = md.ptrRecv();
        IndexExpr rix = md.recv();
        List<Ident> names = new ArrayList<>();
        for (Expr e : rix.indices()) {
            if (unparen(e) instanceof Ident id) {
                names.add(id);
            } else {
                withPathScope(path, fs, () -> c.error(e, "receiver type parameter " + ExprStrings.exprString(e) + " must be an identifier"));
                return;
            }
        }
        if (names.size() != targs.size()) {
            withPathScope(path, fs, () -> c.error(rix, "got " + names.size() + " type parameters, but receiver base type declares " + targs.size()));
            return;
        }
        Scope ms = bind(fs, names, targs);
        Signature sig = inPathScope(path, ms, () -> c.typeExprs.signature(fd.type(), null));
        String key = MemberKey.of(Checker.memberQualifier(g.pkg), fd.name());
        boolean blank = fd.name().equals("_"); // checked, but in no method set (and never a duplicate)
        if (!blank && nt.method(key) != null) {
            withPathScope(path, fs, () -> c.error(fd, "method " + g.spec.name().name() + "." + fd.name() + " already declared"));
            return;
        }
        if (!blank && nt.underlying() instanceof Struct st && st.fieldIndex(fd.name()) >= 0) {
            withPathScope(path, fs, () -> c.error(fd, "field and method with the same name " + fd.name()));
            return;
        }
        Named.Method m = new Named.Method(key, sig, ptr);
        if (!blank) {
            nt.methods.add(m);
        }
        String tn = g.spec.name().name() + "[...]";
        FuncDef def = new FuncDef(g.pkg.name + "." + (ptr ? "(*" + tn + ")" : tn) + "." + fd.name());
        c.calls.methodDefs.put(m, def);
        Type recvType = ptr ? Pointer.of(nt) : nt;
        if (!withBody) {
            return;
        }
        pending.add(inSite(site, () -> {
            compileBody(fd, def, sig, recvType, ms, path, hasTypeParam(targs));
            if (def.target != null) {
                m.impl = new GoFunc(def.target, null);
            }
        }));
    }

    /**
     * The instance owner[targs], asked for in the body being compiled; null when the chain of such
     * instances is too deep (an instantiation cycle, reported once).
     */
    private InstanceCycles.Site site(Object owner, List<Type> targs, List<ValidTypes.Pos> argsAt, int line, int col) {
        InstanceCycles.Site site = new InstanceCycles.Site(owner, targs, curSite, argsAt, curSite == null ? 0 : curSite.depth() + 1);
        if (site.depth() <= CHAIN_LIMIT) {
            return site;
        }
        if (!chainCycleReported) {
            chainCycleReported = true;
            if (!instanceCycles.reportChain(site)) {
                c.error(line, col, "instantiation cycle");
            }
        }
        return null;
    }

    /** Runs body with site as the instance being compiled. */
    private Runnable inSite(InstanceCycles.Site site, Runnable body) {
        return () -> {
            InstanceCycles.Site saved = curSite;
            curSite = site;
            try {
                body.run();
            } finally {
                curSite = saved;
            }
        };
    }

    private void compileBody(FuncDecl fd, FuncDef def, Signature sig, Type recvType, Scope s, String path, boolean overParams) {
        // a body GenericLint rejected is compiled only to find its other errors (checkUninstantiated)
        if (bad.contains(fd) && !(overParams && c.typeParamNames != null)) {
            return;
        }
        String savedPath = c.curPath;
        boolean savedInst = c.inInstance;
        Package savedPkg = c.enterPackageOf(path);
        c.curPath = path;
        c.inInstance = true;
        try {
            c.decls.compileFuncBody(fd, def, sig, recvType, s, null);
        } finally {
            c.curPath = savedPath;
            c.inInstance = savedInst;
            c.setCurrentPackage(savedPkg);
        }
    }

    // ---- generic functions ----

    /** The generic signature (TypeParam placeholders) and the constraints of g's type parameters. */
    private void prepare(GenericFunc g) {
        if (g.tparams != null) {
            return;
        }
        List<TypeParam> tps = new ArrayList<>();
        List<Type> placeholders = new ArrayList<>();
        for (int i = 0; i < g.names.size(); i++) {
            Ident id = g.names.get(i);
            TypeParam tp = new TypeParam(id.name(), g, i, id.line(), id.col());
            tp.constraint = Interface.EMPTY;
            tps.add(tp);
            placeholders.add(tp);
        }
        g.tparams = tps;
        duplicateNames(g.names, g.path, g.fileScope);
        Scope gs = bind(g.fileScope, g.names, placeholders);
        withPathScope(g.path, gs, () -> {
            for (int i = 0; i < tps.size(); i++) {
                tps.get(i).constraint = constraintType(g.constraints.get(i));
                tps.get(i).shownConstraint = shownConstraint(g.constraints.get(i), tps.get(i).constraint);
            }
            g.sig = c.typeExprs.signature(g.decl.type(), null);
        });
    }

    Entity.Func instantiateFunc(GenericFunc g, List<Type> targs, List<Expr> xlist, int line, int col) {
        Entity.Func f = instantiateFunc0(g, targs, xlist, line, col);
        if (f != null && c.decls.curRefs != null) {
            c.decls.curRefs.add(f.def); // package initialization order sees through the instantiation
        }
        return f;
    }

    private Entity.Func instantiateFunc0(GenericFunc g, List<Type> targs, List<Expr> xlist, int line, int col) {
        List<Type> key = List.copyOf(targs);
        Entity.Func hit = g.insts.get(key);
        if (hit != null) {
            return hit;
        }
        if (instCount > 20000) {
            c.error(line, col, "instantiation cycle");
            return null;
        }
        Scope s = bind(g.fileScope, g.names, key);
        if (!hasTypeParam(key)) {
            List<Type> cons = constraintsIn(s, g.path, g.constraints);
            for (int i = 0; i < key.size(); i++) {
                Type shown = i < xlist.size() ? c.typeExprs.shown(xlist.get(i), key.get(i)) : key.get(i);
                String why = satisfies(key.get(i), shown, cons.get(i), g.constraints.get(i));
                if (why != null) {
                    if (i < xlist.size()) {
                        c.error(xlist.get(i), why);
                    } else {
                        c.error(line, col, why);
                    }
                    return null;
                }
            }
        }
        List<ValidTypes.Pos> argsAt = new ArrayList<>();
        for (int i = 0; i < key.size(); i++) {
            argsAt.add(i < xlist.size() ? new ValidTypes.Pos(c.curPath, xlist.get(i).line(), xlist.get(i).col())
                    : new ValidTypes.Pos(c.curPath, line, col));
        }
        InstanceCycles.Site site = site(g, key, argsAt, line, col);
        if (site == null) {
            return null;
        }
        instCount++;
        Signature sig = inPathScope(g.path, s, () -> c.typeExprs.signature(g.decl.type(), null));
        FuncDecl fd = g.decl;
        Entity.Func f = new Entity.Func(fd.name(), fd.line(), fd.col(), sig, new FuncDef(g.pkg.name + "." + fd.name() + "[...]"));
        g.insts.put(key, f);
        boolean overParams = hasTypeParam(key);
        pending.add(inSite(site, () -> compileBody(fd, f.def, sig, null, s, g.path, overParams)));
        return f;
    }

    /** F[A] / T[A] in an expression: an instantiated function value or a type; null if ix is not an instantiation. */
    Operand index(IndexExpr ix) {
        Entity en = lookup(ix.x());
        if (en instanceof Entity.TypeE te && te.generic != null) {
            Type t = typeInstance(ix);
            if (t == Basic.INVALID) {
                return Operand.invalid(ix);
            }
            Operand o = new Operand();
            o.mode = Operand.Mode.TYPE;
            o.type = t;
            return o;
        }
        if (!(en instanceof Entity.Func f) || f.generic == null) {
            return null;
        }
        f.used = true;
        GenericFunc g = f.generic;
        prepare(g);
        List<Type> explicit = typeArgs(ix.indices());
        if (explicit == null) {
            return Operand.invalid(ix);
        }
        int n = g.tparams.size();
        if (explicit.size() > n) {
            c.error(ix.indices().get(n), "got " + explicit.size() + " type arguments but want " + n);
            return Operand.invalid(ix);
        }
        List<Type> targs = explicit;
        if (explicit.size() < n) {
            targs = infer(g, explicit, List.of(), null, ix.line(), ix.col());
            if (targs == null) {
                return Operand.invalid(ix);
            }
        }
        Entity.Func inst = instantiateFunc(g, targs, ix.indices(), ix.line(), ix.col());
        if (inst == null) {
            return Operand.invalid(ix);
        }
        Operand o = Operand.value(ix, inst.sig, new FuncRefNode(inst.def));
        o.shown = shownSig(g, ix.indices(), targs);
        return o;
    }

    /**
     * The instance's signature for messages when a type argument was written any, byte or rune
     * (types2 substitutes the alias, so results read "any"); null when it reads as inst.sig does.
     */
    private Signature shownSig(GenericFunc g, List<Expr> xlist, List<Type> targs) {
        return shownSig(g, xlist, targs, Map.of());
    }

    /** inferred: type arguments as the arguments that bound them read (see shownBindings). */
    private Signature shownSig(GenericFunc g, List<Expr> xlist, List<Type> targs, Map<TypeParam, Type> inferred) {
        Map<TypeParam, Type> m = new HashMap<>();
        boolean differs = false;
        for (int i = 0; i < targs.size() && i < g.tparams.size(); i++) {
            Type inf = inferred.get(g.tparams.get(i));
            Type s = i < xlist.size() ? c.typeExprs.shown(xlist.get(i), targs.get(i))
                    : inf != null && Shown.canon(inf) == targs.get(i) ? inf : targs.get(i);
            differs |= s != targs.get(i);
            m.put(g.tparams.get(i), s);
        }
        if (!differs) {
            return null;
        }
        List<Type> ps = new ArrayList<>(), rs = new ArrayList<>();
        for (Type p : g.sig.params) {
            ps.add(shownSubst(p, m));
        }
        for (Type r : g.sig.results) {
            rs.add(shownSubst(r, m));
        }
        return ps.contains(null) || rs.contains(null) ? null : Signature.of(ps, rs, g.sig.variadic);
    }

    /**
     * Type parameters bound by inference, as the arguments read (types2 binds the alias object itself:
     * Id(s.V) of an any field is any, Id(b) of a byte is byte; an untyped rune constant defaults to rune).
     * The first argument binding a parameter wins, as in unification.
     */
    private static Map<TypeParam, Type> shownBindings(GenericFunc g, List<Operand> ops, CallExpr call) {
        Map<TypeParam, Type> m = new HashMap<>();
        for (int i = 0; i < ops.size(); i++) {
            Type p = paramType(g.sig, call, i);
            Operand a = ops.get(i);
            if (p == null || a.mode == Operand.Mode.NIL) {
                continue;
            }
            if (a.type.isUntyped()) {
                if (p instanceof TypeParam tp && a.type.basic() != null && a.type.basic().kind == Kind.UNTYPED_RUNE) {
                    m.putIfAbsent(tp, Basic.RUNE);
                }
                continue;
            }
            bindShown(p, a.shownType(), m);
        }
        return m;
    }

    private static void bindShown(Type p, Type a, Map<TypeParam, Type> m) {
        switch (p) {
            case TypeParam tp -> m.putIfAbsent(tp, a);
            case Slice s when a instanceof Slice as -> bindShown(s.elem, as.elem, m);
            case Pointer pp when a instanceof Pointer ap -> bindShown(pp.elem, ap.elem, m);
            case Array pa when a instanceof Array aa -> bindShown(pa.elem, aa.elem, m);
            case ChanType pc when a instanceof ChanType ac -> bindShown(pc.elem, ac.elem, m);
            case MapType pm when a instanceof MapType am -> {
                bindShown(pm.key, am.key, m);
                bindShown(pm.elem, am.elem, m);
            }
            default -> {
            }
        }
    }

    /** subst with display types, through type literals only (a generic named type would be instantiated: null). */
    private static Type shownSubst(Type t, Map<TypeParam, Type> m) {
        switch (t) {
            case TypeParam tp -> {
                return m.getOrDefault(tp, tp);
            }
            case Slice s -> {
                Type e = shownSubst(s.elem, m);
                return e == null ? null : e == s.elem ? t : Slice.of(e);
            }
            case Pointer p -> {
                Type e = shownSubst(p.elem, m);
                return e == null ? null : e == p.elem ? t : Pointer.of(e);
            }
            case Array a -> {
                Type e = shownSubst(a.elem, m);
                return e == null ? null : e == a.elem ? t : Array.of(a.len, e);
            }
            case MapType mt -> {
                Type k = shownSubst(mt.key, m), e = shownSubst(mt.elem, m);
                return k == null || e == null ? null : k == mt.key && e == mt.elem ? t : MapType.of(k, e);
            }
            default -> {
                return mentions(t, m.keySet()) ? null : t;
            }
        }
    }

    private List<Type> typeArgs(List<Expr> xs) {
        List<Type> out = new ArrayList<>();
        boolean bad = false;
        for (Expr x : xs) {
            Type t = c.typeExprs.typeOf(x);
            bad |= t == Basic.INVALID;
            out.add(t);
        }
        return bad ? null : out;
    }

    /** A call of a generic function (F(args) with inference, F[A](args), F[A, B](args)); null if c is no such call. */
    Operand call(CallExpr call) {
        return generic(call, true);
    }

    /**
     * go/defer of a generic function: the instantiated function value (its arguments are checked
     * here for inference and again by the statement); null if call is not of a generic function.
     */
    Operand calleeValue(CallExpr call) {
        return generic(call, false);
    }

    private Operand generic(CallExpr call, boolean complete) {
        Expr fun = unparen(call.fun());
        List<Expr> xlist = List.of();
        if (fun instanceof IndexExpr ix) {
            fun = unparen(ix.x());
            xlist = ix.indices();
        }
        Entity en = lookup(fun);
        if (!(en instanceof Entity.Func f) || f.generic == null) {
            return null;
        }
        f.used = true;
        GenericFunc g = f.generic;
        prepare(g);
        return callee(call, g, xlist, complete);
    }

    /**
     * Infers and instantiates the callee of a generic call. With {@code complete}, compiles the whole
     * call (arguments converted once); otherwise returns the instantiated function value (go/defer).
     */
    private Operand callee(CallExpr call, GenericFunc g, List<Expr> xlist, boolean complete) {
        List<Type> explicit = typeArgs(xlist);
        if (explicit == null) {
            c.calls.evalArgs(call, new Tuple[1]);
            return Operand.invalid(call);
        }
        int n = g.tparams.size();
        if (explicit.size() > n) {
            c.error(xlist.get(n), "got " + explicit.size() + " type arguments but want " + n);
            c.calls.evalArgs(call, new Tuple[1]);
            return Operand.invalid(call);
        }
        Tuple[] spread = new Tuple[1];
        List<Operand> ops = c.calls.evalArgs(call, spread);
        if (ops == null) {
            return Operand.invalid(call);
        }
        String fname = ExprStrings.exprString(call.fun());
        int np = g.sig.params.size();
        boolean countOk = call.ellipsis() ? g.sig.variadic && ops.size() == np
                : g.sig.variadic ? ops.size() >= np - 1 : ops.size() == np;
        if (!countOk) {
            c.calls.argsFrom(call, g.sig, ops, fname, spread[0]);
            return Operand.invalid(call);
        }
        int[] pos = lparen(call);
        List<Type> targs = explicit.size() == n ? explicit : infer(g, explicit, ops, call, pos[0], pos[1]);
        if (targs == null) {
            return Operand.invalid(call);
        }
        Entity.Func inst = instantiateFunc(g, targs, xlist, pos[0], pos[1]);
        if (inst == null) {
            return Operand.invalid(call);
        }
        Signature shown = shownSig(g, xlist, targs, shownBindings(g, ops, call));
        if (!complete) {
            Operand o = Operand.value(call.fun(), inst.sig, new FuncRefNode(inst.def));
            o.shown = shown;
            return o;
        }
        ArgsNode args = c.calls.argsFrom(call, inst.sig, ops, fname, spread[0], shown != null ? shown : inst.sig);
        if (args == null) {
            return Operand.invalid(call);
        }
        CallCompiler.passViews(args, inst.sig);
        return c.calls.showResult(c.calls.callResult(call, inst.sig, new DirectCallExprNode(inst.def, null, args)), inst.sig, shown);
    }

    /**
     * The position of a call's opening parenthesis (after its function's name): where types2
     * reports inferred-call errors and Go's back end a print of an illegal operand.
     */
    static int[] lparen(CallExpr call) {
        Expr fun = call.fun();
        if (fun instanceof Ident id) {
            return new int[]{id.line(), id.col() + id.name().length()};
        }
        if (fun instanceof SelectorExpr s) {
            return new int[]{s.sel().line(), s.sel().col() + s.sel().name().length()};
        }
        return new int[]{call.line(), call.col()};
    }

    // ---- inference ----

    /** Go 1.19's function argument type inference plus constraint type inference; null after reporting an error. */
    private List<Type> infer(GenericFunc g, List<Type> explicit, List<Operand> ops, CallExpr call, int line, int col) {
        List<TypeParam> tps = g.tparams;
        Set<TypeParam> set = new HashSet<>(tps);
        Map<TypeParam, Type> m = new HashMap<>();
        for (int i = 0; i < explicit.size(); i++) {
            m.put(tps.get(i), explicit.get(i));
        }
        Signature sig = g.sig;
        int np = sig.params.size();
        List<Integer> untyped = new ArrayList<>();
        for (int i = 0; i < ops.size(); i++) {
            Type p = paramType(sig, call, i);
            if (p == null || !mentions(p, set)) {
                continue;
            }
            Operand a = ops.get(i);
            if (a.mode == Operand.Mode.NIL || a.type.isUntyped()) {
                if (p instanceof TypeParam) {
                    untyped.add(i);
                }
                continue;
            }
            if (!unify(p, a.type, m, set)) {
                inferError("type", p, a.type, a, m, tps);
                return null;
            }
        }
        if (!coreInfer(tps, m, set, line, col)) {
            return null;
        }
        List<Integer> remaining = new ArrayList<>();
        for (int i : untyped) {
            if (!m.containsKey((TypeParam) paramType(sig, call, i))) {
                remaining.add(i);
            }
        }
        for (int i : remaining) {
            TypeParam tp = (TypeParam) paramType(sig, call, i);
            Operand a = ops.get(i);
            if (a.mode == Operand.Mode.NIL) {
                continue;
            }
            Type d = Constants.defaultType(a.type);
            if (!unify(tp, d, m, set)) {
                inferError("default type", tp, d, a, m, tps);
                return null;
            }
        }
        if (!coreInfer(tps, m, set, line, col)) {
            return null;
        }
        // resolve bindings that mention other type parameters (from core types)
        for (int round = 0; round <= tps.size(); round++) {
            boolean changed = false;
            for (TypeParam tp : tps) {
                Type t = m.get(tp);
                if (t != null && mentions(t, set)) {
                    Type s = subst(t, m, set);
                    if (s != t) {
                        m.put(tp, s);
                        changed = true;
                    }
                }
            }
            if (!changed) {
                break;
            }
        }
        List<Type> out = new ArrayList<>();
        for (TypeParam tp : tps) {
            Type t = m.get(tp);
            // t == tp: a generic body checked over its type parameters calls itself with them
            if (t == null || t != tp && mentions(t, set)) {
                String p = programFile(g.path);
                c.error(line, col, "cannot infer " + tp.name + " (" + p + ":" + tp.line + ":" + tp.col + ")");
                return null;
            }
            out.add(t);
        }
        return out;
    }

    private static Type paramType(Signature sig, CallExpr call, int i) {
        int np = sig.params.size();
        if (sig.variadic && (call == null || !call.ellipsis()) && i >= np - 1) {
            return ((Slice) sig.params.get(np - 1)).elem;
        }
        return i < np ? sig.params.get(i) : null;
    }

    private boolean coreInfer(List<TypeParam> tps, Map<TypeParam, Type> m, Set<TypeParam> set, int line, int col) {
        for (int round = 0; round <= tps.size(); round++) {
            int before = m.size();
            for (TypeParam tp : tps) {
                if (!(tp.constraint.underlying() instanceof Interface ci) || ci.unions.size() != 1 || ci.unions.get(0).size() != 1) {
                    continue;
                }
                Interface.Term core = ci.unions.get(0).get(0);
                Type tx = m.get(tp);
                if (tx != null) {
                    // a ~T core asks for tx's underlying type to match (types2's infer: a named
                    // string type satisfies ~string), unless tx is itself a type parameter
                    if (core.tilde() && !(tx instanceof TypeParam)) {
                        tx = tx.underlying();
                    } else if (tx instanceof TypeParam ext && !set.contains(ext) && TypeSets.core(ext) != null) {
                        tx = TypeSets.core(ext); // a caller's type parameter, checked over its type set
                    }
                    if (!unify(tx, core.type(), m, set)) {
                        c.error(line, col, tp.name + " does not match " + (core.tilde() ? "~" : "") + core.type());
                        return false;
                    }
                } else if (!core.tilde()) {
                    m.put(tp, core.type());
                }
            }
            if (m.size() == before) {
                break;
            }
        }
        return true;
    }

    private void inferError(String kind, Type par, Type targ, Operand arg, Map<TypeParam, Type> m, List<TypeParam> tps) {
        String ae = ExprStrings.exprString(arg.expr);
        if (m.get(tps.get(0)) == null && m.isEmpty()) {
            c.error(arg.expr, kind + " " + targ + " of " + ae + " does not match " + par + " (cannot infer " + typeParamsString(tps) + ")");
            return;
        }
        Type inferred = subst(par, m, new HashSet<>(tps));
        if (inferred != par) {
            c.error(arg.expr, kind + " " + targ + " of " + ae + " does not match inferred type " + inferred + " for " + par);
        } else {
            c.error(arg.expr, kind + " " + targ + " of " + ae + " does not match " + par);
        }
    }

    private static String typeParamsString(List<TypeParam> l) {
        int n = l.size();
        if (n == 1) {
            return l.get(0).name;
        }
        if (n == 2) {
            return l.get(0).name + " and " + l.get(1).name;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n - 1; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(l.get(i).name);
        }
        return sb.append(", and ").append(l.get(n - 1).name).toString();
    }

    private static boolean hasName(Type t) {
        return t instanceof Basic || t instanceof Named || t instanceof TypeParam;
    }

    /** Go 1.19's inexact unification: binds the type parameters of set occurring in x or y. */
    private boolean unify(Type x, Type y, Map<TypeParam, Type> m, Set<TypeParam> set) {
        if (x == y) {
            if (x instanceof TypeParam tp && set.contains(tp)) {
                m.putIfAbsent(tp, tp); // a body checked over its type parameters passes them on to itself
            }
            return true;
        }
        if (x instanceof Named nx && !hasName(y)) {
            return unify(nx.underlying(), y, m, set);
        }
        if (y instanceof Named ny && !hasName(x)) {
            return unify(x, ny.underlying(), m, set);
        }
        if (x instanceof TypeParam tx && set.contains(tx)) {
            Type b = m.get(tx);
            if (y instanceof TypeParam ty && set.contains(ty)) {
                Type by = m.get(ty);
                if (b != null && by != null) {
                    return b == by || unify(b, by, m, set);
                }
                if (b != null) {
                    m.put(ty, b);
                } else if (by != null) {
                    m.put(tx, by);
                }
                return true;
            }
            if (b != null) {
                return b == y || unify(b, y, m, set);
            }
            m.put(tx, y);
            return true;
        }
        if (y instanceof TypeParam ty && set.contains(ty)) {
            return unify(y, x, m, set);
        }
        // types2's inexact unification: a type parameter of the caller stands for its core type
        if (x instanceof TypeParam px && !hasName(y) && TypeSets.core(px) != null) {
            return unify(TypeSets.core(px), y, m, set);
        }
        if (y instanceof TypeParam py && !hasName(x) && TypeSets.core(py) != null) {
            return unify(x, TypeSets.core(py), m, set);
        }
        switch (x) {
            case Array ax -> {
                return y instanceof Array ay && ax.len == ay.len && unify(ax.elem, ay.elem, m, set);
            }
            case Slice sx -> {
                return y instanceof Slice sy && unify(sx.elem, sy.elem, m, set);
            }
            case Pointer px -> {
                return y instanceof Pointer py && unify(px.elem, py.elem, m, set);
            }
            case ChanType cx -> {
                return y instanceof ChanType cy && unify(cx.elem, cy.elem, m, set); // inexact: directions may differ
            }
            case MapType mx -> {
                return y instanceof MapType my && unify(mx.key, my.key, m, set) && unify(mx.elem, my.elem, m, set);
            }
            case Struct sx -> {
                if (!(y instanceof Struct sy) || sx.fields.size() != sy.fields.size()) {
                    return false;
                }
                for (int i = 0; i < sx.fields.size(); i++) {
                    Struct.Field a = sx.fields.get(i), b = sy.fields.get(i);
                    if (!a.name().equals(b.name()) || a.embedded() != b.embedded() || !unify(a.type(), b.type(), m, set)) {
                        return false;
                    }
                }
                return true;
            }
            case Signature fx -> {
                if (!(y instanceof Signature fy) || fx.variadic != fy.variadic || fx.params.size() != fy.params.size() || fx.results.size() != fy.results.size()) {
                    return false;
                }
                for (int i = 0; i < fx.params.size(); i++) {
                    if (!unify(fx.params.get(i), fy.params.get(i), m, set)) {
                        return false;
                    }
                }
                for (int i = 0; i < fx.results.size(); i++) {
                    if (!unify(fx.results.get(i), fy.results.get(i), m, set)) {
                        return false;
                    }
                }
                return true;
            }
            case Named nx -> {
                if (!(y instanceof Named ny) || nx.origin == null || nx.origin != ny.origin || nx.typeArgs.size() != ny.typeArgs.size()) {
                    return false;
                }
                for (int i = 0; i < nx.typeArgs.size(); i++) {
                    if (!unify(nx.typeArgs.get(i), ny.typeArgs.get(i), m, set)) {
                        return false;
                    }
                }
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /** Whether t mentions a type parameter of set (any TypeParam when set is null). */
    static boolean mentions(Type t, Set<TypeParam> set) {
        switch (t) {
            case TypeParam tp -> {
                return set == null || set.contains(tp);
            }
            case Array a -> {
                return mentions(a.elem, set);
            }
            case Slice s -> {
                return mentions(s.elem, set);
            }
            case Pointer p -> {
                return mentions(p.elem, set);
            }
            case ChanType ch -> {
                return mentions(ch.elem, set);
            }
            case MapType mt -> {
                return mentions(mt.key, set) || mentions(mt.elem, set);
            }
            case Struct st -> {
                for (Struct.Field f : st.fields) {
                    if (mentions(f.type(), set)) {
                        return true;
                    }
                }
                return false;
            }
            case Signature sg -> {
                for (Type p : sg.params) {
                    if (mentions(p, set)) {
                        return true;
                    }
                }
                for (Type r : sg.results) {
                    if (mentions(r, set)) {
                        return true;
                    }
                }
                return false;
            }
            case Tuple tu -> {
                for (Type p : tu.types) {
                    if (mentions(p, set)) {
                        return true;
                    }
                }
                return false;
            }
            case Named n -> {
                if (n.typeArgs != null) {
                    for (Type a : n.typeArgs) {
                        if (mentions(a, set)) {
                            return true;
                        }
                    }
                }
                return false;
            }
            case Interface i -> {
                for (Interface.Method mm : i.methods) {
                    if (mentions(mm.sig(), set)) {
                        return true;
                    }
                }
                return false;
            }
            default -> {
                return false;
            }
        }
    }

    static boolean hasTypeParam(List<Type> ts) {
        for (Type t : ts) {
            if (mentions(t, null)) {
                return true;
            }
        }
        return false;
    }

    /** t with the type parameters of set replaced by their bindings in m (unbound ones stay). */
    Type subst(Type t, Map<TypeParam, Type> m, Set<TypeParam> set) {
        if (!mentions(t, set)) {
            return t;
        }
        switch (t) {
            case TypeParam tp -> {
                Type b = m.get(tp);
                return b == null ? tp : b;
            }
            case Array a -> {
                return Array.of(a.len, subst(a.elem, m, set));
            }
            case Slice s -> {
                return Slice.of(subst(s.elem, m, set));
            }
            case Pointer p -> {
                return Pointer.of(subst(p.elem, m, set));
            }
            case ChanType ch -> {
                return ChanType.of(ch.dir, subst(ch.elem, m, set));
            }
            case MapType mt -> {
                return MapType.of(subst(mt.key, m, set), subst(mt.elem, m, set));
            }
            case Struct st -> {
                List<Struct.Field> fs = new ArrayList<>();
                for (Struct.Field f : st.fields) {
                    fs.add(new Struct.Field(f.name(), subst(f.type(), m, set), f.embedded(), f.tag(), f.pkg()));
                }
                return Struct.of(fs);
            }
            case Signature sg -> {
                List<Type> ps = new ArrayList<>();
                for (Type p : sg.params) {
                    ps.add(subst(p, m, set));
                }
                List<Type> rs = new ArrayList<>();
                for (Type r : sg.results) {
                    rs.add(subst(r, m, set));
                }
                return Signature.of(ps, rs, sg.variadic);
            }
            case Tuple tu -> {
                List<Type> ps = new ArrayList<>();
                for (Type p : tu.types) {
                    ps.add(subst(p, m, set));
                }
                return new Tuple(ps);
            }
            case Named n -> {
                if (n.origin instanceof GenericType g) {
                    List<Type> as = new ArrayList<>();
                    for (Type a : n.typeArgs) {
                        as.add(subst(a, m, set));
                    }
                    Type r = instantiateType(g, as, null);
                    return r == Basic.INVALID ? t : r;
                }
                return t;
            }
            default -> {
                return t;
            }
        }
    }

    /** A source file's absolute name, relative ones resolved against the program's working directory (not the JVM's). */
    private static String programFile(String path) {
        try {
            return GoContext.get(null).env.getPublicTruffleFile(path).getAbsoluteFile().normalize().getPath();
        } catch (RuntimeException e) {
            return Path.of(path).toAbsolutePath().normalize().toString();
        }
    }
}
