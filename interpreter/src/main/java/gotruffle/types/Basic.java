package gotruffle.types;

import java.util.EnumMap;

/** A predeclared basic type (int, string, ...) or an untyped constant type. One instance per kind. */
public final class Basic extends Type {
    private static final EnumMap<Kind, Basic> ALL = new EnumMap<>(Kind.class);

    static {
        for (Kind k : Kind.values()) {
            ALL.put(k, new Basic(k));
        }
    }

    public static final Basic BOOL = of(Kind.BOOL);
    public static final Basic INT = of(Kind.INT);
    public static final Basic INT8 = of(Kind.INT8);
    public static final Basic INT16 = of(Kind.INT16);
    public static final Basic INT32 = of(Kind.INT32);
    public static final Basic INT64 = of(Kind.INT64);
    public static final Basic UINT = of(Kind.UINT);
    public static final Basic UINT8 = of(Kind.UINT8);
    public static final Basic UINT16 = of(Kind.UINT16);
    public static final Basic UINT32 = of(Kind.UINT32);
    public static final Basic UINT64 = of(Kind.UINT64);
    public static final Basic UINTPTR = of(Kind.UINTPTR);
    public static final Basic FLOAT32 = of(Kind.FLOAT32);
    public static final Basic FLOAT64 = of(Kind.FLOAT64);
    public static final Basic COMPLEX64 = of(Kind.COMPLEX64);
    public static final Basic COMPLEX128 = of(Kind.COMPLEX128);
    public static final Basic STRING = of(Kind.STRING);
    public static final Basic UNSAFE_POINTER = of(Kind.UNSAFE_POINTER);
    public static final Basic UNTYPED_BOOL = of(Kind.UNTYPED_BOOL);
    public static final Basic UNTYPED_INT = of(Kind.UNTYPED_INT);
    public static final Basic UNTYPED_RUNE = of(Kind.UNTYPED_RUNE);
    public static final Basic UNTYPED_FLOAT = of(Kind.UNTYPED_FLOAT);
    public static final Basic UNTYPED_COMPLEX = of(Kind.UNTYPED_COMPLEX);
    public static final Basic UNTYPED_STRING = of(Kind.UNTYPED_STRING);
    public static final Basic UNTYPED_NIL = of(Kind.UNTYPED_NIL);
    public static final Basic INVALID = of(Kind.INVALID);

    /**
     * byte and rune as written: types2 keeps the alias name in its messages. These two objects are
     * display-only (see {@link Shown}): the checker's logic and the runtime only ever see UINT8/INT32.
     */
    public static final Basic BYTE = new Basic(Kind.UINT8, "byte");
    public static final Basic RUNE = new Basic(Kind.INT32, "rune");

    public final Kind kind;
    /** "byte" or "rune" for the two display aliases, else null. */
    public final String alias;

    private Basic(Kind kind) {
        this(kind, null);
    }

    private Basic(Kind kind, String alias) {
        this.kind = kind;
        this.alias = alias;
    }

    public static Basic of(Kind k) {
        return ALL.get(k);
    }

    @Override
    public String toString(boolean qualify) {
        return alias != null && !qualify ? alias : kind.goName;
    }
}
