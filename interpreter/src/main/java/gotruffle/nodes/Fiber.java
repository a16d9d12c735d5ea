package gotruffle.nodes;

import com.oracle.truffle.api.nodes.Node;
import gotruffle.runtime.sched.G;

import java.util.List;

/**
 * The interpreter's per-goroutine state, passed to every Go function as frame argument 0 (never
 * found through the current thread: a goroutine may resume on another thread after a park).
 * {@code g} is the scheduler's goroutine this fiber runs as.
 */
public final class Fiber {
    public final G g;
    public final long id;
    /** The panic whose deferred calls are running, for recover(). */
    public GoPanic panicking;
    /** The function a deferred call during panicking invokes: only that function's recover() may stop the panic. */
    public Object deferCallee;

    /**
     * The go statement that started this goroutine (null for main): all that is kept for its
     * "created by" traceback line, set once per goroutine.
     */
    public Node createdBy;

    /** The stack where a fatal error was raised (printed by the scheduler after it unwound). */
    public List<GoStack.Frame> fatalStack;

    public Fiber(G g, long id) {
        this.g = g;
        this.id = id;
    }
}
