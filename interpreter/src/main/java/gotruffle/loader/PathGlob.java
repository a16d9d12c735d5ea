package gotruffle.loader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Go's glob patterns (path.Match, filepath.Glob) over slash-separated paths: {@code *} any run
 * of non-separator characters, {@code ?} one character, {@code [...]} / {@code [^...]} a class of
 * characters and ranges, {@code \} quotes the next character. Matching works on code points.
 */
final class PathGlob {
    private PathGlob() {
    }

    /** Whether the whole pattern is well formed (Go's Match reports ErrBadPattern otherwise). */
    static boolean valid(String pattern) {
        int[] p = pattern.codePoints().toArray();
        for (int i = 0; i < p.length; ) {
            if (p[i] == '[') {
                int end = classEnd(p, i);
                if (end < 0) {
                    return false;
                }
                i = end;
            } else if (p[i] == '\\') {
                if (i + 1 >= p.length) {
                    return false;
                }
                i += 2;
            } else {
                i++;
            }
        }
        return true;
    }

    /** The index after the class that starts at p[i] == '[', or -1 when it is malformed. */
    private static int classEnd(int[] p, int i) {
        i++;
        if (i < p.length && p[i] == '^') {
            i++;
        }
        int ranges = 0;
        while (true) {
            if (i < p.length && p[i] == ']' && ranges > 0) {
                return i + 1;
            }
            int lo = esc(p, i);
            if (lo < 0) {
                return -1;
            }
            i = lo;
            if (i < p.length && p[i] == '-') {
                int hi = esc(p, i + 1);
                if (hi < 0) {
                    return -1;
                }
                i = hi;
            }
            ranges++;
        }
    }

    /** The index after one (possibly escaped) class character at p[i], or -1. */
    private static int esc(int[] p, int i) {
        if (i >= p.length || p[i] == '-' || p[i] == ']') {
            return -1;
        }
        if (p[i] == '\\') {
            i++;
            if (i >= p.length) {
                return -1;
            }
        }
        return i + 1;
    }

    /** Whether name matches the (valid) pattern; neither holds a '/'. */
    static boolean matches(String pattern, String name) {
        return match(pattern.codePoints().toArray(), 0, name.codePoints().toArray(), 0);
    }

    private static boolean match(int[] p, int pi, int[] s, int si) {
        while (pi < p.length) {
            int c = p[pi];
            if (c == '*') {
                for (int k = si; k <= s.length; k++) {
                    if (match(p, pi + 1, s, k)) {
                        return true;
                    }
                }
                return false;
            }
            if (si >= s.length) {
                return false;
            }
            if (c == '?') {
                pi++;
            } else if (c == '[') {
                int end = classEnd(p, pi);
                if (!inClass(p, pi + 1, end - 1, s[si])) {
                    return false;
                }
                pi = end;
            } else {
                if (c == '\\') {
                    c = p[++pi];
                }
                if (c != s[si]) {
                    return false;
                }
                pi++;
            }
            si++;
        }
        return si == s.length;
    }

    /** Whether ch is in the class p[from, to) (after '[', before ']'). */
    private static boolean inClass(int[] p, int from, int to, int ch) {
        boolean negated = p[from] == '^';
        int i = negated ? from + 1 : from;
        boolean in = false;
        while (i < to) {
            if (p[i] == '\\') {
                i++;
            }
            int lo = p[i++], hi = lo;
            if (i < to && p[i] == '-') {
                i++;
                if (p[i] == '\\') {
                    i++;
                }
                hi = p[i++];
            }
            in |= lo <= ch && ch <= hi;
        }
        return in != negated;
    }

    static boolean hasMeta(String s) {
        return s.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '\\');
    }

    /** filepath.Glob of a (valid) slash-separated pattern under root: the matching relative paths. */
    static List<String> glob(Path root, String pattern) throws IOException {
        if (!hasMeta(pattern)) {
            return Files.exists(root.resolve(pattern), LinkOption.NOFOLLOW_LINKS) ? List.of(pattern) : List.of();
        }
        String[] elems = pattern.split("/");
        List<String> cur = List.of("");
        for (int k = 0; k < elems.length; k++) {
            boolean last = k == elems.length - 1;
            List<String> next = new ArrayList<>();
            for (String prefix : cur) {
                Path dir = prefix.isEmpty() ? root : root.resolve(prefix);
                if (!Files.isDirectory(dir)) {
                    continue;
                }
                for (Path p : EmbedPatterns.sortedList(dir)) {
                    String name = p.getFileName().toString();
                    boolean ok = hasMeta(elems[k]) ? matches(elems[k], name) : name.equals(elems[k]);
                    if (ok && (last || Files.isDirectory(p))) {
                        next.add(prefix.isEmpty() ? name : prefix + "/" + name);
                    }
                }
            }
            cur = next;
        }
        return cur;
    }
}
