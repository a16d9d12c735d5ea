package gotruffle.launcher;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Finds golden programs in a folder tree and runs each one in-process, the way record-golden ran
 * it with real Go: from its own folder, named {@code ./NAME.go} (so compile errors read
 * {@code ./NAME.go:3:5: ...}), stdin from {@code NAME.in} or empty, under a time limit. A module
 * folder {@code NAME/} (with a go.mod, goldens beside it) runs as {@code go run .} inside it,
 * as scripts/record-golden-module ran it.
 *
 * <p>A folder may hold a {@code KNOWN_FAILURES} file: program names relative to that folder,
 * without {@code .go}, one per line, {@code #} starts a comment. Those programs still run and
 * must still fail; one that passes is reported as a failure so the entry gets removed, and an
 * entry that names no program is a failure too. The list can only shrink honestly.
 */
public final class GoldenRunner {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    public static final String KNOWN_FAILURES = "KNOWN_FAILURES";
    /** Output beyond this is dropped, so a runaway program cannot exhaust the heap. */
    private static final int OUTPUT_LIMIT = 64 << 20;

    private final ProgramRunner runner;
    private final Duration timeout;

    public GoldenRunner(ProgramRunner runner, Duration timeout) {
        this.runner = runner;
        this.timeout = timeout;
    }

    public GoldenRunner() {
        this(ProgramRunner.GO, DEFAULT_TIMEOUT);
    }

    // ---- discovery ----

    /**
     * Every {@code NAME.go} with a {@code NAME.out} beside it under {@code root} (or root itself
     * when it is such a file), and every module folder {@code NAME/} with {@code NAME.out} beside
     * it, sorted by name. Hidden folders and Maven's {@code target} folders
     * are skipped.
     */
    public static GoldenSuite discover(Path root) throws IOException {
        Path base = root.toAbsolutePath().normalize();
        List<Path> sources = new ArrayList<>();
        List<Path> modules = new ArrayList<>();
        List<Path> knownFailureFiles = new ArrayList<>();
        if (Files.isRegularFile(base)) {
            if (base.toString().endsWith(".go")) sources.add(base);
            base = base.getParent();
        } else if (isModuleProgram(base)) {
            modules.add(base);
            base = base.getParent();
        } else {
            Path walkRoot = base;
            Files.walkFileTree(walkRoot, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    if (!dir.equals(walkRoot) && (name.startsWith(".") || name.equals("target"))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (isModuleProgram(dir)) {
                        modules.add(dir); // one program: its own .go files are not programs
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = file.getFileName().toString();
                    if (name.endsWith(".go")) sources.add(file);
                    else if (name.equals(KNOWN_FAILURES)) knownFailureFiles.add(file);
                    return FileVisitResult.CONTINUE;
                }
            });
        }

        Map<String, Path> programs = new LinkedHashMap<>();
        for (Path source : sources) {
            String file = source.getFileName().toString();
            Path out = source.resolveSibling(file.substring(0, file.length() - 3) + ".out");
            if (Files.isRegularFile(out)) programs.put(nameOf(base, source), source);
        }
        for (Path module : modules) {
            programs.put(nameOf(base, module), module);
        }

        List<String> problems = new ArrayList<>();
        Map<String, String[]> known = new HashMap<>(); // name -> {KNOWN_FAILURES path, entry}
        knownFailureFiles.sort(Comparator.naturalOrder());
        for (Path list : knownFailureFiles) {
            int lineNumber = 0;
            for (String raw : Files.readAllLines(list)) {
                lineNumber++;
                String entry = raw.replaceFirst("#.*", "").trim();
                if (entry.isEmpty()) continue;
                if (entry.endsWith(".go")) entry = entry.substring(0, entry.length() - 3);
                String name = nameOf(base, list.getParent().resolve(entry + ".go").normalize());
                if (!programs.containsKey(name)) {
                    problems.add(relative(base, list) + ":" + lineNumber + ": \"" + entry
                            + "\" names no program (no " + entry + ".go with " + entry + ".out): remove the entry");
                } else {
                    known.put(name, new String[] {list.toString(), entry});
                }
            }
        }

        List<GoldenProgram> result = new ArrayList<>();
        programs.keySet().stream().sorted().forEach(name -> {
            String[] k = known.get(name);
            result.add(new GoldenProgram(name, programs.get(name), k == null ? null : Path.of(k[0]), k == null ? null : k[1]));
        });
        return new GoldenSuite(base, List.copyOf(result), List.copyOf(problems));
    }

    /** A folder with a go.mod and a NAME.out beside it: one golden program (run as {@code go run .} inside it). */
    static boolean isModuleProgram(Path dir) {
        Path name = dir.getFileName();
        return name != null && Files.isRegularFile(dir.resolve("go.mod")) && Files.isRegularFile(dir.resolveSibling(name + ".out"));
    }

    private static String nameOf(Path base, Path source) {
        String rel = relative(base, source);
        return rel.endsWith(".go") ? rel.substring(0, rel.length() - 3) : rel;
    }

    private static String relative(Path base, Path p) {
        return base.relativize(p.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    // ---- running ----

    /** Runs one program under one variant and compares it with its goldens. Never hangs. */
    public GoldenOutcome run(GoldenProgram program, GoldenVariant variant) {
        long start = System.nanoTime();
        GoldenExpectation expected;
        try {
            expected = GoldenExpectation.load(program);
        } catch (IOException e) {
            return finish(program, variant, List.of("cannot read the goldens: " + e.getMessage()), null, start);
        }
        CappedOutputStream out = new CappedOutputStream(OUTPUT_LIMIT);
        CappedOutputStream err = new CappedOutputStream(OUTPUT_LIMIT);
        Map<String, String> env = new HashMap<>(OsBytes.environment());
        env.putAll(variant.env());
        RunRequest request = new RunRequest(List.of(program.target()), program.workDir(), List.of(),
                new ByteArrayInputStream(expected.stdin()), out, err, Map.copyOf(env), false);

        AtomicReference<Throwable> thrown = new AtomicReference<>();
        int[] exit = {Integer.MIN_VALUE};
        Thread thread = new Thread(() -> {
            try {
                exit[0] = runner.run(request);
            } catch (Throwable t) {
                thrown.set(t);
            }
        }, "golden " + program.name());
        // A program that ignores the interrupt after its time limit must not keep the JVM alive.
        thread.setDaemon(true);
        thread.start();
        try {
            thread.join(timeout.toMillis());
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            return finish(program, variant, List.of("interrupted"), null, start);
        }
        if (thread.isAlive()) {
            thread.interrupt();
            return finish(program, variant, List.of("timed out after " + timeout.toSeconds() + " s (the program did not finish; "
                    + out.size() + " bytes of stdout so far)"), null, start);
        }
        if (thrown.get() != null) {
            Throwable t = thrown.get();
            return finish(program, variant, List.of("internal error: a Java exception escaped the interpreter: " + t), t, start);
        }
        List<String> differences = new ArrayList<>(GoldenComparer.compare(expected, out.toByteArray(), err.toByteArray(), exit[0]));
        if (out.truncated() || err.truncated()) {
            differences.add("output exceeded " + (OUTPUT_LIMIT >> 20) + " MiB and was cut");
        }
        return finish(program, variant, differences, null, start);
    }

    private GoldenOutcome finish(GoldenProgram program, GoldenVariant variant, List<String> differences, Throwable error, long start) {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        boolean matched = differences.isEmpty();
        GoldenOutcome.Status status;
        List<String> report = differences;
        if (!program.isKnownFailure()) {
            status = matched ? GoldenOutcome.Status.PASSED : GoldenOutcome.Status.FAILED;
        } else if (matched) {
            status = GoldenOutcome.Status.UNEXPECTED_PASS;
            report = List.of("now passes: remove \"" + program.knownFailureEntry() + "\" from " + program.knownFailure());
        } else {
            status = GoldenOutcome.Status.KNOWN_FAILURE;
        }
        return new GoldenOutcome(program, variant, status, List.copyOf(report), error, elapsed);
    }

    /** Collects output up to a limit and silently drops the rest (remembering that it did). */
    private static final class CappedOutputStream extends ByteArrayOutputStream {
        private final int limit;
        private boolean truncated;

        CappedOutputStream(int limit) {
            this.limit = limit;
        }

        @Override
        public synchronized void write(int b) {
            if (count < limit) super.write(b);
            else truncated = true;
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            int room = Math.max(0, Math.min(len, limit - count));
            if (room < len) truncated = true;
            super.write(b, off, room);
        }

        synchronized boolean truncated() {
            return truncated;
        }
    }
}
