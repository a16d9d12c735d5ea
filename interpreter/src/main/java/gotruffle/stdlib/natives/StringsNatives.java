package gotruffle.stdlib.natives;

import gotruffle.nodes.GoPanic;
import gotruffle.nodes.call.Native;
import gotruffle.stdlib.text.Utf8;
import gotruffle.types.Basic;
import gotruffle.values.GoRuntimeError;
import gotruffle.values.GoSlice;
import gotruffle.values.GoStrings;
import gotruffle.values.GoStruct;
import gotruffle.values.Iface;
import gotruffle.values.SizeClasses;

import java.util.Map;

/**
 * Natives of package strings. Go strings are byte-strings (one char per byte), so Java's
 * String.indexOf and friends work on bytes exactly like Go's byte-oriented searches.
 */
public final class StringsNatives {
    private StringsNatives() {}

    static GoPanic panic(String msg) {
        return new GoPanic(new Iface(Basic.STRING, msg));
    }

    private static String s(Object o) {
        return (String) o;
    }

    private static long l(Object o) {
        return (Long) o;
    }

    public static void register(Map<String, Native> t) {
        t.put("strings.Compare", (ctx, f, a) -> (long) Integer.signum(s(a[0]).compareTo(s(a[1]))));
        // Contains, Index and IndexByte read a string view in place: a lexer searches the rest of its input
        t.put("strings.Contains", (Native.TakesViews) (ctx, f, a) -> GoStrings.index(a[0], a[1]) >= 0);
        t.put("strings.ContainsAny", (ctx, f, a) -> indexAny(s(a[0]), s(a[1])) >= 0);
        t.put("strings.ContainsRune", (ctx, f, a) -> indexRune(s(a[0]), l(a[1])) >= 0);
        t.put("strings.Count", (ctx, f, a) -> (long) count(s(a[0]), s(a[1])));
        t.put("strings.EqualFold", (ctx, f, a) -> equalFold(s(a[0]), s(a[1])));
        t.put("strings.Fields", (ctx, f, a) -> fields(s(a[0])));
        t.put("strings.Index", (Native.TakesViews) (ctx, f, a) -> (long) GoStrings.index(a[0], a[1]));
        t.put("strings.IndexAny", (ctx, f, a) -> (long) indexAny(s(a[0]), s(a[1])));
        t.put("strings.IndexByte", (Native.TakesViews) (ctx, f, a) -> (long) GoStrings.indexByte(a[0], (char) (l(a[1]) & 0xFF)));
        t.put("strings.IndexRune", (ctx, f, a) -> (long) indexRune(s(a[0]), l(a[1])));
        t.put("strings.Join", (ctx, f, a) -> join((GoSlice) a[0], s(a[1])));
        t.put("strings.LastIndex", (ctx, f, a) -> (long) s(a[0]).lastIndexOf(s(a[1])));
        t.put("strings.LastIndexAny", (ctx, f, a) -> (long) lastIndexAny(s(a[0]), s(a[1])));
        t.put("strings.LastIndexByte", (ctx, f, a) -> (long) s(a[0]).lastIndexOf((char) (l(a[1]) & 0xFF)));
        t.put("strings.Repeat", (ctx, f, a) -> repeat(s(a[0]), l(a[1]), "strings"));
        t.put("strings.Replace", (ctx, f, a) -> replace(s(a[0]), s(a[1]), s(a[2]), l(a[3])));
        t.put("strings.Split", (ctx, f, a) -> split(s(a[0]), s(a[1]), 0, -1));
        t.put("strings.SplitN", (ctx, f, a) -> split(s(a[0]), s(a[1]), 0, l(a[2])));
        t.put("strings.SplitAfter", (ctx, f, a) -> split(s(a[0]), s(a[1]), s(a[1]).length(), -1));
        t.put("strings.SplitAfterN", (ctx, f, a) -> split(s(a[0]), s(a[1]), s(a[1]).length(), l(a[2])));
        t.put("strings.Title", (ctx, f, a) -> title(s(a[0])));
        t.put("strings.ToLower", (ctx, f, a) -> mapCase(s(a[0]), 'l'));
        t.put("strings.ToUpper", (ctx, f, a) -> mapCase(s(a[0]), 'u'));
        t.put("strings.ToTitle", (ctx, f, a) -> mapCase(s(a[0]), 't'));
        t.put("strings.ToValidUTF8", (ctx, f, a) -> toValidUTF8(s(a[0]), s(a[1])));
        // the trims take a view and return one (a part of their argument), as Go returns a substring
        t.put("strings.Trim", (Native.ReturnsViews) (ctx, f, a) -> {
            String b = GoStrings.base(a[0]);
            int off = GoStrings.offset(a[0]);
            int end = off + GoStrings.length(a[0]);
            String cut = GoStrings.flat(a[1]);
            int from = trimLeftIndex(b, off, end, cut);
            return GoStrings.view(a[0], from - off, trimRightIndex(b, from, end, cut) - off);
        });
        t.put("strings.TrimLeft", (Native.ReturnsViews) (ctx, f, a) -> {
            int off = GoStrings.offset(a[0]);
            int end = off + GoStrings.length(a[0]);
            return GoStrings.view(a[0], trimLeftIndex(GoStrings.base(a[0]), off, end, GoStrings.flat(a[1])) - off, end - off);
        });
        t.put("strings.TrimRight", (Native.ReturnsViews) (ctx, f, a) -> {
            int off = GoStrings.offset(a[0]);
            int end = off + GoStrings.length(a[0]);
            return GoStrings.view(a[0], 0, trimRightIndex(GoStrings.base(a[0]), off, end, GoStrings.flat(a[1])) - off);
        });
        t.put("strings.TrimSpace", (Native.ReturnsViews) (ctx, f, a) -> {
            String b = GoStrings.base(a[0]);
            int off = GoStrings.offset(a[0]);
            int end = off + GoStrings.length(a[0]);
            int from = spaceLeft(b, off, end);
            return GoStrings.view(a[0], from - off, spaceRight(b, from, end) - off);
        });
        t.put("strings.replaceAll", (ctx, f, a) -> replacer((GoSlice) a[0], s(a[1])));
        registerBuilder(t);
    }

    // ---- searching ----

    /** IndexRune: ASCII by byte search; RuneError finds the first invalid sequence or U+FFFD; invalid runes never match. */
    static int indexRune(String s, long r) {
        if (r >= 0 && r < Utf8.RUNE_SELF) {
            return s.indexOf((char) r);
        }
        if (r == Utf8.RUNE_ERROR) {
            for (int i = 0; i < s.length();) {
                long p = Utf8.decodeRune(s, i);
                if (Utf8.rune(p) == Utf8.RUNE_ERROR) {
                    return i;
                }
                i += Utf8.width(p);
            }
            return -1;
        }
        if (!Utf8.validRune((int) r) || r != (int) r) {
            return -1;
        }
        return s.indexOf(Utf8.encodeRune((int) r));
    }

    static int indexAny(String s, String chars) {
        if (chars.isEmpty()) {
            return -1;
        }
        for (int i = 0; i < s.length();) {
            long p = Utf8.decodeRune(s, i);
            if (indexRune(chars, Utf8.rune(p)) >= 0) {
                return i;
            }
            i += Utf8.width(p);
        }
        return -1;
    }

    static int lastIndexAny(String s, String chars) {
        if (chars.isEmpty()) {
            return -1;
        }
        for (int i = s.length(); i > 0;) {
            long p = Utf8.decodeLastRune(s, 0, i);
            i -= Utf8.width(p);
            if (indexRune(chars, Utf8.rune(p)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    static int count(String s, String sub) {
        if (sub.isEmpty()) {
            return Utf8.runeCount(s) + 1;
        }
        int n = 0;
        for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length())) {
            n++;
        }
        return n;
    }

    /** EqualFold: equal under simple Unicode case folding (each rune compared through its fold orbit). */
    static boolean equalFold(String s, String t) {
        int i = 0;
        int j = 0;
        while (i < s.length() && j < t.length()) {
            long ps = Utf8.decodeRune(s, i);
            long pt = Utf8.decodeRune(t, j);
            i += Utf8.width(ps);
            j += Utf8.width(pt);
            int sr = Utf8.rune(ps);
            int tr = Utf8.rune(pt);
            if (sr == tr) {
                continue;
            }
            if (tr < sr) {
                int x = tr;
                tr = sr;
                sr = x;
            }
            if (tr < Utf8.RUNE_SELF) {
                if ('A' <= sr && sr <= 'Z' && tr == sr + 'a' - 'A') {
                    continue;
                }
                return false;
            }
            int r = CaseFold.simpleFold(sr);
            while (r != sr && r < tr) {
                r = CaseFold.simpleFold(r);
            }
            if (r != tr) {
                return false;
            }
        }
        return i == s.length() && j == t.length();
    }

    // ---- splitting and joining ----

    static boolean asciiSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == '\f';
    }

    static GoSlice fields(String s) {
        // counted first, as Go's Fields does: one exact array (the scan benchmark calls this per line)
        Object[] out = new Object[fields(s, null)];
        fields(s, out);
        return ByteSlices.strings(out, out.length);
    }

    /** The fields of s (runs of non-space, Unicode White_Space) into out when given; returns their number. */
    private static int fields(String s, Object[] out) {
        int n = 0;
        int start = -1;
        for (int i = 0; i < s.length();) {
            int c = s.charAt(i);
            int w = 1;
            boolean space;
            if (c < Utf8.RUNE_SELF) {
                space = asciiSpace(c);
            } else {
                long p = Utf8.decodeRune(s, i);
                w = Utf8.width(p);
                space = UnicodeNatives.isSpace(Utf8.rune(p));
            }
            if (space) {
                if (start >= 0) {
                    if (out != null) {
                        out[n] = s.substring(start, i);
                    }
                    n++;
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
            i += w;
        }
        if (start >= 0) {
            if (out != null) {
                out[n] = s.substring(start);
            }
            n++;
        }
        return n;
    }

    /** Go's genSplit: n &lt; 0 means all; sepSave bytes of sep stay with each piece (SplitAfter). */
    static GoSlice split(String s, String sep, int sepSave, long n) {
        if (n == 0) {
            return null;
        }
        if (sep.isEmpty()) {
            return explode(s, n);
        }
        if (n < 0) {
            n = count(s, sep) + 1;
        }
        if (n > s.length() + 1) {
            n = s.length() + 1;
        }
        Object[] a = new Object[(int) n];
        int k = 0;
        int start = 0;
        while (k < n - 1) {
            int m = s.indexOf(sep, start);
            if (m < 0) {
                break;
            }
            a[k++] = s.substring(start, m + sepSave);
            start = m + sep.length();
        }
        a[k++] = s.substring(start);
        return ByteSlices.strings(a, k);
    }

    /** Splits s into UTF-8 sequences, one per rune (invalid bytes become U+FFFD), at most n pieces. */
    static GoSlice explode(String s, long n) {
        int l = Utf8.runeCount(s);
        if (n < 0 || n > l) {
            n = l;
        }
        Object[] a = new Object[(int) n];
        int i = 0;
        for (int k = 0; k < n - 1; k++) {
            long p = Utf8.decodeRune(s, i);
            int w = Utf8.width(p);
            a[k] = Utf8.rune(p) == Utf8.RUNE_ERROR ? Utf8.encodeRune(Utf8.RUNE_ERROR) : s.substring(i, i + w);
            i += w;
        }
        if (n > 0) {
            a[(int) n - 1] = s.substring(i);
        }
        return ByteSlices.strings(a, a.length);
    }

    static String join(GoSlice elems, String sep) {
        if (elems == null || elems.len == 0) {
            return "";
        }
        Object[] st = (Object[]) elems.store;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < elems.len; i++) {
            if (i > 0) {
                sb.append(sep);
            }
            sb.append((String) st[elems.off + i]);
        }
        return sb.toString();
    }

    static String repeat(String s, long count, String pkg) {
        if (count == 0) {
            return "";
        }
        if (count < 0) {
            throw panic(pkg + ": negative Repeat count");
        }
        long total = (long) s.length() * count;
        if (s.length() != 0 && (total / count != s.length() || total > Integer.MAX_VALUE - 16)) {
            throw panic(pkg + ": Repeat count causes overflow");
        }
        return s.repeat((int) count);
    }

    static String replace(String s, String old, String nu, long n) {
        if (old.equals(nu) || n == 0) {
            return s;
        }
        int m = count(s, old);
        if (m == 0) {
            return s;
        }
        if (n < 0 || m < n) {
            n = m;
        }
        StringBuilder b = new StringBuilder(s.length() + (int) n * (nu.length() - old.length()) + 8);
        int start = 0;
        for (int i = 0; i < n; i++) {
            int j = start;
            if (old.isEmpty()) {
                if (i > 0) {
                    j += Utf8.width(Utf8.decodeRune(s, start));
                }
            } else {
                j = s.indexOf(old, start);
            }
            b.append(s, start, j).append(nu);
            start = j + old.length();
        }
        b.append(s, start, s.length());
        return b.toString();
    }

    /** strings.Replacer: at each position the earliest listed old string that matches wins; an empty old matches once per position. */
    static String replacer(GoSlice oldnew, String s) {
        int pairs = oldnew == null ? 0 : oldnew.len / 2;
        String[] olds = new String[pairs];
        String[] news = new String[pairs];
        Object[] st = pairs == 0 ? null : (Object[]) oldnew.store;
        for (int k = 0; k < pairs; k++) {
            olds[k] = (String) st[oldnew.off + 2 * k];
            news[k] = (String) st[oldnew.off + 2 * k + 1];
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean prevEmpty = false;
        int i = 0;
        int last = 0;
        while (i <= s.length()) {
            int hit = -1;
            for (int k = 0; k < pairs; k++) {
                if (olds[k].isEmpty() ? !prevEmpty : s.startsWith(olds[k], i)) {
                    hit = k;
                    break;
                }
            }
            prevEmpty = hit >= 0 && olds[hit].isEmpty();
            if (hit >= 0) {
                b.append(s, last, i).append(news[hit]);
                i += olds[hit].length();
                last = i;
            } else {
                i++;
            }
        }
        if (last < s.length()) {
            b.append(s, last, s.length());
        }
        return b.toString();
    }

    // ---- case mapping ----

    static String mapCase(String s, char which) {
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= Utf8.RUNE_SELF) {
                ascii = false;
                break;
            }
        }
        StringBuilder sb = new StringBuilder(s.length());
        if (ascii) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (which == 'l') {
                    sb.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
                } else {
                    sb.append(c >= 'a' && c <= 'z' ? (char) (c - 32) : c);
                }
            }
            return sb.toString();
        }
        for (int i = 0; i < s.length();) {
            long p = Utf8.decodeRune(s, i);
            int r = Utf8.rune(p);
            Utf8.appendRune(sb, switch (which) {
                case 'l' -> UnicodeNatives.toLower(r);
                case 'u' -> UnicodeNatives.toUpper(r);
                default -> UnicodeNatives.toTitle(r);
            });
            i += Utf8.width(p);
        }
        return sb.toString();
    }

    /** Title's word boundaries: ASCII alphanumerics and '_' are inside words, other ASCII and spaces separate. */
    private static boolean isSeparator(int r) {
        if (r <= 0x7F) {
            return !(('0' <= r && r <= '9') || ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') || r == '_');
        }
        if (UnicodeNatives.isLetter(r) || UnicodeNatives.isDigit(r)) {
            return false;
        }
        return UnicodeNatives.isSpace(r);
    }

    static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int prev = ' ';
        for (int i = 0; i < s.length();) {
            long p = Utf8.decodeRune(s, i);
            int r = Utf8.rune(p);
            Utf8.appendRune(sb, isSeparator(prev) ? UnicodeNatives.toTitle(r) : r);
            prev = r;
            i += Utf8.width(p);
        }
        return sb.toString();
    }

    static String toValidUTF8(String s, String replacement) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean invalid = false; // the previous byte was part of an invalid run
        for (int i = 0; i < s.length();) {
            int c = s.charAt(i);
            if (c < Utf8.RUNE_SELF) {
                sb.append((char) c);
                i++;
                invalid = false;
                continue;
            }
            long p = Utf8.decodeRune(s, i);
            if (Utf8.rune(p) == Utf8.RUNE_ERROR && Utf8.width(p) == 1) {
                if (!invalid) {
                    sb.append(replacement);
                    invalid = true;
                }
                i++;
                continue;
            }
            invalid = false;
            sb.append(s, i, i + Utf8.width(p));
            i += Utf8.width(p);
        }
        return sb.toString();
    }

    // ---- trimming ----

    static int trimLeftIndex(String s, String cutset) {
        return trimLeftIndex(s, 0, s.length(), cutset);
    }

    /** Start index of s[i:end] with leading cutset runes removed. */
    static int trimLeftIndex(String s, int i, int end, String cutset) {
        if (cutset.isEmpty()) {
            return i;
        }
        while (i < end) {
            int c = s.charAt(i);
            int r = c;
            int w = 1;
            if (c >= Utf8.RUNE_SELF) {
                long p = Utf8.decodeRune(s, i, end);
                r = Utf8.rune(p);
                w = Utf8.width(p);
            }
            if (indexRune(cutset, r) < 0) {
                break;
            }
            i += w;
        }
        return i;
    }

    /** End index of s[from:] with trailing cutset runes removed. */
    static int trimRightIndex(String s, int from, String cutset) {
        return trimRightIndex(s, from, s.length(), cutset);
    }

    /** End index of s[from:end] with trailing cutset runes removed. */
    static int trimRightIndex(String s, int from, int end, String cutset) {
        if (cutset.isEmpty()) {
            return end;
        }
        while (end > from) {
            int c = s.charAt(end - 1);
            int r = c;
            int w = 1;
            if (c >= Utf8.RUNE_SELF) {
                long p = Utf8.decodeLastRune(s, from, end);
                r = Utf8.rune(p);
                w = Utf8.width(p);
            }
            if (indexRune(cutset, r) < 0) {
                break;
            }
            end -= w;
        }
        return end;
    }

    static int spaceLeft(String s) {
        return spaceLeft(s, 0, s.length());
    }

    /** Start index of s[i:end] with leading white space removed. */
    static int spaceLeft(String s, int i, int end) {
        while (i < end) {
            int c = s.charAt(i);
            if (c < Utf8.RUNE_SELF) {
                if (!asciiSpace(c)) {
                    break;
                }
                i++;
            } else {
                long p = Utf8.decodeRune(s, i, end);
                if (!UnicodeNatives.isSpace(Utf8.rune(p))) {
                    break;
                }
                i += Utf8.width(p);
            }
        }
        return i;
    }

    static int spaceRight(String s, int from) {
        return spaceRight(s, from, s.length());
    }

    /** End index of s[from:end] with trailing white space removed. */
    static int spaceRight(String s, int from, int end) {
        while (end > from) {
            int c = s.charAt(end - 1);
            if (c < Utf8.RUNE_SELF) {
                if (!asciiSpace(c)) {
                    break;
                }
                end--;
            } else {
                long p = Utf8.decodeLastRune(s, from, end);
                if (!UnicodeNatives.isSpace(Utf8.rune(p))) {
                    break;
                }
                end -= Utf8.width(p);
            }
        }
        return end;
    }

    // ---- Builder ----

    /** A Builder's bytes and Go-visible capacity; owner detects use of a copied Builder. */
    static final class BuilderBuf {
        final GoStruct owner;
        final StringBuilder sb = new StringBuilder();
        int cap;

        BuilderBuf(GoStruct owner) {
            this.owner = owner;
        }

        /** Capacity bookkeeping of append(buf, n more bytes). */
        void appendGrow(int n) {
            int need = sb.length() + n;
            if (need > cap) {
                cap = SizeClasses.growCap(cap, need, 1);
            }
        }
    }

    private static BuilderBuf buf(Object recv) {
        GoStruct b = (GoStruct) recv;
        if (b == null) {
            throw new GoRuntimeError("invalid memory address or nil pointer dereference");
        }
        BuilderBuf h = (BuilderBuf) b.refs[0];
        if (h == null) {
            h = new BuilderBuf(b);
            b.refs[0] = h;
        } else if (h.owner != b) {
            throw panic("strings: illegal use of non-zero Builder copied by value");
        }
        return h;
    }

    private static BuilderBuf peek(Object recv) {
        GoStruct b = (GoStruct) recv;
        if (b == null) {
            throw new GoRuntimeError("invalid memory address or nil pointer dereference");
        }
        return (BuilderBuf) b.refs[0];
    }

    private static void registerBuilder(Map<String, Native> t) {
        t.put("strings.Builder.String", (ctx, f, a) -> {
            BuilderBuf h = peek(a[0]);
            return h == null ? "" : h.sb.toString();
        });
        t.put("strings.Builder.Len", (ctx, f, a) -> {
            BuilderBuf h = peek(a[0]);
            return h == null ? 0L : (long) h.sb.length();
        });
        t.put("strings.Builder.Cap", (ctx, f, a) -> {
            BuilderBuf h = peek(a[0]);
            return h == null ? 0L : (long) h.cap;
        });
        t.put("strings.Builder.Reset", (ctx, f, a) -> {
            ((GoStruct) a[0]).refs[0] = null;
            return null;
        });
        t.put("strings.Builder.Grow", (ctx, f, a) -> {
            BuilderBuf h = buf(a[0]);
            long n = l(a[1]);
            if (n < 0) {
                throw panic("strings.Builder.Grow: negative count");
            }
            if (h.cap - h.sb.length() < n) {
                h.cap = (int) (2L * h.cap + n);
            }
            return null;
        });
        t.put("strings.Builder.Write", (ctx, f, a) -> {
            BuilderBuf h = buf(a[0]);
            GoSlice p = (GoSlice) a[1];
            int n = ByteSlices.len(p);
            h.appendGrow(n);
            if (n > 0) {
                h.sb.append(ByteSlices.str(p));
            }
            return new Object[] {(long) n, null};
        });
        t.put("strings.Builder.WriteByte", (ctx, f, a) -> {
            BuilderBuf h = buf(a[0]);
            h.appendGrow(1);
            h.sb.append((char) (l(a[1]) & 0xFF));
            return null;
        });
        t.put("strings.Builder.WriteRune", (ctx, f, a) -> {
            BuilderBuf h = buf(a[0]);
            long r = l(a[1]);
            if (r >= 0 && r < Utf8.RUNE_SELF) {
                h.appendGrow(1);
                h.sb.append((char) r);
                return new Object[] {1L, null};
            }
            if (h.cap - h.sb.length() < Utf8.UTF_MAX) {
                h.cap = 2 * h.cap + Utf8.UTF_MAX;
            }
            int n = Utf8.appendRune(h.sb, r == (int) r ? (int) r : Utf8.RUNE_ERROR);
            return new Object[] {(long) n, null};
        });
        t.put("strings.Builder.WriteString", (ctx, f, a) -> {
            BuilderBuf h = buf(a[0]);
            String s = s(a[1]);
            h.appendGrow(s.length());
            h.sb.append(s);
            return new Object[] {(long) s.length(), null};
        });
    }
}
