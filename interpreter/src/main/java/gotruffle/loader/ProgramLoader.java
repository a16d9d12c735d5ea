package gotruffle.loader;

import gotruffle.parser.GoParserFacade;
import gotruffle.parser.GoSyntaxException;
import gotruffle.parser.ast.ImportSpec;
import gotruffle.parser.ast.SourceFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Loads a program the way {@code go run} does before compiling: finds the main package (a
 * folder, or named files), its module, and every package it imports (transitively) in the
 * module, workspace, vendor folder or replaced modules; reports what go's loader reports
 * (missing packages, import cycles, mixed package names, internal packages, importing a
 * program, malformed import paths), in go's order: the main package's own error, then the others
 * sorted by import path. Messages are Java (UTF-16) strings; file names in parsed files are byte
 * strings, as the compiler's messages are.
 *
 * <p>Imports are visited depth-first in sorted order, as go does, so the import chains in
 * messages are go's. The initialization order is a separate walk in source order.
 */
public final class ProgramLoader {
    /** Import path of a package given as files ({@code go run a.go b.go}). */
    public static final String COMMAND_LINE = "command-line-arguments";

    private final Path cwd;
    private final Workspace ws;
    private final ImportResolver resolver;
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final Map<String, ImportResolver.Result> resolved = new HashMap<>();
    private final Deque<String> stack = new ArrayDeque<>();

    /** A package while loading. */
    private static final class Node {
        final String path;
        /** The path internal-package rules see: named files count as their folder's package. */
        String treePath;
        Path dir;
        String name;
        final List<SourceFile> files = new ArrayList<>();
        final List<String> syntaxErrors = new ArrayList<>();
        String buildError;
        LoadError error;
        boolean loading;
        /** Import paths in source order (files sorted by name), each once. */
        final Set<String> sourceImports = new LinkedHashSet<>();
        /** Where each import is first declared: go's short path:line:col of the path literal. */
        final Map<String, String> importPos = new HashMap<>();
        /** The //go:embed patterns go resolves, sorted, each at its first position (short path:line:col). */
        final Map<String, String> embedPatterns = new TreeMap<>();
        final List<EmbedDirectives.Placed> embedded = new ArrayList<>();
        final List<EmbeddedVar> embeds = new ArrayList<>();
        final List<String> embedErrors = new ArrayList<>();

        Node(String path) {
            this.path = path;
            this.treePath = path;
        }
    }

    private ProgramLoader(Path cwd, Workspace ws, Predicate<String> isStd) {
        this.cwd = cwd;
        this.ws = ws;
        this.resolver = new ImportResolver(ws, p -> p.equals("C") || p.equals("unsafe") || isStd.test(p));
    }

    /**
     * Loads the program named by targets: one folder (as {@code go run DIR}) or Go files of one
     * folder (as the user named them: their names appear in messages), relative to cwd.
     */
    public static LoadedProgram load(Path cwd, List<String> targets, Map<String, String> env, Predicate<String> isStd) {
        Path abs = cwd.toAbsolutePath().normalize();
        boolean dirMode = targets.size() == 1 && Files.isDirectory(abs.resolve(targets.getFirst()));
        Path mainDir = dirMode ? abs.resolve(targets.getFirst()).normalize()
                : abs.resolve(targets.getFirst()).normalize().getParent();
        Workspace ws;
        try {
            ws = Workspace.find(mainDir, env);
        } catch (ModFileException e) {
            return new LoadedProgram(List.of(), List.of(e.getMessage()), true);
        }
        try {
            return new ProgramLoader(abs, ws, isStd).loadMain(targets, dirMode, mainDir);
        } catch (IOException e) {
            return new LoadedProgram(List.of(), List.of(String.valueOf(e.getMessage())), ws != null);
        }
    }

    private LoadedProgram loadMain(List<String> targets, boolean dirMode, Path mainDir) throws IOException {
        Workspace.MainModule mod = ws == null ? null : ws.mainModuleOf(mainDir);
        String path = dirMode && mod != null ? Workspace.importPath(mod, mainDir) : COMMAND_LINE;
        String malformed = ImportPaths.check(path);
        if (malformed != null) {
            return new LoadedProgram(List.of(), List.of(malformed), true); // a folder name go cannot import
        }
        Node root = new Node(path);
        root.dir = mainDir;
        if (mod != null) {
            root.treePath = Workspace.importPath(mod, mainDir);
        }
        nodes.put(path, root);
        List<String> errors = new ArrayList<>();
        if (dirMode) {
            PackageDir pd = PackageDir.read(mainDir);
            if (pd.goFiles().isEmpty()) {
                String msg = !pd.hasGoFiles() ? "no Go files in " + mainDir
                        : pd.testGoFiles().isEmpty() ? "package " + path + ": build constraints exclude all Go files in " + mainDir
                        : "no non-test Go files in " + mainDir;
                return new LoadedProgram(List.of(), List.of(msg), ws != null);
            }
            for (Path f : pd.goFiles()) {
                parse(root, f, DisplayPaths.compilerFile(cwd, f));
            }
        } else {
            for (String t : targets) {
                Path f = cwd.resolve(t).normalize();
                if (!Files.isRegularFile(f)) {
                    return new LoadedProgram(List.of(), List.of("open " + t + ": no such file or directory"), ws != null);
                }
                parse(root, f, t);
            }
        }
        root.error = packageNames(root, null);
        if (root.error == null) {
            root.error = resolveEmbeds(root, List.of());
        }
        stack.push(path);
        root.loading = true;
        loadImports(root);
        root.loading = false;
        stack.pop();

        if (root.error != null) {
            errors.add(root.error.format());
        }
        new TreeSet<>(nodes.keySet()).forEach(p -> {
            Node n = nodes.get(p);
            if (n != root && n.error != null) {
                errors.add(n.error.format());
            }
        });
        if (errors.isEmpty() && !"main".equals(root.name) && root.name != null) {
            errors.add("package " + path + " is not a main package");
        }
        if (!errors.isEmpty()) {
            return new LoadedProgram(List.of(), List.copyOf(errors), ws != null);
        }
        List<LoadedPackage> order = new ArrayList<>();
        initOrder(root, new LinkedHashSet<>(), order);
        return new LoadedProgram(List.copyOf(order), List.of(), ws != null);
    }

    private void parse(Node n, Path file, String display) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            SourceFile sf = GoParserFacade.parse(bytes, DisplayPaths.bytes(display));
            n.files.add(sf);
            for (ImportSpec im : sf.imports()) {
                if (n.sourceImports.add(im.path())) {
                    n.importPos.put(im.path(), DisplayPaths.shortPath(cwd, file) + ":" + im.line() + ":" + im.pathCol());
                }
            }
            if (EmbedDirectives.mayHave(bytes)) {
                EmbedDirectives ed = EmbedDirectives.scan(bytes, sf);
                for (EmbedDirectives.Pattern p : ed.patterns) {
                    n.embedPatterns.putIfAbsent(p.text(), DisplayPaths.shortPath(cwd, file) + ":" + p.line() + ":" + p.col());
                }
                for (EmbedDirectives.Problem p : ed.problems.stream()
                        .sorted(Comparator.comparingInt(EmbedDirectives.Problem::line)).toList()) {
                    (p.parsing() ? n.syntaxErrors : n.embedErrors).add(sf.path() + ":" + p.line() + ":" + p.col() + ": " + p.message());
                }
                n.embedded.addAll(ed.placed);
            }
        } catch (GoSyntaxException e) {
            n.syntaxErrors.addAll(e.messages());
        }
    }

    /** go/build's check that all files of a folder declare one package; null when they do. */
    private LoadError packageNames(Node n, String pos) {
        String first = null;
        String firstFile = null;
        for (SourceFile f : n.files) {
            if (first == null) {
                first = f.pkgName();
                firstFile = fileName(f);
            } else if (!first.equals(f.pkgName())) {
                return new LoadError(pos == null ? List.of() : stackWithout(), pos, "found packages " + first + " (" + firstFile + ") and "
                        + f.pkgName() + " (" + fileName(f) + ") in " + n.dir, false);
            }
        }
        n.name = first;
        return null;
    }

    private static String fileName(SourceFile f) {
        String p = f.path();
        return p.substring(p.lastIndexOf('/') + 1);
    }

    private void loadImports(Node n) throws IOException {
        for (String path : new TreeSet<>(n.sourceImports)) {
            loadImport(path, n);
        }
    }

    private void loadImport(String path, Node parent) throws IOException {
        stack.push(path);
        try {
            String pos = parent.importPos.get(path);
            String malformed = ModFileSyntax.isLocalPath(path) ? null : ImportPaths.check(path); // relative: the resolver's message
            if (malformed != null) {
                if (!nodes.containsKey(path)) {
                    Node n = new Node(path);
                    n.error = new LoadError(stackWithout(), pos, malformed, false);
                    nodes.put(path, n);
                }
                return;
            }
            ImportResolver.Result r = resolved.computeIfAbsent(path, p -> resolver.resolve(p, parent.path));
            switch (r) {
                case ImportResolver.Std s -> { }
                case ImportResolver.Missing m -> {
                    if (!nodes.containsKey(path)) {
                        Node n = new Node(path);
                        n.error = new LoadError(stackWithout(), pos, m.message(), false);
                        nodes.put(path, n);
                    }
                }
                case ImportResolver.Found f -> {
                    Node n = nodes.get(path);
                    if (n != null) {
                        if (n.loading) {
                            if (n.error == null) {
                                n.error = new LoadError(stackWith(), null, "import cycle not allowed", true);
                            }
                        } else if (n.error != null && !n.error.alwaysPrintStack() && n.error.pos() == null
                                && stack.size() < n.error.importStack().size()) {
                            n.error = new LoadError(stackWith(), null, n.error.message(), false); // go keeps the shortest chain
                        }
                    } else {
                        n = new Node(path);
                        n.dir = f.dir();
                        nodes.put(path, n);
                        n.loading = true;
                        readPackage(n, pos);
                        loadImports(n);
                        n.loading = false;
                    }
                    if (n.error == null && !internalAllowed(parent.treePath, path)) {
                        n.error = new LoadError(stackWithout(), pos, "use of internal package " + path + " not allowed", true);
                    }
                    if (n.error == null && "main".equals(n.name)) {
                        n.error = new LoadError(stackWithout(), pos, "import \"" + path + "\" is a program, not an importable package", false);
                    }
                }
            }
        } finally {
            stack.pop();
        }
    }

    private void readPackage(Node n, String pos) throws IOException {
        PackageDir pd = PackageDir.read(n.dir);
        if (pd.goFiles().isEmpty()) {
            if (pd.testGoFiles().isEmpty()) {
                n.error = new LoadError(stackWith(), null, "build constraints exclude all Go files in " + n.dir, false);
            } else {
                n.buildError = DisplayPaths.bytes("go build " + n.path + ": no non-test Go files in " + n.dir); // printed by the compiler
            }
            return;
        }
        for (Path f : pd.goFiles()) {
            parse(n, f, DisplayPaths.compilerFile(cwd, f));
        }
        n.error = packageNames(n, pos);
        if (n.error == null) {
            n.error = resolveEmbeds(n, stackWithout());
        }
    }

    /**
     * Resolves the package's //go:embed patterns as the go command does before compiling (its
     * first failing pattern is the package's error) and reads the files of each embedding variable.
     */
    private LoadError resolveEmbeds(Node n, List<String> importStack) throws IOException {
        if (n.embedPatterns.isEmpty()) {
            return null;
        }
        Map<String, List<String>> files;
        try {
            files = EmbedPatterns.resolve(n.dir, n.embedPatterns.keySet());
        } catch (EmbedPatterns.Failure f) {
            return new LoadError(importStack, n.embedPatterns.get(f.pattern), f.getMessage(), false);
        }
        for (EmbedDirectives.Placed p : n.embedded) {
            List<String> names = new ArrayList<>();
            for (EmbedDirectives.Pattern pat : p.patterns()) {
                if (!files.containsKey(pat.text())) {
                    continue; // not at the start of a line: go does not see it (nor embed its files)
                }
                for (String name : files.get(pat.text())) {
                    if (!names.contains(name)) {
                        names.add(name);
                    }
                }
            }
            Collections.sort(names);
            List<byte[]> contents = new ArrayList<>();
            for (String name : names) {
                contents.add(Files.readAllBytes(n.dir.resolve(name)));
            }
            n.embeds.add(new EmbeddedVar(p.spec(), List.copyOf(names), List.copyOf(contents)));
        }
        return null;
    }

    /** Go's rule: a path with an {@code internal} element may be imported only from the tree rooted at its parent. */
    static boolean internalAllowed(String importer, String path) {
        String parent;
        if (path.equals("internal") || path.startsWith("internal/")) {
            return true; // the standard library's own (never a user package)
        }
        int i = path.lastIndexOf("/internal/");
        if (i >= 0) {
            parent = path.substring(0, i);
        } else if (path.endsWith("/internal")) {
            parent = path.substring(0, path.length() - "/internal".length());
        } else {
            return true;
        }
        return importer.equals(parent) || importer.startsWith(parent + "/");
    }

    /** The import stack, from the main package to the package being imported. */
    private List<String> stackWith() {
        List<String> l = new ArrayList<>(stack);
        Collections.reverse(l);
        return List.copyOf(l);
    }

    /** The import stack up to the importing package. */
    private List<String> stackWithout() {
        List<String> l = stackWith();
        return l.subList(0, l.size() - 1);
    }

    /** Post-order over imports in source order: each package after what it imports. */
    private void initOrder(Node n, Set<String> seen, List<LoadedPackage> out) {
        if (!seen.add(n.path)) {
            return;
        }
        for (String p : n.sourceImports) {
            Node d = nodes.get(p);
            if (d != null) {
                initOrder(d, seen, out);
            }
        }
        out.add(new LoadedPackage(n.path, n.name, n.dir, List.copyOf(n.files), List.copyOf(n.syntaxErrors), n.buildError,
                List.copyOf(n.embeds), List.copyOf(n.embedErrors)));
    }
}
