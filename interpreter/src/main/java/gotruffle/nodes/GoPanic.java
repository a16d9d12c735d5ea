package gotruffle.nodes;

import com.oracle.truffle.api.exception.AbstractTruffleException;

/**
 * A Go panic unwinding the goroutine's stack. value is the Go value given to panic() (an
 * interface value; runtime errors carry a runtime.Error). Deferred calls see it through the
 * Fiber; a panic raised while another was running keeps the earlier one in {@code previous}
 * for Go's "panic: A [recovered]\n\tpanic: B" report.
 */
public final class GoPanic extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;
    public final Object value;
    public boolean recovered;
    public GoPanic previous;
    /** Runtime errors that Go reports as "[signal SIGSEGV ...]" after the panic line. */
    public final boolean nilDeref;

    public GoPanic(Object value, boolean nilDeref) {
        // no Truffle stack trace: Go's report stops at the goroutine header, and unwinding deep stacks must stay cheap
        super(null, null, 0, null);
        this.value = value;
        this.nilDeref = nilDeref;
    }

    public GoPanic(Object value) {
        this(value, false);
    }

    /** runtime.Goexit: unwinds like a panic (deferred calls run) but recover() does not stop it. */
    public boolean goexit;

    public static GoPanic goexit() {
        GoPanic p = new GoPanic(null, false);
        p.goexit = true;
        return p;
    }
}
