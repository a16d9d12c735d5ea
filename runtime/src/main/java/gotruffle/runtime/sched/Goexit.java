package gotruffle.runtime.sched;

/**
 * Thrown by the interpreter out of a goroutine body, after it ran the goroutine's deferred calls,
 * to implement {@code runtime.Goexit}. The scheduler ends the goroutine normally; when it is the
 * main goroutine the program keeps running (and dies with Go's "no goroutines (main called
 * runtime.Goexit) - deadlock!" once nothing else can run).
 */
public final class Goexit extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Goexit() {
        super("runtime.Goexit", null, false, false);
    }
}
