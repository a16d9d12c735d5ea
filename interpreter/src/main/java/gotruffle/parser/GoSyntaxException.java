package gotruffle.parser;

import java.util.List;

/**
 * Syntax errors of one file, each already formatted as Go prints them:
 * {@code path:line:col: syntax error: ...} (or a lexical message such as {@code newline in string}).
 */
public final class GoSyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<String> messages;

    public GoSyntaxException(List<String> messages) {
        super(String.join("\n", messages), null, false, false);
        this.messages = List.copyOf(messages);
    }

    public List<String> messages() {
        return messages;
    }
}
