package gotruffle.runtime.sched;

import java.io.PrintStream;

/**
 * Prints fatal errors and unrecovered panics the way Go 1.19 does: the message, a blank line,
 * then {@code goroutine N [state]:} headers, each followed by the interpreter's stack for that
 * goroutine (the {@link SchedConfig#traceback()} hook), goroutines separated by blank lines.
 */
final class Traceback {
    private Traceback() {
    }

    /**
     * {@code fatal error: msg}; with {@code all}, every live goroutine follows, {@code current}
     * (the one that threw, if any) first as {@code [running]}.
     */
    static void printFatal(Sched sched, String msg, G current, boolean all) {
        PrintStream err = sched.err;
        StringBuilder sb = new StringBuilder();
        sb.append("fatal error: ").append(msg).append('\n');
        err.print(sb);
        if (all) {
            if (current != null && !current.isG0()) {
                goroutineHeader(sched, current, "running");
            }
            for (G gp : sched.allGoroutines()) {
                if (gp == current || gp.status() == G.DEAD) {
                    continue;
                }
                goroutineHeader(sched, gp, statusString(gp));
            }
        }
        err.flush();
    }

    /** {@code panic: msg} and the panicking goroutine (Go's default GOTRACEBACK=single). */
    static void printPanic(Sched sched, String msg, G current) {
        sched.err.print("panic: " + msg + "\n");
        goroutineHeader(sched, current, "running");
        sched.err.flush();
    }

    private static void goroutineHeader(Sched sched, G gp, String state) {
        sched.err.print("\ngoroutine " + gp.goid + " [" + state + (gp.lockedToThread() ? ", locked to thread" : "") + "]:\n");
        var hook = sched.config.traceback();
        if (hook != null) {
            hook.accept(gp, sched.err);
        }
    }

    /** Go's status strings; a waiting goroutine shows its wait reason. */
    static String statusString(G gp) {
        return switch (gp.status()) {
            case G.IDLE -> "idle";
            case G.RUNNABLE -> "runnable";
            case G.RUNNING -> "running";
            case G.SYSCALL -> "syscall";
            case G.WAITING -> gp.waitreason.isEmpty() ? "waiting" : gp.waitreason;
            default -> "dead";
        };
    }
}
