package gotruffle.parser;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;

import gotruffle.grammar.GoLexer;

/**
 * The lexical errors Go's scanner reports (bad escapes, malformed numbers, unterminated strings,
 * runes and comments, invalid characters), with Go's wording and positions. The lexer lexes these
 * leniently so token boundaries match Go's; afterwards malformed tokens are retyped to their valid
 * kind so that parsing can go on and report the next syntax error, as Go does.
 */
final class LexicalChecks {
    private final SyntaxErrors errors;
    private final String text;

    private LexicalChecks(SyntaxErrors errors, String text) {
        this.errors = errors;
        this.text = text;
    }

    /** Checks all tokens; may split a number token the way Go's scanner would (e.g. `1a` is 1 then a). */
    static void check(List<Token> tokens, String text, SyntaxErrors errors) {
        LexicalChecks c = new LexicalChecks(errors, text);
        boolean split = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.getType() == GoLexer.BAD_NUMBER) {
                List<Token> rest = c.number(t);
                if (!rest.isEmpty()) {
                    tokens.addAll(i + 1, rest);
                    split = true;
                }
                continue;
            }
            c.token(t);
        }
        if (split) {
            for (int i = 0; i < tokens.size(); i++) {
                ((CommonToken) tokens.get(i)).setTokenIndex(i);
            }
        }
    }

    private void token(Token t) {
        switch (t.getType()) {
            case GoLexer.STRING_LIT, GoLexer.BAD_STRING -> {
                string(t);
                retype(t, GoLexer.STRING_LIT);
            }
            case GoLexer.RUNE_LIT, GoLexer.BAD_RUNE -> {
                rune(t);
                retype(t, GoLexer.RUNE_LIT);
            }
            case GoLexer.BAD_RAW_STRING -> {
                at(t, 0, "string not terminated");
                retype(t, GoLexer.RAW_STRING_LIT);
            }
            case GoLexer.BAD_COMMENT -> at(t, 0, "comment not terminated");
            case GoLexer.ERROR_CHAR -> at(t, 0, "invalid character " + unicode(t.getText().charAt(0)));
            case GoLexer.IDENTIFIER -> identifier(t);
            default -> {
            }
        }
    }

    private static void retype(Token t, int type) {
        ((CommonToken) t).setType(type);
    }

    /** Go's scanner errors are not syntax errors: Go still type-checks, with the literal invalid. */
    private void at(Token t, int offset, String msg) {
        errors.soft(t.getLine(), t.getCharPositionInLine() + 1 + offset, msg);
        errors.badToken(t);
    }

    /** Go's %#U: U+0040 '@' (the quoted char only when printable). */
    static String unicode(int cp) {
        String hex = String.format("U+%04X", cp);
        if (cp >= 0x20 && cp != 0x7F && !(cp >= 0x80 && cp < 0xA0) && Character.isDefined(cp)
                && !Character.isISOControl(cp)) {
            return hex + " '" + new String(Character.toChars(cp)) + "'";
        }
        return hex;
    }

    /** Go's %q for a rune. */
    static String quoteRune(int cp) {
        return switch (cp) {
            case '\'' -> "'\\''";
            case '\\' -> "'\\\\'";
            case '\n' -> "'\\n'";
            case '\t' -> "'\\t'";
            case '\r' -> "'\\r'";
            default -> cp < 0x20 || cp == 0x7F ? String.format("'\\x%02x'", cp) : "'" + new String(Character.toChars(cp)) + "'";
        };
    }

    // ------------------------------------------------------------------ identifiers

    private void identifier(Token t) {
        String s = t.getText();
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 0x80;
        }
        if (ascii) {
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.ISO_8859_1);
        int off = 0;
        boolean first = true;
        while (off < bytes.length) {
            int b = bytes[off] & 0xFF;
            if (b < 0x80) {
                off++;
                first = false;
                continue;
            }
            int len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            String ch = off + len <= bytes.length ? new String(bytes, off, len, StandardCharsets.UTF_8) : "\uFFFD";
            int cp = ch.codePointAt(0);
            if (len == 1 || cp == 0xFFFD || ch.codePointCount(0, ch.length()) != 1) {
                at(t, off, "invalid UTF-8 encoding");
                return;
            }
            if (Character.isLetter(cp)) {
                // ok
            } else if (Character.isDigit(cp)) {
                if (first) {
                    at(t, off, "identifier cannot begin with digit " + unicode(cp));
                }
            } else {
                at(t, off, "invalid character " + unicode(cp) + " in identifier");
            }
            first = false;
            off += len;
        }
    }

    // ------------------------------------------------------------------ strings and runes

    /** Checks one escape starting after the backslash at index i; returns the index after it. */
    private int escape(Token t, String s, int i, char quote, boolean[] ok) {
        if (i >= s.length()) {
            return i; // the caller reports the unterminated literal
        }
        char c = s.charAt(i);
        int n;
        int base;
        int max;
        switch (c) {
            case 'a', 'b', 'f', 'n', 'r', 't', 'v', '\\' -> {
                return i + 1;
            }
            case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                n = 3;
                base = 8;
                max = 255;
            }
            case 'x' -> {
                i++;
                n = 2;
                base = 16;
                max = 255;
            }
            case 'u' -> {
                i++;
                n = 4;
                base = 16;
                max = 0x10FFFF;
            }
            case 'U' -> {
                i++;
                n = 8;
                base = 16;
                max = 0x10FFFF;
            }
            default -> {
                if (c == quote) {
                    return i + 1;
                }
                at(t, i, "unknown escape");
                ok[0] = false;
                return i + 1;
            }
        }
        long x = 0;
        for (int k = 0; k < n; k++, i++) {
            if (i >= s.length()) {
                return i;
            }
            char d = s.charAt(i);
            int v = Character.digit(d, 16);
            if (v < 0 || v >= base || d > 0x7F) {
                int cp = d < 0x80 ? d : decodeAt(s, i);
                at(t, i, "invalid character " + quoteRune(cp) + " in " + baseName(base) + " escape");
                ok[0] = false;
                return i;
            }
            x = x * base + v;
        }
        if (x > max && base == 8) {
            at(t, i, "octal escape value " + x + " > 255");
            ok[0] = false;
        } else if (x > max || (x >= 0xD800 && x < 0xE000)) {
            at(t, i, "escape is invalid Unicode code point " + unicode((int) x));
            ok[0] = false;
        }
        return i;
    }

    private static int decodeAt(String s, int i) {
        int end = i + 1;
        while (end < s.length() && end < i + 4 && (s.charAt(end) & 0xC0) == 0x80) {
            end++;
        }
        byte[] b = s.substring(i, end).getBytes(StandardCharsets.ISO_8859_1);
        return new String(b, StandardCharsets.UTF_8).codePointAt(0);
    }

    private static String baseName(int base) {
        return switch (base) {
            case 2 -> "binary";
            case 8 -> "octal";
            case 10 -> "decimal";
            default -> "hexadecimal";
        };
    }

    /** True when the token is followed by the end of the file (not by a newline). */
    private boolean atEof(Token t) {
        return t.getStopIndex() + 1 >= text.length();
    }

    private void string(Token t) {
        String s = t.getText();
        boolean[] ok = {true};
        int i = 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"') {
                return;
            }
            if (c == '\\') {
                i = escape(t, s, i + 1, '"', ok);
                continue;
            }
            i++;
        }
        // Unterminated: the lexer stopped at a newline or at EOF.
        if (atEof(t)) {
            at(t, 0, "string not terminated");
        } else {
            at(t, s.length(), "newline in string");
        }
    }

    private void rune(Token t) {
        String s = t.getText();
        boolean[] ok = {true};
        int n = 0;
        int i = 1;
        while (true) {
            if (i >= s.length()) {
                if (ok[0]) {
                    if (atEof(t)) {
                        at(t, 0, "rune literal not terminated");
                    } else {
                        at(t, s.length(), "newline in rune literal");
                    }
                }
                return;
            }
            char c = s.charAt(i);
            if (c == '\'') {
                if (ok[0]) {
                    if (n == 0) {
                        at(t, i, "empty rune literal or unescaped '");
                    } else if (n != 1) {
                        at(t, 0, "more than one character in rune literal");
                    }
                }
                return;
            }
            if (c == '\\') {
                i = escape(t, s, i + 1, '\'', ok);
            } else {
                i++;
                while (i < s.length() && (s.charAt(i) & 0xC0) == 0x80 && c >= 0xC0) {
                    i++; // continuation bytes of one UTF-8 encoded char
                }
            }
            n++;
        }
    }

    // ------------------------------------------------------------------ numbers

    /**
     * Reports why a number Go's scanner would read as one literal is malformed. When the literal
     * is fine but the lenient token ran on (as in `1a`), the token is cut where Go's scanner ends
     * the number and the tokens for the rest are returned.
     */
    private List<Token> number(Token t) {
        String s = t.getText();
        int[] pos = {0};
        int base = 10;
        char prefix = 0;
        int digsep = 0;
        int[] invalid = {-1};
        boolean ok = true;
        boolean isFloat = false;
        boolean seenPoint = s.charAt(0) == '.';
        if (seenPoint) {
            pos[0] = 1;
        } else {
            if (s.charAt(0) == '0') {
                pos[0] = 1;
                char c = pos[0] < s.length() ? Character.toLowerCase(s.charAt(1)) : 0;
                switch (c) {
                    case 'x' -> {
                        pos[0]++;
                        base = 16;
                        prefix = 'x';
                    }
                    case 'o' -> {
                        pos[0]++;
                        base = 8;
                        prefix = 'o';
                    }
                    case 'b' -> {
                        pos[0]++;
                        base = 2;
                        prefix = 'b';
                    }
                    default -> {
                        base = 8;
                        prefix = '0';
                        digsep = 1;
                    }
                }
            }
            digsep |= digits(s, pos, base, invalid);
            if (peek(s, pos[0]) == '.') {
                if (prefix == 'o' || prefix == 'b') {
                    at(t, pos[0], "invalid radix point in " + baseName(base) + " literal");
                    ok = false;
                }
                pos[0]++;
                seenPoint = true;
            }
        }
        if (seenPoint) {
            isFloat = true;
            digsep |= digits(s, pos, base, invalid);
        }
        if ((digsep & 1) == 0 && ok) {
            at(t, pos[0], baseName(base) + " literal has no digits");
            ok = false;
        }
        char e = Character.toLowerCase(peek(s, pos[0]));
        if (e == 'e' || e == 'p') {
            if (ok) {
                if (e == 'e' && prefix != 0 && prefix != '0') {
                    at(t, pos[0], quoteRune(s.charAt(pos[0])) + " exponent requires decimal mantissa");
                    ok = false;
                } else if (e == 'p' && prefix != 'x') {
                    at(t, pos[0], quoteRune(s.charAt(pos[0])) + " exponent requires hexadecimal mantissa");
                    ok = false;
                }
            }
            pos[0]++;
            isFloat = true;
            char sign = peek(s, pos[0]);
            if (sign == '+' || sign == '-') {
                pos[0]++;
            }
            digsep = digits(s, pos, 10, null) | (digsep & 2);
            if ((digsep & 1) == 0 && ok) {
                at(t, pos[0], "exponent has no digits");
                ok = false;
            }
        } else if (prefix == 'x' && isFloat && ok) {
            at(t, pos[0], "hexadecimal mantissa requires a 'p' exponent");
            ok = false;
        }
        if (peek(s, pos[0]) == 'i') {
            pos[0]++;
        }
        String lit = s.substring(0, pos[0]);
        if (!isFloat && invalid[0] >= 0 && ok && !lit.endsWith("i")) {
            at(t, invalid[0], "invalid digit " + quoteRune(lit.charAt(invalid[0])) + " in " + baseName(base) + " literal");
            ok = false;
        }
        if ((digsep & 2) != 0 && ok) {
            int i = invalidSep(lit);
            if (i >= 0) {
                at(t, i, "'_' must separate successive digits");
                ok = false;
            }
        }
        String lit2 = s.substring(0, pos[0]);
        int kind = lit2.endsWith("i") ? GoLexer.IMAGINARY_LIT : isFloat ? GoLexer.FLOAT_LIT : GoLexer.INT_LIT;
        retype(t, kind);
        if (!ok || pos[0] >= s.length()) {
            return List.of();
        }
        // Go's scanner ends the literal here and scans the rest as new tokens.
        CommonToken number = (CommonToken) t;
        number.setText(lit2);
        number.setStopIndex(t.getStartIndex() + pos[0] - 1);
        List<Token> rest = new ArrayList<>();
        GoLexer lexer = new GoLexer(CharStreams.fromString(s.substring(pos[0])));
        lexer.removeErrorListeners();
        for (Token r = lexer.nextToken(); r.getType() != Token.EOF; r = lexer.nextToken()) {
            if (r.getType() == GoLexer.SEMI && !r.getText().equals(";")) {
                continue; // automatic semicolons come from the main token stream
            }
            CommonToken c = new CommonToken(r);
            c.setStartIndex(t.getStartIndex() + pos[0] + r.getStartIndex());
            c.setStopIndex(t.getStartIndex() + pos[0] + r.getStopIndex());
            c.setLine(t.getLine());
            c.setCharPositionInLine(t.getCharPositionInLine() + pos[0] + r.getCharPositionInLine());
            c.setText(r.getText());
            rest.add(c);
            token(c);
        }
        return rest;
    }

    private static char peek(String s, int i) {
        return i < s.length() ? s.charAt(i) : 0;
    }

    private static int digits(String s, int[] pos, int base, int[] invalid) {
        int digsep = 0;
        while (pos[0] < s.length()) {
            char c = s.charAt(pos[0]);
            if (c == '_') {
                digsep |= 2;
            } else if (base <= 10 ? (c >= '0' && c <= '9') : Character.digit(c, 16) >= 0 && c < 0x80) {
                digsep |= 1;
                if (base <= 10 && c >= '0' + base && invalid != null && invalid[0] < 0) {
                    invalid[0] = pos[0];
                }
            } else {
                break;
            }
            pos[0]++;
        }
        return digsep;
    }

    /** Index of the first '_' that does not separate two digits (a base prefix counts as a digit), or -1. */
    static int invalidSep(String x) {
        boolean hex = false;
        char d = '.';
        int i = 0;
        if (x.length() >= 2 && x.charAt(0) == '0') {
            char p = Character.toLowerCase(x.charAt(1));
            if (p == 'x' || p == 'o' || p == 'b') {
                hex = p == 'x';
                d = '0';
                i = 2;
            }
        }
        for (; i < x.length(); i++) {
            char prev = d;
            char c = x.charAt(i);
            if (c == '_') {
                if (prev != '0') {
                    return i;
                }
                d = '_';
            } else if ((c >= '0' && c <= '9') || (hex && Character.digit(c, 16) >= 0)) {
                d = '0';
            } else {
                if (prev == '_') {
                    return i - 1;
                }
                d = '.';
            }
        }
        return d == '_' ? x.length() - 1 : -1;
    }
}
