package gotruffle.types;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A type parameter's type set as the checker asks about it (spec: "Type parameter declarations",
 * "Core types"): an operation on a type-parameter operand is valid iff it is valid for every type
 * in the set, and indexing, ranging, make and calls go through the core type.
 */
public final class TypeSets {
    private TypeSets() {}

    /**
     * The underlying types of t's type set: t's own for an ordinary type; for a type parameter the
     * terms of its constraint (the terms of the first union that every other union has too), or
     * null when the constraint restricts no types (only methods, comparable, any).
     */
    public static List<Type> specific(Type t) {
        if (!(t instanceof TypeParam tp)) {
            return List.of(t.underlying());
        }
        if (!(tp.constraint.underlying() instanceof Interface ci) || ci.unions.isEmpty()) {
            return null;
        }
        List<Type> out = new ArrayList<>();
        for (Interface.Term term : ci.unions.get(0)) {
            Type u = term.type().underlying();
            if (u instanceof TypeParam) {
                return null; // a term that is another type parameter: its set is not worked out here
            }
            boolean inAll = true;
            for (int i = 1; i < ci.unions.size(); i++) {
                boolean in = false;
                for (Interface.Term o : ci.unions.get(i)) {
                    in |= o.tilde() ? o.type().underlying() == u : o.type() == term.type();
                }
                inAll &= in;
            }
            if (inAll && !out.contains(u)) {
                out.add(u);
            }
        }
        return out;
    }

    /** Whether every type of t's type set satisfies pred (false for a type parameter without specific types). */
    public static boolean all(Type t, Predicate<Type> pred) {
        List<Type> ts = specific(t);
        if (ts == null || ts.isEmpty()) {
            return false;
        }
        for (Type u : ts) {
            if (u == Basic.INVALID || !pred.test(u)) {
                return false;
            }
        }
        return true;
    }

    /** t's core type: its underlying type, or for a type parameter the one underlying type of all its set; else null. */
    public static Type core(Type t) {
        List<Type> ts = specific(t);
        if (ts == null || ts.isEmpty()) {
            return null;
        }
        Type first = ts.get(0);
        for (Type u : ts) {
            if (u != first) {
                return null;
            }
        }
        return first;
    }
}
