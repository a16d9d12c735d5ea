package gotruffle.parser;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.Token;

import gotruffle.grammar.GoLexer;
import gotruffle.parser.ast.SourceFile;

/**
 * The checks Go's source reader makes on raw bytes before scanning: a NUL byte, an invalid UTF-8
 * sequence and a byte order mark after the start of the file are each reported and skipped
 * (cmd/compile/internal/syntax/source.go). The lexer sees the text without them; {@link #column}
 * maps its columns back to byte columns of the file, as Go counts them.
 * <p>
 * The go command reads the file header (package clause and imports) before the compiler does:
 * there a NUL is its "unexpected NUL in input", and go/parser's wording applies to the rest.
 */
final class SourceBytes {
    /** One skipped character: its byte offset and width in the file, its line and 1-based byte column. */
    private record Bad(int offset, int width, int line, int col, String message, String goParserMessage) {
    }

    private final String original;
    private final String cleaned;
    private final List<Bad> bad;

    private SourceBytes(String original, String cleaned, List<Bad> bad) {
        this.original = original;
        this.cleaned = cleaned;
        this.bad = bad;
    }

    /** Scans the file's text (one char per byte); a leading BOM has already been blanked. */
    static SourceBytes scan(String text) {
        List<Bad> bad = null;
        StringBuilder out = null;
        int line = 1;
        int lineStart = 0;
        int copied = 0;
        int n = text.length();
        for (int i = 0; i < n;) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
                i++;
                continue;
            }
            int w;
            Bad b = null;
            if (c == 0) {
                w = 1;
                b = new Bad(i, 1, line, i - lineStart + 1, "invalid NUL character", null);
            } else if (c < 0x80) {
                i++;
                continue;
            } else {
                w = utf8Width(text, i);
                if (w < 0) {
                    w = 1;
                    b = new Bad(i, 1, line, i - lineStart + 1, "invalid UTF-8 encoding", "illegal UTF-8 encoding");
                } else if (w == 3 && c == 0xEF && text.charAt(i + 1) == 0xBB && text.charAt(i + 2) == 0xBF) {
                    b = new Bad(i, 3, line, i - lineStart + 1, "invalid BOM in the middle of the file",
                            "illegal byte order mark");
                }
            }
            if (b != null) {
                if (bad == null) {
                    bad = new ArrayList<>();
                    out = new StringBuilder(n);
                }
                bad.add(b);
                out.append(text, copied, i);
                copied = i + w;
            }
            i += w;
        }
        if (bad == null) {
            return new SourceBytes(text, text, List.of());
        }
        out.append(text, copied, n);
        return new SourceBytes(text, out.toString(), bad);
    }

    /** Width of the valid UTF-8 sequence at i (Go's utf8.DecodeRune rules), or -1. */
    private static int utf8Width(String s, int i) {
        int b0 = s.charAt(i);
        int need;
        int lo = 0x80;
        int hi = 0xBF;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            need = 1;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            need = 2;
            if (b0 == 0xE0) {
                lo = 0xA0;
            } else if (b0 == 0xED) {
                hi = 0x9F; // surrogates
            }
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            need = 3;
            if (b0 == 0xF0) {
                lo = 0x90;
            } else if (b0 == 0xF4) {
                hi = 0x8F; // beyond U+10FFFF
            }
        } else {
            return -1;
        }
        for (int k = 1; k <= need; k++) {
            if (i + k >= s.length()) {
                return -1;
            }
            int b = s.charAt(i + k);
            if (k == 1 ? b < lo || b > hi : b < 0x80 || b > 0xBF) {
                return -1;
            }
        }
        return need + 1;
    }

    boolean clean() {
        return bad.isEmpty();
    }

    /** The text for the lexer. */
    String text() {
        return cleaned;
    }

    /** The file's byte column of a 1-based column of {@link #text()} on that line. */
    int column(int line, int col) {
        int removed = 0;
        for (Bad b : bad) {
            // b.col - 1 - removedBefore is where the skipped character sits in the cleaned line.
            if (b.line == line && b.col - removed <= col) {
                removed += b.width;
            }
        }
        return col + removed;
    }

    /**
     * Reports the skipped characters and the malformed line directives. A NUL in the header read
     * by the go command ends everything with the go command's message; so does, otherwise, the
     * first other error in the header (go/parser's, which the go command prints alone). Else each
     * gets the compiler's message.
     */
    void report(List<Token> tokens, List<LineDirectives.Invalid> directives, List<SourceFile.LineBase> bases,
            SyntaxErrors errors, String displayPath) {
        int header = headerEnd(tokens);
        for (Bad b : bad) {
            if (b.offset <= header && b.message.equals("invalid NUL character")) {
                errors.goCommand("go: reading " + displayPath + ": unexpected NUL in input");
            }
        }
        Bad firstBad = null;
        for (Bad b : bad) {
            if (b.offset < header && b.goParserMessage != null) {
                firstBad = b;
                break;
            }
        }
        for (LineDirectives.Invalid d : directives) {
            if (originalOffset(d.offset()) < header && (firstBad == null || originalOffset(d.offset()) < firstBad.offset)) {
                int col = column(d.line(), d.col());
                errors.goCommand(LineDirectives.format(bases, goCommandPath(displayPath), d.line(), col) + ": " + d.message());
            }
        }
        if (firstBad != null) {
            errors.goCommand(goCommandPath(displayPath) + ":" + firstBad.line + ":" + firstBad.col + ": " + firstBad.goParserMessage);
        }
        for (Bad b : bad) {
            errors.addAt(b.line, b.col, b.message);
        }
        for (LineDirectives.Invalid d : directives) {
            errors.soft(d.line(), d.col(), d.message());
        }
    }

    static String goCommandPath(String displayPath) {
        return displayPath.startsWith("./") ? displayPath.substring(2) : displayPath;
    }

    /**
     * Byte offset in the file of the first byte the go command's import reader reads after the
     * imports (the first byte of the first other declaration); the whole file when the header
     * does not have the shape the reader expects.
     */
    private int headerEnd(List<Token> tokens) {
        int[] pos = {0};
        Token t = next(tokens, pos);
        if (t == null || t.getType() != GoLexer.PACKAGE) {
            return original.length();
        }
        t = next(tokens, pos);
        if (t == null || t.getType() != GoLexer.IDENTIFIER) {
            return original.length();
        }
        while (true) {
            t = next(tokens, pos);
            if (t == null || t.getType() == Token.EOF) {
                return original.length();
            }
            if (t.getType() != GoLexer.IMPORT) {
                return originalOffset(t.getStartIndex());
            }
            t = next(tokens, pos);
            if (t != null && t.getType() == GoLexer.L_PAREN) {
                while ((t = next(tokens, pos)) != null && t.getType() != GoLexer.R_PAREN) {
                    if (t.getType() == Token.EOF) {
                        return original.length();
                    }
                }
            } else if (t != null && (t.getType() == GoLexer.IDENTIFIER || t.getType() == GoLexer.DOT)) {
                next(tokens, pos);
            }
        }
    }

    /** The next token on the default channel, semicolons skipped (the import reader treats them as space). */
    private static Token next(List<Token> tokens, int[] pos) {
        while (pos[0] < tokens.size()) {
            Token t = tokens.get(pos[0]++);
            if (t.getChannel() == Token.DEFAULT_CHANNEL && t.getType() != GoLexer.SEMI) {
                return t;
            }
        }
        return null;
    }

    /** The file offset of a cleaned offset; skipped bytes just before it count as its start (the reader sees them first). */
    private int originalOffset(int cleanedOffset) {
        int off = cleanedOffset;
        for (Bad b : bad) {
            if (b.offset < off) {
                off += b.width;
            }
        }
        return off;
    }
}
