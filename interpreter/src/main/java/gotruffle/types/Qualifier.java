package gotruffle.types;

/**
 * The package being type-checked on this thread: compile errors name its types without a package
 * (types2's qualifier), all others as {@code pkg.T}. Outside the checker it is {@code main}.
 */
public final class Qualifier {
    private static final ThreadLocal<String> CURRENT = ThreadLocal.withInitial(() -> "main");

    private Qualifier() {}

    public static String current() {
        return CURRENT.get();
    }

    /** Sets the package path being checked and returns the previous one (restore it when done). */
    public static String set(String pkgPath) {
        String old = CURRENT.get();
        CURRENT.set(pkgPath);
        return old;
    }
}
