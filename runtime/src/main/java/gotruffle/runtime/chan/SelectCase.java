package gotruffle.runtime.chan;

/** One case of a select statement (Go's scase): a send of {@code value} or a receive, on c (may be nil). */
public record SelectCase(Chan c, boolean isSend, Object value) {
    public static SelectCase send(Chan c, Object value) {
        return new SelectCase(c, true, value);
    }

    public static SelectCase recv(Chan c) {
        return new SelectCase(c, false, null);
    }
}
