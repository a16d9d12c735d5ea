package gotruffle.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import gotruffle.compiler.PreparedPrelude;

/**
 * A standby prepares the standard packages before its client comes (GoProgramRunner.preparePrelude):
 * the client's program takes them, and still sees only the client's arguments, environment,
 * working directory and scheduler settings, exactly as a run without them.
 */
class StandbyPreparedPreludeTest {
    @TempDir Path dir;

    private String run(Map<String, String> env, List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = GoProgramRunner.run(new RunRequest(List.of("client.go"), dir, args, new ByteArrayInputStream("in\n".getBytes()),
                out, err, env, false));
        return code + "\n" + out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theClientsRunTakesThemAndSeesOnlyItsOwnWorld() throws IOException {
        Files.writeString(dir.resolve("client.go"), """
                package main

                import (
                	"bufio"
                	"fmt"
                	"os"
                	"runtime"
                	"sort"
                	"strings"
                	"time"
                )

                func main() {
                	wd, err := os.Getwd()
                	env := os.Environ()
                	sort.Strings(env)
                	line, _ := bufio.NewReader(os.Stdin).ReadString('\\n')
                	b, _ := os.ReadFile("client.go")
                	fmt.Println(wd, err, os.Args[1:], strings.Join(env, ","), runtime.GOMAXPROCS(0), len(b) > 0)
                	fmt.Printf("%q %v %s\\n", line, 1500*time.Millisecond, os.Getenv("GT_CLIENT"))
                	os.Exit(3)
                }
                """);
        Map<String, String> env = Map.of("GT_CLIENT", "client's", "GOMAXPROCS", "3");
        List<String> args = List.of("a", "b c");
        String expected = "3\n" + dir.toRealPath() + " <nil> [a b c] GOMAXPROCS=3,GT_CLIENT=client's 3 true\n"
                + "\"in\\n\" 1.5s client's\n";
        assertEquals(expected, run(env, args)); // (no standby)

        GoProgramRunner.preparePrelude(List.of("fmt", "os", "strings", "net/http"));
        assertTrue(PreparedPrelude.waiting());
        assertEquals(expected, run(env, args));
        assertFalse(PreparedPrelude.waiting(), "the run did not take the prepared packages");
    }
}
