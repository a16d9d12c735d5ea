package gotruffle.parser;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.Token;

import gotruffle.grammar.GoLexer;
import gotruffle.parser.ast.SourceFile.LineBase;

/**
 * Go's line directives (cmd/compile/internal/syntax): {@code //line file:line[:col]} at the start
 * of a line sets the position of the next line, {@code /*line file:line[:col]*}{@code /} anywhere
 * sets the position of the byte after it. Positions stay physical in the AST; they are mapped
 * only when shown. Without a column the column is unknown (not printed) until the next
 * directive; an empty file name with a column keeps the previous file name. A malformed
 * directive is an error (Go's "invalid line number" / "invalid column number") and sets nothing.
 */
public final class LineDirectives {
    private static final long POS_MAX = 1L << 30;

    private LineDirectives() {
    }

    /**
     * A malformed directive, reported as Go's syntax package does: at line:col of the lexer's
     * text, in the comment starting at {@code offset} of the lexer's text.
     */
    record Invalid(int line, int col, int offset, String message) {
    }

    /**
     * The line bases the directives among tokens (all channels) set up, in source order; the
     * malformed ones are added to {@code invalid} (Go reports them and keeps the previous base).
     */
    static List<LineBase> scan(List<Token> tokens, String path, List<Invalid> invalid) {
        List<LineBase> bases = new ArrayList<>();
        String file = path;
        for (Token t : tokens) {
            int type = t.getType();
            if (type != GoLexer.LINE_COMMENT && type != GoLexer.BLOCK_COMMENT) {
                continue; // (getText copies a token's text: only comments' are needed)
            }
            String msg = t.getText();
            int line = t.getLine(), col = t.getCharPositionInLine() + 1;
            String text;
            int baseLine, baseCol;
            if (type == GoLexer.LINE_COMMENT && col == 1) {
                text = msg.endsWith("\r") ? msg.substring(2, msg.length() - 1) : msg.substring(2);
                baseLine = line + 1;
                baseCol = 1;
            } else if (type == GoLexer.BLOCK_COMMENT) {
                text = msg.substring(2, msg.length() - 2);
                baseLine = line;
                baseCol = col + msg.length();
            } else {
                continue;
            }
            if (!text.startsWith("line ")) {
                continue;
            }
            // the directive's text starts 7 bytes into the comment (after "//line " or "/*line ")
            Invalid bad = check(text.substring(5), line, col + 7, t.getStartIndex());
            if (bad != null) {
                invalid.add(bad);
                continue;
            }
            if (msg.indexOf('\n') >= 0) {
                continue; // a valid directive across lines: its base position is not a token's, ignored
            }
            LineBase b = base(text.substring(5), baseLine, baseCol, file);
            if (b != null) {
                bases.add(b);
                file = b.file();
            }
        }
        return List.copyOf(bases);
    }

    /**
     * syntax's updateBase errors: text ends in ":x" or ":x:y" with x (or y) not a number, or a line
     * (column) number 0 or beyond the position limit; null when text is fine or not a directive
     * (no ':'). Reported at the first byte after the offending ':'.
     */
    private static Invalid check(String text, int line, int textCol, int offset) {
        int i = text.lastIndexOf(':') + 1;
        if (i == 0) {
            return null;
        }
        long n = unsigned(text.substring(i));
        if (n < 0) {
            return new Invalid(line, textCol + i, offset, "invalid line number: " + text.substring(i));
        }
        int i2 = text.lastIndexOf(':', i - 2) + 1;
        long n2 = i2 == 0 ? -1 : unsigned(text.substring(i2, i - 1));
        if (n2 >= 0) {
            if (n == 0 || n > POS_MAX) {
                return new Invalid(line, textCol + i, offset, "invalid column number: " + text.substring(i));
            }
            if (n2 == 0 || n2 > POS_MAX) {
                return new Invalid(line, textCol + i2, offset, "invalid line number: " + text.substring(i2, i - 1));
            }
        } else if (n == 0 || n > POS_MAX) {
            return new Invalid(line, textCol + i, offset, "invalid line number: " + text.substring(i));
        }
        return null;
    }

    /** syntax's updateBase on a valid directive: filename:line or filename:line:col (the name may hold ':'). */
    private static LineBase base(String text, int baseLine, int baseCol, String prevFile) {
        int i = text.lastIndexOf(':');
        if (i < 0) {
            return null; // not a line directive
        }
        long line = unsigned(text.substring(i + 1)), col = 0;
        int j = text.lastIndexOf(':', i - 1);
        long n2 = j < 0 ? -1 : unsigned(text.substring(j + 1, i));
        if (n2 >= 0) {
            col = line;
            line = n2;
            i = j;
        }
        String file = text.substring(0, i);
        if (file.isEmpty() && n2 >= 0) {
            file = prevFile;
        }
        return new LineBase(baseLine, baseCol, file, (int) line, (int) col);
    }

    /**
     * s as strconv.ParseUint(s, 10, 64) reads it, capped at Long.MAX_VALUE (beyond any position
     * limit); -1 when it is not a number in range.
     */
    private static long unsigned(String s) {
        if (s.isEmpty() || s.length() > 20) {
            return -1;
        }
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) < '0' || s.charAt(k) > '9') {
                return -1;
            }
        }
        BigInteger v = new BigInteger(s);
        return v.bitLength() > 64 ? -1 : v.bitLength() > 63 ? Long.MAX_VALUE : v.longValue();
    }

    /** The base in effect at a physical position, or null. */
    public static LineBase at(List<LineBase> bases, int line, int col) {
        LineBase found = null;
        for (LineBase b : bases) {
            if (b.line() < line || (b.line() == line && b.col() <= col)) {
                found = b;
            } else {
                break;
            }
        }
        return found;
    }

    /** How Go prints the physical position line:col of the file at path. */
    public static String format(List<LineBase> bases, String path, int line, int col) {
        LineBase b = bases.isEmpty() ? null : at(bases, line, col);
        if (b == null) {
            return Positions.format(path, line, col);
        }
        return Positions.format(b.file(), relLine(b, line), relCol(b, line, col));
    }

    public static int relLine(LineBase b, int line) {
        return b.relLine() + (line - b.line());
    }

    private static int relCol(LineBase b, int line, int col) {
        if (b.relCol() == 0) {
            return 0; // unknown until the next directive
        }
        return line == b.line() ? b.relCol() + (col - b.col()) : col;
    }
}
