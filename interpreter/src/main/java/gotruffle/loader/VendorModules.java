package gotruffle.loader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * vendor/modules.txt as {@code go mod vendor} writes it: for each vendored module a line
 * {@code # path version [=> replacement]}, annotations {@code ## explicit[; go 1.x]}, then the
 * import paths of its packages copied under vendor/. Lines {@code # path => replacement}
 * (no version) only record wildcard replacements.
 */
public final class VendorModules {
    /** A module line's module: path and version ("" for a wildcard replacement record). */
    public record Module(String path, String version) {
        String describe() {
            return version.isEmpty() ? path : path + "@" + version;
        }
    }

    /** What modules.txt says about a module: explicitly required, replaced by ("" when not). */
    private static final class Meta {
        boolean explicit;
        String replacement = "";
    }

    private final Path vendorDir;
    private final Map<Module, Meta> meta;
    /** Modules that provide packages, in file order. */
    private final List<Module> withPackages;
    /** Modules whose line records a replacement, in file order. */
    private final List<Module> replaced;
    private final Map<String, Module> packageToModule;

    private VendorModules(Path vendorDir, Map<Module, Meta> meta, List<Module> withPackages, List<Module> replaced,
            Map<String, Module> packageToModule) {
        this.vendorDir = vendorDir;
        this.meta = meta;
        this.withPackages = withPackages;
        this.replaced = replaced;
        this.packageToModule = packageToModule;
    }

    /** The vendor/modules.txt under root, or null when root has none. */
    public static VendorModules read(Path root) {
        Path vendor = root.resolve("vendor");
        Path txt = vendor.resolve("modules.txt");
        if (!Files.isRegularFile(txt)) {
            return null;
        }
        try {
            return parse(Files.readString(txt, StandardCharsets.ISO_8859_1), vendor);
        } catch (IOException e) {
            return null;
        }
    }

    public static VendorModules parse(String text, Path vendorDir) {
        Map<Module, Meta> meta = new LinkedHashMap<>();
        List<Module> withPackages = new ArrayList<>();
        List<Module> replaced = new ArrayList<>();
        Map<String, Module> pkgs = new HashMap<>();
        Module cur = null;
        for (String raw : text.split("\n")) {
            String line = raw.trim();
            if (line.startsWith("# ")) {
                String[] f = line.substring(2).trim().split("\\s+");
                int rest;
                if (f.length >= 2 && f[1].startsWith("v")) {
                    cur = new Module(f[0], f[1]);
                    rest = 2;
                } else if (f.length >= 2 && f[1].equals("=>")) {
                    cur = new Module(f[0], "");
                    rest = 1;
                } else {
                    cur = null;
                    continue;
                }
                if (f.length == rest + 2 && f[rest].equals("=>") || f.length == rest + 3 && f[rest].equals("=>")) {
                    meta.computeIfAbsent(cur, k -> new Meta()).replacement = f.length == rest + 2 ? f[rest + 1] : f[rest + 1] + "@" + f[rest + 2];
                    replaced.add(cur);
                }
                meta.computeIfAbsent(cur, k -> new Meta());
            } else if (cur == null) {
                continue;
            } else if (line.startsWith("## ")) {
                for (String a : line.substring(3).split(";")) {
                    if (a.trim().equals("explicit")) {
                        meta.get(cur).explicit = true;
                    }
                }
            } else if (!line.isEmpty() && !line.startsWith("#") && !line.contains(" ")) {
                pkgs.put(line, cur);
                if (!withPackages.contains(cur)) {
                    withPackages.add(cur);
                }
            }
        }
        return new VendorModules(vendorDir, meta, withPackages, replaced, pkgs);
    }

    public Path vendorDir() {
        return vendorDir;
    }

    /** The folder of a vendored package, or null when modules.txt does not list it. */
    public Path packageDir(String importPath) {
        return packageToModule.containsKey(importPath) ? vendorDir.resolve(importPath) : null;
    }

    /** The module path that provides a vendored package, or null. */
    public String moduleOf(String importPath) {
        Module m = packageToModule.get(importPath);
        return m == null ? null : m.path();
    }

    /**
     * go's consistency check between go.mod and vendor/modules.txt (go 1.14+), with go's
     * messages: every requirement marked explicit at its version, the same replacements; null
     * when consistent.
     */
    public String inconsistency(GoMod mod) {
        List<String> errs = new ArrayList<>();
        for (GoMod.Require r : mod.requires()) {
            Meta m = meta.get(new Module(r.path(), r.version()));
            if (m == null || !m.explicit) {
                errs.add(r.path() + "@" + r.version() + ": is explicitly required in go.mod, but not marked as explicit in vendor/modules.txt");
            }
        }
        for (GoMod.Replace r : mod.replaces()) {
            Module old = new Module(r.oldPath(), r.oldVersion() == null ? "" : r.oldVersion());
            Meta m = meta.get(old);
            String want = replacementOf(r);
            if (m == null || m.replacement.isEmpty()) {
                errs.add(old.describe() + ": is replaced in go.mod, but not marked as replaced in vendor/modules.txt");
            } else if (!m.replacement.equals(want)) {
                errs.add(old.describe() + ": is replaced by " + want + " in go.mod, but marked as replaced by " + m.replacement
                        + " in vendor/modules.txt");
            }
        }
        for (Module m : withPackages) {
            if (meta.get(m).explicit) {
                GoMod.Require r = mod.require(m.path());
                if (r == null || !r.version().equals(m.version())) {
                    errs.add(m.describe() + ": is marked as explicit in vendor/modules.txt, but not explicitly required in go.mod");
                }
            }
        }
        for (Module m : replaced) {
            GoMod.Replace r = null; // go.mod's replacement for m: for its exact version, else for all versions
            for (GoMod.Replace c : mod.replaces()) {
                if (c.oldPath().equals(m.path()) && c.oldVersion() != null && c.oldVersion().equals(m.version())) {
                    r = c;
                }
            }
            for (GoMod.Replace c : mod.replaces()) {
                if (r == null && c.oldPath().equals(m.path()) && c.oldVersion() == null) {
                    r = c;
                }
            }
            if (r == null) {
                errs.add(m.describe() + ": is marked as replaced in vendor/modules.txt, but not replaced in go.mod");
            } else if (!meta.get(m).replacement.equals(replacementOf(r))) {
                errs.add(m.describe() + ": is marked as replaced by " + meta.get(m).replacement + " in vendor/modules.txt, but replaced by "
                        + replacementOf(r) + " in go.mod");
            }
        }
        if (errs.isEmpty()) {
            return null;
        }
        return "go: inconsistent vendoring in " + mod.dir() + ":\n\t" + String.join("\n\t", errs)
                + "\n\n\tTo ignore the vendor directory, use -mod=readonly or -mod=mod.\n\tTo sync the vendor directory, run:\n\t\tgo mod vendor";
    }

    private static String replacementOf(GoMod.Replace r) {
        return r.newVersion() == null ? r.newPath() : r.newPath() + "@" + r.newVersion();
    }
}
