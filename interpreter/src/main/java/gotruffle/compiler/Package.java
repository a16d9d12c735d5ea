package gotruffle.compiler;

import com.oracle.truffle.api.RootCallTarget;
import gotruffle.nodes.StmtNode;
import gotruffle.parser.ast.SourceFile;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A Go package being compiled: user's main, or a prelude package (fmt, strings, ...). */
public final class Package {
    public final String path;
    public final String name;
    public final Scope scope;
    public final List<SourceFile> files = new ArrayList<>();
    /** The packages its files import (each once). */
    public final Set<Package> imports = new LinkedHashSet<>();
    /** Package names this package sees for more than one package, itself and its imports transitively included. */
    Set<String> ambiguousNames = Set.of();
    /** Statements of package-level var initialization in dependency order, then init() calls. */
    public final List<StmtNode> initCode = new ArrayList<>();
    /** Its initializer (variables, then init functions), once built; none for unsafe and unsupported packages. */
    RootCallTarget init;

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
        Map<String, Set<String>> pathsByName = new HashMap<>();
        Deque<Package> todo = new ArrayDeque<>(List.of(this));
        Set<Package> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Package p = todo.pop();
            if (seen.add(p)) {
                pathsByName.computeIfAbsent(p.name, k -> new HashSet<>()).add(p.path);
                todo.addAll(p.imports);
            }
        }
        Set<String> amb = new HashSet<>();
        pathsByName.forEach((n, paths) -> {
            if (paths.size() > 1) {
                amb.add(n);
            }
        });
        ambiguousNames = Set.copyOf(amb);
    }
}
