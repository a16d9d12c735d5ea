package gotruffle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Code names a class by its simple name and imports it: a fully-qualified name written inline
 * ({@code gotruffle.values.GoPointer}, {@code java.util.Arrays}) hides which classes a file
 * depends on and makes lines long. Comments and strings are free to; an inline name is kept only
 * where two classes of one file share a simple name (ALLOWED).
 */
class QualifiedNamesTest {
    private static final List<Path> ROOTS = List.of(Path.of("src/main/java"), Path.of("src/test/java"),
            Path.of("../runtime/src/main/java"), Path.of("../runtime/src/test/java"));

    /** A name of ours, or one from a dotted root package (a lone {@code com.X} is a field access). */
    private static final Pattern INLINE = Pattern.compile(
            "(?<![\\w.])(?:gotruffle(?:\\.[a-z]\\w*)*|(?:java|javax|com|org)(?:\\.[a-z]\\w*)+)\\.[A-Z]\\w*");

    /** file name: qualified name kept inline, and why. */
    private static final Set<String> ALLOWED = Set.of(
            // java.lang.management.ThreadMXBean, which it extends, is imported as well
            "RuntimeNatives.java: com.sun.management.ThreadMXBean");

    /** The inline qualified names in a source text, outside imports, comments and strings. */
    static List<String> inlineNames(String source) {
        List<String> out = new ArrayList<>();
        for (String line : LayeringTest.codeOnly(source).split("\n")) {
            String t = line.strip();
            if (t.startsWith("import ") || t.startsWith("package ")) {
                continue;
            }
            Matcher m = INLINE.matcher(line);
            while (m.find()) {
                out.add(m.group());
            }
        }
        return out;
    }

    @Test
    void noInlineQualifiedNames() throws IOException {
        List<String> found = new ArrayList<>();
        int files = 0;
        for (Path root : ROOTS) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(root)) {
                for (Path p : s.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    files++;
                    for (String name : inlineNames(Files.readString(p))) {
                        String entry = p.getFileName() + ": " + name;
                        if (!ALLOWED.contains(entry)) {
                            found.add(root.relativize(p) + ": " + name);
                        }
                    }
                }
            }
        }
        assertTrue(files > 100, "run from the interpreter module: " + Path.of("").toAbsolutePath());
        assertEquals(List.of(), found, "import these instead of naming them inline (or see ALLOWED)");
    }

    @Test
    void findsNamesInCodeOnly() {
        String src = """
                package gotruffle.nodes;

                import gotruffle.values.GoSlice;
                import static java.util.Objects.requireNonNull;
                /** {@link gotruffle.values.GoPointer} in a comment does not count */
                class X extends java.util.ArrayList<Object> {
                    Object o = new gotruffle.builtins.AppendNode(gotruffle.GoContext.get(null));
                    String s = "gotruffle.parser.AstBuilder";
                    int n = com.size + org.Foo.bar();
                    Object t = com.oracle.truffle.api.CompilerDirectives.inInterpreter();
                }
                """;
        assertEquals(List.of("java.util.ArrayList", "gotruffle.builtins.AppendNode", "gotruffle.GoContext",
                "com.oracle.truffle.api.CompilerDirectives"), inlineNames(src));
    }
}
