package gotruffle.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * runtime/trace: GoTruffle cannot produce Go's execution trace format, so trace.Start must fail
 * with a clear error and write nothing (Go itself would write a trace here, so this cannot be a
 * golden program).
 */
class RuntimeTraceTest {
    @TempDir Path dir;

    @Test
    void startSaysUnsupportedAndWritesNothing() throws IOException {
        Files.writeString(dir.resolve("t.go"), """
                package main

                import (
                	"fmt"
                	"os"
                	"runtime/trace"
                )

                func main() {
                	f, err := os.Create("trace.out")
                	if err != nil {
                		panic(err)
                	}
                	fmt.Println(trace.Start(f))
                	fmt.Println(trace.IsEnabled())
                	trace.Stop()
                	f.Close()
                	fi, _ := os.Stat("trace.out")
                	fmt.Println(fi.Size())
                }
                """);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.execute(new String[] {"run", "t.go"}, ProgramRunner.GO, new ByteArrayInputStream(new byte[0]), out, err, dir);
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertEquals(0, code);
        assertEquals("runtime/trace: unsupported: GoTruffle cannot write Go's execution trace format\nfalse\n0\n",
                out.toString(StandardCharsets.UTF_8));
    }
}
