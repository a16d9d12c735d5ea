package gotruffle.compiler;

import gotruffle.compiler.Generics.GenericType;
import gotruffle.types.Array;
import gotruffle.types.ChanType;
import gotruffle.types.MapType;
import gotruffle.types.Named;
import gotruffle.types.Pointer;
import gotruffle.types.Signature;
import gotruffle.types.Slice;
import gotruffle.types.Struct;
import gotruffle.types.Type;
import gotruffle.types.TypeParam;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * types2's monomorph check (mono.go), for the instantiations written in generic type
 * declarations: {@code type G[T any] struct{ p *G[*T] }} is valid for ValidTypes (through a
 * pointer) but G[int] needs G[*int], G[**int], ... without end, so Go rejects it as an
 * "instantiation cycle". Vertices are type parameters; an instance G[A] in the right-hand side
 * of a generic type adds an edge to G's parameter from each type parameter in A, of weight 0
 * when A is that parameter and 1 when it is derived from it; a cycle of positive weight is
 * found as types2 finds it (a Bellman-Ford variant), and reported at the end of the package if
 * there was no other error; the generic types it instantiates are not instantiated (their
 * expansion would never end). Instantiations inside function bodies
 * are not recorded here: Generics stops those after a fixed depth.
 */
final class InstanceCycles {
    /** A type parameter of a generic type. */
    private record Vertex(GenericType g, int index) {}

    private record Edge(int dst, int src, int weight, ValidTypes.Pos pos, Type typ) {}

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
            walk(targ, (src, t) -> edges.add(new Edge(vertex(new Vertex(g, k)), src, t == targ ? 0 : 1, at.get(k), targ)));
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
        edges.clear();
        vertices.clear();
        index.clear();
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
            dst.g().cyclic = true;
            msg.append("\n\t").append(e.pos.path()).append(':').append(e.pos.line()).append(':').append(e.pos.col()).append(": ")
                    .append(dst.g().names.get(dst.index()).name()).append(" instantiated as ").append(e.typ);
        }
        var id = v0.g().names.get(v0.index());
        pending = new CompileError(v0.g().path, id.line(), id.col(), msg.toString());
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
