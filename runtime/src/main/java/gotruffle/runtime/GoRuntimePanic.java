package gotruffle.runtime;

/**
 * A Go run-time panic raised by the runtime library (e.g. {@code send on closed channel},
 * {@code close of nil channel}, {@code sync: negative WaitGroup counter}). The message is Go 1.19's
 * exact text, without the {@code panic: } prefix. The interpreter turns it into a recoverable Go
 * panic; if it escapes a goroutine body, the scheduler prints it like Go and exits with status 2.
 */
public class GoRuntimePanic extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public GoRuntimePanic(String message) {
        super(message, null, false, false);
    }
}
