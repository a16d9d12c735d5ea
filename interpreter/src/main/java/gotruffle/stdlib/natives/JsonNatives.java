package gotruffle.stdlib.natives;

import gotruffle.nodes.call.Native;
import gotruffle.stdlib.json.JsonCodec;
import gotruffle.values.GoSlice;

import java.util.Map;

/** Natives of package encoding/json (the work is in gotruffle.stdlib.json). */
public final class JsonNatives {
    private JsonNatives() {}

    public static void register(Map<String, Native> t) {
        t.put("encoding/json.setup", (ctx, fiber, a) -> {
            JsonCodec.setup(ctx, (GoSlice) a[0]);
            return null;
        });
        t.put("encoding/json.encode", (ctx, fiber, a) -> JsonCodec.marshal(ctx, fiber, a[0], (Boolean) a[1]));
        t.put("encoding/json.decode", (ctx, fiber, a) ->
                JsonCodec.unmarshal(ctx, fiber, ByteSlices.str((GoSlice) a[0]), a[1], (Boolean) a[2], (Boolean) a[3], (Boolean) a[4]));
        t.put("encoding/json.Valid", (ctx, fiber, a) -> JsonCodec.valid(ByteSlices.str((GoSlice) a[0])));
        t.put("encoding/json.compact", (ctx, fiber, a) -> JsonCodec.compact(ctx, ByteSlices.str((GoSlice) a[0]), (Boolean) a[1]));
        t.put("encoding/json.indentJSON", (ctx, fiber, a) ->
                JsonCodec.indent(ctx, ByteSlices.str((GoSlice) a[0]), (String) a[1], (String) a[2]));
        t.put("encoding/json.htmlEscape", (ctx, fiber, a) -> JsonCodec.htmlEscape(ByteSlices.str((GoSlice) a[0])));
        t.put("encoding/json.newScanner", (ctx, fiber, a) -> JsonCodec.newScanner());
        t.put("encoding/json.scanFeed", (ctx, fiber, a) -> JsonCodec.scanFeed(ctx, a[0], (GoSlice) a[1], (int) (long) (Long) a[2]));
        t.put("encoding/json.scanEOF", (ctx, fiber, a) -> JsonCodec.scanEOF(a[0]));
        t.put("encoding/json.scanReset", (ctx, fiber, a) -> {
            JsonCodec.scanReset(a[0]);
            return null;
        });
        t.put("encoding/json.quoteChar", (ctx, fiber, a) -> JsonCodec.quoteChar((Long) a[0]));
    }
}
