package gotruffle.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion: :commands, Go keywords, names in the session's scope and standard packages,
 * members of a package ({@code strings.}), fields and methods of a value ({@code p.}), and
 * file names after {@code :load}. The session answers for Go names.
 */
final class ReplCompleter implements Completer {
    private final Function<String, List<String>> goNames;
    private final Path cwd;

    /** goNames: the session's completion of an identifier chain (whole chains). */
    ReplCompleter(Function<String, List<String>> goNames, Path cwd) {
        this.goNames = goNames;
        this.cwd = cwd;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        for (String c : candidates(line.line().substring(0, line.cursor()), line.word())) {
            int dot = c.lastIndexOf('.', c.length() - 2);
            int slash = c.lastIndexOf('/', c.length() - 2);
            String display = c.substring(Math.max(dot, slash) + 1);
            // no space after a candidate: a chain may go on with a dot, a call with a paren
            candidates.add(new Candidate(c, display, null, null, null, null, false));
        }
    }

    /** What may replace word, the text before the cursor being before. */
    List<String> candidates(String before, String word) {
        String trimmed = before.stripLeading();
        List<String> out = new ArrayList<>();
        if (trimmed.startsWith(":")) {
            int space = trimmed.indexOf(' ');
            if (space < 0) {
                for (String c : Repl.COMMANDS) {
                    if (c.startsWith(trimmed)) {
                        out.add(c);
                    }
                }
                return out;
            }
            String command = trimmed.substring(0, space);
            if (command.equals(":load")) {
                return files(word);
            }
            if (!List.of(":type", ":doc", ":time").contains(command)) {
                return out;
            }
        }
        if (word.indexOf('.') < 0) {
            for (String k : GoSnippetScanner.KEYWORDS) {
                if (k.startsWith(word)) {
                    out.add(k);
                }
            }
        }
        out.addAll(goNames.apply(word));
        return out;
    }

    /** Go files and folders starting with the typed path (relative to the working directory). */
    private List<String> files(String word) {
        int slash = word.lastIndexOf('/');
        String dirPart = slash < 0 ? "" : word.substring(0, slash + 1);
        String prefix = word.substring(slash + 1);
        Path dir = cwd.resolve(dirPart.isEmpty() ? "." : dirPart);
        List<String> out = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir)) {
            entries.forEach(p -> {
                String name = p.getFileName().toString();
                boolean isDir = Files.isDirectory(p);
                if (name.startsWith(prefix) && !name.startsWith(".") && (isDir || name.endsWith(".go"))) {
                    out.add(dirPart + name + (isDir ? "/" : ""));
                }
            });
        } catch (IOException e) {
            // no such folder: nothing to offer
        }
        out.sort(null);
        return out;
    }
}
