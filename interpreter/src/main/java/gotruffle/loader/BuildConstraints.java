package gotruffle.loader;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whether a Go source file belongs to the build for linux/amd64 with the gc toolchain, as
 * go/build decides: file-name suffixes ({@code _linux}, {@code _windows_arm64}, ...) and the
 * header's {@code //go:build} expression (or, in files without one, {@code // +build} lines
 * before the blank line that ends the header).
 *
 * <p>Satisfied tags: linux, amd64, unix, gc, go1.1 ... go1.19, amd64.v1. Not satisfied: cgo
 * (GoTruffle cannot run C, so a package's pure-Go fallback files are the right choice), ignore,
 * and anything else.
 */
public final class BuildConstraints {
    static final String GOOS = "linux";
    static final String GOARCH = "amd64";

    private static final Set<String> KNOWN_OS = Set.of("aix", "android", "darwin", "dragonfly", "freebsd", "hurd",
            "illumos", "ios", "js", "linux", "nacl", "netbsd", "openbsd", "plan9", "solaris", "windows", "zos");
    private static final Set<String> KNOWN_ARCH = Set.of("386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be",
            "loong64", "mips", "mipsle", "mips64", "mips64le", "mips64p32", "mips64p32le", "ppc", "ppc64", "ppc64le",
            "riscv", "riscv64", "s390", "s390x", "sparc", "sparc64", "wasm");

    private BuildConstraints() {}

    /** A build tag that holds for our target. */
    public static boolean tag(String name) {
        if (name.equals(GOOS) || name.equals(GOARCH) || name.equals("unix") || name.equals("gc") || name.equals("amd64.v1")) {
            return true;
        }
        if (name.startsWith("go1.")) {
            String minor = name.substring(4);
            return minor.matches("[0-9]+") && minor.length() < 4 && Integer.parseInt(minor) >= 1 && Integer.parseInt(minor) <= 19;
        }
        return false;
    }

    /** The file-name rule: {@code name_GOOS}, {@code name_GOARCH}, {@code name_GOOS_GOARCH} (optionally {@code _test}) must match. */
    public static boolean fileNameMatches(String fileName) {
        String name = fileName;
        int dot = name.indexOf('.');
        if (dot >= 0) {
            name = name.substring(0, dot);
        }
        int us = name.indexOf('_');
        if (us < 0) {
            return true;
        }
        List<String> parts = new ArrayList<>(List.of(name.substring(us).split("_", -1)));
        if (!parts.isEmpty() && parts.getLast().equals("test")) {
            parts.removeLast();
        }
        int n = parts.size();
        if (n >= 2 && KNOWN_OS.contains(parts.get(n - 2)) && KNOWN_ARCH.contains(parts.get(n - 1))) {
            return tag(parts.get(n - 1)) && tag(parts.get(n - 2));
        }
        if (n >= 1 && (KNOWN_OS.contains(parts.get(n - 1)) || KNOWN_ARCH.contains(parts.get(n - 1)))) {
            return tag(parts.get(n - 1));
        }
        return true;
    }

    /** Whether the file's header constraints hold (file names are checked by {@link #fileNameMatches}). */
    public static boolean headerMatches(String content) throws ModFileException {
        List<String> plusBuild = new ArrayList<>();
        String goBuild = null;
        List<String> pendingPlus = new ArrayList<>();
        boolean inSlashStar = false;
        boolean ended = false; // a line that is not a // comment ends where +build lines may be
        for (String raw : content.split("\n", -1)) {
            String line = raw.trim();
            if (line.isEmpty() && !ended) {
                // +build lines count only when a blank line follows them, before any code
                plusBuild.addAll(pendingPlus);
                pendingPlus.clear();
                continue;
            }
            if (!inSlashStar && isGoBuild(line)) {
                if (goBuild != null) {
                    throw new ModFileException("multiple //go:build comments");
                }
                goBuild = line.substring("//go:build".length()).trim();
            }
            if (!line.startsWith("//")) {
                ended = true;
            }
            if (!inSlashStar && !ended && isPlusBuild(line)) {
                pendingPlus.add(line.substring(2).trim().substring("+build".length()).trim());
            }
            // skip comments; stop at the first code
            String rest = line;
            boolean code = false;
            while (!rest.isEmpty()) {
                if (inSlashStar) {
                    int end = rest.indexOf("*/");
                    if (end < 0) {
                        rest = "";
                        break;
                    }
                    inSlashStar = false;
                    rest = rest.substring(end + 2).trim();
                } else if (rest.startsWith("//")) {
                    rest = "";
                } else if (rest.startsWith("/*")) {
                    inSlashStar = true;
                    rest = rest.substring(2);
                } else {
                    code = true;
                    break;
                }
            }
            if (code) {
                break;
            }
        }
        if (goBuild != null) {
            return new Expr(goBuild).parse();
        }
        for (String line : plusBuild) {
            if (!plusBuildLine(line)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isGoBuild(String line) {
        return line.startsWith("//go:build") && (line.length() == 10 || Character.isWhitespace(line.charAt(10)));
    }

    private static boolean isPlusBuild(String line) {
        String t = line.substring(2).trim();
        return t.startsWith("+build") && (t.length() == 6 || Character.isWhitespace(t.charAt(6)));
    }

    /** {@code // +build a,!b c}: space-separated options (or), each a comma-separated conjunction. */
    private static boolean plusBuildLine(String line) {
        for (String option : line.split("\\s+")) {
            if (option.isEmpty()) {
                continue;
            }
            boolean all = true;
            for (String term : option.split(",")) {
                boolean not = term.startsWith("!");
                String name = not ? term.substring(1) : term;
                all &= !name.isEmpty() && tag(name) != not;
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** A {@code //go:build} expression: {@code ||}, {@code &&}, {@code !}, parentheses, tags. */
    private static final class Expr {
        private final String s;
        private int p;

        Expr(String s) {
            this.s = s;
        }

        boolean parse() throws ModFileException {
            boolean v = or();
            skip();
            if (p != s.length()) {
                throw new ModFileException("invalid //go:build line: unexpected " + s.substring(p));
            }
            return v;
        }

        private boolean or() throws ModFileException {
            boolean v = and();
            while (eat("||")) {
                v |= and();
            }
            return v;
        }

        private boolean and() throws ModFileException {
            boolean v = not();
            while (eat("&&")) {
                v &= not();
            }
            return v;
        }

        private boolean not() throws ModFileException {
            if (eat("!")) {
                return !not();
            }
            if (eat("(")) {
                boolean v = or();
                if (!eat(")")) {
                    throw new ModFileException("invalid //go:build line: missing )");
                }
                return v;
            }
            skip();
            int start = p;
            while (p < s.length() && (Character.isLetterOrDigit(s.charAt(p)) || s.charAt(p) == '_' || s.charAt(p) == '.')) {
                p++;
            }
            if (start == p) {
                throw new ModFileException("invalid //go:build line: expected tag");
            }
            return tag(s.substring(start, p));
        }

        private boolean eat(String tok) {
            skip();
            if (s.startsWith(tok, p)) {
                p += tok.length();
                return true;
            }
            return false;
        }

        private void skip() {
            while (p < s.length() && Character.isWhitespace(s.charAt(p))) {
                p++;
            }
        }
    }
}
