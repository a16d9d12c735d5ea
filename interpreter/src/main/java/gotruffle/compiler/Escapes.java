package gotruffle.compiler;

import gotruffle.parser.ast.*;
import gotruffle.types.Interface;
import gotruffle.types.Pointer;
import gotruffle.types.Type;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * A conservative pre-pass over a function body: the names that may need to live in a heap Cell
 * because a nested closure uses them, their address is taken (&x), or a method may be called on
 * them through a pointer (x.M()). Over-approximating only costs speed, never correctness. The
 * pass has no types: {@link Escaping#needsCell} decides with the variable's type.
 */
final class Escapes {
    /** A body's result (its escaping names) and every name used in it, for enclosing bodies. */
    private record Result(Escaping escapes, Set<String> all) {
    }

    /** A body without variables of its own (package initializers, a REPL type declaration). */
    static final Escaping NONE = new Escaping(Set.of(), Set.of(), Set.of());

    /** The names of one body that are used in nested closures, operands of &, and operands of a selector. */
    record Escaping(Set<String> captured, Set<String> addressed, Set<String> selected) {
        /**
         * Whether a local variable named name of type t lives in a Cell. A closure shares the
         * variable itself, so captured ones always do. An aggregate is its own address (a pointer to
         * it is the GoStruct or GoArray), so &x or x.M() need no Cell for it. A selector x.f or x.M()
         * takes x's address only for a method with a pointer receiver called on an addressable
         * value: never when x is a pointer or an interface (nbody's a := &bodies[i]; a.vx -= ...).
         */
        boolean needsCell(String name, Type t) {
            if (captured.contains(name)) {
                return true;
            }
            if (t.isAggregate()) {
                return false;
            }
            if (addressed.contains(name)) {
                return true;
            }
            Type u = t.underlying();
            return selected.contains(name) && !(u instanceof Pointer || u instanceof Interface);
        }
    }

    /**
     * Results by body, so that a body is walked once however deeply its literals nest (nested
     * literals are compiled one by one, each asking for its own body's names).
     */
    private final IdentityHashMap<Node, Result> done = new IdentityHashMap<>();

    Escaping scan(Node body) {
        return result(body).escapes;
    }

    private Result result(Node body) {
        Result r = done.get(body);
        if (r == null) {
            Walk w = new Walk();
            w.node(body);
            r = new Result(new Escaping(w.captured, w.addressed, w.selected), w.all);
            done.put(body, r);
        }
        return r;
    }

    /** One body: names that escape at its own level, and every name (inside a closure all of them escape). */
    private final class Walk {
        private final Set<String> captured = new HashSet<>();
        private final Set<String> addressed = new HashSet<>();
        private final Set<String> selected = new HashSet<>();
        private final Set<String> all = new HashSet<>();

        private void list(List<? extends Node> l) {
            if (l != null) {
                for (Node n : l) {
                    node(n);
                }
            }
        }

        private void node(Node n) {
            if (n == null) {
                return;
            }
            switch (n) {
                case Ident i -> all.add(i.name());
                case UnaryExpr u -> {
                    if (u.op() == Token.AND) {
                        Expr x = u.x();
                        while (x instanceof ParenExpr p) {
                            x = p.x();
                        }
                        if (x instanceof Ident id) {
                            addressed.add(id.name());
                        }
                    }
                    node(u.x());
                }
                case SelectorExpr s -> {
                    if (s.x() instanceof Ident id) {
                        selected.add(id.name());
                    }
                    node(s.x());
                }
                case FuncLit f -> {
                    Set<String> inner = result(f.body()).all;
                    captured.addAll(inner);
                    all.addAll(inner);
                }
                case BasicLit b -> { }
                case CompositeLit c -> {
                    node(c.type());
                    for (KeyedElement k : c.elts()) {
                        node(k.key());
                        node(k.value());
                    }
                }
                case ParenExpr p -> node(p.x());
                case IndexExpr ix -> {
                    node(ix.x());
                    list(ix.indices());
                }
                case SliceExpr s -> {
                    node(s.x());
                    node(s.lo());
                    node(s.hi());
                    node(s.max());
                }
                case TypeAssertExpr t -> node(t.x());
                case CallExpr c -> {
                    node(c.fun());
                    list(c.args());
                }
                case StarExpr s -> node(s.x());
                case BinaryExpr b -> {
                    node(b.x());
                    node(b.y());
                }
                case KeyedElement k -> {
                    node(k.key());
                    node(k.value());
                }
                case BlockStmt b -> list(b.stmts());
                case ExprStmt e -> node(e.x());
                case SendStmt s -> {
                    node(s.ch());
                    node(s.value());
                }
                case IncDecStmt s -> node(s.x());
                case AssignStmt a -> {
                    list(a.lhs());
                    list(a.rhs());
                }
                case DeclStmt d -> node(d.decl());
                case VarDecl v -> {
                    for (VarSpec s : v.specs()) {
                        list(s.values());
                        for (Ident name : s.names()) {
                            all.add(name.name());
                        }
                    }
                }
                case ConstDecl c -> { }
                case TypeDecl t -> { }
                case GoStmt g -> node(g.call());
                case DeferStmt d -> node(d.call());
                case ReturnStmt r -> list(r.results());
                case LabeledStmt l -> node(l.stmt());
                case IfStmt i -> {
                    node(i.init());
                    node(i.cond());
                    node(i.then());
                    node(i.els());
                }
                case SwitchStmt s -> {
                    node(s.init());
                    node(s.tag());
                    for (CaseClause c : s.clauses()) {
                        list(c.exprs());
                        list(c.body());
                    }
                }
                case TypeSwitchStmt s -> {
                    node(s.init());
                    node(s.x());
                    if (s.bind() != null) {
                        all.add(s.bind().name());
                    }
                    for (CaseClause c : s.clauses()) {
                        list(c.body());
                    }
                }
                case SelectStmt s -> {
                    for (CommClause c : s.clauses()) {
                        node(c.comm());
                        list(c.body());
                    }
                }
                case ForStmt f -> {
                    node(f.init());
                    node(f.cond());
                    node(f.post());
                    node(f.body());
                }
                case RangeStmt r -> {
                    node(r.key());
                    node(r.value());
                    node(r.x());
                    node(r.body());
                }
                default -> { }
            }
        }
    }
}
