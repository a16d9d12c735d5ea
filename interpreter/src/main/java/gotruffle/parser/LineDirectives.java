package gotruffle.parser;

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
 * directive; an empty file name with a column keeps the previous file name.
 */
public final class LineDirectives {
    private static final long POS_MAX = 1L << 30;

    private LineDirectives() {
    }

    /** The line bases the directives among tokens (all channels) set up, in source order. */
    static List<LineBase> scan(List<Token> tokens, String path) {
        List<LineBase> bases = new ArrayList<>();
        String file = path;
        for (Token t : tokens) {
            String msg = t.getText();
            int line = t.getLine(), col = t.getCharPositionInLine() + 1;
            String text;
            int baseLine, baseCol;
            if (t.getType() == GoLexer.LINE_COMMENT && col == 1) {
                text = msg.endsWith("\r") ? msg.substring(2, msg.length() - 1) : msg.substring(2);
                baseLine = line + 1;
                baseCol = 1;
            } else if (t.getType() == GoLexer.BLOCK_COMMENT && msg.indexOf('\n') < 0) {
                text = msg.substring(2, msg.length() - 2);
                baseLine = line;
                baseCol = col + msg.length();
            } else {
                continue;
            }
            if (!text.startsWith("line ")) {
                continue;
            }
            LineBase b = base(text.substring(5), baseLine, baseCol, file);
            if (b != null) {
                bases.add(b);
                file = b.file();
            }
        }
        return List.copyOf(bases);
    }

    /** syntax's updateBase: filename:line or filename:line:col (the name may hold ':'); null when invalid. */
    private static LineBase base(String text, int baseLine, int baseCol, String prevFile) {
        int i = text.lastIndexOf(':');
        if (i < 0) {
            return null;
        }
        long n = digits(text.substring(i + 1));
        if (n < 0) {
            return null; // Go: "invalid line number"
        }
        long line = n, col = 0;
        int j = text.lastIndexOf(':', i - 1);
        long n2 = j < 0 ? -1 : digits(text.substring(j + 1, i));
        if (n2 >= 0) {
            line = n2;
            col = n;
            if (col == 0 || col > POS_MAX) {
                return null; // Go: "invalid column number"
            }
            i = j;
        }
        if (line == 0 || line > POS_MAX) {
            return null;
        }
        String file = text.substring(0, i);
        if (file.isEmpty() && n2 >= 0) {
            file = prevFile;
        }
        return new LineBase(baseLine, baseCol, file, (int) line, (int) col);
    }

    private static long digits(String s) {
        if (s.isEmpty() || s.length() > 19) {
            return -1;
        }
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) < '0' || s.charAt(k) > '9') {
                return -1;
            }
        }
        return Long.parseLong(s);
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
