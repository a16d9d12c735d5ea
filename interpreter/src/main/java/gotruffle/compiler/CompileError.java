package gotruffle.compiler;

import gotruffle.parser.Positions;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/** A type-check error at a position, printed as Go does: {@code path:line:col: message}. */
public record CompileError(String path, int line, int col, String message) implements Comparable<CompileError> {
    public CompileError {
        message = byteString(message);
    }

    /**
     * Messages are byte strings (UTF-8 bytes one char per byte, as source text, paths and literals are
     * kept), but names come decoded (a declared identifier é, a type Größe): those chars are encoded
     * here. A char from U+0080 is taken as a byte when it starts a valid UTF-8 sequence of such chars.
     */
    static String byteString(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            int n = c < 0x80 ? 1 : utf8Length(s, i);
            if (n > 0) {
                if (sb != null) {
                    sb.append(s, i, i + n);
                }
                i += n;
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            int cp = s.codePointAt(i);
            for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                sb.append((char) (b & 0xFF));
            }
            i += Character.charCount(cp);
        }
        return sb == null ? s : sb.toString();
    }

    /** The length of the UTF-8 sequence of byte chars at s[i], or 0 if there is none. */
    private static int utf8Length(String s, int i) {
        char c = s.charAt(i);
        int n = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
        if (n == 0 || i + n > s.length()) {
            return 0;
        }
        byte[] b = new byte[n];
        for (int k = 0; k < n; k++) {
            char d = s.charAt(i + k);
            if (d > 0xFF) {
                return 0;
            }
            b[k] = (byte) d;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(b));
            return n;
        } catch (CharacterCodingException e) {
            return 0;
        }
    }
    @Override
    public int compareTo(CompileError o) {
        int c = path.compareTo(o.path);
        if (c == 0) {
            c = Integer.compare(line, o.line);
        }
        if (c == 0) {
            c = Integer.compare(col, o.col);
        }
        return c;
    }

    @Override
    public String toString() {
        return Positions.format(path, line, col) + ": " + message;
    }
}
