package gotruffle.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** go's PackageError text and short paths. */
class LoadErrorTest {

    @Test
    void positionedErrorsOmitTheChain() {
        assertEquals("main.go:5:2: package foo/bar is not in GOROOT (/usr/lib/go-1.19/src/foo/bar)",
                new LoadError(List.of("m"), "main.go:5:2", "package foo/bar is not in GOROOT (/usr/lib/go-1.19/src/foo/bar)", false).format());
    }

    @Test
    void cyclesAndInternalUseShowTheChain() {
        assertEquals("package m\n\timports m/a\n\timports m/b\n\timports m/a: import cycle not allowed",
                new LoadError(List.of("m", "m/a", "m/b", "m/a"), null, "import cycle not allowed", true).format());
        assertEquals("package m\n\timports m/b\n\tb/b.go:3:8: use of internal package m/a/internal/x not allowed",
                new LoadError(List.of("m", "m/b"), "b/b.go:3:8", "use of internal package m/a/internal/x not allowed", true).format());
        assertEquals("found packages a (a.go) and b (b.go) in /d", new LoadError(List.of(), null, "found packages a (a.go) and b (b.go) in /d", false).format());
    }

    @Test
    void malformedImportPathsAreGosMessages() {
        assertEquals(null, ImportPaths.check("github.com/a-b/c_d/v2.1/x~y+z"));
        assertEquals("malformed import path \"uni/目录\": invalid char '目'", ImportPaths.check("uni/目录"));
        assertEquals("malformed import path \"a//b\": double slash", ImportPaths.check("a//b"));
        assertEquals("malformed import path \"-a\": leading dash", ImportPaths.check("-a"));
        assertEquals("malformed import path \"a/\": trailing slash", ImportPaths.check("a/"));
        assertEquals("malformed import path \"a/../b\": invalid path element \"..\"", ImportPaths.check("a/../b"));
        assertEquals("malformed import path \"a/b.\": trailing dot in path element", ImportPaths.check("a/b."));
        assertEquals("invalid import path: \"a b\"", ImportPaths.check("a b"));
    }

    @Test
    void messagesBecomeByteStringsLikeGoStrings() {
        assertEquals("\u00e7\u009b\u00ae", DisplayPaths.bytes("目"));
        assertEquals("plain", DisplayPaths.bytes("plain"));
    }

    @Test
    void displayPathsFollowTheGoCommand() {
        Path cwd = Path.of("/work/mod");
        assertEquals("./main.go", DisplayPaths.compilerFile(cwd, Path.of("main.go")));
        assertEquals("lib/lib.go", DisplayPaths.compilerFile(cwd, Path.of("/work/mod/lib/lib.go")));
        assertEquals("../x.go", DisplayPaths.compilerFile(cwd, Path.of("/work/x.go")));
        assertEquals("main.go", DisplayPaths.shortPath(cwd, Path.of("/work/mod/main.go")));
        assertEquals("/a.go", DisplayPaths.shortPath(cwd, Path.of("/a.go")), "the absolute path when shorter");
    }
}
