package gotruffle.stdlib.json;

import gotruffle.stdlib.reflect.RTypes;
import gotruffle.stdlib.text.Quote;
import gotruffle.stdlib.text.Utf8;
import gotruffle.types.Pointer;
import gotruffle.types.Struct;
import gotruffle.types.Type;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON fields of a struct type, by Go's rules: exported fields (and exported fields of
 * embedded structs, promoted breadth first) named by their `json` tag or Go name; "-" skips a
 * field; of several fields with one name the shallowest wins, a tagged one wins at equal depth,
 * and otherwise all of them are dropped. Ordered as the fields appear in the struct.
 */
final class JsonFields {
    static final class Field {
        final String name;
        final boolean tagged;
        final int[] index;
        final Type type;
        final boolean omitEmpty;
        final boolean quoted;
        /** `"name":` with <, >, & escaped as \u003c... (Go's nameEscHTML), and as is. */
        final String keyEscHTML;
        final String key;

        Field(String name, boolean tagged, int[] index, Type type, boolean omitEmpty, boolean quoted) {
            this.name = name;
            this.tagged = tagged;
            this.index = index;
            this.type = type;
            this.omitEmpty = omitEmpty;
            this.quoted = quoted;
            this.key = "\"" + name + "\":";
            this.keyEscHTML = "\"" + JsonText.htmlEscape(name) + "\":";
        }
    }

    final List<Field> list;
    private final Map<String, Integer> byName = new HashMap<>();

    private JsonFields(List<Field> list) {
        this.list = list;
        for (int i = 0; i < list.size(); i++) {
            byName.put(list.get(i).name, i);
        }
    }

    /** The field a JSON object key selects: the exact name, else the first whose name equals it ignoring case. */
    Field lookup(String key) {
        Integer i = byName.get(key);
        if (i != null) {
            return list.get(i);
        }
        for (Field f : list) {
            if (equalFold(f.name, key)) {
                return f;
            }
        }
        return null;
    }

    private record Pending(Type type, int[] index) {}

    static JsonFields of(Type t) {
        List<Field> fields = new ArrayList<>();
        List<Pending> next = new ArrayList<>();
        next.add(new Pending(t, new int[0]));
        Map<Type, Integer> count = new HashMap<>();
        Map<Type, Integer> nextCount = new HashMap<>();
        Set<Type> visited = new HashSet<>();
        while (!next.isEmpty()) {
            List<Pending> current = next;
            next = new ArrayList<>();
            count = nextCount;
            nextCount = new HashMap<>();
            for (Pending p : current) {
                if (!visited.add(p.type)) {
                    continue;
                }
                Struct s = (Struct) p.type.underlying();
                for (int i = 0; i < s.fields.size(); i++) {
                    Struct.Field sf = s.fields.get(i);
                    boolean exported = RTypes.isExported(sf.name());
                    if (sf.embedded()) {
                        Type et = sf.type() instanceof Pointer ptr && !RTypes.isNamed(sf.type()) ? ptr.elem : sf.type();
                        if (!exported && RTypes.kind(et) != RTypes.STRUCT) {
                            continue;
                        }
                    } else if (!exported) {
                        continue;
                    }
                    String tag = tagLookup(sf.tag() == null ? "" : sf.tag(), "json");
                    if (tag.equals("-")) {
                        continue;
                    }
                    int comma = tag.indexOf(',');
                    String name = comma < 0 ? tag : tag.substring(0, comma);
                    String opts = comma < 0 ? "" : tag.substring(comma + 1);
                    if (!isValidTag(name)) {
                        name = "";
                    }
                    int[] index = Arrays.copyOf(p.index, p.index.length + 1);
                    index[p.index.length] = i;
                    Type ft = sf.type();
                    if (!RTypes.isNamed(ft) && ft instanceof Pointer ptr) {
                        ft = ptr.elem;
                    }
                    boolean quoted = false;
                    if (hasOption(opts, "string")) {
                        int k = RTypes.kind(ft);
                        quoted = k == RTypes.BOOL || k == RTypes.STRING || (k >= RTypes.INT && k <= RTypes.FLOAT64);
                    }
                    if (!name.isEmpty() || !sf.embedded() || RTypes.kind(ft) != RTypes.STRUCT) {
                        boolean tagged = !name.isEmpty();
                        Field f = new Field(tagged ? name : sf.name(), tagged, index, ft, hasOption(opts, "omitempty"), quoted);
                        fields.add(f);
                        if (count.getOrDefault(p.type, 0) > 1) {
                            // reached through several embedded fields at this depth: a twin makes it lose below
                            fields.add(f);
                        }
                        continue;
                    }
                    int c = nextCount.merge(ft, 1, Integer::sum);
                    if (c == 1) {
                        next.add(new Pending(ft, index));
                    }
                }
            }
        }
        fields.sort((a, b) -> {
            int c = a.name.compareTo(b.name);
            if (c != 0) {
                return c;
            }
            if (a.index.length != b.index.length) {
                return a.index.length - b.index.length;
            }
            if (a.tagged != b.tagged) {
                return a.tagged ? -1 : 1;
            }
            return compareIndex(a.index, b.index);
        });
        List<Field> out = new ArrayList<>();
        for (int i = 0; i < fields.size();) {
            int j = i + 1;
            while (j < fields.size() && fields.get(j).name.equals(fields.get(i).name)) {
                j++;
            }
            Field first = fields.get(i);
            if (j - i == 1) {
                out.add(first);
            } else {
                Field second = fields.get(i + 1);
                if (!(first.index.length == second.index.length && first.tagged == second.tagged)) {
                    out.add(first);
                }
            }
            i = j;
        }
        out.sort((a, b) -> compareIndex(a.index, b.index));
        return new JsonFields(out);
    }

    private static int compareIndex(int[] a, int[] b) {
        for (int k = 0; k < a.length; k++) {
            if (k >= b.length) {
                return 1;
            }
            if (a[k] != b[k]) {
                return Integer.compare(a[k], b[k]);
            }
        }
        return Integer.compare(a.length, b.length);
    }

    private static boolean hasOption(String opts, String name) {
        if (opts.isEmpty()) {
            return false;
        }
        for (String o : opts.split(",", -1)) {
            if (o.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** A tag name JSON accepts: letters, digits and the punctuation Go allows (no quotes, backslash or comma). */
    static boolean isValidTag(String s) {
        if (s.isEmpty()) {
            return false;
        }
        String u = Utf8.toJava(s);
        for (int i = 0; i < u.length();) {
            int c = u.codePointAt(i);
            i += Character.charCount(c);
            if ("!#$%&()*+-./:;<=>?@[]^_{|}~ ".indexOf(c) >= 0) {
                continue;
            }
            if (!Character.isLetter(c) && !Character.isDigit(c)) {
                return false;
            }
        }
        return true;
    }

    /** reflect.StructTag.Get: the value of key in a conventional `key:"value" key2:"value2"` tag. */
    static String tagLookup(String tag, String key) {
        String s = tag;
        while (!s.isEmpty()) {
            int i = 0;
            while (i < s.length() && s.charAt(i) == ' ') {
                i++;
            }
            s = s.substring(i);
            if (s.isEmpty()) {
                break;
            }
            i = 0;
            while (i < s.length() && s.charAt(i) > ' ' && s.charAt(i) != ':' && s.charAt(i) != '"' && s.charAt(i) != 0x7f) {
                i++;
            }
            if (i == 0 || i + 1 >= s.length() || s.charAt(i) != ':' || s.charAt(i + 1) != '"') {
                break;
            }
            String name = s.substring(0, i);
            s = s.substring(i + 1);
            i = 1;
            while (i < s.length() && s.charAt(i) != '"') {
                if (s.charAt(i) == '\\') {
                    i++;
                }
                i++;
            }
            if (i >= s.length()) {
                break;
            }
            String quoted = s.substring(0, i + 1);
            s = s.substring(i + 1);
            if (key.equals(name)) {
                Quote.Unquoted u = Quote.unquote(quoted);
                return u == null || !u.ok() ? "" : u.value();
            }
        }
        return "";
    }

    /** bytes.EqualFold on two byte-strings: equal under Unicode simple case folding. */
    static boolean equalFold(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String x = Utf8.toJava(a), y = Utf8.toJava(b);
        int i = 0, j = 0;
        while (i < x.length() && j < y.length()) {
            int c = x.codePointAt(i), d = y.codePointAt(j);
            i += Character.charCount(c);
            j += Character.charCount(d);
            if (c != d && Character.toLowerCase(Character.toUpperCase(c)) != Character.toLowerCase(Character.toUpperCase(d))) {
                return false;
            }
        }
        return i == x.length() && j == y.length();
    }
}
