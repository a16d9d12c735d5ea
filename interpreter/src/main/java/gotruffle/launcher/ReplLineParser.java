package gotruffle.launcher;

import java.util.List;

import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * How JLine splits the REPL's input: a Go input continues on the next line while a bracket,
 * raw string or comment is open; the word to complete is the identifier chain before the cursor
 * ({@code strings.To}, {@code p.inner.na}), or the path after {@code :load}.
 */
final class ReplLineParser implements Parser {
    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && !line.strip().startsWith(":") && !GoSnippetScanner.isComplete(line)) {
            throw new EOFError(-1, -1, "incomplete Go input", "}");
        }
        int start = wordStart(line, cursor);
        return new Line(line, cursor, line.substring(start, cursor));
    }

    /** Where the word ending at the cursor starts. */
    static int wordStart(String line, int cursor) {
        boolean path = line.stripLeading().startsWith(":load ");
        int i = cursor;
        while (i > 0) {
            char c = line.charAt(i - 1);
            boolean part = path ? !Character.isWhitespace(c) : Character.isLetterOrDigit(c) || c == '_' || c == '.';
            if (!part) {
                break;
            }
            i--;
        }
        return i;
    }

    @Override
    public boolean isEscapeChar(char ch) {
        return false; // backslashes and quotes are Go's business
    }

    private record Line(String line, int cursor, String word) implements CompletingParsedLine {
        @Override
        public CharSequence escape(CharSequence candidate, boolean complete) {
            return candidate; // Go names need no escaping
        }

        @Override
        public int rawWordCursor() {
            return word.length();
        }

        @Override
        public int rawWordLength() {
            return word.length();
        }

        @Override
        public int wordCursor() {
            return word.length();
        }

        @Override
        public int wordIndex() {
            return 0;
        }

        @Override
        public List<String> words() {
            return List.of(word);
        }
    }
}
