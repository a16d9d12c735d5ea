package gotruffle.runtime.sched;

/**
 * Go 1.19's wait reasons ({@code runtime2.go} waitReasonStrings), as printed in tracebacks, e.g.
 * {@code goroutine 1 [chan receive]:}. In Go 1.19 sync.Mutex, RWMutex and WaitGroup all wait with
 * {@code semacquire}; only Cond has its own reason.
 */
public final class WaitReason {
    private WaitReason() {
    }

    public static final String CHAN_RECEIVE_NIL_CHAN = "chan receive (nil chan)";
    public static final String CHAN_SEND_NIL_CHAN = "chan send (nil chan)";
    public static final String SELECT = "select";
    public static final String SELECT_NO_CASES = "select (no cases)";
    public static final String CHAN_RECEIVE = "chan receive";
    public static final String CHAN_SEND = "chan send";
    public static final String SEMACQUIRE = "semacquire";
    public static final String SLEEP = "sleep";
    public static final String SYNC_COND_WAIT = "sync.Cond.Wait";
    public static final String IO_WAIT = "IO wait";
    public static final String PREEMPTED = "preempted";
    public static final String PANIC_WAIT = "panicwait";
    public static final String ZERO = "";
}
