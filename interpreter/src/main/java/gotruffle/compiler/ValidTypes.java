package gotruffle.compiler;

import gotruffle.types.Array;
import gotruffle.types.Basic;
import gotruffle.types.Named;
import gotruffle.types.Struct;
import gotruffle.types.Type;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * types2's validType: a defined type must not contain itself other than through a pointer,
 * slice, map, channel or function ({@code type Q Q}, {@code type A B; type B A},
 * {@code type S struct{ S }}, {@code type T [2]T}). A cycle is reported once, as "invalid
 * recursive type" with the cycle on the following lines, and the type where it was found
 * becomes invalid, so that nothing else follows from it (its zero value would never end).
 */
final class ValidTypes {
    /** A defined type of the package being checked: its right-hand side as resolved, and where it is declared. */
    record Decl(Type rhs, Entity.TypeE entity, String path) {}

    private final Checker check;
    private final Map<Named, Decl> decls;
    private final Set<Named> valid = new HashSet<>(), invalid = new HashSet<>();

    private ValidTypes(Checker check, Map<Named, Decl> decls) {
        this.check = check;
        this.decls = decls;
    }

    /** Checks the types of decls in declaration order (types2 validates each after its declaration). */
    static void check(Checker check, Map<Named, Decl> decls, List<Named> order) {
        ValidTypes v = new ValidTypes(check, decls);
        String saved = check.curPath;
        for (Named n : order) {
            v.valid(n, new ArrayList<>());
        }
        check.curPath = saved;
    }

    private boolean valid(Type t, List<Named> path) {
        switch (t) {
            case Array a -> {
                return valid(a.elem, path);
            }
            case Struct s -> {
                for (Struct.Field f : s.fields) {
                    if (!valid(f.type(), path)) {
                        return false;
                    }
                }
                return true;
            }
            case Named n -> {
                Decl d = decls.get(n);
                if (d == null || valid.contains(n)) {
                    return true; // declared elsewhere (checked there), or known good
                }
                if (invalid.contains(n) || d.rhs == Basic.INVALID) {
                    return false;
                }
                int start = path.indexOf(n);
                if (start >= 0) {
                    invalid.add(n);
                    n.setUnderlying(Basic.INVALID);
                    cycleError(path.subList(start, path.size()));
                    return false;
                }
                path.add(n);
                boolean ok = valid(d.rhs, path);
                path.remove(path.size() - 1);
                if (ok) {
                    valid.add(n);
                }
                return ok;
            }
            default -> {
                return true;
            }
        }
    }

    /** types2's cycleError: from the type declared first in the source, each "refers to" the next. */
    private void cycleError(List<Named> cycle) {
        int first = 0;
        for (int i = 1; i < cycle.size(); i++) {
            if (before(decls.get(cycle.get(i)), decls.get(cycle.get(first)))) {
                first = i;
            }
        }
        Decl d = decls.get(cycle.get(first));
        StringBuilder msg = new StringBuilder("invalid recursive type " + d.entity.name);
        for (int k = 0; k <= cycle.size(); k++) {
            Decl c = decls.get(cycle.get((first + k) % cycle.size()));
            msg.append("\n\t").append(c.path).append(':').append(c.entity.line).append(':').append(c.entity.col).append(": ")
                    .append(c.entity.name).append(k < cycle.size() ? " refers to" : "");
        }
        check.curPath = d.path;
        check.error(d.entity.line, d.entity.col, msg.toString());
    }

    private static boolean before(Decl a, Decl b) {
        int c = a.path.compareTo(b.path);
        return c != 0 ? c < 0 : a.entity.line != b.entity.line ? a.entity.line < b.entity.line : a.entity.col < b.entity.col;
    }
}
