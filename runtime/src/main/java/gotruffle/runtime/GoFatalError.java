package gotruffle.runtime;

/**
 * A Go "fatal error" (Go's {@code throw}/{@code fatal}): cannot be recovered and does not run
 * deferred calls. Examples: {@code sync: unlock of unlocked mutex},
 * {@code all goroutines are asleep - deadlock!}. The message is Go's text without the
 * {@code fatal error: } prefix. When it escapes a goroutine body the scheduler prints
 * {@code fatal error: <msg>}, the goroutine tracebacks, and exits with status 2.
 */
public class GoFatalError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public GoFatalError(String message) {
        super(message, null, false, false);
    }
}
