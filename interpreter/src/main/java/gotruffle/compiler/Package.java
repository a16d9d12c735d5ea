package gotruffle.compiler;

import gotruffle.parser.ast.SourceFile;

import java.util.ArrayList;
import java.util.List;

/** A Go package being compiled: user's main, or a prelude package (fmt, strings, ...). */
public final class Package {
    public final String path;
    public final String name;
    public final Scope scope;
    public final List<SourceFile> files = new ArrayList<>();
    /** The packages its files import (each once). */
    public final java.util.Set<Package> imports = new java.util.LinkedHashSet<>();
    /** Package names this package sees for more than one package, itself and its imports transitively included. */
    java.util.Set<String> ambiguousNames = java.util.Set.of();
    /** Statements of package-level var initialization in dependency order, then init() calls. */
    public final List<gotruffle.nodes.StmtNode> initCode = new ArrayList<>();

    public Package(String path, String name, Scope universe) {
        this.path = path;
        this.name = name;
        this.scope = new Scope(universe, null);
    }

    /** A package GoTruffle cannot provide (reported at its import): selectors on it are left unchecked. */
    public boolean unsupported;

    /**
     * Whether one of its imports is unsupported: the uses of that package are left unchecked, so
     * "declared but not used" and "imported and not used" would be follow-on errors, not Go's.
     */
    public boolean importsUnsupported() {
        return imports.stream().anyMatch(p -> p.unsupported);
    }

    static Package unsupported(String path, Scope universe) {
        Package p = new Package(path, path.substring(path.lastIndexOf('/') + 1), universe);
        p.unsupported = true;
        return p;
    }

    /** Computes {@link #ambiguousNames} once the imports are known (types2's markImports). */
    void markImports() {
        java.util.Map<String, java.util.Set<String>> pathsByName = new java.util.HashMap<>();
        java.util.Deque<Package> todo = new java.util.ArrayDeque<>(List.of(this));
        java.util.Set<Package> seen = new java.util.HashSet<>();
        while (!todo.isEmpty()) {
            Package p = todo.pop();
            if (seen.add(p)) {
                pathsByName.computeIfAbsent(p.name, k -> new java.util.HashSet<>()).add(p.path);
                todo.addAll(p.imports);
            }
        }
        java.util.Set<String> amb = new java.util.HashSet<>();
        pathsByName.forEach((n, paths) -> {
            if (paths.size() > 1) {
                amb.add(n);
            }
        });
        ambiguousNames = java.util.Set.copyOf(amb);
    }
}
