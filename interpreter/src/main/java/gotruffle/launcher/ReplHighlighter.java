package gotruffle.launcher;

import java.util.regex.Pattern;

import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/** Go syntax colours for the line being edited: keywords, strings, numbers, comments; :commands. */
final class ReplHighlighter implements Highlighter {
    private static final AttributedStyle KEYWORD = AttributedStyle.BOLD.foreground(AttributedStyle.BLUE);
    private static final AttributedStyle STRING = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    private static final AttributedStyle NUMBER = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
    private static final AttributedStyle COMMENT = AttributedStyle.DEFAULT.foreground(AttributedStyle.BRIGHT).faint();
    private static final AttributedStyle COMMAND = AttributedStyle.BOLD.foreground(AttributedStyle.MAGENTA);

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        return highlight(buffer);
    }

    static AttributedString highlight(String buffer) {
        AttributedStringBuilder sb = new AttributedStringBuilder();
        if (buffer.stripLeading().startsWith(":")) {
            int end = buffer.indexOf(' ', buffer.indexOf(':'));
            end = end < 0 ? buffer.length() : end;
            sb.styled(COMMAND, buffer.substring(0, end));
            sb.append(buffer.substring(end));
            return sb.toAttributedString();
        }
        int at = 0;
        for (GoSnippetScanner.Token t : GoSnippetScanner.scan(buffer).tokens()) {
            gap(sb, buffer.substring(at, t.start()));
            AttributedStyle style = switch (t.kind()) {
                case KEYWORD -> KEYWORD;
                case STRING -> STRING;
                case NUMBER -> NUMBER;
                default -> AttributedStyle.DEFAULT;
            };
            sb.styled(style, buffer.substring(t.start(), t.end()));
            at = t.end();
        }
        gap(sb, buffer.substring(at));
        return sb.toAttributedString();
    }

    /** Text between tokens: blanks, and comments (or an open raw string or comment at the end). */
    private static void gap(AttributedStringBuilder sb, String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        sb.append(text.substring(0, i));
        if (i < text.length()) {
            sb.styled(text.charAt(i) == '`' ? STRING : COMMENT, text.substring(i));
        }
    }

    @Override
    public void setErrorPattern(Pattern errorPattern) {
        // no error marking
    }

    @Override
    public void setErrorIndex(int errorIndex) {
        // no error marking
    }
}
