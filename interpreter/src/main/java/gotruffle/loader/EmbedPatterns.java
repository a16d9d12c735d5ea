package gotruffle.loader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The go command's resolution of a package's {@code //go:embed} patterns to files (relative,
 * slash-separated paths under the package folder), with its errors: a pattern must be a valid
 * path glob that matches something; a folder brings the files under it, except names starting
 * with '.' or '_' (unless the pattern starts with {@code all:}), names a module cannot hold, and
 * nested modules; nothing may come from another module.
 */
final class EmbedPatterns {
    /** A pattern that go rejects: "pattern P: message". */
    static final class Failure extends Exception {
        final String pattern;

        Failure(String pattern, String message) {
            super("pattern " + pattern + ": " + message);
            this.pattern = pattern;
        }
    }

    private final Path pkgDir;
    private final Set<Path> checkedDirs = new HashSet<>();

    private EmbedPatterns(Path pkgDir) {
        this.pkgDir = pkgDir;
    }

    /** Each pattern (in go's order: sorted) to its files, sorted; the first failing pattern throws. */
    static Map<String, List<String>> resolve(Path pkgDir, Set<String> sortedPatterns) throws Failure, IOException {
        EmbedPatterns r = new EmbedPatterns(pkgDir);
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String p : sortedPatterns) {
            out.put(p, r.files(p));
        }
        return out;
    }

    private List<String> files(String pattern) throws Failure, IOException {
        boolean all = pattern.startsWith("all:");
        String glob = all ? pattern.substring(4) : pattern;
        if (glob.equals(".") || !validPath(glob) || !PathGlob.valid(glob)) {
            throw new Failure(pattern, "invalid pattern syntax");
        }
        TreeSet<String> list = new TreeSet<>();
        for (String rel : PathGlob.glob(pkgDir, glob)) {
            Path file = pkgDir.resolve(rel);
            boolean isDir = Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS);
            String what = isDir ? "directory" : "file";
            for (Path dir = file; !dir.equals(pkgDir) && checkedDirs.add(dir); dir = dir.getParent()) {
                if (Files.exists(dir.resolve("go.mod"))) {
                    throw new Failure(pattern, "cannot embed " + what + " " + rel + ": in different module");
                }
                if (!dir.equals(file) && !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                    throw new Failure(pattern, "cannot embed " + what + " " + rel + ": in non-directory " + pkgDir.relativize(dir));
                }
                String elem = dir.getFileName().toString();
                if (badName(elem)) {
                    throw new Failure(pattern, "cannot embed " + what + " " + rel + (dir.equals(file)
                            ? ": invalid name " + elem : ": in invalid directory " + elem));
                }
            }
            if (isDir) {
                if (walk(file, all, list) == 0) {
                    throw new Failure(pattern, "cannot embed directory " + rel + ": contains no embeddable files");
                }
            } else if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                list.add(rel);
            } else {
                throw new Failure(pattern, "cannot embed irregular file " + rel);
            }
        }
        if (list.isEmpty()) {
            throw new Failure(pattern, "no matching files found");
        }
        return List.copyOf(list);
    }

    /** Adds the files under dir that a module would hold (skipping nested modules); how many it met. */
    private int walk(Path dir, boolean all, TreeSet<String> out) throws IOException {
        int count = 0;
        for (Path p : sortedList(dir)) {
            String name = p.getFileName().toString();
            if (badName(name) || (!all && (name.startsWith(".") || name.startsWith("_")))) {
                continue;
            }
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                if (!Files.exists(p.resolve("go.mod"))) {
                    count += walk(p, all, out);
                }
            } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                out.add(slash(pkgDir.relativize(p)));
                count++;
            }
        }
        return count;
    }

    static List<Path> sortedList(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    static String slash(Path rel) {
        return rel.toString().replace('\\', '/');
    }

    /** io/fs.ValidPath: unrooted, slash-separated, no empty, "." or ".." element (except "." alone). */
    static boolean validPath(String p) {
        if (p.equals(".")) {
            return true;
        }
        for (String elem : p.split("/", -1)) {
            if (elem.isEmpty() || elem.equals(".") || elem.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> VCS = Set.of(".bzr", ".hg", ".git", ".svn");
    private static final Set<String> WINDOWS = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4",
            "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    /** A name a module zip cannot hold (golang.org/x/mod's file path rules) or a VCS folder. */
    static boolean badName(String name) {
        if (VCS.contains(name) || name.isEmpty() || name.chars().allMatch(c -> c == '.') || name.endsWith(".")) {
            return true;
        }
        for (int i = 0; i < name.length(); ) {
            int r = name.codePointAt(i);
            i += Character.charCount(r);
            boolean ok = r < 0x80
                    ? Character.isLetterOrDigit(r) || "!#$%&()+,-.=@[]^_{}~ ".indexOf(r) >= 0
                    : Character.isLetter(r);
            if (!ok) {
                return true;
            }
        }
        int dot = name.indexOf('.');
        String shortName = (dot >= 0 ? name.substring(0, dot) : name).toUpperCase(Locale.ROOT);
        return WINDOWS.contains(shortName);
    }

    /** The files of some of the patterns, sorted, each once. */
    static List<String> union(Map<String, List<String>> byPattern, List<String> patterns) {
        TreeSet<String> all = new TreeSet<>();
        for (String p : patterns) {
            all.addAll(byPattern.get(p));
        }
        return new ArrayList<>(all);
    }
}
