package gotruffle.stdlib;

import java.util.HashMap;
import java.util.Map;

/**
 * The registry of Java-implemented standard library functions, by qualified Go name. Each
 * package's natives live in gotruffle.stdlib.natives.NAMENatives with a static
 * register(Map) method; the packages listed here are loaded when present.
 */
public final class Natives {
    private static final Map<String, Native> TABLE = new HashMap<>();

    /** Classes in gotruffle.stdlib.natives contributing natives (one per Go package or group). */
    private static final String[] GROUPS = {"Strings", "Strconv", "Unicode", "Bytes", "Bufio", "Math", "Rand", "Sort",
        "Container", "Crypto", "Hex", "Log", "Flag", "Time", "Timer", "Regexp", "Sync", "Context", "Os", "Atomic", "Runtime",
        "Net", "Http"};

    static {
        CoreNatives.register(TABLE);
        for (String g : GROUPS) {
            try {
                Class<?> c = Class.forName("gotruffle.stdlib.natives." + g + "Natives");
                c.getMethod("register", Map.class).invoke(null, TABLE);
            } catch (ClassNotFoundException e) {
                // not provided (yet)
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot register natives of " + g, e);
            }
        }
    }

    private Natives() {}

    public static Native lookup(String qualifiedName) {
        return TABLE.get(qualifiedName);
    }
}
