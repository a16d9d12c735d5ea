package gotruffle.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pathological but valid (or plainly wrong) input: nesting 1,000 deep must be handled in about
 * the time of a small program (it once was exponential in ANTLR's prediction, the escape
 * pre-pass and zero values of nested arrays). Expected outputs are Go 1.19's. The timeouts are
 * generous bounds against hangs, not speed assertions.
 */
class HostileInputTest {
    private static final int N = 1000;
    private static final String HEAD = "package main\n\nimport \"fmt\"\n\n";

    @TempDir Path dir;

    private record Result(int code, String out, String err) {
    }

    private Result run(String source) throws IOException {
        Files.writeString(dir.resolve("x.go"), source);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = GoProgramRunner.run(new RunRequest(List.of("./x.go"), dir, List.of(),
                new ByteArrayInputStream(new byte[0]), out, err, Map.of(), false));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private void assertRuns(String source, String stdout) throws IOException {
        Result r = run(source);
        assertEquals(new Result(0, stdout, ""), r);
    }

    private void assertRejected(String source, String stderr) throws IOException {
        Result r = run(source);
        assertEquals(new Result(1, "", stderr), r);
    }

    @Test
    @Timeout(300)
    void nestedFunctionLiterals() throws IOException {
        assertRuns(HEAD + "func main() {\n\tx := 0\n" + "func() {\n".repeat(N) + "x++\n" + "}()\n".repeat(N)
                + "\tfmt.Println(x)\n}\n", "1\n");
        assertRuns(HEAD + "func main() {\n\tfmt.Println(" + "func() int { return ".repeat(N) + "1" + " }()".repeat(N)
                + ")\n}\n", "1\n");
    }

    @Test
    @Timeout(300)
    void nestedCompositeLiteralsAndTypes() throws IOException {
        assertRuns(HEAD + "func main() {\n\tx := " + "[]interface{}{".repeat(N) + "}".repeat(N)
                + "\n\tfmt.Println(len(x))\n}\n", "1\n");
        assertRuns(HEAD + "func main() {\n\tvar x " + "[1]".repeat(N) + "int\n\tfmt.Println(len(x))\n}\n", "1\n");
    }

    @Test
    @Timeout(300)
    void unbalancedNestingIsASyntaxError() throws IOException {
        assertRejected("package main\n\nfunc main() {\n\tx := " + "(".repeat(N) + "\n}\n",
                "./x.go:5:1: syntax error: unexpected }, expecting expression\n");
        assertRejected("package main\n\nfunc main() {\n\t" + "{".repeat(N) + "\n}\n",
                "./x.go:6:1: syntax error: unexpected EOF, expecting }\n");
        assertRejected("package main\n\nfunc main() {\n" + "if true {\n".repeat(N) + "\n}\n",
                "./x.go:" + (N + 6) + ":1: syntax error: unexpected EOF, expecting }\n");
    }

    @Test
    @Timeout(300)
    void columnsFrom255OnAreNotPrinted() throws IOException {
        assertRejected(HEAD + "func main() {\n\tx := 1\n\tfmt.Println(" + "(".repeat(N) + "x + \"a\"" + ")".repeat(N) + ")\n}\n",
                "./x.go:7: invalid operation: x + \"a\" (mismatched types int and untyped string)\n");
    }
}
