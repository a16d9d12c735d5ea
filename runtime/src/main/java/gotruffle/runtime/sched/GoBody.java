package gotruffle.runtime.sched;

/** The code a goroutine runs (Go's {@code fn} passed to newproc). Receives its own G. */
@FunctionalInterface
public interface GoBody {
    void run(G g) throws Throwable;

    /**
     * The entry of g's continuation: g itself, whose run calls {@link #run(G)}. A body made for
     * one goroutine may return itself, bound to g, and be the entry: one Java frame less on the
     * goroutine's stack, which a park copies into its stack chunk. Its run must then end as
     * {@link G#run} does, passing whatever the body threw to {@link G#bodyEnded}.
     */
    default Runnable entry(G g) {
        return g;
    }
}
