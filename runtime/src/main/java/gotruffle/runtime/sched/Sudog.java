package gotruffle.runtime.sched;

/**
 * A goroutine waiting in a wait queue (Go's {@code sudog}): on a channel's send/receive queue, on a
 * semaphore, or on a Cond's notify list. One G may have several (select). Fields are guarded by
 * the lock of the queue the sudog is on; {@link #elem} carries the value being sent, or receives
 * the value delivered to a waiting receiver.
 */
public final class Sudog {
    public final G g;
    /** The channel (as Object to keep sched free of chan), or the semaphore/list this waits on. */
    public Object c;
    public Object elem;
    public Sudog next;
    public Sudog prev;
    /** Next sudog of the same G (select's list, in lock order). */
    public Sudog waitlink;
    public boolean isSelect;
    /** Whether communication succeeded (false: woken because the channel was closed). */
    public boolean success;
    /** Semaphore hand-off ticket / notify-list ticket. */
    public long ticket;
    /** For select: index of the case this sudog stands for. */
    public int caseIndex;
    /** For a semaphore: index of the count word in the long[] held in {@link #c}. */
    public int wordIndex;

    public Sudog(G g) {
        this.g = g;
    }
}
