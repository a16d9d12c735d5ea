package gotruffle.nodes.local;

import gotruffle.types.Type;

/** How values of a static type are kept in frames and passed to nodes: unboxed long/double/boolean, or an Object. */
public enum Rep {
    LONG, DOUBLE, BOOLEAN, OBJECT;

    public static Rep of(Type t) {
        Type u = t.underlying();
        if (u.isInteger()) {
            return LONG;
        } else if (u.isFloat()) {
            return DOUBLE;
        } else if (u.isBoolean()) {
            return BOOLEAN;
        }
        return OBJECT;
    }
}
