package gotruffle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The layering rule of interpreter/README.md, read from the sources: every reference from one
 * layer to another (an import or an inline qualified name) must point down. A layer is a
 * package under gotruffle/ (stdlib/text and stdlib/algo are layers of their own) or a class of
 * the root package.
 */
class LayeringTest {
    private static final Path SOURCES = Path.of("src/main/java/gotruffle");

    /** What the run-time layers may use: the language and its context, the scheduler, values, types and the leaves. */
    private static final Set<String> RUN_TIME = Set.of("GoContext", "GoLanguage", "StartupTrace", "runtime", "values", "types",
            "stdlib.text", "stdlib.algo");

    /** Each layer and the layers it may use; a layer missing here may use anything (launcher, repl, GoLanguage). */
    private static final Map<String, Set<String>> MAY_USE = Map.ofEntries(
            Map.entry("parser", Set.of("grammar")),
            Map.entry("loader", Set.of("grammar", "parser")),
            Map.entry("types", Set.of()),
            Map.entry("values", Set.of("types")),
            Map.entry("stdlib.text", Set.of()),
            Map.entry("stdlib.algo", Set.of()),
            Map.entry("GoContext", union(RUN_TIME, "nodes")),
            Map.entry("nodes", RUN_TIME),
            Map.entry("builtins", union(RUN_TIME, "nodes")),
            Map.entry("stdlib", union(RUN_TIME, "nodes")),
            Map.entry("compiler", union(RUN_TIME, "nodes", "builtins", "stdlib", "parser", "loader", "grammar")));

    /** The layers above all others, which may use anything. */
    private static final Set<String> TOP = Set.of("GoLanguage", "StartupTrace", "launcher", "repl");

    private static final Pattern REFERENCE = Pattern.compile("\\bgotruffle((?:\\.[a-z]\\w*)*)\\.(?:([A-Z]\\w*)|\\*)");

    private static Set<String> union(Set<String> base, String... more) {
        Set<String> s = new HashSet<>(base);
        s.addAll(List.of(more));
        return Set.copyOf(s);
    }

    /** The layer of a file (path relative to gotruffle/) or of a referenced package and class. */
    static String layer(List<String> packages, String className) {
        if (packages.isEmpty()) {
            return className;
        }
        if (packages.get(0).equals("stdlib") && packages.size() > 1
                && (packages.get(1).equals("text") || packages.get(1).equals("algo"))) {
            return "stdlib." + packages.get(1);
        }
        return packages.get(0);
    }

    /** The layers a source text refers to, by import or qualified name (comments and strings aside). */
    static Set<String> references(String source) {
        String code = codeOnly(source).replaceFirst("(?m)^package [^;]*;", "");
        Set<String> out = new TreeSet<>();
        Matcher m = REFERENCE.matcher(code);
        while (m.find()) {
            List<String> packages = m.group(1).isEmpty() ? List.of() : List.of(m.group(1).substring(1).split("\\."));
            out.add(layer(packages, m.group(2)));
        }
        return out;
    }

    /** The source with comments, string and character literals blanked (a scan: regular expressions overflow on long ones). */
    static String codeOnly(String src) {
        StringBuilder out = new StringBuilder(src.length());
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (c == '/' && i + 1 < n && src.charAt(i + 1) == '/') {
                while (i < n && src.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && src.charAt(i + 1) == '*') {
                int end = src.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                out.append(' ');
            } else if (src.startsWith("\"\"\"", i)) {
                int end = src.indexOf("\"\"\"", i + 3);
                i = end < 0 ? n : end + 3;
                out.append("\"\"");
            } else if (c == '"' || c == '\'') {
                i++;
                while (i < n && src.charAt(i) != c) {
                    i += src.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
                out.append("\"\"");
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The references of a file in layer self that point up, or that its layer has no rule. */
    static List<String> wrongWay(String self, String source) {
        if (TOP.contains(self)) {
            return List.of();
        }
        Set<String> allowed = MAY_USE.get(self);
        if (allowed == null) {
            return List.of("layer " + self + " is not in the rule (add it to MAY_USE or TOP and to the README)");
        }
        List<String> out = new ArrayList<>();
        for (String used : references(source)) {
            if (!used.equals(self) && !allowed.contains(used)) {
                out.add(self + " uses " + used);
            }
        }
        return out;
    }

    @Test
    void dependenciesPointDown() throws IOException {
        assertTrue(Files.isDirectory(SOURCES), "run from the interpreter module: " + SOURCES.toAbsolutePath());
        List<String> wrong = new ArrayList<>();
        Set<String> layers = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                Path rel = SOURCES.relativize(p);
                List<String> packages = new ArrayList<>();
                for (int i = 0; i < rel.getNameCount() - 1; i++) {
                    packages.add(rel.getName(i).toString());
                }
                String self = layer(packages, rel.getFileName().toString().replace(".java", ""));
                layers.add(self);
                for (String w : wrongWay(self, Files.readString(p))) {
                    wrong.add(rel + ": " + w);
                }
            }
        }
        assertTrue(layers.containsAll(Set.of("parser", "compiler", "nodes", "values", "types")), "layers found: " + layers);
        assertEquals(List.of(), wrong, "dependencies that point up (interpreter/README.md, Layering)");
    }

    private static final Pattern NODE_CLASS = Pattern.compile("\\bclass\\s+(\\w+)(?:<[^>]*>)?\\s+extends\\s+(?:\\w+\\.)*(?:ExprNode|StmtNode|RootNode|Node)\\b");

    /** Node classes live in nodes/ (the builtins' in builtins/): the compiler picks and wires them. */
    @Test
    void compilerDeclaresNoNodes() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(SOURCES.resolve("compiler"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                Matcher m = NODE_CLASS.matcher(codeOnly(Files.readString(p)));
                while (m.find()) {
                    found.add(p.getFileName() + ": " + m.group(1));
                }
            }
        }
        assertEquals(List.of(), found, "node classes belong in nodes/ (interpreter/README.md, Layering)");
        assertTrue(NODE_CLASS.matcher("static final class X extends ExprNode {").find());
        assertTrue(NODE_CLASS.matcher("class Y extends com.oracle.truffle.api.nodes.RootNode {").find());
    }

    @Test
    void referencesAreFoundByImportAndByQualifiedName() {
        String src = """
                package gotruffle.nodes;

                import gotruffle.values.GoSlice;
                import static gotruffle.stdlib.text.Utf8.decode;
                import gotruffle.parser.ast.*;
                // gotruffle.compiler.Compiler in a comment does not count
                class X {
                    Object o = new gotruffle.builtins.AppendNode();
                    String s = "gotruffle.parser.AstBuilder";
                    gotruffle.GoContext c;
                }
                """;
        assertEquals(new TreeSet<>(List.of("values", "stdlib.text", "parser", "builtins", "GoContext")), references(src));
    }

    @Test
    void upwardReferencesAreCaught() {
        assertEquals(List.of("nodes uses compiler"), wrongWay("nodes", "import gotruffle.compiler.FuncDef;\nimport gotruffle.values.GoSlice;"));
        assertEquals(List.of("values uses nodes"), wrongWay("values", "Object f = gotruffle.nodes.Fiber.current();"));
        assertEquals(List.of("stdlib uses builtins"), wrongWay("stdlib", "import gotruffle.builtins.SizeClasses;"));
        assertEquals(List.of(), wrongWay("compiler", "import gotruffle.nodes.call.Native;\nimport gotruffle.stdlib.Natives;"));
        assertEquals(List.of(), wrongWay("repl", "import gotruffle.compiler.SessionCompiler;"));
        assertEquals(1, wrongWay("newpackage", "").size());
    }
}
