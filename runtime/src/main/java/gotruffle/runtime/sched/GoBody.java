package gotruffle.runtime.sched;

/** The code a goroutine runs (Go's {@code fn} passed to newproc). Receives its own G. */
@FunctionalInterface
public interface GoBody {
    void run(G g) throws Throwable;
}
