package gotruffle.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import gotruffle.launcher.GoProgramRunner;
import gotruffle.launcher.RunRequest;

/**
 * Programs compile the standard library's bodies on first use; this checks every body of every
 * prelude package once, as the compiler would have before (GOTRUFFLE_EAGER_PRELUDE).
 */
class PreludeCheckTest {
    @TempDir Path dir;

    @Test
    void everyPreludePackageCompilesCompletely() throws IOException, URISyntaxException {
        Path root = Path.of(Prelude.class.getResource("/gotruffle/stdlib/go").toURI());
        List<String> packages;
        try (Stream<Path> s = Files.walk(root)) {
            packages = s.filter(p -> p.getFileName().toString().equals("FILES"))
                    .map(p -> root.relativize(p.getParent()).toString().replace('\\', '/'))
                    // internal packages cannot be imported by a program; they are checked through their importers
                    .filter(p -> !p.startsWith("internal/") && !p.contains("/internal/"))
                    .sorted().toList();
        }
        assertTrue(packages.size() > 20, "prelude packages found: " + packages);
        StringBuilder src = new StringBuilder("package main\n\nimport (\n");
        for (String p : packages) {
            src.append("\t_ \"").append(p).append("\"\n");
        }
        src.append(")\n\nfunc main() { println(\"ok\") }\n");
        Files.writeString(dir.resolve("all.go"), src);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = GoProgramRunner.run(new RunRequest(List.of("all.go"), dir, List.of(), new ByteArrayInputStream(new byte[0]),
                out, err, Map.of("GOTRUFFLE_EAGER_PRELUDE", "1"), true));
        assertEquals("ok\n", err.toString(StandardCharsets.UTF_8), "stdout: " + out.toString(StandardCharsets.UTF_8));
        assertEquals(0, code);
    }
}
