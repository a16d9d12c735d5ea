package gotruffle.stdlib.natives;

import gotruffle.nodes.call.Native;
import gotruffle.values.GoMap;
import gotruffle.values.GoSlice;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Natives of package net/http: DetectContentType (Go's sniffing algorithm, run for nearly
 * every response, so kept out of the interpreter's warm-up) and gzip decoding of response
 * bodies (Go has compress/gzip; the JDK's is used).
 */
public final class HttpNatives {
    private HttpNatives() {}

    public static void register(Map<String, Native> t) {
        t.put("net/http.DetectContentType", (ctx, f, a) -> Sniff.detect((GoSlice) a[0]));
        // scanRequestHead(buf) (line string, lineLen, headLen int, kv []string)
        t.put("net/http.scanRequestHead", (ctx, f, a) -> RequestHead.scan((GoSlice) a[0]));
        // headerLines(h, exclude) string
        t.put("net/http.headerLines", (ctx, f, a) -> headerLines((GoMap) a[0], (GoMap) a[1]));
        // gunzip(data) (out, errText)
        t.put("net/http.gunzip", (ctx, f, a) -> {
            byte[] in = ByteSlices.toBytes(a[0]);
            try (GZIPInputStream z = new GZIPInputStream(new ByteArrayInputStream(in))) {
                return new Object[] {ByteSlices.fromBytes(z.readAllBytes()), ""};
            } catch (ZipException e) {
                return new Object[] {null, "gzip: invalid header"};
            } catch (IOException e) {
                return new Object[] {null, "unexpected EOF"};
            }
        });
    }

    /**
     * Header.WriteSubset's text: "Key: value\r\n" for each value, keys sorted bytewise, keys
     * excluded where exclude[key] is true or where the key is not a token; CR and LF in a value become spaces, and the value is
     * trimmed of ASCII blanks.
     */
    static String headerLines(GoMap h, GoMap exclude) {
        if (h == null || h.size() == 0) {
            return "";
        }
        ArrayList<String> keys = new ArrayList<>(h.size());
        for (Object k : h.entries.keySet()) {
            String key = (String) h.unwrapKey(k);
            if (isFieldName(key) && (exclude == null || !Boolean.TRUE.equals(exclude.get(key)))) {
                keys.add(key);
            }
        }
        keys.sort(null); // byte-strings: char order is byte order
        StringBuilder b = new StringBuilder();
        for (String k : keys) {
            GoSlice vs = (GoSlice) h.get(k);
            for (int i = 0; vs != null && i < vs.len; i++) {
                String v = ((String) ((Object[]) vs.store)[vs.off + i]).replace('\r', ' ').replace('\n', ' ');
                int from = 0;
                int to = v.length();
                while (from < to && isTrimmed(v.charAt(from))) {
                    from++;
                }
                while (to > from && isTrimmed(v.charAt(to - 1))) {
                    to--;
                }
                b.append(k).append(": ").append(v, from, to).append("\r\n");
            }
        }
        return b.toString();
    }

    /** Go writes no field whose name is not a token: it drops it, having no way to report it. */
    private static boolean isFieldName(String key) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!RequestHead.tokenByte(c)) {
                return false;
            }
        }
        return !key.isEmpty();
    }

    private static boolean isTrimmed(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /**
     * The server's fast path for a request head that lies whole in the connection's buffer: the
     * request line and the header fields, keys canonical and values trimmed exactly as
     * textproto.ReadMIMEHeader would give them. Anything unusual (bare CR or LF, continuation
     * lines, a line without a colon, an empty key or one that is not a token, an incomplete head)
     * gives headLen 0, and the Go code parses the head itself, with Go's errors.
     */
    static final class RequestHead {
        private RequestHead() {}

        static Object[] scan(GoSlice b) {
            int len = ByteSlices.len(b);
            int eol = lineEnd(b, 0, len);
            if (eol <= 0) {
                return none();
            }
            ArrayList<String> kv = new ArrayList<>(8);
            int pos = eol + 2;
            for (;;) {
                int e = lineEnd(b, pos, len);
                if (e < 0) {
                    return none();
                }
                if (e == pos) {
                    pos += 2;
                    break;
                }
                int colon = pos;
                while (colon < e && ByteSlices.at(b, colon) != ':') {
                    colon++;
                }
                // the next line must be there and must not continue this one
                if (colon == pos || colon == e || e + 2 >= len || isBlank(ByteSlices.at(b, pos)) || isBlank(ByteSlices.at(b, e + 2))) {
                    return none();
                }
                String key = canonicalKey(b, pos, colon);
                if (key == null) {
                    return none();
                }
                int vs = colon + 1;
                while (vs < e && isBlank(ByteSlices.at(b, vs))) {
                    vs++;
                }
                int ve = e;
                while (ve > vs && isBlank(ByteSlices.at(b, ve - 1))) {
                    ve--;
                }
                kv.add(key);
                kv.add(ByteSlices.str(b, vs, ve));
                pos = e + 2;
            }
            return new Object[] {ByteSlices.str(b, 0, eol), (long) eol + 2, (long) pos, ByteSlices.strings(kv.toArray(), kv.size())};
        }

        private static Object[] none() {
            return new Object[] {"", 0L, 0L, null};
        }

        private static boolean isBlank(int c) {
            return c == ' ' || c == '\t';
        }

        /** The index of the CR of the CRLF ending the line at from; -1 if none or a bare CR or LF comes first. */
        private static int lineEnd(GoSlice b, int from, int len) {
            for (int i = from; i < len; i++) {
                int c = ByteSlices.at(b, i);
                if (c == '\n') {
                    return -1;
                }
                if (c == '\r') {
                    return i + 1 < len && ByteSlices.at(b, i + 1) == '\n' ? i : -1;
                }
            }
            return -1;
        }

        /** textproto.CanonicalMIMEHeaderKey of b[from:to]; null if it has a byte that is not a token byte. */
        private static String canonicalKey(GoSlice b, int from, int to) {
            byte[] k = new byte[to - from];
            boolean upper = true;
            for (int i = 0; i < k.length; i++) {
                int c = ByteSlices.at(b, from + i);
                if (!tokenByte(c)) {
                    return null;
                }
                if (upper && 'a' <= c && c <= 'z') {
                    c -= 'a' - 'A';
                } else if (!upper && 'A' <= c && c <= 'Z') {
                    c += 'a' - 'A';
                }
                k[i] = (byte) c;
                upper = c == '-';
            }
            return ByteSlices.byteString(k);
        }

        /** RFC 7230's tchar. */
        private static final boolean[] TOKEN = new boolean[128];

        static boolean tokenByte(int c) {
            return c < 0x80 && TOKEN[c];
        }

        static {
            for (char c : "!#$%&'*+-.^_`|~".toCharArray()) {
                TOKEN[c] = true;
            }
            for (int c = '0'; c <= '9'; c++) {
                TOKEN[c] = true;
            }
            for (int c = 'a'; c <= 'z'; c++) {
                TOKEN[c] = true;
                TOKEN[c - 'a' + 'A'] = true;
            }
        }
    }

    /** https://mimesniff.spec.whatwg.org/ as Go 1.19's net/http applies it (first 512 bytes). */
    static final class Sniff {
        private Sniff() {}

        private static final int EXACT = 0, MASKED = 1, HTML = 2, MP4 = 3, TEXT = 4;

        private record Sig(int kind, byte[] pat, byte[] mask, boolean skipWS, String ct) {}

        private static byte[] b(String s) {
            return ByteSlices.ofByteString(s);
        }

        private static Sig html(String tag) {
            return new Sig(HTML, b(tag), null, false, "text/html; charset=utf-8");
        }

        private static Sig exact(String p, String ct) {
            return new Sig(EXACT, b(p), null, false, ct);
        }

        private static Sig masked(String mask, String p, String ct) {
            return new Sig(MASKED, b(p), b(mask), false, ct);
        }

        private static final Sig[] SIGS = {
            html("<!DOCTYPE HTML"), html("<HTML"), html("<HEAD"), html("<SCRIPT"), html("<IFRAME"), html("<H1"),
            html("<DIV"), html("<FONT"), html("<TABLE"), html("<A"), html("<STYLE"), html("<TITLE"), html("<B"),
            html("<BODY"), html("<BR"), html("<P"), html("<!--"),
            new Sig(MASKED, b("<?xml"), b("\u00FF\u00FF\u00FF\u00FF\u00FF"), true, "text/xml; charset=utf-8"),
            exact("%PDF-", "application/pdf"),
            exact("%!PS-Adobe-", "application/postscript"),
            masked("\u00FF\u00FF\u0000\u0000", "\u00FE\u00FF\u0000\u0000", "text/plain; charset=utf-16be"),
            masked("\u00FF\u00FF\u0000\u0000", "\u00FF\u00FE\u0000\u0000", "text/plain; charset=utf-16le"),
            masked("\u00FF\u00FF\u00FF\u0000", "\u00EF\u00BB\u00BF\u0000", "text/plain; charset=utf-8"),
            exact("\u0000\u0000\u0001\u0000", "image/x-icon"),
            exact("\u0000\u0000\u0002\u0000", "image/x-icon"),
            exact("BM", "image/bmp"),
            exact("GIF87a", "image/gif"),
            exact("GIF89a", "image/gif"),
            masked("\u00FF\u00FF\u00FF\u00FF\u0000\u0000\u0000\u0000\u00FF\u00FF\u00FF\u00FF\u00FF\u00FF", "RIFF\u0000\u0000\u0000\u0000WEBPVP",
                            "image/webp"),
            exact("\u0089PNG\r\n\u001A\n", "image/png"),
            exact("\u00FF\u00D8\u00FF", "image/jpeg"),
            masked("\u00FF\u00FF\u00FF\u00FF\u0000\u0000\u0000\u0000\u00FF\u00FF\u00FF\u00FF", "FORM\u0000\u0000\u0000\u0000AIFF", "audio/aiff"),
            masked("\u00FF\u00FF\u00FF", "ID3", "audio/mpeg"),
            masked("\u00FF\u00FF\u00FF\u00FF\u00FF", "OggS\u0000", "application/ogg"),
            masked("\u00FF\u00FF\u00FF\u00FF\u00FF\u00FF\u00FF\u00FF", "MThd\u0000\u0000\u0000\u0006", "audio/midi"),
            masked("\u00FF\u00FF\u00FF\u00FF\u0000\u0000\u0000\u0000\u00FF\u00FF\u00FF\u00FF", "RIFF\u0000\u0000\u0000\u0000AVI ", "video/avi"),
            masked("\u00FF\u00FF\u00FF\u00FF\u0000\u0000\u0000\u0000\u00FF\u00FF\u00FF\u00FF", "RIFF\u0000\u0000\u0000\u0000WAVE", "audio/wave"),
            new Sig(MP4, null, null, false, "video/mp4"),
            exact("\u001A\u0045\u00DF\u00A3", "video/webm"),
            masked("\u0000".repeat(34) + "\u00FF\u00FF", "\u0000".repeat(34) + "LP", "application/vnd.ms-fontobject"),
            exact("\u0000\u0001\u0000\u0000", "font/ttf"),
            exact("OTTO", "font/otf"),
            exact("ttcf", "font/collection"),
            exact("wOFF", "font/woff"),
            exact("wOF2", "font/woff2"),
            exact("\u001F\u008B\u0008", "application/x-gzip"),
            exact("PK\u0003\u0004", "application/zip"),
            exact("Rar!\u001A\u0007\u0000", "application/x-rar-compressed"),
            exact("Rar!\u001A\u0007\u0001\u0000", "application/x-rar-compressed"),
            exact("\u0000asm", "application/wasm"),
            new Sig(TEXT, null, null, false, "text/plain; charset=utf-8"),
        };

        static String detect(GoSlice s) {
            int n = Math.min(ByteSlices.len(s), 512);
            byte[] data = new byte[n];
            for (int i = 0; i < n; i++) {
                data[i] = (byte) ByteSlices.at(s, i);
            }
            int firstNonWS = 0;
            while (firstNonWS < n && isWS(data[firstNonWS])) {
                firstNonWS++;
            }
            for (Sig sig : SIGS) {
                if (matches(sig, data, firstNonWS)) {
                    return sig.ct;
                }
            }
            return "application/octet-stream";
        }

        private static boolean isWS(byte c) {
            return c == '\t' || c == '\n' || c == 0x0c || c == '\r' || c == ' ';
        }

        private static boolean matches(Sig sig, byte[] data, int firstNonWS) {
            switch (sig.kind) {
                case EXACT -> {
                    if (data.length < sig.pat.length) {
                        return false;
                    }
                    for (int i = 0; i < sig.pat.length; i++) {
                        if (data[i] != sig.pat[i]) {
                            return false;
                        }
                    }
                    return true;
                }
                case MASKED -> {
                    int off = sig.skipWS ? firstNonWS : 0;
                    if (data.length - off < sig.pat.length) {
                        return false;
                    }
                    for (int i = 0; i < sig.pat.length; i++) {
                        if ((data[off + i] & sig.mask[i]) != sig.pat[i]) {
                            return false;
                        }
                    }
                    return true;
                }
                case HTML -> {
                    int off = firstNonWS;
                    if (data.length - off < sig.pat.length + 1) {
                        return false;
                    }
                    for (int i = 0; i < sig.pat.length; i++) {
                        byte p = sig.pat[i];
                        byte d = data[off + i];
                        if (p >= 'A' && p <= 'Z') {
                            d &= (byte) 0xDF;
                        }
                        if (p != d) {
                            return false;
                        }
                    }
                    byte end = data[off + sig.pat.length];
                    return end == ' ' || end == '>';
                }
                case MP4 -> {
                    if (data.length < 12) {
                        return false;
                    }
                    int box = (data[0] & 0xFF) << 24 | (data[1] & 0xFF) << 16 | (data[2] & 0xFF) << 8 | data[3] & 0xFF;
                    if (box < 0 || data.length < box || box % 4 != 0) {
                        return false;
                    }
                    if (data[4] != 'f' || data[5] != 't' || data[6] != 'y' || data[7] != 'p') {
                        return false;
                    }
                    for (int st = 8; st < box; st += 4) {
                        if (st == 12) {
                            continue; // the major brand's version
                        }
                        if (data[st] == 'm' && data[st + 1] == 'p' && data[st + 2] == '4') {
                            return true;
                        }
                    }
                    return false;
                }
                default -> {
                    for (int i = firstNonWS; i < data.length; i++) {
                        int c = data[i] & 0xFF;
                        if (c <= 0x08 || c == 0x0B || 0x0E <= c && c <= 0x1A || 0x1C <= c && c <= 0x1F) {
                            return false;
                        }
                    }
                    return true;
                }
            }
        }
    }
}
