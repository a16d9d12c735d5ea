package gotruffle.compiler;

import gotruffle.loader.EmbeddedVar;
import gotruffle.nodes.ExprNode;
import gotruffle.nodes.StmtNode;
import gotruffle.nodes.call.ArgsNode;
import gotruffle.nodes.call.DirectCallExprNode;
import gotruffle.nodes.call.FuncDef;
import gotruffle.nodes.call.FuncRootNode;
import gotruffle.nodes.local.CellNodes;
import gotruffle.nodes.local.Rep;
import gotruffle.nodes.stmt.BlockNode;
import gotruffle.nodes.stmt.ExprStmtNode;
import gotruffle.parser.ast.*;
import gotruffle.types.Basic;
import gotruffle.types.Signature;
import gotruffle.types.Tuple;
import gotruffle.types.Type;
import gotruffle.values.Values;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import gotruffle.compiler.ExprCompiler.VarLValue;

import static gotruffle.compiler.Constants.*;
import static gotruffle.compiler.ExprStrings.*;
import static gotruffle.compiler.Compiler.*;

/** Package initialization (types2's initorder.go): package variables in dependency order, init functions. */
final class InitOrder {
    final Checker check;

    InitOrder(Checker check) {
        this.check = check;
    }

    // ---- package initialization ----

    void buildInit(Package pkg, Map<Entity.Var, Compiler.VarSpecSite> varSpecs, List<Entity.Func> funcs) {
        FuncContext initFn = new FuncContext(null, pkg.name + ".init", Signature.of(List.of(), List.of(), false), Escapes.NONE);
        initFn.goName = pkg.path + ".glob.";
        Map<Object, StmtNode> initCode = new LinkedHashMap<>();
        Map<Object, Set<Object>> specRefs = new LinkedHashMap<>();
        Map<Object, List<Entity.Var>> specVars = new LinkedHashMap<>();
        // keys are InitSpecs, equal only to themselves: a VarSpec record's equals and hashCode
        // walk its whole initializer
        Map<VarSpec, InitSpec> done = new IdentityHashMap<>();
        FuncContext savedFn = check.fn;
        List<Entity.Var> savedLocals = check.stmts.locals;
        check.fn = initFn;
        check.stmts.locals = new ArrayList<>();
        try {
            for (Map.Entry<Entity.Var, Compiler.VarSpecSite> e : varSpecs.entrySet()) {
                Compiler.VarSpecSite spec = e.getValue();
                VarSpec vs = spec.spec();
                if (done.containsKey(vs)) {
                    continue;
                }
                InitSpec key = new InitSpec(vs);
                done.put(vs, key);
                List<Entity.Var> vars = spec.vars();
                check.curPath = spec.path();
                Set<Object> r = new HashSet<>();
                check.decls.curRefs = r;
                List<StmtNode> out = new ArrayList<>();
                check.decls.withScope(spec.fileScope(), () -> globalVarSpec(vs, vars, out));
                check.decls.curRefs = null;
                int line = vs.values().isEmpty() ? vs.line() : vs.values().get(0).line();
                for (StmtNode st : out) {
                    if (st.line == 0) {
                        st.line = line; // a panic in main.init() names the declaration's line
                    }
                }
                initCode.put(key, new BlockNode(out.toArray(new StmtNode[0])));
                specRefs.put(key, r);
                specVars.put(key, vars);
            }
        } finally {
            check.fn = savedFn;
            check.stmts.locals = savedLocals;
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
                if (s != null) {
                    specDeps.add(s); // itself too: a variable whose initializer reaches it is a loop
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
                // types2 reports the loop through the variable with the fewest dependencies left
                Object worst = null;
                int fewest = Integer.MAX_VALUE;
                for (Object sp : pending) {
                    int left = 0;
                    for (Object d : deps.get(sp)) {
                        left += initialized.contains(d) ? 0 : 1;
                    }
                    if (left < fewest) {
                        fewest = left;
                        worst = sp;
                    }
                }
                reportLoop(specVars.get(worst), varToSpec, specRefs, funcs, varSpecs);
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
        FuncRootNode root = new FuncRootNode(check.language, initFn.frame.build(), pkg.name + ".init");
        root.setSource(pkg.path + ".init", absoluteFile(pkg.files.isEmpty() ? "" : pkg.files.get(0).path()), 0, 0, false);
        root.define(null, new BlockNode(ordered.toArray(new StmtNode[0])), new int[0], new Rep[0], new boolean[0], new boolean[0],
                new int[0], new Rep[0], new boolean[0], new Object[0], -1);
        pkg.init = root.getCallTarget();
        check.decls.inits.add(pkg.init);
    }

    /**
     * types2's reportCycle (with the compiler's wording): the path of references from one of
     * vars back to itself, through variables' initializers and function bodies.
     */
    private void reportLoop(List<Entity.Var> vars, Map<Entity.Var, Object> varToSpec, Map<Object, Set<Object>> specRefs,
                    List<Entity.Func> funcs, Map<Entity.Var, Compiler.VarSpecSite> varSpecs) {
        Map<FuncDef, Entity.Func> funcOf = new IdentityHashMap<>();
        for (Entity.Func f : funcs) {
            funcOf.put(f.def, f);
        }
        Function<Object, Set<Object>> depsOf = o -> o instanceof Entity.Var v
                ? specRefs.get(varToSpec.get(v)) : check.decls.refs.get(o);
        for (Entity.Var start : vars) {
            List<Object> cycle = findPath(depsOf, start, start, new HashSet<>());
            if (cycle == null) {
                continue;
            }
            String path = varSpecs.get(start).path();
            StringBuilder msg = new StringBuilder("initialization loop for " + start.name);
            Object obj = start;
            for (int i = cycle.size() - 1; i >= -1; i--) {
                Entity e = obj instanceof Entity.Var v ? v : funcOf.get(obj);
                String file = e instanceof Entity.Var v ? varSpecs.get(v).path() : check.decls.declPathOf(e, path);
                msg.append("\n\t").append(file).append(':').append(e == null ? 0 : e.line).append(':').append(e == null ? 0 : e.col)
                        .append(": ").append(e == null ? obj : e.name).append(i >= 0 ? " refers to" : "");
                if (i >= 0) {
                    obj = cycle.get(i);
                }
            }
            check.curPath = path;
            check.error(start.line, start.col, msg.toString());
            return;
        }
        check.curPath = varSpecs.get(vars.get(0)).path();
        check.error(vars.get(0).line, vars.get(0).col, "initialization loop for " + vars.get(0).name);
    }

    /** types2's findPath: the reversed list of objects {to, ..., first dependency of from}, or null. */
    private static List<Object> findPath(Function<Object, Set<Object>> depsOf, Object from, Object to, Set<Object> seen) {
        if (!seen.add(from)) {
            return null;
        }
        Set<Object> deps = depsOf.apply(from);
        if (deps == null) {
            return null;
        }
        for (Object d : deps) {
            if (!(d instanceof Entity.Var) && !(d instanceof FuncDef)) {
                continue;
            }
            if (d == to) {
                List<Object> p = new ArrayList<>();
                p.add(d);
                return p;
            }
            List<Object> p = findPath(depsOf, d, to, seen);
            if (p != null) {
                p.add(d);
                return p;
            }
        }
        return null;
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
                if (o instanceof FuncDef d && d.deferredIn() == check.curPkg) {
                    d.target(); // what it refers to is known once compiled; other packages cannot refer back to this one
                }
                transitiveVars(check.decls.refs.get(o), out, seen);
            }
        }
    }

    private void globalVarSpec(VarSpec vs, List<Entity.Var> vars, List<StmtNode> out) {
        EmbeddedVar embedded = check.embeds.get(vs);
        if (embedded != null) {
            EmbedInit.init(check, vars.get(0), embedded, out);
            return;
        }
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
            Operand r = check.exprs.expr(vs.values().get(0));
            if (r.invalid()) {
                for (Entity.Var v : vars) {
                    v.type = v.type == null ? Basic.INVALID : v.type;
                }
                return;
            }
            List<Type> types = check.assigns.spreadTypes(vs, r, nl);
            if (types == null) {
                return;
            }
            List<LValue> lvs = new ArrayList<>();
            for (int i = 0; i < nl; i++) {
                Entity.Var v = vars.get(i);
                if (v.type == null) {
                    v.type = defaultType(types.get(i));
                }
                v.global.value = Values.zero(v.type);
                lvs.add(v.name.equals("_") ? null : check.exprs.new VarLValue(v));
            }
            check.assigns.multiAssign(vs, lvs, r, out, nl, true);
            return;
        }
        if (nl != nr) {
            if (!check.assigns.arity(vs, vs.names(), vs.values(), false, false)) {
                check.assigns.mismatch(vs.values(), nl, nr);
            }
            for (Entity.Var v : vars) {
                v.type = v.type == null ? Basic.INVALID : v.type;
            }
            return;
        }
        for (int i = 0; i < nl; i++) {
            Entity.Var v = vars.get(i);
            Operand r = check.exprs.single(vs.values().get(i));
            if (r.invalid()) {
                v.type = v.type == null ? Basic.INVALID : v.type;
                continue;
            }
            if (v.type == null) {
                if (r.mode == Operand.Mode.NIL) {
                    check.error(r.expr, "use of untyped nil in variable declaration");
                    v.type = Basic.INVALID;
                    continue;
                }
                v.type = defaultType(r.type);
            }
            v.global.value = Values.zero(v.type);
            ExprNode n = check.exprs.assign(r, v.shown != null ? v.shown : v.type, "variable declaration");
            if (v.name.equals("_")) {
                out.add(new ExprStmtNode(n));
            } else {
                out.add(v.type.isAggregate() ? new CellNodes.WriteGlobal(v.global, check.exprs.materialize(r, n)) : new CellNodes.WriteGlobal(v.global, n));
            }
        }
    }
}
