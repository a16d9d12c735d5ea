package gotruffle.runtime.sched;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import jdk.internal.vm.Continuation;
import jdk.internal.vm.ContinuationScope;
import jdk.internal.vm.StackChunk;

/**
 * The only place that touches {@code jdk.internal.vm.Continuation}: a goroutine's stack that can
 * be suspended anywhere in its call chain and resumed later, possibly on another thread.
 *
 * <p>{@link #resume()} runs on an M's thread (Go's {@code gogo}); {@link #yieldToM()} runs inside
 * the goroutine and returns control to the M that resumed it (Go's {@code mcall}). Callers must not
 * hold a Java monitor or an owner-checked lock across {@link #yieldToM()}: the goroutine may
 * continue on another thread.
 */
final class Coroutine extends Continuation {
    static final ContinuationScope SCOPE = new ContinuationScope("goroutine");

    /** entry: the goroutine's G, or its body when that is an entry itself (GoBody.entry). */
    Coroutine(Runnable entry) {
        super(SCOPE, entry);
    }

    /** Mounts the goroutine's stack on the current (M) thread and runs it until it yields or ends. */
    void resume() {
        run();
    }

    /** Suspends the running goroutine; {@link #resume()} on some M continues after this call. */
    static void yieldToM() {
        Continuation.yield(SCOPE);
    }

    /**
     * Go's park (gopark's yield): suspends the goroutine until it is made ready. A recursion that
     * blocks in each call (a channel operation, a sleep, a mutex) moves its frames into chunks at
     * each park, like one that is preempted, so the stack limit is checked after the wake-up;
     * not before the yield, where the caller still holds the lock that unlockf releases. An
     * overflow ends the goroutine without finishing the operation (a select's other sudogs stay
     * queued: their select is done, so wakers skip them), as Go's overflow ends the program.
     */
    void park() {
        Continuation.yield(SCOPE);
        checkStackLimit();
    }

    /**
     * Go's stack limit for a goroutine that yields as it recurses (issue 12): a yield moves its
     * frames into heap chunks and a resume brings back only the newest, so the M's stack never
     * fills and the recursion would grow until the heap is gone. Called by the goroutine where
     * it yields (a poll point, Gosched, a park), it throws the StackOverflowError the M's stack
     * would have thrown once the frames kept in chunks exceed an M's stack size
     * ({@link SchedConfig#DEFAULT_STACK_SIZE}).
     *
     * <p>A yield that leaves the stack deeper adds a chunk, so a recursion that parks in each
     * call has as many chunks as calls: walking them all at each park would cost the square of
     * the depth. After a walk of n chunks the next n/16 checks are skipped (linear work in all;
     * the limit is seen at most ~1/16 more chunks late). A shallow goroutine walks 1-2 chunks.
     */
    void checkStackLimit() {
        if (CHUNK_BOTTOM == null) {
            return; // jdk.internal.vm not opened to us (jvm.properties): no limit but the heap
        }
        if (skipChecks > 0) {
            skipChecks--;
            return;
        }
        long words = 0;
        int chunks = 0;
        for (StackChunk c = (StackChunk) TAIL.get(this); c != null; c = c.parent()) {
            words += (int) CHUNK_BOTTOM.get(c) - (int) CHUNK_SP.get(c); // its frames are [sp, bottom)
            chunks++;
        }
        if (words * 8 > stackLimit) {
            throw new StackOverflowError();
        }
        skipChecks = chunks >> 4;
    }

    /** Checks of the stack limit left to skip (see {@link #checkStackLimit}). */
    private int skipChecks;

    /** An M's stack size; tests lower it. */
    static long stackLimit = SchedConfig.DEFAULT_STACK_SIZE;

    private static final VarHandle TAIL;
    private static final VarHandle CHUNK_SP;
    private static final VarHandle CHUNK_BOTTOM;

    static {
        VarHandle tail = null;
        VarHandle sp = null;
        VarHandle bottom = null;
        try {
            MethodHandles.Lookup c = MethodHandles.privateLookupIn(Continuation.class, MethodHandles.lookup());
            MethodHandles.Lookup k = MethodHandles.privateLookupIn(StackChunk.class, MethodHandles.lookup());
            tail = c.findVarHandle(Continuation.class, "tail", StackChunk.class);
            sp = k.findVarHandle(StackChunk.class, "sp", int.class);
            bottom = k.findVarHandle(StackChunk.class, "bottom", int.class);
        } catch (ReflectiveOperationException | RuntimeException e) {
            tail = null;
            bottom = null;
        }
        TAIL = tail;
        CHUNK_SP = sp;
        CHUNK_BOTTOM = bottom;
    }

    @Override
    protected void onPinned(Pinned reason) {
        throw new IllegalStateException("runtime: goroutine cannot park: its stack is pinned (" + reason
                        + "); a native frame or critical section is active");
    }
}
