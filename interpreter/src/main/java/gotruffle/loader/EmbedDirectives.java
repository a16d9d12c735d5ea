package gotruffle.loader;

import gotruffle.grammar.GoLexer;
import gotruffle.parser.ast.Decl;
import gotruffle.parser.ast.SourceFile;
import gotruffle.parser.ast.VarDecl;
import gotruffle.parser.ast.VarSpec;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/**
 * The {@code //go:embed} directives of one parsed file, seen twice as go sees them: the go
 * command collects the patterns of every directive at the start of a line (in files that import
 * "embed") and resolves them before compiling; the compiler's parser attaches the directives to
 * the package-level var spec that follows them and rejects the other placements with its own
 * errors (reported like syntax errors: nothing is type-checked after them).
 */
final class EmbedDirectives {
    /** A pattern and where it starts in the file. */
    record Pattern(String text, int line, int col) {
    }

    /** The directives placed on one package-level var spec; line:col is the first directive's. */
    record Placed(VarSpec spec, int line, int col, List<Pattern> patterns) {
    }

    /**
     * An error of the compiler at line:col of the file: of its parser (reported with the syntax
     * errors) or, when not {@code parsing}, of its declarations, which Go checks only after the
     * package type-checks.
     */
    record Problem(int line, int col, String message, boolean parsing) {
    }

    final List<Pattern> patterns = new ArrayList<>();
    final List<Placed> placed = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();

    private record Directive(int line, int col, List<Pattern> patterns) {
    }

    private EmbedDirectives() {
    }

    /** Whether the file's text has a directive at all (most files: no need to lex them again). */
    static boolean mayHave(byte[] source) {
        byte[] key = "//go:embed".getBytes(StandardCharsets.ISO_8859_1);
        outer:
        for (int i = 0; i + key.length <= source.length; i++) {
            for (int k = 0; k < key.length; k++) {
                if (source[i + k] != key[k]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    static EmbedDirectives scan(byte[] source, SourceFile file) {
        EmbedDirectives out = new EmbedDirectives();
        boolean importsEmbed = file.imports().stream().anyMatch(im -> im.path().equals("embed"));
        String text = new String(source, StandardCharsets.ISO_8859_1);
        GoLexer lexer = new GoLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners(); // the parser has reported the file's lexical errors already
        List<? extends Token> tokens = lexer.getAllTokens();
        List<Directive> pending = new ArrayList<>();
        int braces = 0, parens = 0;
        int group = -1; // paren depth of an open var ( ... ) group
        int groupBraces = 0; // brace depth of that group: > 0 inside a function
        boolean specNext = false; // the next token starts a spec of that group
        int prevType = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            int type = t.getType();
            if (type == GoLexer.LINE_COMMENT) {
                Directive d = out.directive(t, text, importsEmbed);
                if (d != null) {
                    pending.add(d);
                }
                continue;
            }
            if (t.getChannel() != Token.DEFAULT_CHANNEL) {
                continue;
            }
            boolean startsSpec = specNext;
            specNext = false;
            if (!pending.isEmpty()) {
                boolean topLevel = braces == 0 && parens == 0;
                if (type == GoLexer.VAR) {
                    Token next = nextDefault(tokens, i + 1);
                    if (next != null && next.getType() == GoLexer.L_PAREN) {
                        out.misplaced(pending, true);
                    } else if (braces > 0) {
                        out.insideFunc(pending, importsEmbed);
                    } else if (next != null) {
                        out.place(file, next, pending, importsEmbed);
                    }
                    pending.clear();
                } else if (type == GoLexer.CONST || type == GoLexer.TYPE || type == GoLexer.IMPORT
                        || (type == GoLexer.FUNC && topLevel)) {
                    // a group's "(" drops them while parsing; a declaration rejects them later
                    Token next = nextDefault(tokens, i + 1);
                    out.misplaced(pending, next != null && next.getType() == GoLexer.L_PAREN);
                    pending.clear();
                } else if (startsSpec && type == GoLexer.IDENTIFIER) {
                    if (groupBraces > 0) {
                        out.insideFunc(pending, importsEmbed);
                    } else {
                        out.place(file, t, pending, importsEmbed);
                    }
                    pending.clear();
                }
            }
            switch (type) {
                case GoLexer.L_PAREN -> {
                    parens++;
                    if (prevType == GoLexer.VAR && group < 0) {
                        group = parens;
                        groupBraces = braces;
                        specNext = true;
                    }
                }
                case GoLexer.R_PAREN -> {
                    if (parens == group) {
                        group = -1;
                    }
                    parens--;
                }
                case GoLexer.L_CURLY -> braces++;
                case GoLexer.R_CURLY -> braces--;
                case GoLexer.SEMI -> specNext = group >= 0 && parens == group && braces == groupBraces;
                default -> { }
            }
            prevType = type;
        }
        out.misplaced(pending, true);
        return out;
    }

    private static String onlyWithImport() {
        return "go:embed only allowed in Go files that import \"embed\"";
    }

    private static Token nextDefault(List<? extends Token> tokens, int from) {
        for (int i = from; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.getChannel() == Token.DEFAULT_CHANNEL) {
                return t.getType() == Token.EOF ? null : t;
            }
        }
        return null;
    }

    /** A var spec in a function body takes the directives (and Go rejects them there). */
    private void insideFunc(List<Directive> ds, boolean importsEmbed) {
        problems.add(new Problem(ds.get(0).line, ds.get(0).col, importsEmbed
                ? "go:embed cannot apply to var inside func" : onlyWithImport(), false));
    }

    private void misplaced(List<Directive> ds, boolean parsing) {
        for (Directive d : ds) {
            problems.add(new Problem(d.line, d.col, "misplaced go:embed directive", parsing));
        }
    }

    /** The compiler's checks of a var spec that takes directives (checkEmbed in Go's noder). */
    private void place(SourceFile file, Token name, List<Directive> ds, boolean importsEmbed) {
        VarSpec spec = specAt(file, name.getLine(), name.getCharPositionInLine() + 1);
        Directive first = ds.get(0);
        String err = !importsEmbed ? onlyWithImport()
                : spec == null ? "misplaced go:embed directive"
                : spec.names().size() > 1 ? "go:embed cannot apply to multiple vars"
                : !spec.values().isEmpty() ? "go:embed cannot apply to var with initializer"
                : spec.type() == null ? "go:embed cannot apply to var without type"
                : null;
        if (err != null) {
            problems.add(new Problem(first.line, first.col, err, false));
            return;
        }
        List<Pattern> all = new ArrayList<>();
        ds.forEach(d -> all.addAll(d.patterns));
        placed.add(new Placed(spec, first.line, first.col, all));
    }

    private static VarSpec specAt(SourceFile file, int line, int col) {
        for (Decl d : file.decls()) {
            if (d instanceof VarDecl vd) {
                for (VarSpec vs : vd.specs()) {
                    if (!vs.names().isEmpty() && vs.names().get(0).line() == line && vs.names().get(0).col() == col) {
                        return vs;
                    }
                }
            }
        }
        return null;
    }

    /**
     * A {@code //go:embed} comment as a directive, or null (another comment, or a directive
     * without patterns, whose errors are recorded). Its patterns count for the go command only
     * at the start of a line in a file that imports "embed".
     */
    private Directive directive(Token t, String text, boolean importsEmbed) {
        String body = t.getText().substring(2);
        if (body.endsWith("\r")) {
            body = body.substring(0, body.length() - 1);
        }
        if (!body.equals("go:embed") && !body.startsWith("go:embed ")) {
            return null;
        }
        int line = t.getLine(), col = t.getCharPositionInLine() + 1;
        List<Pattern> ps = new ArrayList<>();
        String err = args(body, "go:embed".length(), line, col + 2, ps);
        if (err != null) {
            problems.add(new Problem(line, col + 2, "invalid quoted string in //go:embed: " + err, true));
            ps.clear();
        }
        if (ps.isEmpty()) {
            problems.add(new Problem(line, col + 2, "usage: //go:embed pattern...", true));
            return null;
        }
        int lineStart = text.lastIndexOf('\n', t.getStartIndex() - 1) + 1;
        if (importsEmbed && text.substring(lineStart, t.getStartIndex()).isBlank()) {
            patterns.addAll(ps);
        }
        return new Directive(line, col + 2, ps);
    }

    /**
     * Splits a directive's arguments (from index i of body, which starts at column col0) into
     * patterns: words, "Go strings" or `raw strings`. Returns the rest of the arguments from
     * the malformed one on (source bytes, for the message), or null.
     */
    private static String args(String body, int i, int line, int col0, List<Pattern> out) {
        int n = body.length();
        while (true) {
            while (i < n && (body.charAt(i) == ' ' || body.charAt(i) == '\t')) {
                i++;
            }
            if (i >= n) {
                return null;
            }
            int start = i;
            String pat;
            char c = body.charAt(i);
            if (c == '`') {
                int end = body.indexOf('`', i + 1);
                if (end < 0) {
                    return body.substring(start);
                }
                pat = body.substring(i + 1, end);
                i = end + 1;
            } else if (c == '"') {
                int end = i + 1;
                while (end < n && body.charAt(end) != '"') {
                    end += body.charAt(end) == '\\' ? 2 : 1;
                }
                if (end >= n) {
                    return body.substring(start);
                }
                pat = unquote(body.substring(i + 1, end));
                if (pat == null) {
                    return body.substring(start, end + 1);
                }
                i = end + 1;
            } else {
                while (i < n && body.charAt(i) != ' ' && body.charAt(i) != '\t') {
                    i++;
                }
                pat = body.substring(start, i);
            }
            if (i < n && body.charAt(i) != ' ' && body.charAt(i) != '\t') {
                return body.substring(i);
            }
            out.add(new Pattern(utf8(pat), line, col0 + start));
        }
    }

    /** The inside of a "Go string" with the usual escapes; null when malformed. */
    private static String unquote(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                b.append(c);
                continue;
            }
            if (++i >= s.length()) {
                return null;
            }
            switch (s.charAt(i)) {
                case '\\' -> b.append('\\');
                case '"' -> b.append('"');
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'r' -> b.append('\r');
                case 'x' -> {
                    if (i + 2 >= s.length()) {
                        return null;
                    }
                    try {
                        b.append((char) Integer.parseInt(s.substring(i + 1, i + 3), 16));
                    } catch (NumberFormatException e) {
                        return null;
                    }
                    i += 2;
                }
                default -> {
                    return null;
                }
            }
        }
        return b.toString();
    }

    /** Source text (one char per byte) as a Java string. */
    private static String utf8(String bytes) {
        return new String(bytes.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }
}
