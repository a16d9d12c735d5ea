package gotruffle.loader;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The main modules a program is built in: the module whose go.mod is nearest above the program's
 * folder, or every module a go.work uses (found the same way, or named by {@code GOWORK};
 * {@code GOWORK=off} ignores it). Also the vendor folder to use, the module cache, and the
 * replacements and requirements that say where other modules' sources are.
 *
 * <p>Unlike go, which looks for go.mod from the working directory only, the search starts at the
 * program: {@code gotruffle run path/to/module/cmd/app} works from anywhere.
 */
public final class Workspace {
    /** A main module: its path and folder. */
    public record MainModule(String path, Path dir, GoMod mod) {}

    private final List<MainModule> mains;
    private final GoWork work;
    private final VendorModules vendor;
    private final Path modCache;

    private Workspace(List<MainModule> mains, GoWork work, VendorModules vendor, Path modCache) {
        this.mains = mains;
        this.work = work;
        this.vendor = vendor;
        this.modCache = modCache;
    }

    /**
     * The workspace of a program in folder {@code dir} (absolute), or null when there is no go.mod
     * above it (then only the standard library can be imported).
     */
    public static Workspace find(Path dir, Map<String, String> env) throws ModFileException {
        Path modCache = moduleCache(env);
        String gowork = env.getOrDefault("GOWORK", "");
        Path workFile = null;
        if (!gowork.equals("off")) {
            if (!gowork.isEmpty() && !gowork.equals("auto")) {
                workFile = Path.of(gowork);
                if (!workFile.isAbsolute()) {
                    throw new ModFileException("the path provided to GOWORK must be an absolute path"); // go 1.19 prints it without "go: "
                }
                if (!Files.isRegularFile(workFile)) {
                    throw new ModFileException("go: open " + workFile + ": no such file or directory");
                }
            } else {
                workFile = findUp(dir, "go.work");
            }
        }
        if (workFile != null) {
            GoWork w = GoWork.read(workFile);
            List<MainModule> mains = new ArrayList<>();
            for (Path use : w.uses()) {
                GoMod m = GoMod.read(use.resolve("go.mod"));
                mains.add(new MainModule(m.modulePath(), use, m));
            }
            return new Workspace(List.copyOf(mains), w, null, modCache);
        }
        Path modFile = findUp(dir, "go.mod");
        if (modFile == null) {
            return null;
        }
        GoMod m = GoMod.read(modFile);
        VendorModules vendor = null;
        String mode = modFlag(env);
        if (mode.equals("vendor") || (mode.isEmpty() && m.goAtLeast(1, 14))) {
            vendor = VendorModules.read(m.dir());
            if (vendor == null && mode.equals("vendor")) {
                vendor = VendorModules.parse("", m.dir().resolve("vendor"));
            }
            String bad = vendor == null ? null : vendor.inconsistency(m);
            if (bad != null) {
                throw new ModFileException(bad);
            }
        }
        return new Workspace(List.of(new MainModule(m.modulePath(), m.dir(), m)), null, vendor, modCache);
    }

    private static Path findUp(Path dir, String name) {
        for (Path d = dir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
            Path f = d.resolve(name);
            if (Files.isRegularFile(f)) {
                return f;
            }
        }
        return null;
    }

    /** The -mod flag in GOFLAGS ("mod", "vendor", "readonly"), or "". */
    private static String modFlag(Map<String, String> env) {
        for (String f : env.getOrDefault("GOFLAGS", "").trim().split("\\s+")) {
            if (f.startsWith("-mod=")) {
                return f.substring(5);
            }
        }
        return "";
    }

    /** $GOMODCACHE, else $GOPATH/pkg/mod (first GOPATH entry), else $HOME/go/pkg/mod. */
    private static Path moduleCache(Map<String, String> env) {
        String c = env.getOrDefault("GOMODCACHE", "");
        if (!c.isEmpty()) {
            return Path.of(c);
        }
        String gopath = env.getOrDefault("GOPATH", "");
        if (!gopath.isEmpty()) {
            return Path.of(gopath.split(File.pathSeparator)[0], "pkg", "mod");
        }
        String home = env.getOrDefault("HOME", System.getProperty("user.home", ""));
        return home.isEmpty() ? null : Path.of(home, "go", "pkg", "mod");
    }

    public List<MainModule> mains() {
        return mains;
    }

    public GoWork work() {
        return work;
    }

    /** The vendor folder in use, or null. */
    public VendorModules vendor() {
        return vendor;
    }

    public Path moduleCache() {
        return modCache;
    }

    /** The main module whose tree holds folder dir (not inside a nested module), or null. */
    public MainModule mainModuleOf(Path dir) {
        Path d = dir.toAbsolutePath().normalize();
        MainModule best = null;
        for (MainModule m : mains) {
            if (d.startsWith(m.dir()) && (best == null || m.dir().getNameCount() > best.dir().getNameCount())) {
                best = m;
            }
        }
        if (best == null || nestedModuleBetween(best.dir(), d)) {
            return null;
        }
        return best;
    }

    /** The import path of the package in folder dir of main module m. */
    public static String importPath(MainModule m, Path dir) {
        Path rel = m.dir().relativize(dir.toAbsolutePath().normalize());
        String r = rel.toString().replace(File.separatorChar, '/');
        return r.isEmpty() ? m.path() : m.path() + "/" + r;
    }

    /** Whether a folder strictly below root and at or above dir has its own go.mod (dir then belongs to another module). */
    static boolean nestedModuleBetween(Path root, Path dir) {
        for (Path d = dir; d != null && !d.equals(root) && d.startsWith(root); d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("go.mod"))) {
                return true;
            }
        }
        return false;
    }

    /** The replacement for module path at version: go.work's first, then the main modules' go.mod. */
    public GoMod.Replace replacement(String path, String version) {
        if (work != null) {
            for (GoMod.Replace r : work.replaces()) {
                if (r.matches(path, version)) {
                    return r;
                }
            }
        }
        for (MainModule m : mains) {
            for (GoMod.Replace r : m.mod().replaces()) {
                if (r.matches(path, version)) {
                    return r;
                }
            }
        }
        return null;
    }

    /** The folder a replace directive's local path names (relative to the file that holds it). */
    public Path replacementDir(GoMod.Replace r) {
        if (work != null && work.replaces().contains(r)) {
            return work.file().toAbsolutePath().getParent().resolve(r.newPath()).normalize();
        }
        for (MainModule m : mains) {
            if (m.mod().replaces().contains(r)) {
                return m.dir().resolve(r.newPath()).normalize();
            }
        }
        return Path.of(r.newPath()).toAbsolutePath().normalize();
    }
}
