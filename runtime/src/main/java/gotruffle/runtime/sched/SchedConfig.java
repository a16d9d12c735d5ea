package gotruffle.runtime.sched;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Settings of one program run.
 *
 * @param gomaxprocs number of Ps (Go's GOMAXPROCS)
 * @param preemptQuantumNanos how long a goroutine may hold its P before sysmon asks it to yield
 *            (Go's forcePreemptNS, 10ms)
 * @param schedtraceMillis GODEBUG=schedtrace period, 0 for none
 * @param scheddetail GODEBUG=scheddetail=1
 * @param threadFactory creates (does not start) each M's thread; the interpreter's factory makes
 *            threads that may enter its polyglot context. Deep Go recursion runs on these stacks.
 * @param err where fatal errors, unrecovered runtime panics and schedtrace go (Go's stderr)
 * @param traceback prints the stack of a goroutine under its {@code goroutine N [...]:} header in
 *            fatal error reports (the interpreter's frames); null prints headers only
 */
public record SchedConfig(int gomaxprocs, long preemptQuantumNanos, int schedtraceMillis, boolean scheddetail,
                Function<Runnable, Thread> threadFactory, PrintStream err, BiConsumer<G, PrintStream> traceback) {

    /**
     * Default M stack: deep recursion in interpreted Go code needs far more than the JVM's 1 MiB
     * (a cold interpreted call takes 1.1-1.5 KB, a compiled one ~60 B; basics/deep_recursion fits).
     * A runaway recursion fills all of it before Go's "stack overflow" is reported, and filling and
     * unwinding 1 GiB takes minutes under load; 512 MiB took ~35 s but failed a cold deep_recursion
     * in the test JVM (issue 12, README). -Dgotruffle.stackSize=BYTES overrides it for measurements.
     */
    public static final long DEFAULT_STACK_SIZE = Long.getLong("gotruffle.stackSize", 1L << 30);
    public static final long DEFAULT_QUANTUM_NANOS = 10_000_000L;

    public SchedConfig {
        if (gomaxprocs < 1) {
            throw new IllegalArgumentException("gomaxprocs must be >= 1");
        }
        if (preemptQuantumNanos <= 0) {
            throw new IllegalArgumentException("preemption quantum must be > 0");
        }
    }

    /**
     * How many more polls (loop back-edges) a goroutine makes after its time slice ran out before
     * it yields: about the work Go does in a tenth of the quantum (a Go back-edge takes a few ns;
     * we count 100 ns). Our first executions run far slower than Go's, and a wall-clock slice
     * alone would cut short code that Go finishes in microseconds (runtime/README.md).
     */
    public long sliceGracePolls() {
        return Math.max(1_000, preemptQuantumNanos / 100);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static SchedConfig defaults() {
        return builder().build();
    }

    private static final AtomicLong THREAD_SEQ = new AtomicLong();

    /** new Thread with a DEFAULT_STACK_SIZE stack, named like {@code gotruffle-m7}. */
    public static Thread defaultThread(Runnable r) {
        return new Thread(null, r, "gotruffle-m" + THREAD_SEQ.incrementAndGet(), DEFAULT_STACK_SIZE);
    }

    public static final class Builder {
        private int gomaxprocs = Runtime.getRuntime().availableProcessors();
        private long quantum = DEFAULT_QUANTUM_NANOS;
        private int schedtrace;
        private boolean scheddetail;
        private Function<Runnable, Thread> threadFactory = SchedConfig::defaultThread;
        private PrintStream err = System.err;
        private BiConsumer<G, PrintStream> traceback;

        public Builder gomaxprocs(int n) {
            this.gomaxprocs = Math.min(n, Sched.MAX_GOMAXPROCS);
            return this;
        }

        /**
         * Applies the GOMAXPROCS environment variable the way Go does: a positive integer wins,
         * anything else keeps the current value.
         */
        public Builder gomaxprocsEnv(String value) {
            if (value != null) {
                try {
                    int n = Integer.parseInt(value.trim());
                    if (n > 0) {
                        gomaxprocs(n);
                    }
                } catch (NumberFormatException e) {
                    // Go ignores a malformed GOMAXPROCS.
                }
            }
            return this;
        }

        public Builder preemptQuantumNanos(long ns) {
            this.quantum = ns;
            return this;
        }

        public Builder schedtrace(int millis) {
            this.schedtrace = millis;
            return this;
        }

        public Builder scheddetail(boolean on) {
            this.scheddetail = on;
            return this;
        }

        /** Parses the scheduler parts of GODEBUG ({@code schedtrace=N,scheddetail=1}). */
        public Builder godebug(String value) {
            if (value == null) {
                return this;
            }
            for (String kv : value.split(",")) {
                int eq = kv.indexOf('=');
                if (eq < 0) {
                    continue;
                }
                String k = kv.substring(0, eq).trim();
                int v;
                try {
                    v = Integer.parseInt(kv.substring(eq + 1).trim());
                } catch (NumberFormatException e) {
                    continue;
                }
                if (k.equals("schedtrace")) {
                    schedtrace = v;
                } else if (k.equals("scheddetail")) {
                    scheddetail = v > 0;
                }
            }
            return this;
        }

        public Builder threadFactory(Function<Runnable, Thread> f) {
            this.threadFactory = f;
            return this;
        }

        public Builder err(PrintStream err) {
            this.err = err;
            return this;
        }

        public Builder traceback(BiConsumer<G, PrintStream> traceback) {
            this.traceback = traceback;
            return this;
        }

        public SchedConfig build() {
            return new SchedConfig(gomaxprocs, quantum, schedtrace, scheddetail, threadFactory, err, traceback);
        }
    }
}
