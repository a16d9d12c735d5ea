package gotruffle.values;

/** A package-level variable's storage. */
public final class GlobalVar {
    public final String name;
    public Object value;

    public GlobalVar(String name, Object value) {
        this.name = name;
        this.value = value;
    }
}
