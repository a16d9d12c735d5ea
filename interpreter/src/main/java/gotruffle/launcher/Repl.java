package gotruffle.launcher;

import java.io.ByteArrayInputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jline.reader.EOFError;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The interactive shell ({@code gotruffle repl}): JLine line editing, history in
 * {@code ~/.gotruffle_history}, multi-line input while brackets are open. What an input means
 * and how it is run is {@link ReplSession}'s business; this class reads, runs and shows.
 */
public final class Repl {
    /** The synthesized program's file name; compiler messages about it are mapped back to inputs. */
    static final String FILE_NAME = "repl.go";

    static final String HELP = """
            Enter Go statements, expressions, and func/type/import declarations; no package clause.
              1 + 2                 an expression: its value is printed as ": 3"
              x := 40               var, const and := persist; redeclaring a name shadows the old one
              func sq(n int) int { return n * n }     declarations replace earlier ones of the same name
              import "strings"      imports are only compiled in while some input uses them;
                                    fmt, strings, strconv, math, sort, os, time, errors, ... need none
            Variables entered at the prompt live inside main: functions declared here cannot
            see them (pass them as arguments).
            Input continues on the next line while a (, [ or { is open.

            How it runs: every input becomes a complete Go program made of all accepted
            declarations and statements followed by the new input. Earlier statements are
            re-executed each time with their output suppressed, so side effects (files written,
            time, random numbers) happen again. An input that does not compile, panics, or exits
            is shown and then dropped from the session. Programs read no stdin here.

            Commands:
              :help    this text
              :decls   show the session (imports, declarations, statements)
              :reset   forget everything entered so far
              :quit    leave (Ctrl-D also works)
            """;

    private final ProgramRunner runner;
    private final Path cwd;
    private final boolean verbose;
    private final ReplSession session = new ReplSession();
    private Path sourceFile;

    public Repl(ProgramRunner runner, Path cwd, boolean verbose) {
        this.runner = runner;
        this.cwd = cwd;
        this.verbose = verbose;
    }

    /** Runs the interactive loop until :quit or end of input; returns the exit code. */
    public int run() throws IOException {
        try (Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build()) {
            LineReader reader = LineReaderBuilder.builder()
                    .terminal(terminal)
                    .appName("gotruffle")
                    .parser(new GoLineParser())
                    .variable(LineReader.HISTORY_FILE, historyFile())
                    .variable(LineReader.SECONDARY_PROMPT_PATTERN, "... ")
                    // Go uses ! (!=, !ok); history expansion would eat it.
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                    .option(LineReader.Option.INSERT_TAB, true)
                    .build();
            PrintStream out = new PrintStream(terminal.output(), true, StandardCharsets.UTF_8);
            PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
            out.println("GoTruffle " + Main.VERSION + " REPL (" + Main.GO_VERSION + "). :help for help, :quit to leave.");
            try {
                while (true) {
                    String line;
                    try {
                        line = reader.readLine("> ");
                    } catch (UserInterruptException e) {
                        continue;
                    } catch (EndOfFileException e) {
                        break;
                    }
                    if (!handle(line, out, err)) break;
                }
            } finally {
                reader.getHistory().save();
                deleteSourceFile();
            }
        }
        return 0;
    }

    /** Handles one complete input; false means leave. */
    boolean handle(String line, PrintStream out, PrintStream err) throws IOException {
        String input = line.strip();
        if (input.isEmpty()) return true;
        if (input.startsWith(":")) {
            switch (input) {
                case ":quit", ":q", ":exit" -> {
                    return false;
                }
                case ":help", ":h" -> out.print(HELP);
                case ":reset" -> {
                    session.reset();
                    out.println("session cleared");
                }
                case ":decls" -> out.print(session.isEmpty() ? "(nothing entered yet)\n" : session.describe());
                default -> err.println("unknown command " + input + " (try :help)");
            }
            return true;
        }
        evaluate(input, out, err);
        return true;
    }

    /** Runs an input's attempts; keeps the input in the session if one succeeds. */
    void evaluate(String input, OutputStream out, PrintStream err) throws IOException {
        String rejection = ReplSession.rejection(input);
        if (rejection != null) {
            err.println(rejection);
            return;
        }
        List<ReplSession.Attempt> attempts = session.plan(input);
        for (int k = 0; k < attempts.size(); k++) {
            ReplSession.Attempt attempt = attempts.get(k);
            boolean last = k == attempts.size() - 1;
            MarkerGate outGate = new MarkerGate(ReplSession.START_MARKER, ReplSession.END_MARKER, out, false);
            MarkerGate errGate = new MarkerGate(ReplSession.START_MARKER, ReplSession.END_MARKER, err, true);
            int code;
            try {
                Files.writeString(sourceFile(), attempt.program());
                code = runner.run(new RunRequest(List.of(sourceFile().toString()), cwd, List.of(),
                        new ByteArrayInputStream(new byte[0]), outGate, errGate, Map.copyOf(System.getenv()), verbose));
            } catch (Throwable t) {
                outGate.finish();
                errGate.finish();
                Main.reportInternalError(t, err, verbose);
                return;
            }
            outGate.finish();
            errGate.finish();
            String heldBack = errGate.heldBack();
            if (!errGate.opened() && code == 1 && ReplSession.isCompileError(heldBack)) {
                if (!last) continue; // e.g. a call without results is no expression: try it as a statement
                err.print(ReplSession.mapErrors(attempt, heldBack));
                return;
            }
            boolean isStatement = attempt.kind() == ReplSession.InputKind.STATEMENT
                    || attempt.kind() == ReplSession.InputKind.EXPRESSION;
            if (code == 0 && (!isStatement || outGate.endSeen())) {
                session.commit(attempt);
                return;
            }
            if (!errGate.opened()) {
                // The replay of earlier inputs failed before this input ran.
                err.print(heldBack);
                err.println("exit status " + code);
                err.println("(re-running the earlier inputs failed before this one ran; :decls shows them, :reset clears them)");
            } else if (code != 0) {
                err.println("exit status " + code);
            } else {
                err.println("(the input ended the program early; it is not kept)");
            }
            return;
        }
    }

    /** ~/.gotruffle_history, where ~ is $HOME as in the shell (Java's user.home ignores $HOME). */
    private static Path historyFile() {
        String home = System.getenv("HOME");
        return Path.of(home != null && !home.isBlank() ? home : System.getProperty("user.home"), ".gotruffle_history");
    }

    ReplSession session() {
        return session;
    }

    private Path sourceFile() throws IOException {
        if (sourceFile == null) {
            Path dir = Files.createTempDirectory("gotruffle-repl");
            dir.toFile().deleteOnExit();
            sourceFile = dir.resolve(FILE_NAME);
            sourceFile.toFile().deleteOnExit();
        }
        return sourceFile;
    }

    private void deleteSourceFile() {
        try {
            if (sourceFile != null) {
                Files.deleteIfExists(sourceFile);
                Files.deleteIfExists(sourceFile.getParent());
            }
        } catch (IOException ignored) {
            // deleteOnExit is the fallback
        }
    }

    /** Asks JLine for another line while the Go input is incomplete (an open bracket or raw string). */
    static final class GoLineParser extends DefaultParser {
        GoLineParser() {
            // Go's quotes and backslashes are Go's business, not the shell-like word splitter's.
            setQuoteChars(new char[0]);
            setEscapeChars(new char[0]);
        }

        @Override
        public ParsedLine parse(String line, int cursor, ParseContext context) {
            if (context == ParseContext.ACCEPT_LINE && !line.strip().startsWith(":") && !GoSnippetScanner.isComplete(line)) {
                throw new EOFError(-1, -1, "incomplete Go input", "}");
            }
            return super.parse(line, cursor, context);
        }
    }
}
