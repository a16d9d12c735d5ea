package gotruffle.loader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A parsed go.mod: the module path, the go version, requirements and replacements (exclude and
 * retract do not change which source is used, so they are accepted and ignored).
 *
 * @param dir the folder holding the go.mod (relative replacements resolve against it)
 */
public record GoMod(Path dir, String modulePath, String goVersion, List<Require> requires, List<Replace> replaces) {

    /** {@code require path version}; indirect when marked {@code // indirect}. */
    public record Require(String path, String version, boolean indirect) {}

    /**
     * {@code replace old [oldVersion] => new [newVersion]}: new is a folder when it is a local path
     * ({@code ./x}, {@code ../x}, {@code /abs}), otherwise another module at newVersion.
     */
    public record Replace(String oldPath, String oldVersion, String newPath, String newVersion) {
        public boolean isLocal() {
            return ModFileSyntax.isLocalPath(newPath);
        }

        /** Whether this replacement applies to module path at version. */
        public boolean matches(String path, String version) {
            return oldPath.equals(path) && (oldVersion == null || oldVersion.equals(version));
        }
    }

    public static GoMod read(Path file) throws ModFileException {
        return parse(ModFileSyntax.read(file), file);
    }

    /** Parses go.mod text; {@code file} is its path, used for relative replacements and in messages. */
    public static GoMod parse(String text, Path file) throws ModFileException {
        String name = file.toString();
        List<ModFileSyntax.Directive> ds = ModFileSyntax.parseFile(text, file, "go.mod");
        String module = null;
        String go = null;
        List<Require> requires = new ArrayList<>();
        List<Replace> replaces = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (ModFileSyntax.Directive d : ds) {
            String where = name + ":" + d.line() + ": ";
            switch (d.verb()) {
                case "module" -> {
                    if (d.args().size() != 1) {
                        errors.add(where + "usage: module module/path");
                    } else if (module != null) {
                        errors.add(where + "repeated module statement");
                    } else {
                        module = d.args().getFirst();
                    }
                }
                case "go" -> {
                    if (d.args().size() != 1 || !d.args().getFirst().matches("[1-9][0-9]*\\.(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))?")) {
                        errors.add(where + "invalid go version '" + String.join(" ", d.args()) + "': must match format 1.23");
                    } else {
                        go = d.args().getFirst();
                    }
                }
                case "require" -> {
                    if (d.args().size() != 2) {
                        errors.add(where + "usage: require module/path v1.2.3");
                    } else {
                        requires.add(new Require(d.args().get(0), d.args().get(1), d.comment().equals("indirect")
                                || d.comment().startsWith("indirect;")));
                    }
                }
                case "replace" -> {
                    Replace r = replace(d.args());
                    if (r == null) {
                        errors.add(where + "usage: replace module/path [v1.2.3] => other/module v1.4\n\t or replace module/path [v1.2.3] => ../local/directory");
                    } else {
                        replaces.add(r);
                    }
                }
                case "exclude", "retract" -> { }
                default -> errors.add(where + "unknown directive: " + d.verb());
            }
        }
        if (!errors.isEmpty()) {
            throw ModFileSyntax.errors("go.mod", errors);
        }
        if (module == null) {
            throw new ModFileException("go: no module declaration in go.mod. To specify the module path:\n\tgo mod edit -module=example.com/mod");
        }
        return new GoMod(file.getParent(), module, go, List.copyOf(requires), List.copyOf(replaces));
    }

    /** The arguments of a replace directive, or null when malformed. Shared with go.work. */
    static Replace replace(List<String> args) {
        int arrow = args.indexOf("=>");
        if (arrow < 1 || arrow > 2) {
            return null;
        }
        List<String> right = args.subList(arrow + 1, args.size());
        if (right.isEmpty() || right.size() > 2) {
            return null;
        }
        String newPath = right.getFirst();
        String newVersion = right.size() == 2 ? right.get(1) : null;
        if (newVersion == null && !ModFileSyntax.isLocalPath(newPath)) {
            return null;
        }
        return new Replace(args.getFirst(), arrow == 2 ? args.get(1) : null, newPath, newVersion);
    }

    /** The requirement on module path, or null. */
    public Require require(String path) {
        for (Require r : requires) {
            if (r.path().equals(path)) {
                return r;
            }
        }
        return null;
    }

    /** Whether the go directive says at least major.minor (a go.mod without one counts as older than any). */
    public boolean goAtLeast(int major, int minor) {
        if (goVersion == null) {
            return false;
        }
        String v = goVersion;
        String[] p = v.split("\\.");
        int ma = Integer.parseInt(p[0]);
        int mi = p.length > 1 ? Integer.parseInt(p[1]) : 0;
        return ma > major || (ma == major && mi >= minor);
    }
}
