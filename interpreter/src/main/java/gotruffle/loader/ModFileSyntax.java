package gotruffle.loader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The line syntax shared by go.mod and go.work: one directive per line ({@code verb arg...}),
 * {@code //} comments, quoted or back-quoted arguments, and blocks ({@code verb (} ... {@code )})
 * whose lines each repeat the verb. Comments are kept per line because {@code // indirect}
 * matters to a require.
 */
public final class ModFileSyntax {
    /** One directive: its line (1-based), verb, arguments, and the text of a trailing comment (or ""). */
    public record Directive(int line, String verb, List<String> args, String comment) {}

    private ModFileSyntax() {}

    /** The directives of a file; {@code file} names it in errors ({@code file:LINE: message}). */
    public static List<Directive> parse(String text, String file) throws ModFileException {
        List<Directive> out = new ArrayList<>();
        String block = null;
        int blockLine = 0;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i];
            String comment = "";
            List<String> tokens = new ArrayList<>();
            int p = 0;
            while (p < line.length()) {
                char c = line.charAt(p);
                if (c == ' ' || c == '\t' || c == '\r') {
                    p++;
                } else if (line.startsWith("//", p)) {
                    comment = line.substring(p + 2).trim();
                    break;
                } else if (c == '"' || c == '`') {
                    int end = line.indexOf(c, p + 1);
                    while (c == '"' && end > 0 && line.charAt(end - 1) == '\\') {
                        end = line.indexOf(c, end + 1);
                    }
                    if (end < 0) {
                        throw new ModFileException(file + ":" + lineNo + ": unterminated quoted string");
                    }
                    tokens.add(c == '"' ? line.substring(p + 1, end).replace("\\\"", "\"").replace("\\\\", "\\") : line.substring(p + 1, end));
                    p = end + 1;
                } else if (c == '(' || c == ')') {
                    tokens.add(String.valueOf(c));
                    p++;
                } else if (line.startsWith("=>", p)) {
                    tokens.add("=>");
                    p += 2;
                } else {
                    int start = p;
                    while (p < line.length() && " \t\r()\"`".indexOf(line.charAt(p)) < 0
                            && !line.startsWith("//", p) && !line.startsWith("=>", p)) {
                        p++;
                    }
                    tokens.add(line.substring(start, p));
                }
            }
            if (tokens.isEmpty()) {
                continue;
            }
            if (block != null) {
                if (tokens.size() == 1 && tokens.getFirst().equals(")")) {
                    block = null;
                    continue;
                }
                out.add(new Directive(lineNo, block, List.copyOf(tokens), comment));
                continue;
            }
            String verb = tokens.getFirst();
            List<String> args = tokens.subList(1, tokens.size());
            if (args.size() == 1 && args.getFirst().equals("(")) {
                block = verb;
                blockLine = lineNo;
                continue;
            }
            out.add(new Directive(lineNo, verb, List.copyOf(args), comment));
        }
        if (block != null) {
            throw new ModFileException(file + ":" + lines.length + ": syntax error (unterminated block started at " + file + ":" + blockLine + ":1)");
        }
        return out;
    }

    /** The text of a go.mod or go.work (bytes as chars, like Go sources), or go's message when it cannot be read. */
    public static String read(Path file) throws ModFileException {
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new ModFileException("go: open " + file + ": no such file or directory");
        }
    }

    /** The directives of a go.mod or go.work ({@code kind}); errors read {@code go: errors parsing KIND:} then the lines. */
    public static List<Directive> parseFile(String text, Path file, String kind) throws ModFileException {
        try {
            return parse(text, file.toString());
        } catch (ModFileException e) {
            throw errors(kind, List.of(e.getMessage()));
        }
    }

    /** go's report of bad directives in a go.mod or go.work. */
    public static ModFileException errors(String kind, List<String> messages) {
        return new ModFileException("go: errors parsing " + kind + ":\n" + String.join("\n", messages));
    }

    /** A local file system path in a replace or use directive (as opposed to a module path). */
    public static boolean isLocalPath(String path) {
        return path.startsWith("./") || path.startsWith("../") || path.equals(".") || path.equals("..")
                || path.startsWith("/") || path.startsWith(".\\") || path.startsWith("..\\");
    }
}
