package gotruffle.nodes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import gotruffle.GoContext;
import gotruffle.runtime.GoFatalError;
import gotruffle.runtime.sched.Sched;
import gotruffle.values.Stores;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Go's fatal "runtime: out of memory": an allocation Go would attempt (its size within maxAlloc)
 * that cannot be made. Not a panic: nothing recovers it, the program ends with exit 2.
 */
public final class OutOfMemory {
    private OutOfMemory() {}

    /** Go's maxAlloc on linux/amd64 (the 48-bit address space): larger sizes are make's range panics. */
    public static final long MAX_ALLOC = 1L << 48;

    /**
     * Whether Go's up-front allocation of this many bytes fails here: more than the heap can ever
     * hold (Go maps fresh memory lazily, so only a size past the machine's memory fails there).
     */
    public static boolean exceedsHeap(long bytes) {
        return bytes > Runtime.getRuntime().maxMemory();
    }

    /**
     * What Go 1.19 prints when a large allocation (makeslice) finds no memory: the runtime's
     * frames are these, only the addresses differ per run.
     */
    static final String REPORT = """
            fatal error: runtime: out of memory

            runtime stack:
            runtime.throw({0x49b6b3?, 0x200000?})
            	/usr/lib/go-1.19/src/runtime/panic.go:1047 +0x5d fp=0x7ffe286bd570 sp=0x7ffe286bd540 pc=0x4317bd
            runtime.sysMapOS(0xc000400000, 0x80000000000?)
            	/usr/lib/go-1.19/src/runtime/mem_linux.go:187 +0x11b fp=0x7ffe286bd5b8 sp=0x7ffe286bd570 pc=0x414ffb
            runtime.sysMap(0x5415c0?, 0x7fca9f873000?, 0x428280?)
            	/usr/lib/go-1.19/src/runtime/mem.go:142 +0x35 fp=0x7ffe286bd5e8 sp=0x7ffe286bd5b8 pc=0x4149d5
            runtime.(*mheap).grow(0x5415c0, 0x40000000?)
            	/usr/lib/go-1.19/src/runtime/mheap.go:1468 +0x23d fp=0x7ffe286bd658 sp=0x7ffe286bd5e8 pc=0x42533d
            runtime.(*mheap).allocSpan(0x5415c0, 0x40000000, 0x0, 0x1)
            	/usr/lib/go-1.19/src/runtime/mheap.go:1199 +0x1be fp=0x7ffe286bd6f0 sp=0x7ffe286bd658 pc=0x424a7e
            runtime.(*mheap).alloc.func1()
            	/usr/lib/go-1.19/src/runtime/mheap.go:918 +0x65 fp=0x7ffe286bd738 sp=0x7ffe286bd6f0 pc=0x424505
            runtime.systemstack()
            	/usr/lib/go-1.19/src/runtime/asm_amd64.s:492 +0x49 fp=0x7ffe286bd740 sp=0x7ffe286bd738 pc=0x45ada9

            goroutine 1 [running]:
            """;

    /**
     * Reports the fatal error and ends the program; the goroutine stays parked (the returned
     * exception is never thrown then). In a REPL session the caller throws the returned
     * GoFatalError, which the session reports.
     */
    @TruffleBoundary
    public static RuntimeException fatal(Node node, Fiber fiber) {
        return fatal(GoContext.get(node), fiber);
    }

    /**
     * Memory kept for reporting: when the heap is exhausted (a Java OutOfMemoryError anywhere in
     * Go code, Goroutines.run) it is let go so that the report can be written.
     */
    @SuppressWarnings("unused") private static volatile byte[] reserve = new byte[4 << 20];

    /** The report up to its goroutine header, encoded while there is memory. */
    private static final byte[] REPORT_HEAD = Stores.bytesOf(REPORT.substring(0, REPORT.indexOf("goroutine 1 [running]")));
    private static final byte[] HEADER_START = Stores.bytesOf("goroutine ");
    private static final byte[] HEADER_END = Stores.bytesOf(" [running]:\n");

    /**
     * The whole report, goroutine header included, is made in this buffer (allocated while there
     * was memory: a goroutine id has at most 19 digits) and written at once, so that nothing of
     * it needs the heap that has run out.
     */
    private static final byte[] REPORT_BUFFER = new byte[REPORT_HEAD.length + HEADER_START.length + 19 + HEADER_END.length];

    private static synchronized void writeReport(GoContext ctx, long goid) {
        int n = put(REPORT_HEAD, 0);
        n = put(HEADER_START, n);
        int digits = 1;
        for (long v = goid; v >= 10; v /= 10) {
            digits++;
        }
        for (int i = n + digits - 1; i >= n; i--, goid /= 10) {
            REPORT_BUFFER[i] = (byte) ('0' + goid % 10);
        }
        n = put(HEADER_END, n + digits);
        // Other threads (the JIT's, other goroutines) may take the memory the reserve left: if the
        // write fails before it starts, a collection and another try. Retried only then, so the
        // report is never written twice.
        for (int attempt = 0;; attempt++) {
            try {
                ctx.writeErr(REPORT_BUFFER, n);
                return;
            } catch (OutOfMemoryError e) {
                if (attempt == 3) {
                    return;
                }
                System.gc();
            }
        }
    }

    private static int put(byte[] part, int at) {
        System.arraycopy(part, 0, REPORT_BUFFER, at, part.length);
        return at + part.length;
    }

    /** Go's fatal out of memory reports written in this JVM (GoProgramRunner). */
    private static final AtomicInteger REPORTS = new AtomicInteger();

    /** Initializes this class and (again) its reserve while there is memory: called before a program runs. */
    public static void prepare() {
        if (reserve == null) {
            reserve = new byte[4 << 20];
        }
    }

    /** How many programs of this JVM reported running out of memory so far. */
    public static int reports() {
        return REPORTS.get();
    }

    /**
     * Whether e comes from the heap running out: an OutOfMemoryError, or an error it caused (the
     * JIT compiler, which runs on the same heap, fails with its own error when a compilation
     * that Go code requested runs out of memory).
     */
    public static boolean isHeapExhaustion(Throwable e) {
        for (int i = 0; e != null && i < 16; i++, e = e.getCause()) {
            if (e instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether e, which ended a thread, is the aftermath of a reported out of memory: the JIT's and
     * the engine's threads die of the same exhausted heap (their errors wrap the OutOfMemoryError),
     * and Go's report has said all there is to say.
     */
    public static boolean isAftermath(Throwable e) {
        return reports() > 0 && isHeapExhaustion(e);
    }

    /** The heap ran out while goroutine fiber ran Go code: Go's fatal error, as for a failed make. */
    public static RuntimeException heapExhausted(GoContext ctx, Fiber fiber) {
        reserve = null;
        return fatal(ctx, fiber);
    }

    private static RuntimeException fatal(GoContext ctx, Fiber fiber) {
        if (ctx.isSession() || fiber == null || fiber.g == null) {
            return new GoFatalError("runtime: out of memory");
        }
        Sched s = fiber.g.sched();
        if (s.claimFatal()) {
            try {
                REPORTS.incrementAndGet();
                writeReport(ctx, fiber.g.id());
            } finally {
                s.endFatal(fiber.g);
            }
        } else {
            s.exit(fiber.g, 2); // another ending was first: it reports
        }
        return new GoFatalError("runtime: out of memory");
    }
}
