package gotruffle.launcher;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.MaskingCallback;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

import gotruffle.repl.GoSession.Outcome;
import gotruffle.repl.GoSession.Status;

/**
 * The interactive shell ({@code gotruffle repl}) around a live {@link ReplSession}.
 *
 * <p>On a terminal, one thread reads lines with JLine (history, Tab completion, highlighting,
 * multi-line input while brackets are open) and another runs them in order, so the user can
 * type ahead while an input runs and everything printed meanwhile appears above the line being
 * edited. Ctrl-C stops the running input (or clears the line at an idle prompt), Ctrl-D leaves.
 * Without a terminal ({@code gotruffle repl < script}) the lines run one after another with no
 * prompts; the exit code is 0, os.Exit's code, or with {@code --strict} the first failure's.
 */
public final class Repl {
    static final List<String> COMMANDS = List.of(":help", ":quit", ":reset", ":load", ":type", ":doc", ":vars",
            ":goroutines", ":kill", ":gomaxprocs", ":time");

    static final String HELP = """
            Enter Go statements, expressions and declarations (func, method, type, import); no package clause.
              x := 40                 variables live on; functions declared here can use them
              x + 2                   an expression prints its value and type: : 42 (int)
              func sq(n int) int { return n * n }
              go worker(ch)           goroutines keep running; their output appears above the prompt
            fmt, strings, strconv, math, sort, os, time... need no import. Redeclaring a name shadows
            the old one (code entered earlier keeps using the old one). An input that fails to
            compile, panics or is interrupted leaves the session as it was. Input continues on the
            next line while a (, [ or { is open. Ctrl-C stops the running input or clears the line,
            Ctrl-D leaves; os.Exit ends the session with its code. Programs read an empty stdin.

            Commands:
              :help               this text
              :quit               leave (also Ctrl-D)
              :reset              a fresh session (stops every goroutine)
              :load FILE.go|DIR   add the declarations of Go files (package main) to the session;
                                  their init functions run, main does not (call main() to run it)
              :type EXPR          the type of an expression, without running it
              :doc pkg.Name       declaration and doc of a standard-library name (also pkg.Type.Method)
              :vars               the session's variables with their values, functions and types
              :goroutines         live goroutines: state, wait reason, where they were created
              :kill ID...|all     stop goroutines (they unwind, running their deferred calls)
              :gomaxprocs [N]     show or set GOMAXPROCS
              :time STMT          run an input and print how long it took
            """;

    private static final String EOF = "\u0000eof";

    private final Path cwd;
    private final Map<String, String> env;
    private final boolean verbose;
    private final boolean strict;
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final Terminal terminal;

    private ReplConsole console;
    private volatile ReplSession session;
    /** The first failure's exit code (for --strict), 0 while none. */
    private int firstFailure;
    private volatile int exitCode;

    // interactive mode
    private LineReader reader;
    private final LinkedBlockingQueue<String> inputs = new LinkedBlockingQueue<>();
    /** Inputs entered and not finished yet (queued or running). */
    private final AtomicInteger pending = new AtomicInteger();
    private volatile boolean leaving;

    /**
     * in/out/err are used without a terminal; terminal, when not null, is used instead of the
     * process's own (tests drive a dumb terminal over pipes).
     */
    public Repl(Path cwd, Map<String, String> env, boolean verbose, boolean strict,
                InputStream in, PrintStream out, PrintStream err, Terminal terminal) {
        this.cwd = cwd;
        this.env = env;
        this.verbose = verbose;
        this.strict = strict;
        this.in = in;
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    /** Runs the REPL to its end; returns the exit code. */
    public int run() throws IOException {
        Console c = System.console();
        boolean interactive = terminal != null || (c != null && c.isTerminal());
        return interactive ? runInteractive() : runScript();
    }

    // ---- without a terminal ----

    private int runScript() throws IOException {
        if (!start()) {
            return Main.EXIT_INTERNAL_ERROR;
        }
        try {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            StringBuilder text = new StringBuilder();
            String line;
            boolean go = true;
            while (go && (line = r.readLine()) != null) {
                text.append(line).append('\n');
                if (!text.toString().strip().startsWith(":") && !GoSnippetScanner.isComplete(text.toString())) {
                    continue; // a bracket is still open
                }
                go = handle(text.toString());
                text.setLength(0);
                go &= !(strict && firstFailure != 0);
            }
            if (go && !text.toString().isBlank()) {
                handle(text.toString());
            }
        } finally {
            stop();
        }
        return result();
    }

    /** Without a terminal: opens the session (inputs then go to {@link #handle}); false if it could not start. */
    boolean start() {
        console = new ReplConsole.Plain(out, err);
        flusher = Thread.ofPlatform().name("gotruffle-repl-flush").daemon().start(this::flushPeriodically);
        return openSession();
    }

    /** Ends the session started by {@link #start}; returns the exit code. */
    int stop() {
        leaving = true;
        flusher.interrupt();
        closeSession();
        return result();
    }

    private Thread flusher;

    private int result() {
        if (exitCode != 0) {
            return exitCode;
        }
        return strict ? firstFailure : 0;
    }

    // ---- on a terminal ----

    private int runInteractive() throws IOException {
        Terminal t = terminal != null ? terminal : TerminalBuilder.builder().system(true).build();
        try {
            reader = LineReaderBuilder.builder()
                    .terminal(t)
                    .appName("gotruffle")
                    .parser(new ReplLineParser())
                    .completer(new ReplCompleter(this::completeGo, cwd))
                    .highlighter(new ReplHighlighter())
                    .variable(LineReader.HISTORY_FILE, historyFile())
                    .variable(LineReader.SECONDARY_PROMPT_PATTERN, "... ")
                    // Go uses ! (!=, !ok); history expansion would eat it.
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                    .option(LineReader.Option.INSERT_TAB, true)
                    .build();
            // The prompt says whether the session is ready: "> " idle, nothing while inputs run.
            reader.getWidgets().put(LineReader.CALLBACK_INIT, () -> {
                ((LineReaderImpl) reader).setPrompt(prompt());
                return true;
            });
            console = new ReplConsole.Terminal(reader);
            console.message("GoTruffle " + Main.VERSION + " REPL (" + Main.GO_VERSION + "). :help for help, Ctrl-D to leave.", false);
            // Ctrl-C between two reads (while JLine is not reading) stops the running input too.
            t.handle(Terminal.Signal.INT, s -> interrupt());
            Thread evaluator = Thread.ofPlatform().name("gotruffle-repl").daemon().stackSize(256L << 20).start(this::evaluate);
            flusher = Thread.ofPlatform().name("gotruffle-repl-flush").daemon().start(this::flushPeriodically);
            try {
                read();
            } finally {
                leaving = true;
                inputs.add(EOF);
                try {
                    evaluator.join(TimeUnit.SECONDS.toMillis(5));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                flusher.interrupt();
                closeSession();
                reader.getHistory().save();
            }
        } finally {
            if (terminal == null) {
                t.close();
            }
        }
        return exitCode;
    }

    /** The reader thread: lines go to the evaluator; typed-ahead text survives Ctrl-C. */
    private void read() {
        String partial = null;
        while (!leaving) {
            String line;
            try {
                line = reader.readLine(prompt(), null, (MaskingCallback) null, partial);
                partial = null;
            } catch (UserInterruptException e) {
                if (leaving) {
                    break;
                }
                // Ctrl-C: stops the running input and keeps the line; at an idle prompt clears it
                partial = interrupt() ? e.getPartialLine() : null;
                continue;
            } catch (EndOfFileException e) {
                break; // Ctrl-D
            }
            if (line.isBlank()) {
                continue;
            }
            pending.incrementAndGet();
            inputs.add(line);
        }
    }

    /** The evaluator thread: runs inputs in order. */
    private void evaluate() {
        if (!openSession()) {
            stopReading();
            exitCode = Main.EXIT_INTERNAL_ERROR;
            return;
        }
        try {
            while (true) {
                String text = inputs.take();
                if (text.equals(EOF)) {
                    return;
                }
                boolean go = handle(text);
                if (!go) {
                    stopReading();
                    return;
                }
                if (pending.decrementAndGet() == 0) {
                    redrawPrompt();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Makes the reader thread leave readLine (os.Exit, :quit). */
    private void stopReading() {
        leaving = true;
        reader.getTerminal().raise(Terminal.Signal.INT);
    }

    private String prompt() {
        return pending.get() == 0 ? "> " : "";
    }

    private void redrawPrompt() {
        try {
            if (reader.isReading()) {
                ((LineReaderImpl) reader).setPrompt(prompt());
                reader.callWidget(LineReader.REDISPLAY);
            }
        } catch (IllegalStateException e) {
            // readLine just ended or has not started: it sets the prompt itself (CALLBACK_INIT)
        }
    }

    private void flushPeriodically() {
        try {
            while (!leaving) {
                Thread.sleep(40);
                ReplSession s = session;
                if (s != null) {
                    s.flushOutput();
                    if (s.isEnded() && s == session && reader != null) {
                        // os.Exit in a goroutine while the prompt waits: the REPL ends with its code
                        exitCode = s.exitCode();
                        stopReading();
                    }
                }
                console.flushStale();
            }
        } catch (InterruptedException e) {
            // leaving
        }
    }

    /**
     * Ctrl-C: stops the running input and drops the inputs typed ahead of it. Returns whether an
     * input was running (or waiting).
     */
    public boolean interrupt() {
        int dropped = 0;
        for (String s; (s = inputs.poll()) != null;) {
            if (s.equals(EOF)) {
                inputs.add(s);
                break;
            }
            dropped++;
        }
        pending.addAndGet(-dropped);
        ReplSession s = session;
        boolean running = s != null && s.interrupt();
        return running || dropped > 0;
    }

    /** Completion of Go names, from the session (nothing while it starts). */
    List<String> completeGo(String chain) {
        ReplSession s = session;
        return s == null ? List.of() : s.complete(chain);
    }

    // ---- inputs and commands (both modes) ----

    private boolean openSession() {
        try {
            ReplSession s = new ReplSession(cwd, env, console.goOut(), console.goErr());
            session = s;
            return true;
        } catch (RuntimeException e) {
            reportInternal(e);
            return false;
        }
    }

    ReplSession session() {
        return session;
    }

    private void closeSession() {
        ReplSession s = session;
        session = null;
        if (s != null) {
            if (s.isEnded()) {
                exitCode = s.exitCode();
            }
            s.close();
        }
    }

    /** Handles one complete input; false means leave. */
    boolean handle(String text) {
        String input = text.strip();
        if (input.isEmpty()) {
            return true;
        }
        long t0 = System.nanoTime();
        boolean go;
        try {
            go = input.startsWith(":") ? command(input) : report(session.eval(text));
        } catch (RuntimeException e) {
            reportInternal(e);
            firstFailure = firstFailure == 0 ? Main.EXIT_INTERNAL_ERROR : firstFailure;
            go = true;
        }
        if (env.containsKey("GOTRUFFLE_REPL_TIMINGS")) {
            // bench/repl: how long the input took to answer, output included
            err.printf("repl-input-ms %.3f %s%n", (System.nanoTime() - t0) / 1e6, input.lines().findFirst().orElse(""));
        }
        return go;
    }

    /** Shows what became of an input; false when the session ended (os.Exit). */
    private boolean report(Outcome o) {
        console.inputDone();
        for (String m : o.messages()) {
            console.message(m, true);
        }
        switch (o.status()) {
            case INTERRUPTED -> console.message("interrupted", true);
            case EXIT -> {
                exitCode = o.code();
                return false;
            }
            default -> {
            }
        }
        if (!o.leftover().isEmpty()) {
            List<String> ids = o.leftover().stream().map(g -> g.substring(0, g.indexOf(' '))).toList();
            console.message("goroutines started by the input still run: " + String.join(", ", o.leftover())
                    + " (:kill " + String.join(" ", ids) + " stops them)", true);
        }
        if (o.status() != Status.OK && firstFailure == 0) {
            firstFailure = o.code();
        }
        return true;
    }

    private boolean command(String input) {
        int space = input.indexOf(' ');
        String name = space < 0 ? input : input.substring(0, space);
        String arg = space < 0 ? "" : input.substring(space + 1).strip();
        switch (name) {
            case ":quit", ":q", ":exit" -> {
                return false;
            }
            case ":help", ":h" -> HELP.lines().forEach(l -> console.message(l, false));
            case ":reset" -> {
                closeSession();
                if (!openSession()) {
                    return false;
                }
                console.message("session reset", false);
            }
            case ":load" -> {
                if (arg.isEmpty()) {
                    return usage(":load FILE.go|DIR");
                }
                List<String> files = goFiles(arg);
                if (files.isEmpty()) {
                    console.message(":load: no Go files in " + arg, true);
                    return true;
                }
                Outcome o = session.load(files);
                boolean go = report(o);
                if (o.status() == Status.OK) {
                    console.message("loaded " + String.join(", ", files), false);
                }
                return go;
            }
            case ":type" -> {
                if (arg.isEmpty()) {
                    return usage(":type EXPR");
                }
                List<String> lines = session.typeOf(arg);
                boolean ok = lines.size() == 1 && !lines.get(0).matches("^\\d+:\\d+: .*");
                lines.forEach(l -> console.message(l, !ok));
            }
            case ":doc" -> {
                if (arg.isEmpty()) {
                    return usage(":doc pkg.Name");
                }
                session.doc(arg).lines().forEach(l -> console.message(l, false));
            }
            case ":vars" -> {
                boolean go = report(session.vars());
                session.declarations().forEach(l -> console.message(l, false));
                return go;
            }
            case ":goroutines" -> {
                String g = session.goroutines();
                (g.isEmpty() ? List.of("no goroutines") : g.lines().toList()).forEach(l -> console.message(l, false));
            }
            case ":kill" -> {
                List<Long> ids = new ArrayList<>();
                if (arg.isEmpty()) {
                    return usage(":kill ID...|all");
                }
                if (!arg.equals("all")) {
                    for (String s : arg.split("[\\s,]+")) {
                        try {
                            ids.add(Long.parseLong(s));
                        } catch (NumberFormatException e) {
                            return usage(":kill ID...|all");
                        }
                    }
                }
                List<String> done = session.kill(ids);
                (done.isEmpty() ? List.of("no goroutines") : done).forEach(l -> console.message(l, false));
            }
            case ":gomaxprocs" -> {
                int n = 0;
                if (!arg.isEmpty()) {
                    try {
                        n = Integer.parseInt(arg);
                    } catch (NumberFormatException e) {
                        return usage(":gomaxprocs [N]");
                    }
                }
                int prev = session.gomaxprocs(n);
                console.message(n > 0 ? "GOMAXPROCS " + n + " (was " + prev + ")" : "GOMAXPROCS " + prev, false);
            }
            case ":time" -> {
                if (arg.isEmpty()) {
                    return usage(":time STMT");
                }
                long t0 = System.nanoTime();
                Outcome o = session.eval(arg);
                long ns = System.nanoTime() - t0;
                boolean go = report(o);
                if (go) {
                    console.message("time: " + duration(ns), false);
                }
                return go;
            }
            default -> console.message("unknown command " + name + " (:help lists them)", true);
        }
        return true;
    }

    private boolean usage(String text) {
        console.message("usage: " + text, true);
        return true;
    }

    /** Go's time.Duration printing, to three decimals: 850µs, 12.345ms, 1.5s. */
    static String duration(long ns) {
        if (ns < 1_000) {
            return ns + "ns";
        }
        if (ns < 1_000_000) {
            return trim(ns / 1e3) + "µs";
        }
        if (ns < 1_000_000_000) {
            return trim(ns / 1e6) + "ms";
        }
        return trim(ns / 1e9) + "s";
    }

    private static String trim(double v) {
        String s = String.format("%.3f", v);
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }

    /** FILE.go, or the .go files of DIR (not _test.go), relative to the working directory. */
    private List<String> goFiles(String arg) {
        Path p = cwd.resolve(arg);
        if (!Files.isDirectory(p)) {
            return List.of(arg);
        }
        try (Stream<Path> entries = Files.list(p)) {
            return entries.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".go") && !n.endsWith("_test.go"))
                    .sorted()
                    .map(n -> arg.endsWith("/") ? arg + n : arg + "/" + n)
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private void reportInternal(Throwable t) {
        Main.reportInternalError(t, new PrintStream(new MessageStream(), true, StandardCharsets.UTF_8), verbose);
    }

    /** The REPL's error lines written through a PrintStream (internal errors). */
    private final class MessageStream extends OutputStream {
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        @Override
        public void write(int b) {
            if (b == '\n') {
                console.message(line.toString(StandardCharsets.UTF_8), true);
                line.reset();
            } else {
                line.write(b);
            }
        }
    }

    /** ~/.gotruffle_history, where ~ is $HOME as in the shell (Java's user.home ignores $HOME). */
    private Path historyFile() {
        String home = env.get("HOME");
        return Path.of(home != null && !home.isBlank() ? home : System.getProperty("user.home"), ".gotruffle_history");
    }
}
