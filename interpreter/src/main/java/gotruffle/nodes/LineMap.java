package gotruffle.nodes;

/**
 * The file and line a traceback or runtime.Caller shows for a physical position of a source
 * file with line directives (see parser.LineDirectives). Run-time positions are lines, plus the
 * column of a call: a position without a column on a line holding several
 * {@code /*line*}{@code /} directives reads through the first one.
 */
public final class LineMap {
    private final int[] lines; // physical position each base starts at, ascending
    private final int[] cols;
    private final String[] files;
    private final int[] relLines;

    public LineMap(int[] lines, int[] cols, String[] files, int[] relLines) {
        this.lines = lines;
        this.cols = cols;
        this.files = files;
        this.relLines = relLines;
    }

    /** The base in effect at line:col (col 0: unknown), or -1. */
    private int baseOf(int line, int col) {
        int found = -1;
        for (int i = 0; i < lines.length && lines[i] <= line; i++) {
            if (lines[i] < line || (col > 0 ? cols[i] <= col : found < 0 || lines[found] < line)) {
                found = i;
            }
        }
        return found;
    }

    /** The file shown for the physical position, or dflt before any directive ("??" for an empty name). */
    public String file(int line, int col, String dflt) {
        int b = baseOf(line, col);
        return b < 0 ? dflt : files[b].isEmpty() ? "??" : files[b];
    }

    public int line(int line, int col) {
        int b = baseOf(line, col);
        return b < 0 ? line : relLines[b] + (line - lines[b]);
    }
}
