package gotruffle.launcher;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import gotruffle.StartupTrace;
import gotruffle.loader.DisplayPaths;
import gotruffle.loader.PackageDir;
import gotruffle.runtime.sched.StackOverflowExit;
import gotruffle.stdlib.natives.SignalNatives;
import org.graalvm.polyglot.Engine;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code gotruffle} command line: {@code run}, {@code test}, {@code repl}, {@code version}.
 *
 * <p>Exit codes follow {@code go run}'s program: the program's own code for {@code run} (0,
 * os.Exit's argument, 1 for compile errors, 2 for panics), 1 for a launcher-level error such as
 * a missing file, 2 for bad usage, and 70 for an internal error of GoTruffle itself, which is
 * reported as one line (the Java trace only with {@code --verbose}) so it can never pass for a
 * Go panic.
 */
@Command(name = "gotruffle",
        description = "GoTruffle: runs Go 1.19 programs on the JVM (Truffle).",
        subcommands = {Main.RunCommand.class, Main.TestCommand.class, Main.ReplCommand.class, Main.VersionCommand.class},
        synopsisSubcommandLabel = "COMMAND")
public final class Main implements Callable<Integer> {
    public static final String VERSION = "0.1.0-SNAPSHOT";
    public static final String GO_VERSION = "go1.19";
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_INTERNAL_ERROR = 70;

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Show Java stack traces of internal errors and list every golden test.")
    boolean verbose;

    @Option(names = {"-h", "--help"}, usageHelp = true, scope = ScopeType.INHERIT, description = "Show this help.")
    boolean help;

    private final ProgramRunner runner;
    private final InputStream stdin;
    private final OutputStream stdout;
    private final OutputStream stderr;
    private final PrintStream out;
    private final PrintStream err;
    private final Path cwd;
    private final Map<String, String> env;

    Main(ProgramRunner runner, InputStream stdin, OutputStream stdout, OutputStream stderr, Path cwd, Map<String, String> env) {
        this.runner = runner;
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
        this.out = new PrintStream(stdout, true, StandardCharsets.UTF_8);
        this.err = new PrintStream(stderr, true, StandardCharsets.UTF_8);
        this.cwd = cwd;
        this.env = env;
    }

    public static void main(String[] javaArgs) {
        StartupTrace.mark("JVM started, Main entered");
        String[] args = OsBytes.arguments(javaArgs);
        if (isRun(args)) {
            // A Go binary dies of SIGINT/SIGTERM/SIGHUP unless the program asks for them (os/signal).
            SignalNatives.installGoDefaults();
            // and of a stack overflow at once, without unwinding the deep stack (issue 12)
            StackOverflowExit.ownProcess(code -> {
                System.out.flush();
                System.err.flush();
                Runtime.getRuntime().halt(code);
            });
        }
        // The program gets the raw file descriptors, unbuffered like Go's os.Stdout: output
        // interleaves with stderr exactly as the program wrote it.
        int code = execute(args, ProgramRunner.GO,
                new FileInputStream(FileDescriptor.in),
                new FileOutputStream(FileDescriptor.out),
                new FileOutputStream(FileDescriptor.err),
                Path.of("").toAbsolutePath());
        System.out.flush();
        System.err.flush();
        StartupTrace.mark("exit");
        System.exit(code);
    }

    /** Whether the command line runs a program (`run`), which then owns the process as a Go binary does. */
    static boolean isRun(String[] args) {
        return Arrays.stream(args).filter(a -> !a.startsWith("-")).findFirst().orElse("").equals("run");
    }

    /** Runs one command line; never throws. */
    static int execute(String[] args, ProgramRunner runner, InputStream stdin, OutputStream stdout, OutputStream stderr, Path cwd) {
        return execute(args, runner, stdin, stdout, stderr, cwd, OsBytes.environment());
    }

    /** The same, as if the process had working directory {@code cwd} and environment {@code env}. */
    static int execute(String[] args, ProgramRunner runner, InputStream stdin, OutputStream stdout, OutputStream stderr, Path cwd,
            Map<String, String> env) {
        Main main = new Main(runner, stdin, stdout, stderr, cwd, env);
        try {
            if (args.length >= 2 && args[0].equals("run") && !args[1].startsWith("-")) {
                // What picocli would do (after the first file everything is a parameter), without
                // building its model of every command: that took a tenth of a second of each start.
                RunCommand run = new RunCommand();
                run.main = main;
                run.params = new ArrayList<>(List.of(args).subList(1, args.length));
                return run.call();
            }
            CommandLine cl = new CommandLine(main);
            // After the first file, everything belongs to the program (like `go run x.go -v`).
            cl.getSubcommands().get("run").setStopAtPositional(true);
            cl.setOut(new PrintWriter(main.out, true));
            cl.setErr(new PrintWriter(main.err, true));
            cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> main.internalError(ex));
            return cl.execute(args);
        } catch (Throwable t) {
            return main.internalError(t);
        } finally {
            main.out.flush();
            main.err.flush();
        }
    }

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        err.print(spec.commandLine().getUsageMessage());
        return EXIT_USAGE;
    }

    /** One clean line (or the trace with --verbose), exit 70. */
    int internalError(Throwable t) {
        reportInternalError(t, err, verbose);
        return EXIT_INTERNAL_ERROR;
    }

    /** The one line an internal error gets (plus the Java trace with --verbose). */
    static void reportInternalError(Throwable t, PrintStream err, boolean verbose) {
        try {
            String message = t.getMessage() == null || t.getMessage().isBlank()
                    ? t.getClass().getName()
                    : t.getMessage().strip().replaceAll("\\s*\\R\\s*", " ");
            if (verbose) {
                err.println("gotruffle: internal error: " + message);
                StringWriter trace = new StringWriter();
                t.printStackTrace(new PrintWriter(trace));
                err.print(trace);
            } else {
                err.println("gotruffle: internal error: " + message + " (rerun with --verbose for the Java stack trace)");
            }
            err.flush();
        } catch (Throwable ignored) {
            // Reporting must not turn an internal error into a different exit code.
        }
    }

    /**
     * The name Go's toolchain prints for a source file: {@code ./x.go} in the current folder,
     * otherwise the relative path when it is shorter than the absolute one.
     */
    static String goDisplayName(Path cwd, Path file) {
        return DisplayPaths.compilerFile(cwd, file);
    }

    @Command(name = "run", description = {
            "Run a Go program: one or more .go files of package main, or a folder (its package, as `go run DIR`).",
            "Imports of the module (the nearest go.mod or go.work above the program) are found in its folders.",
            "Arguments after the files (or after `--`) become os.Args[1:]; the exit code is the program's."})
    static final class RunCommand implements Callable<Integer> {
        @ParentCommand Main main;

        @Parameters(arity = "0..*", paramLabel = "FILE.go|DIR [ARG...]")
        List<String> params = new ArrayList<>();

        @Override
        public Integer call() throws IOException {
            List<String> files = new ArrayList<>();
            int i = 0;
            if (!params.isEmpty() && !params.getFirst().endsWith(".go") && Files.isDirectory(main.cwd.resolve(params.getFirst()))) {
                // the package in the folder (its go.mod, if any, is found by the loader)
                Path dir = main.cwd.resolve(params.getFirst());
                if (!PackageDir.read(dir).hasGoFiles()) {
                    main.err.println("gotruffle: no Go files in " + params.getFirst());
                    return 1;
                }
                files.add(params.getFirst());
                i = 1;
            } else {
                while (i < params.size() && params.get(i).endsWith(".go")) {
                    Path file = main.cwd.resolve(params.get(i));
                    if (!Files.exists(file)) {
                        main.err.println("gotruffle: stat " + params.get(i) + ": no such file or directory");
                        return 1;
                    }
                    files.add(goDisplayName(main.cwd, file));
                    i++;
                }
                for (int k = 1; k < i; k++) {
                    Path first = main.cwd.resolve(params.getFirst()).toAbsolutePath().normalize().getParent();
                    Path other = main.cwd.resolve(params.get(k)).toAbsolutePath().normalize().getParent();
                    if (!first.equals(other)) {
                        main.err.println("gotruffle: named files must all be in one directory; have "
                                + dirName(params.getFirst()) + " and " + dirName(params.get(k)));
                        return 1;
                    }
                }
                if (files.isEmpty()) {
                    main.err.println(params.isEmpty()
                            ? "gotruffle: no go files listed"
                            : "gotruffle: " + params.getFirst() + ": not a .go file or a folder");
                    return 1;
                }
            }
            List<String> args = new ArrayList<>(params.subList(i, params.size()));
            if (!args.isEmpty() && args.getFirst().equals("--")) args.removeFirst();
            RunRequest request = new RunRequest(List.copyOf(files), main.cwd, List.copyOf(args),
                    main.stdin, main.stdout, main.stderr, main.env, main.verbose);
            return main.runner.run(request);
        }
    }

    /** The folder part of a file name as the user wrote it ({@code .} for none), like go's message. */
    private static String dirName(String file) {
        Path parent = Path.of(file).getParent();
        return parent == null ? "." : parent.toString();
    }

    @Command(name = "test", description = {
            "Run golden tests: every NAME.go with a NAME.out beside it (as written by record-golden), and every",
            "module folder NAME/ (with a go.mod; run as `go run .` inside it) with NAME.out beside it, is run",
            "and its stdout, stderr (up to the first goroutine header) and exit code compared.",
            "Programs listed in a folder's KNOWN_FAILURES file must still fail."})
    static final class TestCommand implements Callable<Integer> {
        @ParentCommand Main main;

        @Parameters(arity = "1..*", paramLabel = "DIR")
        List<Path> dirs;

        @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
                description = "Time limit per program (default: ${DEFAULT-VALUE}).")
        int timeoutSeconds;

        @Override
        public Integer call() throws IOException {
            GoldenRunner runner = new GoldenRunner(main.runner, Duration.ofSeconds(timeoutSeconds));
            int passed = 0;
            int failed = 0;
            int known = 0;
            boolean foundAny = false;
            for (Path dir : dirs) {
                Path root = main.cwd.resolve(dir);
                if (!Files.exists(root)) {
                    main.err.println("gotruffle: " + dir + ": no such file or directory");
                    failed++;
                    continue;
                }
                GoldenSuite suite = GoldenRunner.discover(root);
                if (suite.programs().isEmpty()) {
                    main.err.println("gotruffle: no golden programs (NAME.go or module folder NAME/ with NAME.out) in " + dir);
                }
                for (String problem : suite.problems()) {
                    main.out.println("--- FAIL: " + GoldenRunner.KNOWN_FAILURES);
                    main.out.println("    " + problem);
                    failed++;
                }
                for (GoldenProgram program : suite.programs()) {
                    foundAny = true;
                    GoldenOutcome o = runner.run(program, GoldenVariant.DEFAULT);
                    String time = String.format(" (%.2fs)", o.elapsed().toMillis() / 1000.0);
                    switch (o.status()) {
                        case PASSED -> {
                            passed++;
                            if (main.verbose) main.out.println("ok   " + o.displayName() + time);
                        }
                        case KNOWN_FAILURE -> {
                            known++;
                            if (main.verbose) {
                                main.out.println("--- KNOWN FAILURE: " + o.displayName() + time);
                                main.out.print(o.report());
                            }
                        }
                        case FAILED, UNEXPECTED_PASS -> {
                            failed++;
                            main.out.println("--- FAIL: " + o.displayName() + time);
                            main.out.print(o.report());
                            if (o.error() != null && main.verbose) o.error().printStackTrace(main.out);
                        }
                    }
                }
            }
            if (known > 0) {
                main.out.println(known + (known == 1 ? " program listed in KNOWN_FAILURES still fails" : " programs listed in KNOWN_FAILURES still fail")
                        + ", as expected (not counted below)");
            }
            main.out.println(passed + " passed, " + failed + " failed");
            return failed > 0 || !foundAny ? 1 : 0;
        }
    }

    @Command(name = "repl", description = {
            "Interactive Go: a live session of statements, expressions and declarations.",
            "Type :help inside for how it works. Without a terminal (repl < script) the lines run",
            "with no prompts; the exit code is 0, os.Exit's, or with --strict the first failure's."})
    static final class ReplCommand implements Callable<Integer> {
        @ParentCommand Main main;

        @Option(names = "--strict", description = "Stop at the first input that fails and exit with its code (1 compile error, 2 panic).")
        boolean strict;

        @Override
        public Integer call() throws IOException {
            return new Repl(main.cwd, main.env, main.verbose, strict, main.stdin, main.out, main.err, null).run();
        }
    }

    @Command(name = "version", description = "Print the versions and whether the Graal JIT compiler is active.")
    static final class VersionCommand implements Callable<Integer> {
        @ParentCommand Main main;

        @Override
        public Integer call() {
            main.out.println("GoTruffle " + VERSION);
            main.out.println("Go language: " + GO_VERSION + " (programs behave like Go 1.19's)");
            main.out.println("JVM: " + System.getProperty("java.vm.name") + " " + Runtime.version()
                    + " (" + System.getProperty("java.vendor") + ")");
            String implementation;
            try (Engine engine = Engine.newBuilder().option("engine.WarnInterpreterOnly", "false").build()) {
                implementation = engine.getImplementationName();
            }
            // Truffle's fallback runtime calls itself "Interpreted"; the optimizing runtime names
            // the Graal compiler it compiles with (e.g. "GraalVM CE").
            if (implementation.equals("Interpreted")) {
                main.out.println("Truffle runtime: Interpreted: the Graal JIT is NOT active, hot code is not compiled"
                        + " (is the JVM started with the flags of jvm.properties and the compiler on --upgrade-module-path?)");
            } else {
                main.out.println("Truffle runtime: " + implementation + ": optimizing, the Graal JIT compiles hot Go code");
            }
            return 0;
        }
    }
}
