package gotruffle.values;

/** A slice header: backing store (shared between slices of one array), offset, length, capacity. nil is Java null. */
public final class GoSlice {
    public final Object store;
    public final int off;
    public final int len;
    public final int cap;

    public GoSlice(Object store, int off, int len, int cap) {
        this.store = store;
        this.off = off;
        this.len = len;
        this.cap = cap;
    }
}
