package gotruffle.runtime.chan;

/**
 * Outcome of a select: {@code index} of the chosen case (-1 for default); for a receive case the
 * value and ok (false: channel closed, value is its zero value).
 */
public record SelectResult(int index, Object value, boolean ok) {
    static final SelectResult DEFAULT = new SelectResult(-1, null, false);
}
