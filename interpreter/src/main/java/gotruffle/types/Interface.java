package gotruffle.types;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** interface{...} with its full method set (embedded interfaces already flattened), sorted by name. */
public final class Interface extends Type {
    public record Method(String name, Signature sig) {}

    /** A term of a constraint's union: {@code T} or {@code ~T}. */
    public record Term(boolean tilde, Type type) {}

    public final List<Method> methods;
    /** Constraint interfaces: the type set is the intersection of these unions (empty: no type restriction). */
    public final List<List<Term>> unions;
    /** Constraint interfaces: the interface is (or embeds) comparable. */
    public final boolean comparable;

    private Interface(List<Method> methods) {
        this(methods, List.of(), false);
    }

    private Interface(List<Method> methods, List<List<Term>> unions, boolean comparable) {
        this.methods = methods;
        this.unions = unions;
        this.comparable = comparable;
    }

    /** A constraint interface (only usable as a type parameter's constraint when it has unions or comparable). */
    public static Interface constraint(List<Method> methods, List<List<Term>> unions, boolean comparable) {
        if (unions.isEmpty() && !comparable) {
            return of(methods);
        }
        List<Method> sorted = new ArrayList<>(methods);
        sorted.sort(Comparator.comparing(Method::name));
        List<Object> key = new ArrayList<>();
        key.add("constraint");
        key.add(comparable);
        for (Method m : sorted) {
            key.add(m.name);
            key.add(m.sig);
        }
        for (List<Term> u : unions) {
            key.add("|");
            for (Term t : u) {
                key.add(t.tilde);
                key.add(t.type);
            }
        }
        List<List<Term>> us = new ArrayList<>();
        for (List<Term> u : unions) {
            us.add(List.copyOf(u));
        }
        return Interner.intern(key, () -> new Interface(List.copyOf(sorted), List.copyOf(us), comparable));
    }

    /** Has type terms or comparable: can only be used as a constraint. */
    public boolean isConstraint() {
        return !unions.isEmpty() || comparable;
    }

    /** "~int | ~float64" as types2 prints a union. */
    public static String unionString(List<Term> u, String sep) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < u.size(); i++) {
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(u.get(i).tilde ? "~" : "").append(u.get(i).type);
        }
        return sb.toString();
    }

    public static final Interface EMPTY = of(List.of());

    /**
     * interface{} where the source said {@code any}: display-only like {@link Basic#BYTE} (types2
     * prints the alias name in messages); {@link Shown#canon} gives {@link #EMPTY}, the only empty
     * interface the checker and the runtime see.
     */
    public static final Interface ANY = new Interface(List.of());

    public static Interface of(List<Method> methods) {
        List<Method> sorted = new ArrayList<>(methods);
        sorted.sort(Comparator.comparing(Method::name));
        List<Object> key = new ArrayList<>();
        key.add("interface");
        for (Method m : sorted) {
            key.add(m.name);
            key.add(m.sig);
        }
        return Interner.intern(key, () -> new Interface(List.copyOf(sorted)));
    }

    public Method method(String name) {
        for (Method m : methods) {
            if (m.name.equals(name)) {
                return m;
            }
        }
        return null;
    }

    @Override
    public String toString(boolean qualify) {
        if (isConstraint()) {
            // only in compile errors, where types2 prints interface{~int|~string; M()}
            List<String> parts = new ArrayList<>();
            if (comparable) {
                parts.add("comparable");
            }
            for (List<Term> u : unions) {
                parts.add(unionString(u, "|"));
            }
            for (Method m : methods) {
                parts.add(MemberKey.display(m.name) + m.sig.paramsString(qualify));
            }
            return "interface{" + String.join("; ", parts) + "}";
        }
        // run-time names (reflect) read "interface { M() }", compile errors (types2) "interface{M()}"
        if (methods.isEmpty()) {
            return qualify ? "interface {}" : this == ANY ? "any" : "interface{}";
        }
        StringBuilder sb = new StringBuilder(qualify ? "interface {" : "interface{");
        for (int i = 0; i < methods.size(); i++) {
            sb.append(i == 0 ? (qualify ? " " : "") : "; ");
            sb.append(MemberKey.display(methods.get(i).name)).append(methods.get(i).sig.paramsString(qualify));
        }
        return sb.append(qualify ? " }" : "}").toString();
    }
}
