package gotruffle.compiler;

import gotruffle.compiler.Generics.GenericFunc;
import gotruffle.compiler.Generics.GenericType;
import gotruffle.parser.ast.Ident;
import gotruffle.types.Array;
import gotruffle.types.ChanType;
import gotruffle.types.MapType;
import gotruffle.types.Named;
import gotruffle.types.Pointer;
import gotruffle.types.Predicates;
import gotruffle.types.Signature;
import gotruffle.types.Slice;
import gotruffle.types.Struct;
import gotruffle.types.Type;
import gotruffle.types.TypeParam;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * types2's monomorph check (mono.go), for the instantiations written in generic type
 * declarations: {@code type G[T any] struct{ p *G[*T] }} is valid for ValidTypes (through a
 * pointer) but G[int] needs G[*int], G[**int], ... without end, so Go rejects it as an
 * "instantiation cycle". Vertices are type parameters; an instance G[A] in the right-hand side
 * of a generic type adds an edge to G's parameter from each type parameter in A, of weight 0
 * when A is that parameter and 1 when it is derived from it; a cycle of positive weight is
 * found as types2 finds it (a Bellman-Ford variant), and reported at the end of the package if
 * there was no other error; the generic types it instantiates are not instantiated (their
 * expansion would never end).
 *
 * <p>Function instances are compiled one by one, so Generics only sees their chain (each instance
 * asked for inside the body of another): when it grows past a depth no program needs, the chain's
 * instantiations are read back as edges between type parameters (each type argument expressed in the
 * parameters of the instance it was written in) and the cycle is reported as types2 reports it.
 */
final class InstanceCycles {
    /** A type parameter of a generic type or function (owner). */
    private record Vertex(Object owner, int index) {
        Ident name() {
            return paramName(owner, index);
        }

        String path() {
            return owner instanceof GenericType g ? g.path : ((GenericFunc) owner).path;
        }
    }

    private record Edge(int dst, int src, int weight, ValidTypes.Pos pos, String typ) {}

    /**
     * An instance of a generic function or type (owner) asked for inside the body of the instance
     * parent, a function or a method of a generic type (null: in non-generic code).
     */
    record Site(Object owner, List<Type> targs, Site parent, List<ValidTypes.Pos> argsAt, int depth) {}

    private static Ident paramName(Object owner, int k) {
        return owner instanceof GenericType g ? g.names.get(k) : ((GenericFunc) owner).names.get(k);
    }

    private final Checker check;
    private final List<Vertex> vertices = new ArrayList<>();
    private final Map<Vertex, Integer> index = new HashMap<>();
    private final List<Edge> edges = new ArrayList<>();
    private CompileError pending;

    InstanceCycles(Checker check) {
        this.check = check;
    }

    /** The instance g[targs] is written in the right-hand side of a generic type; at[i] is where targs[i] starts. */
    void recordInstance(GenericType g, List<Type> targs, List<ValidTypes.Pos> at) {
        for (int i = 0; i < targs.size() && i < at.size(); i++) {
            Type targ = targs.get(i);
            int k = i;
            walk(targ, (src, t) -> edges.add(new Edge(vertex(new Vertex(g, k)), src, t == targ ? 0 : 1, at.get(k), targ.toString())));
        }
    }

    private interface Flow {
        void to(int src, Type t);
    }

    /** Each type parameter in t, and the type it is part of (mono.go's assign). */
    private void walk(Type t, Flow flow) {
        switch (t) {
            case TypeParam p when p.owner instanceof GenericType g -> flow.to(vertex(new Vertex(g, p.index)), p);
            case Named n -> {
                if (n.typeArgs != null) {
                    n.typeArgs.forEach(a -> walk(a, flow));
                }
            }
            case Array a -> walk(a.elem, flow);
            case ChanType c -> walk(c.elem, flow);
            case MapType m -> {
                walk(m.key, flow);
                walk(m.elem, flow);
            }
            case Pointer p -> walk(p.elem, flow);
            case Slice s -> walk(s.elem, flow);
            case Signature s -> {
                s.params.forEach(x -> walk(x, flow));
                s.results.forEach(x -> walk(x, flow));
            }
            case Struct s -> s.fields.forEach(f -> walk(f.type(), flow));
            default -> {
            }
        }
    }

    private int vertex(Vertex v) {
        return index.computeIfAbsent(v, x -> {
            vertices.add(x);
            return vertices.size() - 1;
        });
    }

    /**
     * After a package's type declarations are validated: finds the first cycle of positive weight
     * (mono.go's monomorph), whose generic types are then not instantiated; reported at the end.
     */
    void check() {
        pending = null;
        cycle();
        edges.clear();
        vertices.clear();
        index.clear();
    }

    /**
     * The chain of instances that ends at site does not end: its instantiations as edges
     * (in the order they were written, as types2 records them while checking bodies), then the cycle,
     * reported now. False if the chain holds no cycle of positive weight.
     */
    boolean reportChain(Site site) {
        List<Site> chain = new ArrayList<>();
        for (Site s = site; s.parent() != null; s = s.parent()) {
            chain.add(s);
        }
        chain.sort(Comparator.comparing((Site s) -> s.argsAt().isEmpty() ? "" : s.argsAt().get(0).path())
                .thenComparingInt(s -> s.argsAt().isEmpty() ? 0 : s.argsAt().get(0).line())
                .thenComparingInt(s -> s.argsAt().isEmpty() ? 0 : s.argsAt().get(0).col()));
        Set<Edge> seen = new HashSet<>();
        for (Site s : chain) {
            Site p = s.parent();
            for (int j = 0; j < s.targs().size() && j < s.argsAt().size(); j++) {
                List<Integer> from = new ArrayList<>();
                String typ = render(s.targs().get(j), p, from);
                boolean exact = from.size() == 1 && typ.equals(paramName(p.owner(), from.get(0)).name());
                for (int k : from) {
                    int src = vertex(new Vertex(p.owner(), k));
                    Edge e = new Edge(vertex(new Vertex(s.owner(), j)), src, exact ? 0 : 1, s.argsAt().get(j), typ);
                    if (seen.add(e)) {
                        edges.add(e);
                    }
                }
            }
        }
        pending = null;
        cycle();
        edges.clear();
        vertices.clear();
        index.clear();
        if (pending == null) {
            return false;
        }
        report();
        return true;
    }

    /**
     * t, an instance's type argument, written in the type parameters of the instance p it was asked
     * for in: parts identical to one of p's type arguments print as that parameter (whose index goes
     * to params).
     */
    private static String render(Type t, Site p, List<Integer> params) {
        for (int k = 0; k < p.targs().size(); k++) {
            if (Predicates.identical(t, p.targs().get(k))) {
                params.add(k);
                return paramName(p.owner(), k).name();
            }
        }
        return switch (t) {
            case Pointer q -> "*" + render(q.elem, p, params);
            case Slice q -> "[]" + render(q.elem, p, params);
            case Array q -> "[" + q.len + "]" + render(q.elem, p, params);
            case MapType q -> "map[" + render(q.key, p, params) + "]" + render(q.elem, p, params);
            case ChanType q -> (q.dir == ChanType.RECV ? "<-chan " : q.dir == ChanType.SEND ? "chan<- " : "chan ")
                    + render(q.elem, p, params);
            case Named n when n.typeArgs != null -> {
                String base = n.toString();
                StringBuilder sb = new StringBuilder().append(base, 0, base.indexOf('[')).append('[');
                for (int i = 0; i < n.typeArgs.size(); i++) {
                    sb.append(i > 0 ? ", " : "").append(render(n.typeArgs.get(i), p, params));
                }
                yield sb.append(']').toString();
            }
            default -> t.toString();
        };
    }

    /** types2's monomorph over the edges recorded: the first cycle of positive weight becomes pending. */
    private void cycle() {
        List<Edge> es = List.copyOf(edges);
        int n = vertices.size();
        int[] weight = new int[n], pre = new int[n], len = new int[n];
        boolean again = true;
        loop:
        while (again) {
            again = false;
            for (int i = 0; i < es.size(); i++) {
                Edge e = es.get(i);
                int w = weight[e.src] + e.weight;
                if (w <= weight[e.dst]) {
                    continue;
                }
                pre[e.dst] = i;
                len[e.dst] = len[e.src] + 1;
                if (len[e.dst] == n) {
                    report(es, pre, e.dst);
                    break loop;
                }
                weight[e.dst] = w;
                again = true;
            }
        }
    }

    private void report(List<Edge> es, int[] pre, int v) {
        List<Integer> stack = new ArrayList<>();
        boolean[] seen = new boolean[vertices.size()];
        while (!seen[v]) {
            stack.add(v);
            seen[v] = true;
            v = es.get(pre[v]).src;
        }
        while (stack.get(0) != v) {
            stack.remove(0);
        }
        Vertex v0 = vertices.get(v);
        StringBuilder msg = new StringBuilder("instantiation cycle:");
        for (int x : stack) {
            Edge e = es.get(pre[x]);
            Vertex dst = vertices.get(e.dst);
            if (dst.owner() instanceof GenericType g) {
                g.cyclic = true;
            }
            msg.append("\n\t").append(e.pos.path()).append(':').append(e.pos.line()).append(':').append(e.pos.col()).append(": ")
                    .append(dst.name().name()).append(" instantiated as ").append(e.typ);
        }
        Ident id = v0.name();
        pending = new CompileError(v0.path(), id.line(), id.col(), msg.toString());
    }

    /** At the end of the package: the cycle found, if there was no other error (types2 runs monomorph only then). */
    void report() {
        CompileError e = pending;
        pending = null;
        if (e != null && check.errors.isEmpty()) {
            String saved = check.curPath;
            check.curPath = e.path();
            check.error(e.line(), e.col(), e.message());
            check.curPath = saved;
        }
    }
}
