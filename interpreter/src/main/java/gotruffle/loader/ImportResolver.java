package gotruffle.loader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Where the source of an imported package is, following Go 1.19's module rules in the order go
 * applies them: the standard library; the main modules; the vendor folder (when one is in
 * use); the required modules, through replace directives or the module cache. A path nobody
 * provides gets go's own message (without the position, which the loader adds).
 */
public final class ImportResolver {
    /** The outcome of resolving one import path. */
    public sealed interface Result permits Std, Found, Missing {}

    /** A standard library package. */
    public record Std() implements Result {}

    /** A package folder, and the module it belongs to. */
    public record Found(Path dir, String module) implements Result {}

    /** No package: go's message for it. */
    public record Missing(String message) implements Result {}

    private final Workspace ws;
    private final Predicate<String> isStd;
    private GoSum sums;

    public ImportResolver(Workspace ws, Predicate<String> isStd) {
        this.ws = ws;
        this.isStd = isStd;
    }

    public Result resolve(String path, String importer) {
        if (isStd.test(path)) {
            return new Std();
        }
        if (ModFileSyntax.isLocalPath(path)) {
            return new Missing(ws == null ? "\"" + path + "\" is relative, but relative import paths are not supported in module mode"
                    : "local import \"" + path + "\" in non-local package");
        }
        if (ws == null) {
            return firstElementHasDot(path)
                    ? new Missing("no required module provides package " + path
                            + ": go.mod file not found in current directory or any parent directory; see 'go help modules'")
                    : notInGoroot(path);
        }
        for (Workspace.MainModule m : byLongestPath(ws.mains())) {
            String rest = within(path, m.path());
            if (rest != null) {
                Path dir = m.dir().resolve(rest).normalize();
                if (hasGoFiles(dir) && !Workspace.nestedModuleBetween(m.dir(), dir)) {
                    return new Found(dir, m.path());
                }
            }
        }
        if (ws.vendor() != null) {
            Path dir = ws.vendor().packageDir(path);
            if (dir != null && hasGoFiles(dir)) {
                return new Found(dir, vendoredModule(path));
            }
            return new Missing("cannot find package \".\" in:\n\t" + ws.vendor().vendorDir().resolve(path));
        }
        List<GoMod.Require> candidates = new ArrayList<>();
        for (Workspace.MainModule m : ws.mains()) {
            for (GoMod.Require r : m.mod().requires()) {
                if (within(path, r.path()) != null) {
                    candidates.add(r);
                }
            }
        }
        candidates.sort(Comparator.comparingInt((GoMod.Require r) -> r.path().length()).reversed());
        for (GoMod.Require r : candidates) {
            String rest = within(path, r.path());
            GoMod.Replace repl = ws.replacement(r.path(), r.version());
            Path root;
            if (repl != null && repl.isLocal()) {
                root = ws.replacementDir(repl);
                if (!Files.isDirectory(root)) {
                    return new Missing(r.path() + "@" + r.version() + ": replacement directory " + repl.newPath() + " does not exist");
                }
                if (!Files.isRegularFile(root.resolve("go.mod"))) {
                    return new Missing(r.path() + "@" + r.version() + " (replaced by " + repl.newPath() + "): reading " + repl.newPath()
                            + "/go.mod: open " + root.resolve("go.mod") + ": no such file or directory");
                }
            } else {
                String mod = repl != null ? repl.newPath() : r.path();
                String ver = repl != null ? repl.newVersion() : r.version();
                root = ws.moduleCache() == null ? null : ws.moduleCache().resolve(escape(mod) + "@" + escape(ver));
                if (root == null || !Files.isDirectory(root)) {
                    if (!sums().has(mod, ver)) {
                        return new Missing("missing go.sum entry for module providing package " + path + " (imported by " + importer
                                + "); to add:\n\tgo get " + importer);
                    }
                    return new Missing(mod + "@" + ver + ": module source not in the module cache, and GoTruffle does not download"
                            + " modules (run 'go mod download " + mod + "' or 'go mod vendor' first)");
                }
            }
            Path dir = root.resolve(rest).normalize();
            if (hasGoFiles(dir)) {
                return new Found(dir, r.path());
            }
        }
        if (!firstElementHasDot(path)) {
            return notInGoroot(path);
        }
        return new Missing("no required module provides package " + path + "; to add it:\n\tgo get " + path);
    }

    private static Missing notInGoroot(String path) {
        return new Missing("package " + path + " is not in GOROOT (/usr/lib/go-1.19/src/" + path + ")");
    }

    private String vendoredModule(String path) {
        String m = ws.vendor().moduleOf(path);
        return m == null ? path : m;
    }

    private GoSum sums() {
        if (sums == null) {
            List<Path> files = new ArrayList<>();
            for (Workspace.MainModule m : ws.mains()) {
                files.add(m.dir().resolve("go.sum"));
            }
            if (ws.work() != null) {
                files.add(ws.work().file().resolveSibling("go.work.sum"));
            }
            sums = GoSum.read(files);
        }
        return sums;
    }

    private static List<Workspace.MainModule> byLongestPath(List<Workspace.MainModule> mains) {
        List<Workspace.MainModule> l = new ArrayList<>(mains);
        l.sort(Comparator.comparingInt((Workspace.MainModule m) -> m.path().length()).reversed());
        return l;
    }

    /** The rest of path below module (""), or null when path is not module or inside it. */
    static String within(String path, String module) {
        if (path.equals(module)) {
            return "";
        }
        return path.startsWith(module + "/") ? path.substring(module.length() + 1) : null;
    }

    /** go's rule for telling standard-library-like paths from module paths. */
    static boolean firstElementHasDot(String path) {
        int slash = path.indexOf('/');
        return (slash < 0 ? path : path.substring(0, slash)).contains(".");
    }

    static boolean hasGoFiles(Path dir) {
        try {
            return PackageDir.read(dir).hasGoFiles();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The module cache's case encoding: each upper-case letter becomes {@code !} and its lower case. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (Character.isUpperCase(c)) {
                b.append('!').append(Character.toLowerCase(c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
