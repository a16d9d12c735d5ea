package gotruffle.stdlib.natives;

import gotruffle.stdlib.Native;
import gotruffle.values.GoSlice;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Natives of package net/http: DetectContentType (Go's sniffing algorithm, run for nearly
 * every response, so kept out of the interpreter's warm-up) and gzip decoding of response
 * bodies (Go has compress/gzip; the JDK's is used).
 */
public final class HttpNatives {
    private HttpNatives() {}

    public static void register(Map<String, Native> t) {
        t.put("net/http.DetectContentType", (ctx, f, a) -> Sniff.detect((GoSlice) a[0]));
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
