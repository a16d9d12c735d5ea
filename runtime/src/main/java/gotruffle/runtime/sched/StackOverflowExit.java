package gotruffle.runtime.sched;

import java.util.function.IntConsumer;

/**
 * Go's stack overflow ends the process at once: no deferred call runs, nothing unwinds. Here the
 * overflow is a Java StackOverflowError up to 1 GiB deep, and unwinding that many interpreted
 * frames took 30-100 s (issue 12). A launcher that owns its process ({@code gotruffle run}, a
 * standby serving a client) registers {@link #ownProcess}: the program's scheduler then prints
 * Go's report and ends the process from its own thread while the deep stack is left as it is.
 * Without an owner (tests, the REPL, which goes on after an overflow) the stack unwinds as before.
 *
 * <p>Where the error is caught there is no stack left to call anything: the catch only stores
 * its thread in {@link #overflowedOn} (Thread.currentThread() is an intrinsic, also in the
 * interpreter), and {@link Sched#runMain}'s thread, which waits for the program's end, looks
 * at it every {@link #POLL_MILLIS}.
 */
public final class StackOverflowExit {
    /** How often the waiting thread looks for an overflow; only when a launcher owns the process. */
    static final long POLL_MILLIS = 10;

    /**
     * What Go 1.19 prints when a goroutine exceeds its maximum stack size (runtime.newstack):
     * the runtime's own frames are always these three, only the addresses differ per run.
     */
    private static final String REPORT = """
            runtime: goroutine stack exceeds 1000000000-byte limit
            runtime: sp=0xc020080388 stack=[0xc020080000, 0xc040080000]
            fatal error: stack overflow

            runtime stack:
            runtime.throw({0x499ebe?, 0x516880?})
            	/usr/lib/go-1.19/src/runtime/panic.go:1047 +0x5d fp=0x7fff80ed7500 sp=0x7fff80ed74d0 pc=0x4317bd
            runtime.newstack()
            	/usr/lib/go-1.19/src/runtime/stack.go:1103 +0x5cc fp=0x7fff80ed76b8 sp=0x7fff80ed7500 pc=0x448e6c
            runtime.morestack()
            	/usr/lib/go-1.19/src/runtime/asm_amd64.s:570 +0x8b fp=0x7fff80ed76c0 sp=0x7fff80ed76b8 pc=0x45ae8b

            """;

    /**
     * The thread whose Go stack overflowed, written by the catch with a plain field store (no
     * call). Public for that store only; the class is initialized with Sched's, long before.
     */
    public static volatile Thread overflowedOn;

    private static volatile IntConsumer processExit;

    private StackOverflowExit() {}

    /** Go's report for goroutine goid, up to and including its header. */
    public static String report(long goid) {
        return REPORT + "goroutine " + goid + " [running]:\n";
    }

    /**
     * Makes a program's stack overflow end this process: {@code exit} gets Go's exit code (2)
     * after the report is written and must not return (Runtime.halt).
     */
    public static void ownProcess(IntConsumer exit) {
        processExit = exit;
    }

    static IntConsumer processExit() {
        return processExit;
    }
}
