package gotruffle.compiler;

import gotruffle.compiler.Generics.GenericType;
import gotruffle.parser.ast.TypeSpec;
import gotruffle.types.Array;
import gotruffle.types.Basic;
import gotruffle.types.Named;
import gotruffle.types.Struct;
import gotruffle.types.Type;
import gotruffle.types.TypeParam;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * types2's validType (Go 1.19): a defined type must not contain itself other than through a
 * pointer, slice, map, channel or function: {@code type Q Q}, {@code type A B; type B A},
 * {@code type S struct{ S }}, {@code type T [2]T}, an interface that embeds itself (also through
 * union terms: {@code type C interface{ ~int | D }; type D interface{ C }}), a generic type whose
 * instance contains it ({@code type G[T any] struct{ g G[*T] }}).
 * <p>
 * As in types2, the walk follows each declaration's right-hand side as written ({@link
 * Checker#shallow}): an instance of a generic type is not expanded but stands for the generic
 * type's right-hand side with its type parameters bound to the instance's arguments (an
 * environment), and instances are one per generic type and arguments, so the walk ends on every
 * program. Declarations are checked before they are resolved, so that no instance of an invalid
 * generic type is ever expanded. A cycle is reported once, as "invalid recursive type" with the
 * cycle on the following lines; the type where it closes becomes invalid, and so do the generic
 * types found on a cycle (their instances are not made).
 */
final class ValidTypes {
    /** A position in a file. */
    record Pos(String path, int line, int col) {}

    /** A defined, non-generic type of the program: its declaration, and the scope and file it is in. */
    record Site(TypeSpec spec, Scope scope, String path, Entity.TypeE entity) {}

    /** validType's view of an interface type: the types it embeds and its union terms. */
    static final class Embedding extends Type {
        final List<Type> types;

        Embedding(List<Type> types) {
            this.types = types;
        }

        @Override
        public String toString(boolean qualify) {
            return "interface{...}";
        }
    }

    /** An instance of a generic type: types2 makes one per generic type and type arguments. */
    private record Inst(GenericType origin, List<Type> targs) {}

    /** Type arguments of the instances being walked through, innermost first (types2's tparamEnv). */
    private record Env(Map<TypeParam, Type> tmap, Env link) {}

    private enum Info { MARKED, VALID, INVALID }

    private final Checker check;
    private final Map<Named, Site> sites = new IdentityHashMap<>();
    private final Map<Named, Type> rhs = new IdentityHashMap<>();
    /** By Named (a declared type), GenericType (a generic type) or Inst (an instance). */
    private final Map<Object, Info> info = new HashMap<>();
    /** The types where a cycle closed. */
    private final Set<Named> invalid = Collections.newSetFromMap(new IdentityHashMap<>());

    ValidTypes(Checker check) {
        this.check = check;
    }

    void declare(Named n, Site s) {
        sites.put(n, s);
    }

    Site site(Named n) {
        return sites.get(n);
    }

    /** n is an invalid recursive type: its underlying type is invalid. */
    boolean invalid(Named n) {
        return invalid.contains(n);
    }

    /** g is on a cycle: its instances would never end. */
    boolean invalid(GenericType g) {
        return info.get(g) == Info.INVALID;
    }

    /** Checks a declared type (types2 does so after each type declaration, in source order). */
    void check(Entity.TypeE te) {
        Object key = te.generic != null ? te.generic : te.type instanceof Named n && sites.containsKey(n) ? n : null;
        if (key != null) {
            String saved = check.curPath;
            named(key, null, new ArrayList<>());
            check.curPath = saved;
        }
    }

    private boolean valid(Type t, Env env, List<Object> path) {
        switch (t) {
            case Array a -> {
                return valid(a.elem, env, path);
            }
            case Struct s -> {
                for (Struct.Field f : s.fields) {
                    if (!valid(f.type(), env, path)) {
                        return false;
                    }
                }
                return true;
            }
            case Embedding e -> {
                for (Type x : e.types) {
                    if (!valid(x, env, path)) {
                        return false;
                    }
                }
                return true;
            }
            case Named n -> {
                if (n.origin instanceof GenericType g) {
                    return named(new Inst(g, n.typeArgs), env, path);
                }
                return !sites.containsKey(n) || named(n, env, path); // declared elsewhere: checked there
            }
            case TypeParam p -> {
                // an argument of an instance being walked through, itself from the enclosing environment
                Type arg = env == null ? null : env.tmap.get(p);
                return arg == null || valid(arg, env.link, path);
            }
            default -> {
                return true;
            }
        }
    }

    /** validType0's case for a defined type: key is a Named, a GenericType or an Inst. */
    private boolean named(Object key, Env env, List<Object> path) {
        Info i = info.get(key);
        if (i == Info.MARKED) {
            info.put(key, Info.INVALID);
            if (key instanceof Named n) {
                invalid.add(n);
                if (n.hasUnderlying()) {
                    n.setUnderlying(Basic.INVALID);
                }
            }
            cycleError(path.subList(path.indexOf(key), path.size()));
            return false;
        }
        if (i != null) {
            return i == Info.VALID;
        }
        Type r = rhsOf(key);
        if (r == Basic.INVALID) {
            info.put(key, Info.INVALID); // reported where it is declared
            return false;
        }
        if (key instanceof Inst in) {
            Map<TypeParam, Type> tmap = new IdentityHashMap<>();
            for (int k = 0; k < in.targs.size() && k < in.origin.params.size(); k++) {
                tmap.put(in.origin.params.get(k), in.targs.get(k));
            }
            env = new Env(tmap, env);
        }
        info.put(key, Info.MARKED);
        path.add(key);
        boolean ok = valid(r, env, path);
        path.remove(path.size() - 1);
        info.put(key, ok ? Info.VALID : Info.INVALID);
        return ok;
    }

    private Type rhsOf(Object key) {
        return switch (key) {
            case Named n -> rhs.computeIfAbsent(n, x -> {
                Site s = sites.get(x);
                return check.generics.shallowType(s.path, s.scope, s.spec.type());
            });
            case GenericType g -> check.generics.rhs(g);
            case Inst in -> check.generics.rhs(in.origin);
            default -> throw new IllegalStateException(key.toString());
        };
    }

    /** types2's cycleError: from the type written first in the source, each "refers to" the next. */
    private void cycleError(List<Object> cycle) {
        int first = 0;
        for (int i = 1; i < cycle.size(); i++) {
            if (before(pos(cycle.get(i)), pos(cycle.get(first)))) {
                first = i;
            }
        }
        Pos p = pos(cycle.get(first));
        StringBuilder msg = new StringBuilder("invalid recursive type " + name(cycle.get(first)));
        for (int k = 0; k <= cycle.size(); k++) {
            Object c = cycle.get((first + k) % cycle.size());
            Pos cp = pos(c);
            msg.append("\n\t").append(cp.path).append(':').append(cp.line).append(':').append(cp.col).append(": ")
                    .append(name(c)).append(k < cycle.size() ? " refers to" : "");
        }
        check.curPath = p.path;
        check.error(p.line, p.col, msg.toString());
    }

    private String name(Object key) {
        return switch (key) {
            case Named n -> sites.get(n).entity.name;
            case GenericType g -> g.spec.name().name();
            case Inst in -> in.origin.spec.name().name();
            default -> throw new IllegalStateException(key.toString());
        };
    }

    /** Where a type is declared; an instance is where it is first written. */
    private Pos pos(Object key) {
        return switch (key) {
            case Named n -> {
                Site s = sites.get(n);
                yield new Pos(s.path, s.entity.line, s.entity.col);
            }
            case GenericType g -> new Pos(g.path, g.spec.name().line(), g.spec.name().col());
            case Inst in -> {
                Pos p = in.origin.firstSeen.get(in.targs);
                yield p != null ? p : pos(in.origin);
            }
            default -> throw new IllegalStateException(key.toString());
        };
    }

    private static boolean before(Pos a, Pos b) {
        int c = a.path.compareTo(b.path);
        return c != 0 ? c < 0 : a.line != b.line ? a.line < b.line : a.col < b.col;
    }
}
