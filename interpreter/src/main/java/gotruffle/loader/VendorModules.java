package gotruffle.loader;

import java.io.IOException;
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
 * without packages only record replacements.
 */
public final class VendorModules {
    /** One vendored module: its version (or null), whether go.mod requires it explicitly, its packages. */
    public record Module(String path, String version, boolean explicit, List<String> packages) {}

    private final Path vendorDir;
    private final Map<String, Module> modules;
    private final Map<String, String> packageToModule;

    private VendorModules(Path vendorDir, Map<String, Module> modules, Map<String, String> packageToModule) {
        this.vendorDir = vendorDir;
        this.modules = modules;
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
            return parse(Files.readString(txt, java.nio.charset.StandardCharsets.ISO_8859_1), vendor);
        } catch (IOException e) {
            return null;
        }
    }

    public static VendorModules parse(String text, Path vendorDir) {
        Map<String, Module> modules = new LinkedHashMap<>();
        Map<String, String> pkgs = new HashMap<>();
        String cur = null;
        String curVersion = null;
        boolean explicit = false;
        List<String> curPkgs = null;
        for (String raw : text.split("\n")) {
            String line = raw.trim();
            if (line.startsWith("## ")) {
                for (String a : line.substring(3).split(";")) {
                    explicit |= a.trim().equals("explicit");
                }
                if (cur != null) {
                    modules.put(cur, new Module(cur, curVersion, explicit, curPkgs));
                }
            } else if (line.startsWith("# ")) {
                String[] f = line.substring(2).trim().split("\\s+");
                if (f.length >= 2 && !f[1].equals("=>")) {
                    cur = f[0];
                    curVersion = f[1];
                    explicit = false;
                    curPkgs = new ArrayList<>();
                    modules.put(cur, new Module(cur, curVersion, false, curPkgs));
                } else {
                    cur = null; // a replacement record: no packages follow
                }
            } else if (!line.isEmpty() && !line.startsWith("#") && cur != null) {
                curPkgs.add(line);
                pkgs.put(line, cur);
            }
        }
        return new VendorModules(vendorDir, modules, pkgs);
    }

    public Path vendorDir() {
        return vendorDir;
    }

    /** The folder of a vendored package, or null when modules.txt does not list it. */
    public Path packageDir(String importPath) {
        return packageToModule.containsKey(importPath) ? vendorDir.resolve(importPath) : null;
    }

    public Module module(String path) {
        return modules.get(path);
    }

    /** Vendored modules, in file order. */
    public List<Module> modules() {
        return List.copyOf(modules.values());
    }
}
