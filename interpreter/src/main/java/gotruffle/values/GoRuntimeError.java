package gotruffle.values;

/**
 * A run-time error raised by Java helpers (not by nodes, which raise GoPanic directly): the
 * message is Go's text after "runtime error: ". The nodes turn it into a Go panic with a
 * runtime.Error value, so it can be recovered like in Go.
 */
public final class GoRuntimeError extends RuntimeException {
    public GoRuntimeError(String message) {
        super(message, null, false, false);
    }
}
