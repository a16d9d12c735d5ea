package gotruffle.stdlib.natives;

import gotruffle.stdlib.Native;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/** Natives of package net/http: gzip decoding of response bodies (Go has compress/gzip; we use the JDK's). */
public final class HttpNatives {
    private HttpNatives() {}

    public static void register(Map<String, Native> t) {
        // gunzip(data) (out, errText)
        t.put("net/http.gunzip", (ctx, f, a) -> {
            byte[] in = ByteSlices.toBytes(a[0]);
            try (GZIPInputStream z = new GZIPInputStream(new ByteArrayInputStream(in))) {
                return new Object[] {ByteSlices.fromBytes(z.readAllBytes()), ""};
            } catch (java.util.zip.ZipException e) {
                return new Object[] {null, "gzip: invalid header"};
            } catch (IOException e) {
                return new Object[] {null, "unexpected EOF"};
            }
        });
    }

}
