package gotruffle.stdlib;

import java.util.HashMap;
import java.util.Map;

/** The registry of Java-implemented standard library functions, by qualified Go name. */
public final class Natives {
    private static final Map<String, Native> TABLE = new HashMap<>();

    static {
        CoreNatives.register(TABLE);
    }

    private Natives() {}

    public static Native lookup(String qualifiedName) {
        return TABLE.get(qualifiedName);
    }
}
