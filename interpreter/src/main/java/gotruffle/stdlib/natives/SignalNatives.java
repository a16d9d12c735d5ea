package gotruffle.stdlib.natives;

import gotruffle.GoContext;
import gotruffle.nodes.Fiber;
import gotruffle.nodes.call.Native;
import sun.misc.Signal;
import sun.misc.SignalHandler;

import java.io.IOException;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Natives of os/signal: the part of Go's runtime/sigqueue.go that the prelude's signal loop
 * sits on. The JVM's signal handlers are process-wide, so one {@link Hub} installs a handler per
 * signal (sun.misc.Signal) and dispatches each arrival to the programs whose {@link State}
 * wants it; the program's signal goroutine takes it with signalRecv (blocking in a syscall, as
 * Go's signal_recv does, so the program is never reported as deadlocked while it waits for
 * signals). A signal that no program wants and none ignores takes Go's default action: under
 * the launcher ({@link #installGoDefaults}) SIGHUP, SIGINT and SIGTERM kill the process by that
 * signal (stdout flushed first), as a Go binary dies; embedded, the JVM's own handler runs.
 */
public final class SignalNatives {
    private SignalNatives() {}

    /** Signal numbers 1..64, as in Go's sigtable for linux/amd64. */
    static final int NSIG = 65;

    /** The Java names (sun.misc.Signal) of the Linux signals 1..31. */
    private static final String[] NAMES = {null, "HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS", "FPE", "KILL", "USR1",
        "SEGV", "USR2", "PIPE", "ALRM", "TERM", "STKFLT", "CHLD", "CONT", "STOP", "TSTP", "TTIN", "TTOU", "URG", "XCPU", "XFSZ",
        "VTALRM", "PROF", "WINCH", "IO", "PWR", "SYS"};

    /** Signals whose default action in Go kills the program (and that the JVM lets us handle). */
    private static final int[] GO_KILL_DEFAULT = {1, 2, 15};

    /** os/signal's state of this program (closed with the context). */
    private static State signals(GoContext ctx) {
        return ctx.packageState(State.class, State::new);
    }

    public static void register(Map<String, Native> t) {
        t.put("os/signal.enableSignal", (ctx, f, a) -> {
            signals(ctx).enable((int) (long) (Long) a[0]);
            return null;
        });
        t.put("os/signal.disableSignal", (ctx, f, a) -> {
            signals(ctx).disable((int) (long) (Long) a[0]);
            return null;
        });
        t.put("os/signal.ignoreSignal", (ctx, f, a) -> {
            signals(ctx).ignore((int) (long) (Long) a[0]);
            return null;
        });
        t.put("os/signal.signalIgnored", (ctx, f, a) -> signals(ctx).ignored((int) (long) (Long) a[0]));
        t.put("os/signal.signalRecv", (ctx, f, a) -> (long) recv(signals(ctx), f));
    }

    /** Go's signal_recv: the signal goroutine waits in a syscall (its P runs other goroutines). */
    private static int recv(State st, Fiber fiber) {
        return OsNatives.syscall(fiber, st::recv);
    }

    /** Called by the launcher: this JVM is a Go process, which dies by SIGHUP/SIGINT/SIGTERM unless the program asks for them. */
    public static void installGoDefaults() {
        Hub.goDefaults = true;
        for (int sig : GO_KILL_DEFAULT) {
            Hub.install(sig);
        }
    }

    /**
     * A signal the program sends to its own process: when our handler has the signal it is
     * dispatched at once, so that (as for a Go process signalling itself) it has arrived when
     * kill returns; false if the JVM must deliver it.
     */
    static boolean raise(int sig) {
        if (!Hub.handles(sig)) {
            return false;
        }
        Hub.dispatch(sig);
        return true;
    }

    /** One program's signal state (Go's sig.wanted, sig.ignored and the pending queue). */
    public static final class State implements AutoCloseable {
        private final BitSet wanted = new BitSet(NSIG);
        private final BitSet ignored = new BitSet(NSIG);
        private final BitSet pending = new BitSet(NSIG);
        private boolean closed;
        /** The M thread blocked in recv (it belongs to the program's context: close joins it). */
        private Thread receiver;

        public State() {
            Hub.states.add(this);
        }

        synchronized void enable(int sig) {
            if (sig <= 0 || sig >= NSIG) {
                return;
            }
            wanted.set(sig);
            ignored.clear(sig);
            Hub.install(sig);
        }

        synchronized void disable(int sig) {
            if (sig > 0 && sig < NSIG) {
                wanted.clear(sig);
            }
        }

        synchronized void ignore(int sig) {
            if (sig <= 0 || sig >= NSIG) {
                return;
            }
            wanted.clear(sig);
            ignored.set(sig);
            Hub.install(sig);
        }

        synchronized boolean ignored(int sig) {
            return sig > 0 && sig < NSIG && ignored.get(sig);
        }

        /** Queues sig if wanted (repeated arrivals before a receive count once, as in Go). */
        synchronized boolean deliver(int sig) {
            if (closed || !wanted.get(sig)) {
                return false;
            }
            pending.set(sig);
            notifyAll();
            return true;
        }

        synchronized boolean ignoring(int sig) {
            return !closed && ignored.get(sig);
        }

        /** The next pending signal (lowest number first), waiting for one; -1 once the program ended. */
        synchronized int recv() {
            receiver = Thread.currentThread();
            while (pending.isEmpty() && !closed) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    closed = true;
                }
            }
            if (closed) {
                return -1;
            }
            int sig = pending.nextSetBit(0);
            pending.clear(sig);
            return sig;
        }

        /**
         * The program ended: stop taking signals, wake its signal goroutine and wait (briefly)
         * until that M's thread is done, since the context's threads must end with it.
         */
        public void close() {
            Thread t;
            synchronized (this) {
                closed = true;
                notifyAll();
                t = receiver;
            }
            Hub.states.remove(this);
            if (t != null && t != Thread.currentThread()) {
                try {
                    t.join(2000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** The process-wide JVM handlers and their dispatch to programs. */
    static final class Hub {
        static final List<State> states = new CopyOnWriteArrayList<>();
        private static final Map<Integer, SignalHandler> original = new HashMap<>();
        static volatile boolean goDefaults;
        private static final SignalHandler DISPATCH = s -> dispatch(s.getNumber());

        static synchronized boolean handles(int sig) {
            return original.get(sig) != null;
        }

        /** Installs the dispatching handler for sig once; a signal the JVM keeps for itself is left alone. */
        static synchronized void install(int sig) {
            if (original.containsKey(sig) || sig >= NAMES.length || NAMES[sig] == null) {
                return;
            }
            try {
                original.put(sig, Signal.handle(new Signal(NAMES[sig]), DISPATCH));
            } catch (IllegalArgumentException e) {
                original.put(sig, null); // used by the JVM (SIGQUIT, SIGSEGV...) or uncatchable (SIGKILL, SIGSTOP)
            }
        }

        static void dispatch(int sig) {
            boolean delivered = false;
            boolean ignoredByAll = !states.isEmpty();
            for (State st : states) {
                delivered |= st.deliver(sig);
                ignoredByAll &= st.ignoring(sig);
            }
            if (delivered || ignoredByAll) {
                return;
            }
            SignalHandler orig;
            synchronized (Hub.class) {
                orig = original.get(sig);
            }
            if (goDefaults || orig == SignalHandler.SIG_DFL) {
                for (int k : GO_KILL_DEFAULT) {
                    if (k == sig) {
                        dieFromSignal(sig);
                    }
                }
                return; // Go's default for the other signals we catch: nothing
            }
            if (orig != null && orig != SignalHandler.SIG_IGN) {
                orig.handle(new Signal(NAMES[sig]));
            }
        }

        /**
         * Go's dieFromSignal: flush what the programs wrote, restore the default action and send
         * the signal again, so the process ends killed by it (a shell sees 128+sig). The JVM only
         * raises signals it has a handler for, so kill(1) sends it.
         */
        private static void dieFromSignal(int sig) {
            GoContext.flushAll();
            Signal.handle(new Signal(NAMES[sig]), SignalHandler.SIG_DFL);
            try {
                new ProcessBuilder("kill", "-" + sig, Long.toString(ProcessHandle.current().pid())).start().waitFor();
                Thread.sleep(2000); // delivery is asynchronous
            } catch (IOException e) {
                // no kill(1): exit with the status a shell would report
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Runtime.getRuntime().halt(128 + sig);
        }
    }
}
