package gotruffle;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.TruffleLanguage.ContextReference;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.nodes.Node;
import gotruffle.nodes.call.MethodTable;
import gotruffle.runtime.sched.Sched;
import gotruffle.types.Interface;
import gotruffle.types.Pointer;
import gotruffle.types.Type;
import gotruffle.values.Stores;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Per-program state: the standard streams, os.Args, the environment, and the few types the Java
 * side must know (runtime errors). Stdout is buffered and flushed before anything goes to stderr
 * and at exit, so the two streams interleave as they would unbuffered.
 */
public final class GoContext {
    private static final ContextReference<GoContext> REFERENCE = ContextReference.create(GoLanguage.class);

    public final GoLanguage language;
    public final TruffleLanguage.Env env;
    private final BufferedOutputStream out;
    private final OutputStream err;
    public final InputStream in;
    /**
     * Go's monotonic clock counts from process start, just before the runtime starts main's
     * initialization: here, when the checked program starts (not the JVM's start: a standby JVM
     * can be minutes old, and parsing and checking come before).
     */
    public volatile long monoBase = System.nanoTime();
    public final MethodTable methods;
    private volatile Sched sched;

    public void setSched(Sched s) {
        this.sched = s;
    }

    public Sched sched() {
        return sched;
    }
    private Type errorStringType;
    private Type plainErrorType;
    private Type boundsErrorType;
    private Type typeAssertionErrorType;

    GoContext(GoLanguage language, TruffleLanguage.Env env) {
        this.language = language;
        this.env = env;
        this.out = new BufferedOutputStream(env.out(), 1 << 16);
        this.err = env.err();
        this.in = env.in();
        this.methods = new MethodTable(language);
        LIVE.add(this);
    }

    /** Programs running in this JVM, flushed when a signal kills the process. */
    private static final Set<GoContext> LIVE = ConcurrentHashMap.newKeySet();

    /** Flushes the stdout of every running program (before the process dies of a signal). */
    public static void flushAll() {
        for (GoContext c : LIVE) {
            c.flushOut();
        }
    }

    /**
     * Stdout is buffered, but Go's is not: a program that prints and then waits (for a signal,
     * a connection, a timer) must show its output. A write into an empty buffer schedules a
     * flush shortly after, so a burst of writes still costs one flush.
     */
    private static final ScheduledExecutorService FLUSHER =
            Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "gotruffle-stdout-flush");
                t.setDaemon(true);
                return t;
            });
    private static final long FLUSH_DELAY_MILLIS = 10;
    private final AtomicBoolean flushScheduled = new AtomicBoolean();

    private void scheduleFlush() {
        if (!flushScheduled.get() && flushScheduled.compareAndSet(false, true)) {
            FLUSHER.schedule(() -> {
                flushScheduled.set(false);
                flushOut();
            }, FLUSH_DELAY_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    public static GoContext get(Node node) {
        return REFERENCE.get(node);
    }

    /** A REPL session (gotruffle.repl): a goroutine's unrecovered panic ends that goroutine, not the program. */
    private volatile boolean session;

    public void setSession(boolean on) {
        this.session = on;
    }

    public boolean isSession() {
        return session;
    }

    private final ConcurrentHashMap<Class<?>, Object> packageStates = new ConcurrentHashMap<>();

    /**
     * Per-program state of a standard package's natives (reflect's types, os/signal's signals,
     * runtime's pc table...), made on first use; its type belongs to the natives, which sit above
     * the context. A state that is AutoCloseable is closed when the program ends.
     */
    @SuppressWarnings("unchecked")
    public <T> T packageState(Class<T> key, Supplier<T> make) {
        return (T) packageStates.computeIfAbsent(key, k -> make.get());
    }

    private volatile String programName = "main";

    public void setProgramName(String name) {
        this.programName = name;
    }

    public String programName() {
        return programName;
    }

    public String[] args() {
        return env.getApplicationArguments();
    }

    public Map<String, String> environment() {
        return env.getEnvironment();
    }

    /** The run-time error types of the runtime package (by name) that RuntimePanics makes values of. */
    public void setRuntimeTypes(Function<String, Type> runtimeType) {
        this.errorStringType = runtimeType.apply("errorString");
        this.plainErrorType = runtimeType.apply("plainError");
        this.boundsErrorType = runtimeType.apply("boundsError");
        this.typeAssertionErrorType = Pointer.of(runtimeType.apply("TypeAssertionError"));
    }

    private Interface formatterType;
    private RootCallTarget formatCall;

    /** fmt.Formatter and fmt.callFormat, when the program uses fmt. */
    public void setFormatter(Interface formatter, RootCallTarget call) {
        this.formatterType = formatter;
        this.formatCall = call;
    }

    public Interface formatterType() {
        return formatterType;
    }

    public RootCallTarget formatCall() {
        return formatCall;
    }

    /** *runtime.TypeAssertionError. */
    public Type typeAssertionErrorType() {
        return typeAssertionErrorType;
    }

    public Type errorStringType() {
        return errorStringType;
    }

    public Type plainErrorType() {
        return plainErrorType;
    }

    public Type boundsErrorType() {
        return boundsErrorType;
    }

    private static final int OUT_CHUNK = 1 << 13;
    /** writeOut's scratch bytes, used under the lock of out. */
    private final byte[] outChunk = new byte[OUT_CHUNK];

    /** Writes a Go byte-string (one char per byte) to stdout. */
    @TruffleBoundary
    public void writeOut(String s) {
        try {
            synchronized (out) {
                // in chunks through one scratch array: no per-byte lock, no garbage per write
                for (int i = 0, n = s.length(); i < n; i += OUT_CHUNK) {
                    int to = Math.min(n, i + OUT_CHUNK);
                    Stores.putString(s, i, to, outChunk, 0);
                    out.write(outChunk, 0, to - i);
                }
            }
            scheduleFlush();
        } catch (IOException e) {
            // Go ignores write errors on a closed stdout unless the program checks them
        }
    }

    @TruffleBoundary
    public void writeErr(String s) {
        writeErr(Stores.bytesOf(s));
    }

    /** Writes bytes to stderr after what stdout holds. */
    @TruffleBoundary
    public void writeErr(byte[] bytes) {
        writeErr(bytes, bytes.length);
    }

    /** Writes the first n bytes to stderr after what stdout holds. */
    @TruffleBoundary
    public void writeErr(byte[] bytes, int n) {
        flushOut();
        try {
            synchronized (err) {
                err.write(bytes, 0, n);
                err.flush();
            }
        } catch (IOException e) {
            // nothing sensible to do
        }
    }

    @TruffleBoundary
    public void flushOut() {
        try {
            synchronized (out) {
                out.flush();
            }
        } catch (IOException e) {
            // ignore
        }
    }

    void shutdown() {
        flushOut();
        LIVE.remove(this);
        for (Object state : packageStates.values()) {
            if (state instanceof AutoCloseable c) {
                try {
                    c.close();
                } catch (Exception e) {
                    // the program is over: nothing is left to tell
                }
            }
        }
    }
}
