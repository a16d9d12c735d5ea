package gotruffle.repl;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import gotruffle.GoContext;
import gotruffle.GoLanguage;
import gotruffle.compiler.SessionCompiler;
import gotruffle.nodes.Fiber;
import gotruffle.nodes.GoPanic;
import gotruffle.nodes.GoStack;
import gotruffle.nodes.ProgramRootNode;
import gotruffle.nodes.conc.Goroutines;
import gotruffle.nodes.control.ExitException;
import gotruffle.nodes.control.GoStackOverflow;
import gotruffle.parser.GoParserFacade;
import gotruffle.parser.GoSyntaxException;
import gotruffle.parser.ast.SourceFile;
import gotruffle.runtime.GoFatalError;
import gotruffle.runtime.sched.G;
import gotruffle.runtime.sched.Goexit;
import gotruffle.runtime.sched.Sched;
import gotruffle.runtime.sched.StackOverflowExit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * A live Go session, the REPL's program: one long-lived scheduler and polyglot context in which
 * every input is compiled against the session's scope ({@link SessionCompiler}) and run once.
 *
 * <p>Inputs run one after another on the runner goroutine (goroutine 1, like main.main), which
 * waits for the next input in a syscall, so the scheduler never takes an idle session for a
 * deadlock. Goroutines an input starts keep running after it returns. An input that panics,
 * deadlocks or is interrupted leaves the session as it was: its declarations are committed
 * only when it ran to its end. When the runner itself cannot be stopped (blocked in a channel
 * operation, a sleep, or in code without poll points) it is abandoned and a new runner takes
 * the next inputs; the old one unwinds if it ever runs again.
 *
 * <p>The launcher gets this object from evaluating a source named {@link #SOURCE_NAME}; its
 * methods are called from the launcher's threads (entered in the context) and are thread-safe.
 */
public final class GoSession {
    /** Evaluating a Go source with this name starts a session and returns it (as a host object). */
    public static final String SOURCE_NAME = "<gotruffle-session>";
    /** How long an interrupted input may take to unwind before its goroutine is abandoned. */
    private static final long UNWIND_WAIT_MILLIS = 1000;

    public enum Status {
        /** Ran to its end (declarations committed). */
        OK,
        /** Did not compile: Go's messages. */
        ERROR,
        /** An unrecovered panic or fatal error (reported on Go's stderr like Go). */
        PANIC,
        /** Stopped by {@link #interrupt}. */
        INTERRUPTED,
        /** Blocked with nothing left that could wake it (reported like Go's deadlock). */
        DEADLOCK,
        /** os.Exit: the session is over. */
        EXIT
    }

    /**
     * What became of an input: its status, the exit code Go would have (os.Exit's, 1 for compile
     * errors, 2 for panics), messages to show, and goroutines it left running when it failed.
     */
    public record Outcome(Status status, int code, List<String> messages, List<String> leftover) {
        static Outcome of(Status s, int code) {
            return new Outcome(s, code, List.of(), List.of());
        }
    }

    private final GoContext ctx;
    private final SessionCompiler compiler;
    /** Guards the compiler (completion runs on another thread than inputs). */
    private final ReentrantLock compileLock = new ReentrantLock();
    private final Sched sched;
    private final BlockingQueue<Job> jobs = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> ended = new CompletableFuture<>();
    /** The job the runner is working on, or null. */
    private Job running;
    /** Goroutine ids of runners, current and abandoned (not the user's goroutines). */
    private final Set<Long> runners = ConcurrentHashMap.newKeySet();
    /** Runners given up on (see {@link #abandon}); they retire if they ever finish their input. */
    private final Set<Long> abandoned = ConcurrentHashMap.newKeySet();
    private final List<RootCallTarget> pendingInits = new ArrayList<>();
    private int inputs;

    /** Work for the runner goroutine: initializers and an input's body, or Java code run on the goroutine. */
    private static final class Job {
        final List<RootCallTarget> inits;
        final RootCallTarget body;
        final Consumer<G> action;
        final CompletableFuture<Outcome> done = new CompletableFuture<>();
        /** Goroutines with higher ids were started while the job ran. */
        long lastGoidBefore;
        volatile G runner;

        Job(List<RootCallTarget> inits, RootCallTarget body, Consumer<G> action) {
            this.inits = inits;
            this.body = body;
            this.action = action;
        }
    }

    private static final Job STOP = new Job(List.of(), null, null);

    private GoSession(GoContext ctx, GoLanguage language) {
        this.ctx = ctx;
        ctx.setSession(true);
        ctx.setProgramName("/tmp/go-build/exe/repl");
        this.compiler = new SessionCompiler(language);
        ctx.setRuntimeTypes(compiler::runtimeType);
        this.sched = ProgramRootNode.newSched(ctx);
        sched.deadlockHandler = this::deadlock;
        Thread t = new Thread(() -> {
            int code = 70;
            try {
                code = sched.runMain(this::runner);
            } catch (Throwable e) {
                // a bug of the interpreter outside any input (a background goroutine): one line, and the
                // session ends as a program would (exit 70), never a hang or a Java trace
                ctx.writeErr("gotruffle: internal error: " + oneLine(e) + " (rerun with --verbose for the Java stack trace)\n");
            }
            ended.complete(code);
            finishAll(Outcome.of(Status.EXIT, code));
        }, "gotruffle-session");
        t.setDaemon(true);
        t.start();
        // The standard packages the session starts with (runtime, fmt) are initialized first.
        pendingInits.addAll(compiler.takeStartInits());
    }

    // ---- inputs ----

    /** Compiles and runs one input typed at the prompt; blocks until it ends (or is interrupted). */
    public Outcome eval(String text) {
        SessionCompiler.Input in;
        compileLock.lock();
        try {
            in = compiler.compile(text, ++inputs);
        } finally {
            compileLock.unlock();
        }
        return run(in);
    }

    /** :load: the declarations of Go files (one package) join the session; their init functions run, main does not. */
    public Outcome load(List<String> paths) {
        List<SourceFile> files = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (String p : paths) {
            byte[] bytes;
            try {
                bytes = ctx.env.getPublicTruffleFile(p).readAllBytes();
            } catch (IOException | SecurityException e) {
                errors.add("open " + p + ": no such file or directory");
                continue;
            }
            try {
                files.add(GoParserFacade.parse(bytes, p));
            } catch (GoSyntaxException e) {
                for (String m : e.messages()) {
                    errors.add(SessionCompiler.utf8(m));
                }
            }
        }
        if (!errors.isEmpty()) {
            return new Outcome(Status.ERROR, 1, errors, List.of());
        }
        SessionCompiler.Input in;
        compileLock.lock();
        try {
            in = compiler.load(files);
        } finally {
            compileLock.unlock();
        }
        return run(in);
    }

    private Outcome run(SessionCompiler.Input in) {
        List<RootCallTarget> inits;
        synchronized (pendingInits) {
            pendingInits.addAll(in.inits);
            if (!in.errors.isEmpty()) {
                return new Outcome(Status.ERROR, 1, in.errors, List.of());
            }
            inits = List.copyOf(pendingInits);
            pendingInits.clear();
        }
        Outcome o = submit(new Job(inits, in.body, null));
        if (o.status() == Status.OK) {
            compileLock.lock();
            try {
                in.commit();
            } finally {
                compileLock.unlock();
            }
            if (in.methodsOnEarlierTypes) {
                ctx.methods.invalidate();
            }
        }
        return o;
    }

    private Outcome submit(Job job) {
        if (ended.isDone()) {
            return Outcome.of(Status.EXIT, exitCode());
        }
        jobs.add(job);
        try {
            return job.done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            interrupt();
            return Outcome.of(Status.INTERRUPTED, 2);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Stops the running input (Ctrl-C): its goroutine unwinds at its next poll point (deferred
     * calls run); a goroutine that is blocked, or does not unwind within a second, is abandoned.
     * Returns false when no input is running.
     */
    public boolean interrupt() {
        boolean dropped = false;
        for (Job q; (q = jobs.poll()) != null;) {
            if (q == STOP) {
                jobs.add(q);
                break;
            }
            q.done.complete(Outcome.of(Status.INTERRUPTED, 2)); // submitted, not started yet
            dropped = true;
        }
        Job j;
        synchronized (this) {
            j = running;
        }
        if (j == null || j.runner == null) {
            return dropped;
        }
        G g = j.runner;
        g.requestUnwind();
        int s = g.status();
        if (s == G.WAITING || s == G.SYSCALL) {
            abandon(j, Status.INTERRUPTED);
            return true;
        }
        Thread.ofPlatform().daemon().start(() -> {
            try {
                j.done.get(UNWIND_WAIT_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                abandon(j, Status.INTERRUPTED);
            } catch (InterruptedException | ExecutionException e) {
                // nothing to do
            }
        });
        return true;
    }

    // ---- the runner goroutine ----

    private void runner(G g) {
        runners.add(g.id());
        while (true) {
            Job job;
            sched.entersyscall(g);
            try {
                job = jobs.take();
            } catch (InterruptedException e) {
                job = STOP;
            } finally {
                sched.exitsyscall(g);
            }
            if (job == STOP) {
                return;
            }
            runJob(g, job);
            if (abandoned.contains(g.id())) {
                retire(g);
                return;
            }
            g.takeUnwind(); // a Ctrl-C that came after the input ended must not stop the next one
        }
    }

    /** An abandoned runner that ran again: goroutine 1 must never end (that ends the program), others just end. */
    private void retire(G g) {
        abandoned.remove(g.id()); // unwound: no longer the user's business (:goroutines)
        if (g.id() == 1) {
            sched.gopark(g, (Runnable) null, "");
        }
    }

    private void runJob(G g, Job job) {
        Fiber f = new Fiber(g, g.id());
        g.interpData = f;
        synchronized (this) {
            job.lastGoidBefore = lastGoid();
            job.runner = g;
            running = job;
        }
        Outcome o;
        try {
            for (RootCallTarget init : job.inits) {
                init.call(f, null);
            }
            if (job.body != null) {
                job.body.call(f, null);
            }
            if (job.action != null) {
                job.action.accept(g);
            }
            o = Outcome.of(Status.OK, 0);
        } catch (GoPanic p) {
            if (p.interrupted) {
                o = Outcome.of(Status.INTERRUPTED, 2);
            } else if (p.goexit) {
                o = Outcome.of(Status.OK, 0); // runtime.Goexit ends the input
            } else {
                ctx.writeErr(Goroutines.panicReport(ctx, g, f, p));
                o = Outcome.of(Status.PANIC, 2);
            }
        } catch (ExitException e) {
            ctx.flushOut();
            finish(job, Outcome.of(Status.EXIT, e.code));
            sched.exit(g, e.code);
            return;
        } catch (StackOverflowError | GoStackOverflow e) {
            ctx.writeErr(StackOverflowExit.report(g.id()));
            o = Outcome.of(Status.PANIC, 2);
        } catch (GoFatalError e) {
            StringBuilder sb = new StringBuilder("fatal error: ").append(e.getMessage()).append("\n\ngoroutine ").append(g.id()).append(" [running]:\n");
            if (f.fatalStack != null) {
                GoStack.print(sb, f.fatalStack);
            }
            ctx.writeErr(sb.toString());
            o = Outcome.of(Status.PANIC, 2);
        } catch (Goexit e) {
            o = Outcome.of(Status.OK, 0);
        } catch (RuntimeException | Error e) {
            // a bug of the interpreter: reported, and the session goes on
            o = new Outcome(Status.PANIC, 70, List.of("gotruffle: internal error: " + oneLine(e)), List.of());
        }
        ctx.flushOut();
        if (o.status() == Status.INTERRUPTED || o.status() == Status.PANIC) {
            o = new Outcome(o.status(), o.code(), o.messages(), startedBy(job));
        }
        finish(job, o);
    }

    private synchronized void finish(Job job, Outcome o) {
        if (running == job) {
            running = null;
        }
        job.done.complete(o);
    }

    /** Gives up on the job's runner (blocked for good, or not unwinding): a new runner takes the next inputs. */
    private void abandon(Job job, Status status) {
        synchronized (this) {
            if (job.done.isDone() || running != job) {
                return;
            }
            running = null;
            abandoned.add(job.runner.id());
            job.runner.requestUnwind();
        }
        ctx.flushOut();
        List<String> left = startedBy(job);
        runners.add(sched.newproc(null, this::runner).id());
        job.done.complete(new Outcome(status, 2, List.of(), left));
    }

    /** The scheduler found every goroutine blocked: the running input can never end. */
    private boolean deadlock(String msg) {
        Job j;
        synchronized (this) {
            j = running;
        }
        if (j != null && j.runner != null && j.runner.status() == G.WAITING && msg.startsWith("all goroutines")) {
            StringBuilder sb = new StringBuilder("fatal error: ").append(msg).append('\n');
            for (G gp : sched.allGoroutines()) {
                if (gp == j.runner || !runners.contains(gp.id())) {
                    sb.append("\ngoroutine ").append(gp.id()).append(" [").append(Sched.statusString(gp)).append("]:\n");
                    sb.append(Goroutines.traceback(gp));
                }
            }
            ctx.writeErr(sb.toString());
            abandon(j, Status.DEADLOCK);
        }
        return true; // never fatal: the session waits for the next input
    }

    /** An internal error's message on one line (the Java trace is for --verbose). */
    private static String oneLine(Throwable e) {
        return e.getMessage() == null ? e.getClass().getName() : e.getMessage().strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private void finishAll(Outcome o) {
        Job j;
        synchronized (this) {
            j = running;
            running = null;
        }
        if (j != null) {
            j.done.complete(o);
        }
        for (Job q; (q = jobs.poll()) != null;) {
            q.done.complete(o);
        }
    }

    // ---- goroutines ----

    private long lastGoid() {
        long max = 0;
        for (G gp : sched.allGoroutines()) {
            max = Math.max(max, gp.id());
        }
        return max;
    }

    /** Goroutines started while the job ran that are still alive: "5 [running]", "6 [chan receive]". */
    private List<String> startedBy(Job job) {
        List<String> out = new ArrayList<>();
        for (G gp : sched.allGoroutines()) {
            if (gp.id() > job.lastGoidBefore && !runners.contains(gp.id()) && gp.status() != G.DEAD) {
                out.add(gp.id() + " [" + Sched.statusString(gp) + "]");
            }
        }
        return out;
    }

    /** :goroutines: the user's live goroutines, each with its state (wait reason) and where it was created. */
    public String goroutines() {
        StringBuilder sb = new StringBuilder();
        Job j;
        synchronized (this) {
            j = running;
        }
        for (G gp : sched.allGoroutines()) {
            boolean runnerNow = j != null && gp == j.runner;
            boolean given = abandoned.contains(gp.id());
            if ((runners.contains(gp.id()) && !runnerNow && !given) || gp.status() == G.DEAD) {
                continue; // the idle runner waiting for the next input
            }
            sb.append("goroutine ").append(gp.id()).append(" [").append(Sched.statusString(gp)).append("]");
            if (runnerNow) {
                sb.append(" running the current input");
            } else if (given) {
                sb.append(" a stopped input (interrupted or deadlocked), unwinds if it is woken");
            } else if (gp.interpData instanceof Fiber f && f.createdBy != null) {
                GoStack.Frame at = GoStack.frame(f.createdBy.getRootNode(), f.createdBy);
                if (at != null) {
                    sb.append(" created by ").append(SessionCompiler.utf8(at.function())).append(" at ")
                            .append(SessionCompiler.utf8(at.file())).append(':').append(at.line());
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * :kill: asks the goroutines to unwind (deferred calls run); a blocked one unwinds when it
     * wakes. ids empty means every goroutine of the user. Returns what was done, one line each.
     */
    public List<String> kill(List<Long> ids) {
        List<String> out = new ArrayList<>();
        List<G> all = sched.allGoroutines();
        for (G gp : all) {
            boolean user = !runners.contains(gp.id()) || abandoned.contains(gp.id());
            if (!user || gp.status() == G.DEAD || (!ids.isEmpty() && !ids.contains(gp.id()))) {
                continue;
            }
            gp.requestUnwind();
            out.add("goroutine " + gp.id() + (gp.status() == G.WAITING ? " [" + Sched.statusString(gp) + "]: stops when it wakes" : ": stopped"));
        }
        for (long id : ids) {
            if (all.stream().noneMatch(gp -> gp.id() == id) || runners.contains(id) && !abandoned.contains(id)) {
                out.add("goroutine " + id + ": no such goroutine");
            }
        }
        return out;
    }

    /** :gomaxprocs N (runtime.GOMAXPROCS on the runner goroutine); n <= 0 only reads it. Returns the previous setting. */
    public int gomaxprocs(int n) {
        int[] prev = new int[1];
        submit(new Job(List.of(), null, g -> prev[0] = sched.gomaxprocs(g, n)));
        return prev[0];
    }

    // ---- queries (no code runs) ----

    /** :type EXPR: how Go describes the expression ("x (variable of type int)"), or Go's messages. */
    public List<String> typeOf(String expr) {
        compileLock.lock();
        try {
            return compiler.describe(expr);
        } finally {
            compileLock.unlock();
        }
    }

    /** :doc pkg.Name: the declaration of a standard-library name and its comment. */
    public String doc(String name) {
        compileLock.lock();
        try {
            return compiler.doc(name);
        } finally {
            compileLock.unlock();
        }
    }

    /** :vars: prints the session's variables with their values (Go code run like an input); returns declared funcs and types. */
    public Outcome vars() {
        String code;
        compileLock.lock();
        try {
            code = compiler.varsInput();
        } finally {
            compileLock.unlock();
        }
        return code.isEmpty() ? Outcome.of(Status.OK, 0) : eval(code);
    }

    /** :vars, second part: the session's functions and types ("func sq(n int) int", "type P struct{...}"). */
    public List<String> declarations() {
        compileLock.lock();
        try {
            return compiler.declarations();
        } finally {
            compileLock.unlock();
        }
    }

    /**
     * Completion candidates for the identifier chain before the cursor ({@code str},
     * {@code strings.To}, {@code p.na}, {@code p.inner.}); full replacements of the chain.
     * Returns nothing when the session is busy compiling.
     */
    public List<String> complete(String chain) {
        try {
            if (!compileLock.tryLock(200, TimeUnit.MILLISECONDS)) {
                return List.of();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
        try {
            return compiler.complete(chain);
        } finally {
            compileLock.unlock();
        }
    }

    // ---- lifetime ----

    /** Writes out what goroutines printed to stdout (it is buffered). */
    public void flushOutput() {
        ctx.flushOut();
    }

    public boolean isEnded() {
        return ended.isDone();
    }

    /** The session's exit code once it ended (os.Exit's argument), else -1. */
    public int exitCode() {
        try {
            return ended.isDone() ? ended.get() : -1;
        } catch (InterruptedException | ExecutionException e) {
            return 70;
        }
    }

    /** Ends the session: every goroutine stops. Returns the exit code. */
    public int close() {
        if (!ended.isDone()) {
            sched.exit(null, 0);
        }
        jobs.add(STOP);
        try {
            return ended.get(10, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            return 70;
        }
    }

    /** Evaluating the session source: starts a session in the current context and returns it to the launcher. */
    public static final class StartNode extends RootNode {
        public StartNode(GoLanguage language) {
            super(language);
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return start();
        }

        @TruffleBoundary
        private Object start() {
            GoContext ctx = GoContext.get(this);
            return ctx.env.asGuestValue(new GoSession(ctx, GoLanguage.get(this)));
        }
    }
}
