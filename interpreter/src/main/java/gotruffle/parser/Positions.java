package gotruffle.parser;

/**
 * How Go's compiler prints a position in its messages (cmd/internal/src): `path:line:col`, but
 * columns are stored in 8 bits and from 255 on count as unknown and are left out; lines saturate
 * at 1,048,574, which also drops the column.
 */
public final class Positions {
    private static final int COL_MAX = (1 << 8) - 1;
    private static final int LINE_MAX = (1 << 20) - 2;

    private Positions() {
    }

    public static String format(String path, int line, int col) {
        if (line >= LINE_MAX) {
            return path + ":" + LINE_MAX;
        }
        return col > 0 && col < COL_MAX ? path + ":" + line + ":" + col : path + ":" + line;
    }
}
