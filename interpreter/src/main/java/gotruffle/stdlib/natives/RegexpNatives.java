package gotruffle.stdlib.natives;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import gotruffle.nodes.call.Native;
import gotruffle.stdlib.text.Quote;
import gotruffle.stdlib.text.Utf8;
import gotruffle.values.GoSlice;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Natives of package regexp, on re2j. Patterns are compiled from the decoded text; subjects
 * are matched as UTF-8 bytes, so re2j reports byte offsets, which are Go's indexes.
 */
public final class RegexpNatives {
    private RegexpNatives() {}

    /** A compiled expression plus the subject of the last call (FindAll reuses it). */
    private static final class Compiled {
        final Pattern pattern;
        String lastSubject;
        Subject last;

        Compiled(Pattern pattern) {
            this.pattern = pattern;
        }

        synchronized Subject subject(String s) {
            if (s != lastSubject) {
                last = Subject.of(s);
                lastSubject = s;
            }
            return last;
        }
    }

    /**
     * A subject as re2j reads it: its UTF-8 bytes, or, when they are not valid UTF-8, its runes
     * as UTF-16 text with the byte offset of each char (offsets[text.length()] is the length).
     * re2j reads an invalid byte and the bytes after it as one U+FFFD; Go reads each invalid byte
     * as a U+FFFD of width 1, which is what the text holds.
     */
    private record Subject(byte[] bytes, String text, int[] offsets) {
        static Subject of(String s) {
            StringBuilder text = null;
            int[] offsets = null;
            for (int i = 0; i < s.length(); ) {
                long packed = Utf8.decodeRune(s, i);
                int r = Utf8.rune(packed), w = Utf8.width(packed);
                if (r == Utf8.RUNE_ERROR && w == 1 && text == null) {
                    text = new StringBuilder(s.length());
                    offsets = new int[2 * s.length() + 1];
                    for (int j = 0; j < i; ) { // the valid prefix again, now with offsets
                        long p = Utf8.decodeRune(s, j);
                        j = append(text, offsets, Utf8.rune(p), j) + Utf8.width(p);
                    }
                }
                if (text != null) {
                    append(text, offsets, r, i);
                }
                i += w;
            }
            if (text == null) {
                return new Subject(ByteSlices.ofByteString(s), null, null);
            }
            offsets[text.length()] = s.length();
            return new Subject(null, text.toString(), Arrays.copyOf(offsets, text.length() + 1));
        }

        /** Appends rune r read at byte offset at; returns at. */
        private static int append(StringBuilder text, int[] offsets, int r, int at) {
            int k = text.length();
            text.appendCodePoint(r);
            for (; k < text.length(); k++) {
                offsets[k] = at;
            }
            return at;
        }

        int length() {
            return bytes != null ? bytes.length : offsets[offsets.length - 1];
        }

        /** The index re2j uses for byte offset pos (the first rune at or after it). */
        int index(int pos) {
            if (bytes != null) {
                return pos;
            }
            int k = Arrays.binarySearch(offsets, pos);
            if (k < 0) {
                return -k - 1;
            }
            while (k > 0 && offsets[k - 1] == pos) {
                k--;
            }
            return k;
        }

        /** The byte offset of re2j's index k (-1 stays -1: a group that did not take part). */
        long offset(int k) {
            return bytes != null || k < 0 ? k : offsets[k];
        }

        Matcher matcher(Pattern p) {
            return bytes != null ? p.matcher(bytes) : p.matcher(text);
        }
    }

    public static void register(Map<String, Native> t) {
        t.put("regexp.compile", (ctx, fiber, a) -> {
            String raw = (String) a[0];
            for (int i = 0; i < raw.length(); ) {
                long packed = Utf8.decodeRune(raw, i);
                if (Utf8.rune(packed) == Utf8.RUNE_ERROR && Utf8.width(packed) == 1) {
                    // Go's parser rejects it, quoting the expression from the bad byte on
                    return new Object[]{null, 0L, null, "error parsing regexp: invalid UTF-8: `" + raw.substring(i) + "`"};
                }
                i += Utf8.width(packed);
            }
            String expr = Utf8.toJava(raw);
            boolean longest = (Boolean) a[1];
            Pattern p;
            int named = perlNamedGroup(expr);
            if (named >= 0) {
                // (?<name>...) is newer than Go 1.19, which rejects it; re2j accepts it.
                return new Object[]{null, 0L, null, "error parsing regexp: invalid or unsupported Perl syntax: `(?<`"};
            }
            Map<String, String> madeUp = new HashMap<>();
            try {
                p = Pattern.compile(renameDuplicateGroups(expr, madeUp), longest ? Pattern.LONGEST_MATCH : 0);
            } catch (PatternSyntaxException e) {
                String msg = syntaxError(e, expr);
                for (Map.Entry<String, String> m : madeUp.entrySet()) {
                    msg = msg.replace(m.getKey(), m.getValue());
                }
                return new Object[]{null, 0L, null, Utf8.fromJava(msg)};
            }
            String tooLarge = RegexpRepeatSize.tooLarge(expr);
            if (tooLarge != null) {
                return new Object[]{null, 0L, null, Utf8.fromJava("error parsing regexp: invalid repeat count: `" + tooLarge + "`")};
            }
            int n = p.groupCount();
            Object[] names = new Object[n + 1];
            Arrays.fill(names, "");
            for (Map.Entry<String, Integer> g : p.namedGroups().entrySet()) {
                names[g.getValue()] = Utf8.fromJava(madeUp.getOrDefault(g.getKey(), g.getKey()));
            }
            return new Object[]{new Compiled(p), (long) n, new GoSlice(names, 0, names.length, names.length), ""};
        });
        t.put("regexp.match", (ctx, fiber, a) -> {
            Compiled c = (Compiled) a[0];
            Subject sub = c.subject((String) a[1]);
            int pos = (int) (long) (Long) a[2];
            if (pos > sub.length()) {
                return null;
            }
            Matcher m = sub.matcher(c.pattern);
            if (!m.find(sub.index(pos))) {
                return null;
            }
            int n = m.groupCount();
            long[] idx = new long[2 * (n + 1)];
            for (int g = 0; g <= n; g++) {
                idx[2 * g] = sub.offset(m.start(g));
                idx[2 * g + 1] = sub.offset(m.end(g));
            }
            return new GoSlice(idx, 0, idx.length, idx.length);
        });
        t.put("regexp.isWordRune", (ctx, fiber, a) -> {
            int r = (int) (long) (Long) a[0];
            return Character.isLetter(r) || Character.isDigit(r);
        });
        t.put("regexp.quote", (ctx, fiber, a) -> {
            String s = (String) a[0];
            return canBackquote(s) ? "`" + s + "`" : Quote.quote(s);
        });
    }

    /**
     * Go's text of a syntax error: always with the expression part (empty after a trailing
     * backslash); re2j's "stack underflow" is its way to find a ')' nothing opened, which Go
     * reports as "unexpected )" with the whole expression.
     */
    private static String syntaxError(PatternSyntaxException e, String expr) {
        if (e.getDescription().equals("regexp/syntax: internal error") && e.getPattern().equals("stack underflow")) {
            return "error parsing regexp: unexpected ): `" + expr + "`";
        }
        return "error parsing regexp: " + e.getDescription() + ": `" + e.getPattern() + "`";
    }

    /**
     * expr with a made-up name for each group that repeats an earlier group's name ("(?P<n>"):
     * Go 1.19 allows that, re2j does not. madeUp maps the made-up names to the real ones.
     */
    private static String renameDuplicateGroups(String expr, Map<String, String> madeUp) {
        Set<String> seen = new HashSet<>();
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < expr.length(); i++) {
            int skip = skipClassOrEscape(expr, i);
            if (skip > i) {
                i = skip - 1;
                continue;
            }
            if (!expr.startsWith("(?P<", i)) {
                continue;
            }
            int close = expr.indexOf('>', i + 4);
            if (close < 0) {
                break;
            }
            String name = expr.substring(i + 4, close);
            if (seen.add(name) || !name.matches("\\w+")) {
                continue;
            }
            String alias;
            for (int k = madeUp.size() + 1; ; k++) {
                alias = name + "_gotruffle_dup" + k;
                if (!expr.contains(alias)) {
                    break;
                }
            }
            madeUp.put(alias, name);
            if (out == null) {
                out = new StringBuilder();
            }
            out.append(expr, copied, i + 4).append(alias);
            copied = close;
        }
        return out == null ? expr : out.append(expr, copied, expr.length()).toString();
    }

    /** Past the escape or character class at i, or i when there is none. */
    private static int skipClassOrEscape(String expr, int i) {
        char c = expr.charAt(i);
        return c == '\\' ? RegexpRepeatSize.skipEscape(expr, i) : c == '[' ? RegexpRepeatSize.skipClass(expr, i) : i;
    }

    /** Index of an unescaped "(?<" outside a character class, or -1. */
    private static int perlNamedGroup(String expr) {
        boolean inClass = false;
        for (int i = 0; i < expr.length(); i++) {
            char c = expr.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
                if (i + 1 < expr.length() && expr.charAt(i + 1) == ']') {
                    i++;
                }
            } else if (expr.startsWith("(?<", i)) {
                return i;
            }
        }
        return -1;
    }

    /** strconv.CanBackquote on a byte-string: valid UTF-8, no control characters but tab, no ` or BOM. */
    private static boolean canBackquote(String s) {
        int i = 0;
        while (i < s.length()) {
            long p = Utf8.decodeRune(s, i);
            int r = Utf8.rune(p);
            int w = Utf8.width(p);
            if (w == 1 && r == 0xFFFD) {
                return false;
            }
            if (r == '`' || r == 0xFEFF || (r < ' ' && r != '\t') || r == 0x7F) {
                return false;
            }
            i += w;
        }
        return true;
    }
}
