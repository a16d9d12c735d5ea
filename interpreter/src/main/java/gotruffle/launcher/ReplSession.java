package gotruffle.launcher;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import gotruffle.launcher.GoSnippetScanner.Kind;
import gotruffle.launcher.GoSnippetScanner.Token;

/**
 * The state of a REPL session and the synthesis of complete Go programs from it.
 *
 * <p>Like yaegi or gore, the session is source, not a live heap: it keeps the imports, the
 * top-level declarations (func, method, type) and the statements entered so far. Each new input
 * becomes one complete {@code package main} program: the declarations, then {@code main} with
 * every earlier statement (re-executed, output suppressed) followed by the new input. A marker
 * written to stdout and stderr right before the new input tells the REPL where new output
 * starts. An input that does not compile or fails at run time is dropped.
 *
 * <p>var, const and {@code :=} live in main, so they persist across inputs; redeclaring a name
 * opens a nested block, so later inputs see the newest one (shadowing). Go's "declared and not
 * used" and "imported and not used" rules would make most sessions fail, so every declared
 * variable gets an {@code _ = x}, and an import is only emitted when some code mentions
 * {@code name.}.
 */
final class ReplSession {
    /** Written to stdout and stderr right before the new input runs; unlikely in real output. */
    static final String START_MARKER = "\u0001gotruffle-repl-start\u0002\n";
    /** Written to stdout when main completes, so os.Exit(0) or a return in the input is noticed. */
    static final String END_MARKER = "\u0001gotruffle-repl-end\u0002\n";
    private static final String START_LITERAL = "\"\\x01gotruffle-repl-start\\x02\\n\"";
    private static final String END_LITERAL = "\"\\x01gotruffle-repl-end\\x02\\n\"";
    static final String SHOW = "__replShow(";

    record Import(String alias, String path) {
        /** The name code uses to refer to the package. */
        String name() {
            if (alias != null) return alias;
            return path.substring(path.lastIndexOf('/') + 1);
        }

        String source() {
            return (alias == null ? "" : alias + " ") + "\"" + path + "\"";
        }
    }

    /** A top-level func, method or type declaration; {@code names} are what it defines. */
    record Declaration(String source, Set<String> names) {}

    /**
     * An accepted statement input. {@code declared}: names it declares in main (for shadowing);
     * {@code variables}: those of them that are variables (they get {@code _ = x}).
     */
    record Statement(String source, boolean expression, List<String> declared, List<String> variables) {}

    enum InputKind { IMPORT, DECLARATION, STATEMENT, EXPRESSION }

    /** Lines {@code [first, first + count)} of a synthesized program hold one input. */
    record Span(int first, int count, String label) {
        boolean contains(int line) {
            return line >= first && line < first + count;
        }
    }

    /**
     * One program to try for an input. {@code input} is the span of the new input;
     * {@code columnShift} is how far its first line was moved right (by the expression wrapper);
     * {@code earlier} are the spans of earlier inputs, to name them in error messages.
     */
    record Attempt(InputKind kind, String input, String program, Span inputSpan, int columnShift, List<Span> earlier,
                   List<Import> newImports, Declaration newDeclaration, Statement newStatement) {}

    private final List<Import> imports = new ArrayList<>();
    private final List<Declaration> declarations = new ArrayList<>();
    private final List<Statement> statements = new ArrayList<>();

    void reset() {
        imports.clear();
        declarations.clear();
        statements.clear();
    }

    boolean isEmpty() {
        return imports.isEmpty() && declarations.isEmpty() && statements.isEmpty();
    }

    /**
     * The programs to try for an input, in order: an input that looks like an expression is
     * tried first as one whose value gets printed, then as a plain statement (a call of a
     * function without results is both). The first attempt that compiles decides.
     */
    List<Attempt> plan(String input) {
        String src = input.strip();
        List<Token> tokens = GoSnippetScanner.scan(src).tokens();
        if (tokens.isEmpty()) return List.of();
        Token first = tokens.getFirst();
        if (first.is("import")) {
            List<Import> parsed = parseImports(tokens);
            if (parsed == null) return List.of(statementAttempt(src, tokens)); // let the compiler explain
            return List.of(importAttempt(src, parsed));
        }
        if (first.is("type") || isFuncDeclaration(tokens)) {
            return List.of(declarationAttempt(src, new Declaration(src, declaredNames(tokens))));
        }
        if (looksLikeExpression(tokens) && !isFmtPrintCall(tokens)) {
            return List.of(expressionAttempt(src), statementAttempt(src, tokens));
        }
        return List.of(statementAttempt(src, tokens));
    }

    /**
     * Why an input cannot be used at all, or null. A top-level defer would run at the end of
     * every later input's program, after that input's output.
     */
    static String rejection(String input) {
        List<Token> tokens = GoSnippetScanner.scan(input.strip()).tokens();
        if (tokens.isEmpty()) return null;
        if (tokens.getFirst().is("package")) return "the REPL supplies package main itself; enter declarations and statements";
        if (tokens.getFirst().is("import")) {
            for (int i = 0; i + 1 < tokens.size(); i++) {
                if (tokens.get(i).is(".") && tokens.get(i + 1).kind() == Kind.STRING) {
                    // Its use cannot be seen in the source, so it could not be left out while unused.
                    return "dot imports are not supported in the REPL; import the package by name";
                }
            }
        }
        for (List<Token> statement : GoSnippetScanner.topLevelStatements(tokens)) {
            if (statement.getFirst().is("defer")) {
                return "defer at the top level of the REPL is not supported (it would run after every later input);"
                        + " put it inside a func";
            }
        }
        return null;
    }

    /**
     * {@code fmt.Println(...)} and friends: their results (bytes written, error) are noise, so
     * such a call is only run, not printed.
     */
    private boolean isFmtPrintCall(List<Token> tokens) {
        if (tokens.size() < 4 || tokens.get(0).kind() != Kind.IDENT || !tokens.get(1).is(".")
                || !tokens.get(3).is("(") || closingIndex(tokens, 3) != tokens.size() - 1) {
            return false;
        }
        String pkg = tokens.get(0).text();
        boolean isFmt = imports.stream().anyMatch(i -> i.path().equals("fmt") && i.name().equals(pkg))
                || "fmt".equals(autoImport(pkg, declarations));
        return isFmt && tokens.get(2).text().matches("F?Print(f|ln)?");
    }

    /** Keeps a successful attempt's input in the session. */
    void commit(Attempt attempt) {
        switch (attempt.kind()) {
            case IMPORT -> {
                for (Import imp : attempt.newImports()) {
                    imports.removeIf(old -> old.name().equals(imp.name()) && !imp.name().equals("_") || old.equals(imp));
                    imports.add(imp);
                }
            }
            case DECLARATION -> {
                declarations.removeIf(d -> !Collections.disjoint(d.names(), attempt.newDeclaration().names()));
                declarations.add(attempt.newDeclaration());
            }
            case STATEMENT, EXPRESSION -> statements.add(attempt.newStatement());
        }
    }

    /** The session as Go source, for {@code :decls}. */
    String describe() {
        StringBuilder sb = new StringBuilder();
        for (Import imp : imports) sb.append("import ").append(imp.source()).append('\n');
        if (!imports.isEmpty()) sb.append('\n');
        for (Declaration d : declarations) sb.append(d.source()).append("\n\n");
        if (!statements.isEmpty()) {
            sb.append("// statements, re-run (output suppressed) before each new input:\n");
            for (Statement s : statements) sb.append(s.source()).append('\n');
        }
        return sb.toString();
    }

    // ---- attempts ----

    private Attempt importAttempt(String src, List<Import> parsed) {
        // A blank import checks that the package exists without requiring a use.
        List<Import> probe = new ArrayList<>();
        for (Import imp : parsed) probe.add(new Import("_", imp.path()));
        Program p = synthesize(probe, null, null, null, false);
        return new Attempt(InputKind.IMPORT, src, p.text(), p.inputSpan(), 0, p.earlier(), parsed, null, null);
    }

    private Attempt declarationAttempt(String src, Declaration declaration) {
        Program p = synthesize(List.of(), declaration, null, null, false);
        return new Attempt(InputKind.DECLARATION, src, p.text(), p.inputSpan(), 0, p.earlier(), null, declaration, null);
    }

    private Attempt expressionAttempt(String src) {
        Statement s = new Statement(src, true, List.of(), List.of());
        Program p = synthesize(List.of(), null, s, src, true);
        return new Attempt(InputKind.EXPRESSION, src, p.text(), p.inputSpan(), SHOW.length(), p.earlier(), null, null, s);
    }

    private Attempt statementAttempt(String src, List<Token> tokens) {
        List<String> declared = new ArrayList<>();
        List<String> variables = new ArrayList<>();
        for (List<Token> statement : GoSnippetScanner.topLevelStatements(tokens)) {
            collectDeclaredNames(statement, declared, variables);
        }
        Statement s = new Statement(src, false, declared, variables);
        Program p = synthesize(List.of(), null, s, null, false);
        return new Attempt(InputKind.STATEMENT, src, p.text(), p.inputSpan(), 0, p.earlier(), null, null, s);
    }

    private record Program(String text, Span inputSpan, List<Span> earlier) {}

    /**
     * Writes the whole program. Exactly one of the "new" arguments describes the input; for an
     * import or declaration, main returns right after the marker: the earlier statements must
     * still compile with the new declaration, but need not run again.
     */
    private Program synthesize(List<Import> probeImports, Declaration newDeclaration, Statement newStatement,
                               String expression, boolean isExpression) {
        Writer w = new Writer();
        List<Span> earlier = new ArrayList<>();
        Span inputSpan = null;

        List<Declaration> decls = new ArrayList<>(declarations);
        if (newDeclaration != null) {
            decls.removeIf(d -> !Collections.disjoint(d.names(), newDeclaration.names()));
        }
        Set<String> used = new java.util.TreeSet<>(); // sorted: the auto-imports come out in a stable order
        for (Declaration d : decls) collectQualifiers(d.source(), used);
        for (Statement s : statements) collectQualifiers(s.source(), used);
        if (newDeclaration != null) collectQualifiers(newDeclaration.source(), used);
        if (newStatement != null) collectQualifiers(newStatement.source(), used);

        w.line("package main");
        w.line("");
        w.line("import __fmt \"fmt\"");
        w.line("import __os \"os\"");
        for (Import imp : imports) {
            String name = imp.name();
            if (name.equals("_") || name.equals(".") || used.contains(name)) w.line("import " + imp.source());
        }
        for (String name : used) {
            String path = autoImport(name, decls);
            if (path != null) w.line("import \"" + path + "\"");
        }
        int probeFirst = w.lineNumber();
        for (Import imp : probeImports) w.line("import " + imp.source());
        if (!probeImports.isEmpty()) inputSpan = new Span(probeFirst, probeImports.size(), null);
        w.line("");
        for (Declaration d : decls) {
            earlier.add(w.block(d.source(), firstLine(d.source())));
            w.line("");
        }
        if (newDeclaration != null) {
            inputSpan = w.block(newDeclaration.source(), null);
            w.line("");
        }
        w.line("func __replShow(vs ...interface{}) { __fmt.Println(append([]interface{}{\":\"}, vs...)...) }");
        w.line("func __replDiscard(...interface{}) {}");
        w.line("func __replMark() { __fmt.Fprint(__os.Stderr, " + START_LITERAL + "); __fmt.Fprint(__os.Stdout, " + START_LITERAL + ") }");
        w.line("func __replEnd() { __fmt.Fprint(__os.Stdout, " + END_LITERAL + ") }");
        w.line("");
        w.line("func main() {");
        boolean inputIsStatement = newStatement != null;
        if (!inputIsStatement) {
            w.line("__replMark()");
            w.line("return");
        }
        Set<String> blockNames = new HashSet<>();
        int openBlocks = 0;
        for (Statement s : statements) {
            openBlocks += openBlockIfRedeclared(w, blockNames, s);
            earlier.add(w.block(s.expression() ? insertClosingParen("__replDiscard(" + s.source()) : s.source(), firstLine(s.source())));
            for (String v : s.variables()) w.line("_ = " + v);
        }
        if (inputIsStatement) {
            openBlocks += openBlockIfRedeclared(w, blockNames, newStatement);
            w.line("__replMark()");
            if (isExpression) {
                inputSpan = w.block(insertClosingParen(SHOW + expression), null);
            } else {
                inputSpan = w.block(newStatement.source(), null);
                for (String v : newStatement.variables()) w.line("_ = " + v);
            }
        }
        for (int i = 0; i < openBlocks; i++) w.line("}");
        if (inputIsStatement) w.line("__replEnd()");
        w.line("}");
        return new Program(w.text(), inputSpan, List.copyOf(earlier));
    }

    private static int openBlockIfRedeclared(Writer w, Set<String> blockNames, Statement s) {
        int opened = 0;
        if (!Collections.disjoint(blockNames, s.declared())) {
            w.line("{");
            blockNames.clear();
            opened = 1;
        }
        blockNames.addAll(s.declared());
        return opened;
    }

    /** Closes the call right after the last token, before any trailing comment. */
    private static String insertClosingParen(String wrapped) {
        List<Token> tokens = GoSnippetScanner.scan(wrapped).tokens();
        int end = tokens.getLast().end();
        return wrapped.substring(0, end) + ")" + wrapped.substring(end);
    }

    private static String firstLine(String source) {
        String line = source.lines().findFirst().orElse("").strip();
        return line.length() > 40 ? line.substring(0, 40) + "…" : line;
    }

    /** Accumulates program text and counts lines, so errors can be mapped back to inputs. */
    private static final class Writer {
        private final StringBuilder sb = new StringBuilder();
        private int nextLine = 1;

        void line(String s) {
            sb.append(s).append('\n');
            nextLine++;
        }

        int lineNumber() {
            return nextLine;
        }

        Span block(String source, String label) {
            int first = nextLine;
            List<String> lines = source.lines().toList();
            for (String l : lines) line(l);
            return new Span(first, Math.max(1, lines.size()), label);
        }

        String text() {
            return sb.toString();
        }
    }

    // ---- classification ----

    private static final Set<String> STATEMENT_KEYWORDS = Set.of(
            "if", "for", "switch", "select", "go", "defer", "return", "break", "continue", "goto",
            "fallthrough", "var", "const", "type", "import", "package");
    private static final Set<String> ASSIGNMENT_OPERATORS = Set.of(
            "=", ":=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "&^=", "++", "--", ":");

    /** One top-level statement, not starting with a statement keyword, with no assignment or send. */
    static boolean looksLikeExpression(List<Token> tokens) {
        if (GoSnippetScanner.topLevelStatements(tokens).size() != 1) return false;
        Token first = tokens.getFirst();
        if (first.is("{") || (first.kind() == Kind.KEYWORD && STATEMENT_KEYWORDS.contains(first.text()))) return false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.depth() != 0 || t.kind() != Kind.OP) continue;
            if (ASSIGNMENT_OPERATORS.contains(t.text()) || t.is(";")) return false;
            if (t.is("<-") && i > 0) return false; // a send; a leading <- is a receive expression
        }
        return true;
    }

    /** {@code func Name...} or {@code func (recv) Name(...}; not a function literal. */
    static boolean isFuncDeclaration(List<Token> tokens) {
        if (!tokens.getFirst().is("func") || tokens.size() < 2) return false;
        Token second = tokens.get(1);
        if (second.kind() == Kind.IDENT) return true;
        if (!second.is("(")) return false;
        int i = closingIndex(tokens, 1);
        return i + 2 < tokens.size() && tokens.get(i + 1).kind() == Kind.IDENT
                && (tokens.get(i + 2).is("(") || tokens.get(i + 2).is("["));
    }

    private static int closingIndex(List<Token> tokens, int open) {
        int depth = tokens.get(open).depth();
        for (int i = open + 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.depth() == depth && (t.is(")") || t.is("]") || t.is("}"))) return i;
        }
        return tokens.size() - 1;
    }

    /** Names a func/method/type declaration defines: {@code f}, {@code T.M}, or the type names. */
    static Set<String> declaredNames(List<Token> tokens) {
        Set<String> names = new LinkedHashSet<>();
        if (tokens.getFirst().is("func")) {
            if (tokens.get(1).kind() == Kind.IDENT) {
                names.add(tokens.get(1).text());
            } else {
                int close = closingIndex(tokens, 1);
                List<String> receiverIdents = new ArrayList<>();
                for (int i = 2; i < close; i++) {
                    Token t = tokens.get(i);
                    if (t.kind() == Kind.IDENT && t.depth() == tokens.get(1).depth() + 1) receiverIdents.add(t.text());
                }
                String type = receiverIdents.size() >= 2 ? receiverIdents.get(1) : receiverIdents.isEmpty() ? "?" : receiverIdents.getFirst();
                names.add(type + "." + tokens.get(close + 1).text());
            }
        } else if (tokens.size() > 1 && tokens.get(1).is("(")) {
            for (List<Token> spec : groupSpecs(tokens)) {
                if (spec.getFirst().kind() == Kind.IDENT) names.add(spec.getFirst().text());
            }
        } else if (tokens.size() > 1) {
            names.add(tokens.get(1).text());
        }
        return names;
    }

    /** The specs of {@code var (...)}, {@code const (...)}, {@code type (...)}, {@code import (...)}. */
    private static List<List<Token>> groupSpecs(List<Token> tokens) {
        int innerDepth = tokens.get(1).depth() + 1;
        int close = closingIndex(tokens, 1);
        List<Token> inner = new ArrayList<>();
        for (int i = 2; i < close; i++) {
            Token t = tokens.get(i);
            // Re-base depths so the group's contents are at depth 0 for statement splitting.
            inner.add(new Token(t.kind(), t.text(), t.start(), t.end(), t.line(), t.depth() - innerDepth, t.newlineBefore()));
        }
        return GoSnippetScanner.topLevelStatements(inner);
    }

    /** Names declared by one top-level statement: {@code var a, b ...}, {@code const ...}, {@code a, b := ...}. */
    static void collectDeclaredNames(List<Token> statement, List<String> declared, List<String> variables) {
        Token first = statement.getFirst();
        if (first.is("var") || first.is("const")) {
            boolean isVar = first.is("var");
            List<List<Token>> specs = statement.size() > 1 && statement.get(1).is("(")
                    ? groupSpecs(statement)
                    : List.of(statement.subList(1, statement.size()));
            for (List<Token> spec : specs) {
                for (String name : leadingIdentifiers(spec)) {
                    declared.add(name);
                    if (isVar) variables.add(name);
                }
            }
            return;
        }
        if (first.kind() != Kind.IDENT) return;
        for (int i = 0; i < statement.size(); i++) {
            Token t = statement.get(i);
            if (t.depth() == 0 && t.is(":=")) {
                List<String> names = leadingIdentifiers(statement.subList(0, i));
                declared.addAll(names);
                variables.addAll(names);
                return;
            }
        }
    }

    /** {@code a, b, c} at the start of a token list; {@code _} is skipped. */
    private static List<String> leadingIdentifiers(List<Token> tokens) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i += 2) {
            Token t = tokens.get(i);
            if (t.kind() != Kind.IDENT) break;
            if (!t.is("_")) names.add(t.text());
            if (i + 1 >= tokens.size() || !tokens.get(i + 1).is(",")) break;
        }
        return names;
    }

    /** Package qualifiers the code uses: {@code x} of every {@code x.y} not itself after a dot. */
    /** Standard packages a session may use without importing them (as gore does), by package name. */
    private static final Map<String, String> AUTO_IMPORTS = Map.ofEntries(
            Map.entry("fmt", "fmt"), Map.entry("strings", "strings"), Map.entry("strconv", "strconv"),
            Map.entry("math", "math"), Map.entry("sort", "sort"), Map.entry("os", "os"), Map.entry("time", "time"),
            Map.entry("errors", "errors"), Map.entry("unicode", "unicode"), Map.entry("utf8", "unicode/utf8"),
            Map.entry("bytes", "bytes"), Map.entry("bufio", "bufio"), Map.entry("sync", "sync"),
            Map.entry("atomic", "sync/atomic"), Map.entry("rand", "math/rand"), Map.entry("regexp", "regexp"),
            Map.entry("context", "context"), Map.entry("runtime", "runtime"), Map.entry("io", "io"));

    /** The path to import for qualifier {@code name} when the session neither imports nor declares that name. */
    private String autoImport(String name, List<Declaration> decls) {
        String path = AUTO_IMPORTS.get(name);
        if (path == null || imports.stream().anyMatch(i -> i.name().equals(name))) return null;
        for (Declaration d : decls) if (d.names().contains(name)) return null;
        return path;
    }

    private static void collectQualifiers(String source, Set<String> out) {
        List<Token> tokens = GoSnippetScanner.scan(source).tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() == Kind.IDENT && tokens.get(i + 1).is(".") && (i == 0 || !tokens.get(i - 1).is("."))) {
                out.add(t.text());
            }
        }
    }

    /** {@code import "p"}, {@code import n "p"}, {@code import ( ... )}; null if not understood. */
    private static List<Import> parseImports(List<Token> tokens) {
        List<List<Token>> specs;
        if (tokens.size() > 1 && tokens.get(1).is("(")) {
            specs = groupSpecs(tokens);
        } else {
            specs = List.of(tokens.subList(1, tokens.size()));
        }
        List<Import> out = new ArrayList<>();
        for (List<Token> spec : specs) {
            String alias = null;
            int i = 0;
            if (spec.size() == 2 && (spec.getFirst().kind() == Kind.IDENT || spec.getFirst().is("."))) {
                alias = spec.getFirst().text();
                i = 1;
            }
            if (spec.size() != i + 1 || spec.get(i).kind() != Kind.STRING || !spec.get(i).text().startsWith("\"")) return null;
            String literal = spec.get(i).text();
            if (literal.length() < 2 || !literal.endsWith("\"")) return null;
            out.add(new Import(alias, literal.substring(1, literal.length() - 1)));
        }
        return out.isEmpty() ? null : out;
    }

    // ---- mapping compiler messages back to inputs ----

    private static final Pattern COMPILE_ERROR = Pattern.compile("^(?:.*[/\\\\])?" + Pattern.quote(Repl.FILE_NAME) + ":(\\d+):(\\d+): (.*)$");

    /** Whether stderr holds compiler messages about the synthesized file. */
    static boolean isCompileError(String stderr) {
        return stderr.lines().anyMatch(l -> COMPILE_ERROR.matcher(l).matches());
    }

    /**
     * Compiler messages with positions relative to the new input ({@code 1:5: undefined: y});
     * a message about an earlier input names that input.
     */
    static String mapErrors(Attempt attempt, String stderr) {
        StringBuilder sb = new StringBuilder();
        for (String line : stderr.lines().toList()) {
            Matcher m = COMPILE_ERROR.matcher(line);
            if (!m.matches()) {
                sb.append(line).append('\n');
                continue;
            }
            int l = Integer.parseInt(m.group(1));
            int c = Integer.parseInt(m.group(2));
            String message = m.group(3);
            Span input = attempt.inputSpan();
            if (input != null && input.contains(l)) {
                int localLine = l - input.first() + 1;
                int localColumn = localLine == 1 ? Math.max(1, c - attempt.columnShift()) : c;
                sb.append(localLine).append(':').append(localColumn).append(": ").append(message).append('\n');
                continue;
            }
            String where = "session code";
            for (Span s : attempt.earlier()) {
                if (s.contains(l)) where = "earlier input `" + s.label() + "`";
            }
            sb.append("(in ").append(where).append(") ").append(message).append('\n');
        }
        return sb.toString();
    }
}
