package gotruffle.stdlib.algo;

/**
 * A Go panic raised by one of the library algorithms in this package, e.g. math/rand's
 * {@code panic("invalid argument to Intn")}. The interpreter turns it into a Go panic whose value
 * is the message string, or a runtime.Error with that message when {@link #runtimeError} is set
 * (what Go itself would raise, e.g. {@code make} with a negative length inside rand.Perm).
 */
public final class AlgoPanic extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** True when Go's panic value is a runtime.Error rather than a plain string. */
    public final boolean runtimeError;

    public AlgoPanic(String message) {
        this(message, false);
    }

    public AlgoPanic(String message, boolean runtimeError) {
        super(message, null, false, false);
        this.runtimeError = runtimeError;
    }
}
