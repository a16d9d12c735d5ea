package gotruffle.stdlib.natives;

import gotruffle.stdlib.Native;
import gotruffle.values.GoSlice;

import java.io.IOException;
import java.util.Map;

/** Natives of package os beyond the core ones: reading standard input. */
public final class OsNatives {
    private OsNatives() {}

    public static void register(Map<String, Native> t) {
        t.put("os.readFd", (ctx, f, a) -> {
            long fd = (Long) a[0];
            GoSlice b = (GoSlice) a[1];
            if (fd != 0) {
                return -1L;
            }
            // Go's stdout is unbuffered: a prompt written before reading must be visible.
            ctx.flushOut();
            byte[] tmp = new byte[b.len];
            int n;
            try {
                n = ctx.in.read(tmp, 0, tmp.length);
            } catch (IOException e) {
                return -1L;
            }
            if (n <= 0) {
                return 0L;
            }
            long[] st = (long[]) b.store;
            for (int i = 0; i < n; i++) {
                st[b.off + i] = tmp[i] & 0xFF;
            }
            return (long) n;
        });
    }
}
