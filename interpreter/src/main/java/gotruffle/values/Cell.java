package gotruffle.values;

/** A heap box for a variable that is captured by a closure or whose address is taken (non-aggregate). */
public final class Cell {
    public Object value;

    public Cell(Object value) {
        this.value = value;
    }
}
