package gotruffle.stdlib.natives;

import gotruffle.nodes.call.Native;
import gotruffle.stdlib.algo.Hex;

import java.util.Map;

/** Natives of encoding/hex (the codec itself is Go code in the prelude). */
public final class HexNatives {
    private HexNatives() {}

    public static void register(Map<String, Native> t) {
        t.put("encoding/hex.Dump", (ctx, fiber, a) -> {
            byte[] b = ByteSlices.toBytes(a[0]);
            return ByteSlices.byteString(Hex.dump(b, 0, b.length));
        });
    }
}
