package gotruffle.nodes;

import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.nodes.Node;

import java.util.List;

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
    /** Counted in the scheduler's runningPanicDefers (it has started running deferred calls). */
    public boolean countedDefers;
    /** Runtime errors that Go reports as "[signal SIGSEGV ...]" after the panic line. */
    public final boolean nilDeref;

    public GoPanic(Object value, boolean nilDeref) {
        this(value, nilDeref, null);
    }

    /**
     * location: the node raising the panic (its line is the top frame's). Truffle records the
     * frames the panic unwinds (at most GoStack.MAX_FRAMES, so deep stacks stay cheap) for the
     * traceback printed when it is not recovered.
     */
    public GoPanic(Object value, boolean nilDeref, Node location) {
        super(null, null, GoStack.MAX_FRAMES, location);
        this.value = value;
        this.nilDeref = nilDeref;
    }

    public GoPanic(Object value) {
        this(value, false);
    }

    public GoPanic(Object value, Node location) {
        this(value, false, location);
    }

    /** runtime.Goexit: unwinds like a panic (deferred calls run) but recover() does not stop it. */
    public boolean goexit;

    public static GoPanic goexit() {
        GoPanic p = new GoPanic(null, false);
        p.goexit = true;
        return p;
    }

    /** Set on the Goexit-like unwinding of a goroutine the REPL interrupted (Ctrl-C, :kill). */
    public boolean interrupted;

    public static GoPanic interrupt() {
        GoPanic p = goexit();
        p.interrupted = true;
        return p;
    }

    /**
     * Go's stack of this panic (the frames it left, the function running the deferred calls, and
     * below), fixed the first time a deferred call asks for its stack: Truffle stops recording a
     * trace once it has been read, and Go's stack does not change while a panic runs defers.
     */
    public List<GoStack.Frame> frozen;
}
