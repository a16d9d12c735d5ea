package gotruffle.compiler;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The REPL's :doc: a declaration of the standard library as its prelude source writes it, with
 * the first sentence of the comment above it (when there is one).
 */
final class PreludeDoc {
    private PreludeDoc() {}

    /**
     * path: a prelude file as the parser names it ($GOROOT/src/strings/strings.go); line: where
     * the declaration starts; bodyLine/bodyCol: the opening brace of a function's body (0: none).
     */
    static String declaration(String path, int line, int bodyLine, int bodyCol) {
        List<String> lines = read(path);
        if (lines == null || line < 1 || line > lines.size()) {
            return "(no source)";
        }
        StringBuilder decl = new StringBuilder();
        if (bodyLine > 0) {
            // a function: its signature, up to its body
            for (int i = line - 1; i < bodyLine && i < lines.size(); i++) {
                String l = lines.get(i);
                decl.append(decl.isEmpty() ? "" : "\n").append(i == bodyLine - 1 ? l.substring(0, Math.min(l.length(), bodyCol - 1)) : l);
            }
        } else {
            int parens = 0, braces = 0;
            for (int i = line - 1; i < lines.size(); i++) {
                String l = lines.get(i).stripTrailing();
                parens += count(l, '(') - count(l, ')');
                braces += count(l, '{') - count(l, '}');
                decl.append(decl.isEmpty() ? "" : "\n").append(l);
                if (parens <= 0 && braces <= 0) {
                    break;
                }
            }
        }
        String comment = comment(lines, line - 1);
        String d = decl.toString().stripTrailing();
        return comment.isEmpty() ? d : d + "\n    " + comment;
    }

    /** The first sentence of the // comment block ending right above line index i. */
    private static String comment(List<String> lines, int i) {
        int start = i;
        while (start > 0 && lines.get(start - 1).stripLeading().startsWith("//")) {
            start--;
        }
        StringBuilder sb = new StringBuilder();
        for (int j = start; j < i; j++) {
            String t = lines.get(j).strip().substring(2).strip();
            if (t.isEmpty()) {
                break;
            }
            sb.append(sb.isEmpty() ? "" : " ").append(t);
        }
        String text = sb.toString();
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }

    private static int count(String s, char c) {
        int n = 0;
        boolean inString = false;
        for (int i = 0; i < s.length(); i++) {
            char x = s.charAt(i);
            if (x == '"' || x == '`') {
                inString = !inString;
            } else if (x == c && !inString) {
                n++;
            } else if (x == '/' && i + 1 < s.length() && s.charAt(i + 1) == '/' && !inString) {
                break;
            }
        }
        return n;
    }

    private static List<String> read(String path) {
        String prefix = "$GOROOT/src/";
        if (!path.startsWith(prefix)) {
            return null;
        }
        try (InputStream in = PreludeDoc.class.getResourceAsStream("/gotruffle/stdlib/go/" + path.substring(prefix.length()))) {
            if (in == null) {
                return null;
            }
            return new ArrayList<>(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).lines().toList());
        } catch (IOException e) {
            return null;
        }
    }
}
