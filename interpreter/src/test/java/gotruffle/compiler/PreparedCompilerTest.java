package gotruffle.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.oracle.truffle.api.RootCallTarget;

import gotruffle.loader.LoadedProgram;
import gotruffle.loader.ProgramLoader;

/**
 * A compiler that prepared standard packages ahead (a standby's, PreparedPrelude) builds the
 * same program as a fresh one: the same package initializers in the same order, none of a
 * prepared package the program does not import, and the same compile errors. (The nodes are
 * built without a language: they are compared, never run.)
 */
class PreparedCompilerTest {
    @TempDir Path dir;

    private static final List<String> PREPARED = List.of("time", "fmt", "strings", "sync", "errors", "sort", "os", "io",
            "strconv", "bufio", "math", "sync/atomic", "bytes", "unicode", "unicode/utf8", "math/rand", "net/http");

    private LoadedProgram load(String source) throws IOException {
        Files.writeString(dir.resolve("main.go"), source);
        return ProgramLoader.load(dir, List.of("main.go"), Map.of(), path -> Prelude.isStdPackage(path) || Prelude.load(path) != null);
    }

    private static List<String> names(List<RootCallTarget> targets) {
        return targets.stream().map(t -> t.getRootNode().getQualifiedName()).toList();
    }

    @Test
    void initializersAreAFreshCompilersInOrder() throws IOException {
        // imports in an order unlike the prepared one's, one not prepared (container/list), none of net/http
        LoadedProgram program = load("""
                package main

                import (
                	"container/list"
                	"os"
                	"fmt"
                	"strings"
                )

                var l = list.New()

                func main() { fmt.Fprintln(os.Stdout, strings.ToUpper("x"), l.Len()) }
                """);
        Compiler.Program fresh = new Compiler(null).compileProgram(program);
        Compiler.Program prepared = new Compiler(null).prepare(PREPARED).compileProgram(program);
        assertEquals(List.of(), fresh.errors());
        assertEquals(List.of(), prepared.errors());
        assertEquals(names(fresh.inits()), names(prepared.inits()));
        assertEquals(fresh.packages().keySet(), prepared.packages().keySet());
        assertFalse(prepared.packages().containsKey("net/http"));
        assertTrue(names(prepared.inits()).stream().noneMatch(n -> n.startsWith("net")), names(prepared.inits()).toString());
    }

    @Test
    void compileErrorsAreAFreshCompilers() throws IOException {
        LoadedProgram program = load("""
                package main

                import (
                	"fmt"
                	"strings"
                	"net/http"
                )

                func main() {
                	x := 1
                	fmt.Println(strings.Repeat(1, "a"))
                }
                """);
        List<String> fresh = new Compiler(null).compileProgram(program).errors();
        assertFalse(fresh.isEmpty());
        assertEquals(fresh, new Compiler(null).prepare(PREPARED).compileProgram(program).errors());
    }
}
