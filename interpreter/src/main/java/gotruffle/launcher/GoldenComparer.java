package gotruffle.launcher;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Compares one run with its goldens the way they were recorded: stdout byte for byte; stderr
 * only up to and including the first {@code goroutine N [...]:} header line (record-golden cuts
 * there: the frames below hold paths and addresses no interpreter can match), with hexadecimal
 * addresses masked on both sides; the exit code. Differences are described for a human: the
 * first differing line with a little context.
 */
public final class GoldenComparer {
    private GoldenComparer() {}

    private static final Pattern GOROUTINE_HEADER = Pattern.compile("goroutine [0-9]+ \\[.*\\]:");
    private static final Pattern HEX_ADDRESS = Pattern.compile("0x[0-9a-f]+");
    private static final int CONTEXT_LINES = 2;
    private static final int SHOWN_LINES = 4;
    private static final int MAX_SHOWN_COLUMNS = 160;

    /** Descriptions of every difference; empty when the run matches its goldens. */
    public static List<String> compare(GoldenExpectation expected, byte[] stdout, byte[] stderr, int exitCode) {
        List<String> differences = new ArrayList<>();
        if (!Arrays.equals(expected.stdout(), stdout)) {
            differences.add(describe("stdout", utf8(expected.stdout()), utf8(stdout)));
        }
        String wantErr = normalizeStderr(latin1(expected.stderr()));
        String gotErr = normalizeStderr(latin1(stderr));
        if (!wantErr.equals(gotErr)) {
            // Normalized as bytes (Latin-1 keeps every byte); shown decoded as UTF-8.
            differences.add(describe("stderr (up to the first goroutine header, hex addresses masked)",
                    utf8(wantErr.getBytes(StandardCharsets.ISO_8859_1)), utf8(gotErr.getBytes(StandardCharsets.ISO_8859_1))));
        }
        if (expected.exitCode() != exitCode) {
            differences.add("exit code: expected " + expected.exitCode() + ", got " + exitCode);
        }
        return differences;
    }

    /**
     * Stderr as record-golden keeps it (awk prints each line with a newline and stops after the
     * first goroutine header), then with addresses masked.
     */
    public static String normalizeStderr(String stderr) {
        return maskGoroutineId(maskAddresses(truncateAfterGoroutineHeader(stderr)));
    }

    /**
     * The id in the final "goroutine N [...]:" header: Go numbers goroutines after its own system
     * goroutines, so the id of a user goroutine differs from run to run even in real Go (6 or 18).
     */
    static String maskGoroutineId(String text) {
        return GOROUTINE_ID.matcher(text).replaceAll("goroutine <id> [");
    }

    private static final Pattern GOROUTINE_ID = Pattern.compile("(?m)^goroutine [0-9]+ \\[(?=[^\\n]*\\]:$)");

    public static String truncateAfterGoroutineHeader(String text) {
        if (text.isEmpty()) return text;
        StringBuilder sb = new StringBuilder();
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        for (String line : body.split("\n", -1)) {
            sb.append(line).append('\n');
            if (GOROUTINE_HEADER.matcher(line).matches()) break;
        }
        return sb.toString();
    }

    public static String maskAddresses(String text) {
        return HEX_ADDRESS.matcher(text).replaceAll("0x<addr>");
    }

    /** The first differing line of two texts, with context, sizes and a marker for missing newlines. */
    static String describe(String what, String expected, String actual) {
        List<String> want = lines(expected);
        List<String> got = lines(actual);
        int first = 0;
        while (first < want.size() && first < got.size() && want.get(first).equals(got.get(first))) first++;
        StringBuilder sb = new StringBuilder();
        sb.append(what).append(" differs at line ").append(first + 1)
                .append(" (expected ").append(want.size()).append(" lines, ").append(expected.length())
                .append(" chars; got ").append(got.size()).append(" lines, ").append(actual.length()).append(" chars):");
        int column = first < want.size() && first < got.size() ? firstDifference(want.get(first), got.get(first)) : 0;
        for (int i = Math.max(0, first - CONTEXT_LINES); i < first; i++) {
            sb.append('\n').append(row(' ', i, want.get(i), 0));
        }
        appendSide(sb, '-', want, first, column);
        appendSide(sb, '+', got, first, column);
        return sb.toString();
    }

    private static void appendSide(StringBuilder sb, char sign, List<String> lines, int first, int column) {
        if (first >= lines.size()) {
            sb.append('\n').append(sign).append(String.format("%5s | ", "")).append("(end of output)");
            return;
        }
        for (int i = first; i < Math.min(lines.size(), first + SHOWN_LINES); i++) {
            sb.append('\n').append(row(sign, i, lines.get(i), i == first ? column : 0));
        }
        if (lines.size() > first + SHOWN_LINES) {
            sb.append('\n').append(sign).append(String.format("%5s | ", "")).append("… ")
                    .append(lines.size() - first - SHOWN_LINES).append(" more lines");
        }
    }

    private static String row(char sign, int index, String line, int column) {
        boolean newline = line.endsWith("\n");
        String content = newline ? line.substring(0, line.length() - 1) : line;
        String shown = escape(window(content, column));
        return sign + String.format("%5d | ", index + 1) + shown + (newline ? "" : "  (no newline at end)");
    }

    /** A long line is shown around the column where it starts to differ. */
    private static String window(String s, int column) {
        if (s.length() <= MAX_SHOWN_COLUMNS) return s;
        int from = Math.max(0, Math.min(column - MAX_SHOWN_COLUMNS / 4, s.length() - MAX_SHOWN_COLUMNS));
        int to = Math.min(s.length(), from + MAX_SHOWN_COLUMNS);
        return (from > 0 ? "…" : "") + s.substring(from, to) + (to < s.length() ? "…" : "");
    }

    private static int firstDifference(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) i++;
        return i;
    }

    /** Control characters and trailing blanks made visible; everything else as printed. */
    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        int trailing = s.length();
        while (trailing > 0 && s.charAt(trailing - 1) == ' ') trailing--;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') sb.append("\\t");
            else if (c == '\r') sb.append("\\r");
            else if (c < 0x20 || c == 0x7f) sb.append(String.format("\\x%02x", (int) c));
            else if (c == ' ' && i >= trailing) sb.append('·');
            else sb.append(c);
        }
        return sb.toString();
    }

    /** Lines including their newline, so a missing final newline is a visible difference. */
    static List<String> lines(String s) {
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start < s.length()) {
            int nl = s.indexOf('\n', start);
            int end = nl < 0 ? s.length() : nl + 1;
            out.add(s.substring(start, end));
            start = end;
        }
        return out;
    }

    private static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    private static String latin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }
}
