package gotruffle.types;

/**
 * The identity of a method name. Go keeps unexported names of different packages apart (two
 * packages' unexported method {@code m} are different methods, so a type of one cannot satisfy an
 * interface of the other with it), so such a method is keyed {@code pkgpath.m}; exported names,
 * and the main package's, are their own key. Method sets, interfaces and run-time lookups all use
 * keys; messages show {@link #display}.
 */
public final class MemberKey {
    private MemberKey() {}

    /** The key of method name declared or selected in the package with this qualifier (null: the name itself). */
    public static String of(String qualifier, String name) {
        if (qualifier == null || name.isEmpty() || isExported(name) || name.equals("_")) {
            return name;
        }
        return qualifier + "." + name;
    }

    /** The name as written in Go source. */
    public static String display(String key) {
        return key.substring(key.lastIndexOf('.') + 1);
    }

    public static boolean isExported(String name) {
        return !name.isEmpty() && Character.isUpperCase(name.charAt(0));
    }
}
