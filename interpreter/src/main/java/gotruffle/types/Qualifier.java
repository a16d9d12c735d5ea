package gotruffle.types;

import java.util.Set;

/**
 * How compile errors name defined types (types2's qualifier): types of the package being checked
 * on this thread unqualified, others as {@code pkg.T}, or as {@code "import/path".T} when the
 * checked package sees two packages of that name. Outside the checker: package {@code main}.
 */
public final class Qualifier {
    private record State(String pkgPath, Set<String> ambiguousNames) {}

    private static final State MAIN = new State("main", Set.of());
    private static final ThreadLocal<State> CURRENT = ThreadLocal.withInitial(() -> MAIN);

    private Qualifier() {}

    /** Sets the package being checked (its import path, and the package names it sees more than once). */
    public static void set(String pkgPath, Set<String> ambiguousNames) {
        CURRENT.set(new State(pkgPath, ambiguousNames));
    }

    /** The name of type {@code name} of package (pkgName, pkgPath) in a compile error. */
    static String qualified(String pkgName, String pkgPath, String name) {
        State s = CURRENT.get();
        if (pkgPath.equals(s.pkgPath)) {
            return name;
        }
        if (s.ambiguousNames.contains(pkgName)) {
            return "\"" + pkgPath + "\"." + name;
        }
        return pkgName + "." + name;
    }
}
