package gotruffle.stdlib.natives;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import gotruffle.nodes.call.Native;
import gotruffle.stdlib.text.Quote;
import gotruffle.stdlib.text.Utf8;
import gotruffle.values.GoSlice;

import java.util.Arrays;
import java.util.Map;

/**
 * Natives of package regexp, on re2j. Patterns are compiled from the decoded text; subjects
 * are matched as UTF-8 bytes, so re2j reports byte offsets, which are Go's indexes.
 */
public final class RegexpNatives {
    private RegexpNatives() {}

    /** A compiled expression plus the subject bytes of the last call (FindAll reuses them). */
    private static final class Compiled {
        final Pattern pattern;
        String lastSubject;
        byte[] lastBytes;

        Compiled(Pattern pattern) {
            this.pattern = pattern;
        }

        synchronized byte[] bytes(String s) {
            if (s != lastSubject) {
                lastBytes = ByteSlices.ofByteString(s);
                lastSubject = s;
            }
            return lastBytes;
        }
    }

    public static void register(Map<String, Native> t) {
        t.put("regexp.compile", (ctx, fiber, a) -> {
            String expr = Utf8.toJava((String) a[0]);
            boolean longest = (Boolean) a[1];
            Pattern p;
            int named = perlNamedGroup(expr);
            if (named >= 0) {
                // (?<name>...) is newer than Go 1.19, which rejects it; re2j accepts it.
                return new Object[]{null, 0L, null, "error parsing regexp: invalid or unsupported Perl syntax: `(?<`"};
            }
            try {
                p = Pattern.compile(expr, longest ? Pattern.LONGEST_MATCH : 0);
            } catch (PatternSyntaxException e) {
                return new Object[]{null, 0L, null, Utf8.fromJava(e.getMessage())};
            }
            int n = p.groupCount();
            Object[] names = new Object[n + 1];
            Arrays.fill(names, "");
            for (Map.Entry<String, Integer> g : p.namedGroups().entrySet()) {
                names[g.getValue()] = Utf8.fromJava(g.getKey());
            }
            return new Object[]{new Compiled(p), (long) n, new GoSlice(names, 0, names.length, names.length), ""};
        });
        t.put("regexp.match", (ctx, fiber, a) -> {
            Compiled c = (Compiled) a[0];
            byte[] b = c.bytes((String) a[1]);
            int pos = (int) (long) (Long) a[2];
            if (pos > b.length) {
                return null;
            }
            Matcher m = c.pattern.matcher(b);
            if (!m.find(pos)) {
                return null;
            }
            int n = m.groupCount();
            long[] idx = new long[2 * (n + 1)];
            for (int g = 0; g <= n; g++) {
                idx[2 * g] = m.start(g);
                idx[2 * g + 1] = m.end(g);
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
