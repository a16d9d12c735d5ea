package gotruffle.stdlib.json;

import gotruffle.GoContext;
import gotruffle.nodes.Fiber;
import gotruffle.stdlib.natives.ByteSlices;
import gotruffle.values.GoSlice;
import gotruffle.values.Iface;
import gotruffle.values.Stores;

/** The entry points of encoding/json's natives, on byte-strings. */
public final class JsonCodec {
    private JsonCodec() {}

    public static void setup(GoContext ctx, GoSlice types) {
        Object[] a = new Object[types.len];
        for (int i = 0; i < a.length; i++) {
            a[i] = Stores.get(types.store, types.off + i);
        }
        JsonState.of(ctx).setup(a);
    }

    /** encode(v, escapeHTML) ([]byte, error). */
    public static Object[] marshal(GoContext ctx, Fiber fiber, Object v, boolean escapeHTML) {
        JsonEncoder e = new JsonEncoder(ctx, fiber, escapeHTML);
        try {
            e.marshal(v);
        } catch (JsonEncoder.Failure f) {
            return new Object[]{null, f.err};
        }
        return new Object[]{ByteSlices.slice(e.out.toString()), null};
    }

    /** decode(data, v, useNumber, disallowUnknownFields, check) error. */
    public static Iface unmarshal(GoContext ctx, Fiber fiber, String data, Object v, boolean useNumber, boolean disallow, boolean check) {
        if (check) {
            JsonScanner scan = new JsonScanner();
            if (!scan.check(data)) {
                return JsonState.of(ctx).syntaxError(scan.errMsg, scan.errOffset);
            }
        }
        return new JsonDecoder(ctx, fiber, data, useNumber, disallow).unmarshal(v);
    }

    public static boolean valid(String data) {
        return new JsonScanner().check(data);
    }

    public static Object[] compact(GoContext ctx, String src, boolean escapeHTML) {
        JsonScanner scan = new JsonScanner();
        String out = JsonText.compact(src, escapeHTML, scan);
        if (out == null) {
            return new Object[]{null, JsonState.of(ctx).syntaxError(scan.errMsg, scan.errOffset)};
        }
        return new Object[]{ByteSlices.slice(out), null};
    }

    public static Object[] indent(GoContext ctx, String src, String prefix, String indent) {
        JsonScanner scan = new JsonScanner();
        String out = JsonText.indent(src, prefix, indent, scan);
        if (out == null) {
            return new Object[]{null, JsonState.of(ctx).syntaxError(scan.errMsg, scan.errOffset)};
        }
        return new Object[]{ByteSlices.slice(out), null};
    }

    public static GoSlice htmlEscape(String src) {
        return ByteSlices.slice(JsonText.htmlEscape(src));
    }

    public static Object newScanner() {
        return new JsonScanner();
    }

    public static void scanReset(Object s) {
        ((JsonScanner) s).reset();
    }

    /**
     * Steps the Decoder's scanner over buf[from:]: {end, done, err}. done: the value ends at end
     * (a literal ended by the byte at end, or a closing bracket just before it).
     */
    public static Object[] scanFeed(GoContext ctx, Object scanner, GoSlice buf, int from) {
        JsonScanner s = (JsonScanner) scanner;
        int n = ByteSlices.len(buf);
        for (int i = from; i < n; i++) {
            s.bytes++;
            switch (s.step(ByteSlices.at(buf, i))) {
                case JsonScanner.END -> {
                    s.bytes--;
                    return new Object[]{(long) i, true, null};
                }
                case JsonScanner.END_OBJECT, JsonScanner.END_ARRAY -> {
                    if (s.endValue(' ') == JsonScanner.END) {
                        return new Object[]{(long) (i + 1), true, null};
                    }
                }
                case JsonScanner.ERROR -> {
                    return new Object[]{0L, false, JsonState.of(ctx).syntaxError(s.errMsg, s.errOffset)};
                }
                default -> {
                }
            }
        }
        return new Object[]{(long) n, false, null};
    }

    /** The input ended: whether what was scanned is a complete value (a number needs the end to finish). */
    public static boolean scanEOF(Object scanner) {
        return ((JsonScanner) scanner).step(' ') == JsonScanner.END;
    }

    public static String quoteChar(long c) {
        return JsonScanner.quoteChar((int) (c & 0xFF));
    }
}
