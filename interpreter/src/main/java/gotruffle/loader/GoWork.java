package gotruffle.loader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A parsed go.work: the module folders it uses (each holds a go.mod; all of them are main
 * modules) and replacements that apply to the whole workspace.
 *
 * @param file the go.work file
 * @param uses the used folders, absolute and normalized, in file order
 */
public record GoWork(Path file, String goVersion, List<Path> uses, List<GoMod.Replace> replaces) {

    public static GoWork read(Path file) throws ModFileException {
        return parse(ModFileSyntax.read(file), file);
    }

    public static GoWork parse(String text, Path file) throws ModFileException {
        String name = file.toString();
        List<ModFileSyntax.Directive> ds = ModFileSyntax.parseFile(text, file, "go.work");
        String go = null;
        List<Path> uses = new ArrayList<>();
        List<GoMod.Replace> replaces = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Path dir = file.toAbsolutePath().getParent();
        for (ModFileSyntax.Directive d : ds) {
            String where = name + ":" + d.line() + ": ";
            switch (d.verb()) {
                case "go" -> {
                    if (d.args().size() != 1) {
                        errors.add(where + "usage: go 1.23");
                    } else {
                        go = d.args().getFirst();
                    }
                }
                case "use" -> {
                    if (d.args().size() != 1) {
                        errors.add(where + "usage: use local/dir");
                    } else {
                        uses.add(dir.resolve(d.args().getFirst()).normalize());
                    }
                }
                case "replace" -> {
                    GoMod.Replace r = GoMod.replace(d.args());
                    if (r == null) {
                        errors.add(where + "usage: replace module/path [v1.2.3] => other/module v1.4\n\t or replace module/path [v1.2.3] => ../local/directory");
                    } else {
                        replaces.add(r);
                    }
                }
                default -> errors.add(where + "unknown directive: " + d.verb());
            }
        }
        if (!errors.isEmpty()) {
            throw ModFileSyntax.errors("go.work", errors);
        }
        return new GoWork(file, go, List.copyOf(uses), List.copyOf(replaces));
    }
}
