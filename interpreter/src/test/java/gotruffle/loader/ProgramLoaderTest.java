package gotruffle.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading programs from module folders: which packages, in which order, and go's load errors
 * (texts compared with what go 1.19 printed for the same layouts).
 */
class ProgramLoaderTest {
    @TempDir Path root;

    private static final Set<String> STD = Set.of("fmt", "strings", "os", "errors", "sort");

    private void write(String path, String content) throws IOException {
        Path p = root.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
    }

    private LoadedProgram load(String cwd, String... targets) {
        return ProgramLoader.load(root.resolve(cwd), List.of(targets), Map.of("HOME", root.resolve("home").toString()), STD::contains);
    }

    private static List<String> paths(LoadedProgram p) {
        return p.packages().stream().map(LoadedPackage::importPath).toList();
    }

    private void module(String dir, String path) throws IOException {
        write(dir + "/go.mod", "module " + path + "\n\ngo 1.19\n");
    }

    @Test
    void packagesComeInInitializationOrder() throws IOException {
        module("m", "example.com/m");
        write("m/main.go", "package main\n\nimport (\n\t\"fmt\"\n\t\"example.com/m/y\"\n\t\"example.com/m/x\"\n)\n\nfunc main() { fmt.Println(x.X, y.Y) }\n");
        write("m/z.go", "package main\n\nimport \"example.com/m/c\"\n\nvar _ = c.C\n");
        write("m/x/x.go", "package x\n\nvar X = 1\n");
        write("m/y/y.go", "package y\n\nimport \"example.com/m/x\"\n\nvar Y = x.X\n");
        write("m/c/c.go", "package c\n\nvar C = 1\n");
        write("m/c/c_test.go", "package c\n\nthis is not even Go\n");
        write("m/c/c_windows.go", "package c\n\nvar C = 2\n");
        LoadedProgram p = load("m", ".");
        assertEquals(List.of(), p.errors());
        // source order, each package after its imports: y needs x; then c (from z.go)
        assertEquals(List.of("example.com/m/x", "example.com/m/y", "example.com/m/c", "example.com/m"), paths(p));
        assertEquals("./main.go", p.main().files().getFirst().path());
        assertEquals("c/c.go", p.get("example.com/m/c").files().getFirst().path());
        assertEquals(1, p.get("example.com/m/c").files().size(), "test and windows files are left out");
        assertTrue(p.inModule());
    }

    @Test
    void fromAnywhereTheNearestGoModAboveTheProgramApplies() throws IOException {
        module("m", "example.com/m");
        write("m/cmd/app/main.go", "package main\n\nimport \"example.com/m/internal/lib\"\n\nfunc main() { lib.F() }\n");
        write("m/internal/lib/lib.go", "package lib\n\nfunc F() {}\n");
        LoadedProgram inside = load("m/cmd/app", ".");
        assertEquals(List.of(), inside.errors());
        assertEquals("../../internal/lib/lib.go", inside.get("example.com/m/internal/lib").files().getFirst().path());
        LoadedProgram outside = load(".", "m/cmd/app");
        assertEquals(List.of("example.com/m/internal/lib", "example.com/m/cmd/app"), paths(outside));
        LoadedProgram file = load("m/cmd/app", "main.go");
        assertEquals(List.of(), file.errors(), "named files in the module may use its internal packages");
        assertEquals(ProgramLoader.COMMAND_LINE, file.main().importPath());
    }

    @Test
    void missingPackagesAreReportedSortedByPath() throws IOException {
        module("m", "example.org/m");
        write("m/main.go", "package main\n\nimport (\n\t\"fmt\"\n\t\"foo/bar\"\n\t\"github.com/pkg/errors\"\n\t\"example.org/m/nothere\"\n)\n\nfunc main() {}\n");
        assertEquals(List.of(
                "main.go:7:2: no required module provides package example.org/m/nothere; to add it:\n\tgo get example.org/m/nothere",
                "main.go:5:2: package foo/bar is not in GOROOT (/usr/lib/go-1.19/src/foo/bar)",
                "main.go:6:2: no required module provides package github.com/pkg/errors; to add it:\n\tgo get github.com/pkg/errors"),
                load("m", ".").errors());
    }

    @Test
    void withoutGoModOnlyTheStandardLibrary() throws IOException {
        write("s/imp.go", "package main\n\nimport (\n\t\"fmt\"\n\t\"github.com/x/y\"\n\t\"foo/bar\"\n)\n\nfunc main() {}\n");
        LoadedProgram p = load("s", "imp.go");
        assertEquals(List.of(
                "imp.go:6:2: package foo/bar is not in GOROOT (/usr/lib/go-1.19/src/foo/bar)",
                "imp.go:5:2: no required module provides package github.com/x/y: go.mod file not found in current directory or any parent"
                        + " directory; see 'go help modules'"), p.errors());
        assertTrue(!p.inModule());
        write("s/rel.go", "package main\n\nimport \"./lib\"\n\nfunc main() {}\n");
        assertEquals(List.of("rel.go:3:8: \"./lib\" is relative, but relative import paths are not supported in module mode"),
                load("s", "rel.go").errors());
        module("s", "s");
        assertEquals(List.of("rel.go:3:8: local import \"./lib\" in non-local package"), load("s", "rel.go").errors());
    }

    @Test
    void importCycleShowsGosChain() throws IOException {
        module("m", "m3");
        write("m/main.go", "package main\n\nimport \"m3/a\"\n\nfunc main() { a.A() }\n");
        write("m/a/a.go", "package a\n\nimport \"m3/b\"\n\nfunc A() { b.B() }\n");
        write("m/b/b.go", "package b\n\nimport \"m3/c\"\n\nfunc B() { c.C() }\n");
        write("m/c/c.go", "package c\n\nimport \"m3/a\"\n\nfunc C() { a.A() }\n");
        assertEquals(List.of("package m3\n\timports m3/a\n\timports m3/b\n\timports m3/c\n\timports m3/a: import cycle not allowed"),
                load("m", ".").errors());
        assertEquals(List.of("package command-line-arguments\n\timports m3/a\n\timports m3/b\n\timports m3/c\n\timports m3/a: import cycle not allowed"),
                load("m", "main.go").errors());
    }

    @Test
    void folderErrors() throws IOException {
        module("m", "m8");
        write("m/lib/lib.go", "package lib\n\nvar X = 1\n");
        write("m/a/internal/x/x.go", "package x\n\nvar X = 1\n");
        write("m/b/b.go", "package b\n\nimport \"m8/a/internal/x\"\n\nvar B = x.X\n");
        write("m/excl/e.go", "//go:build windows\n\npackage excl\n");
        write("m/prog/m.go", "package main\n\nfunc main() {}\n");
        write("m/mixed/a.go", "package mixed\n");
        write("m/mixed/b.go", "package other\n");
        write("m/main.go", "package main\n\nimport (\n\t\"m8/b\"\n\t\"m8/excl\"\n\t\"m8/mixed\"\n\t\"m8/prog\"\n)\n\nfunc main() {}\n");
        Path dir = root.resolve("m");
        assertEquals(List.of(
                "package m8\n\timports m8/b\n\tb/b.go:3:8: use of internal package m8/a/internal/x not allowed",
                "package m8\n\timports m8/excl: build constraints exclude all Go files in " + dir.resolve("excl"),
                "main.go:6:2: found packages mixed (a.go) and other (b.go) in " + dir.resolve("mixed"),
                "main.go:7:2: import \"m8/prog\" is a program, not an importable package"),
                load("m", ".").errors());
        assertEquals(List.of("package m8/lib is not a main package"), load("m", "./lib").errors());
        write("m/foo.go", "package foo\n");
        assertTrue(load("m", ".").errors().getFirst().equals("found packages foo (foo.go) and main (main.go) in " + dir),
                load("m", ".").errors().toString());
    }

    @Test
    void replaceWorkspaceAndVendor() throws IOException {
        write("app/go.mod", "module app\n\ngo 1.19\n\nrequire github.com/acme/greet v0.0.0\n\nreplace github.com/acme/greet => ../libs/greet\n");
        module("libs/greet", "github.com/acme/greet");
        write("libs/greet/greet.go", "package greet\n\nfunc Hello() string { return \"hi\" }\n");
        write("app/main.go", "package main\n\nimport \"github.com/acme/greet\"\n\nfunc main() { greet.Hello() }\n");
        LoadedProgram p = load("app", ".");
        assertEquals(List.of(), p.errors());
        assertEquals(root.resolve("libs/greet"), p.get("github.com/acme/greet").dir());

        write("app/main.go", "package main\n\nimport (\n\t\"github.com/acme/greet\"\n\t\"github.com/acme/greet/sub\"\n)\n\nfunc main() { greet.Hello() }\n");
        assertEquals(List.of("main.go:5:2: no required module provides package github.com/acme/greet/sub; to add it:\n\tgo get github.com/acme/greet/sub"),
                load("app", ".").errors());

        // a vendor folder takes over (go 1.14+ in go.mod)
        write("app/vendor/modules.txt", "# github.com/acme/greet v0.0.0 => ../libs/greet\n## explicit; go 1.19\ngithub.com/acme/greet\n"
                + "# github.com/acme/greet => ../libs/greet\n"); // as go mod vendor writes it
        write("app/vendor/github.com/acme/greet/greet.go", "package greet\n\nfunc Hello() string { return \"vendored\" }\n");
        assertEquals(List.of("main.go:5:2: cannot find package \".\" in:\n\t" + root.resolve("app/vendor/github.com/acme/greet/sub")),
                load("app", ".").errors());
        write("app/main.go", "package main\n\nimport \"github.com/acme/greet\"\n\nfunc main() { greet.Hello() }\n");
        assertEquals(root.resolve("app/vendor/github.com/acme/greet"), load("app", ".").get("github.com/acme/greet").dir());

        // go.work: both modules are main modules, no replace needed
        module("ws/hello", "example.com/hello");
        module("ws/strs", "example.com/strs");
        write("ws/strs/s.go", "package strs\n\nfunc Rev(s string) string { return s }\n");
        write("ws/hello/main.go", "package main\n\nimport \"example.com/strs\"\n\nfunc main() { strs.Rev(\"\") }\n");
        assertEquals(List.of("main.go:3:8: no required module provides package example.com/strs; to add it:\n\tgo get example.com/strs"),
                load("ws/hello", ".").errors());
        write("ws/go.work", "go 1.19\n\nuse (\n\t./hello\n\t./strs\n)\n");
        assertEquals(List.of("example.com/strs", "example.com/hello"), paths(load("ws", "./hello")));
        assertEquals(List.of("main.go:3:8: no required module provides package example.com/strs; to add it:\n\tgo get example.com/strs"),
                ProgramLoader.load(root.resolve("ws/hello"), List.of("."), Map.of("GOWORK", "off"), STD::contains).errors());
    }

    @Test
    void anInconsistentVendorFolderIsGosError() throws IOException {
        write("app/go.mod", "module app\n\ngo 1.19\n\nrequire github.com/acme/greet v0.0.0\n\nreplace github.com/acme/greet => ../libs/greet\n");
        write("app/main.go", "package main\n\nimport \"github.com/acme/greet\"\n\nfunc main() { greet.Hello() }\n");
        write("app/vendor/modules.txt", "# github.com/acme/greet v0.0.0\n## go 1.19\ngithub.com/acme/greet\n# github.com/other/x v1.0.0 => ../x\n## explicit\ngithub.com/other/x\n");
        assertEquals(List.of("go: inconsistent vendoring in " + root.resolve("app") + ":\n"
                + "\tgithub.com/acme/greet@v0.0.0: is explicitly required in go.mod, but not marked as explicit in vendor/modules.txt\n"
                + "\tgithub.com/acme/greet: is replaced in go.mod, but not marked as replaced in vendor/modules.txt\n"
                + "\tgithub.com/other/x@v1.0.0: is marked as explicit in vendor/modules.txt, but not explicitly required in go.mod\n"
                + "\tgithub.com/other/x@v1.0.0: is marked as replaced in vendor/modules.txt, but not replaced in go.mod\n\n"
                + "\tTo ignore the vendor directory, use -mod=readonly or -mod=mod.\n\tTo sync the vendor directory, run:\n\t\tgo mod vendor"),
                load("app", ".").errors());
        // -mod=mod ignores vendor/
        write("libs/greet/greet.go", "package greet\n\nfunc Hello() {}\n");
        assertEquals(List.of("main.go:3:8: github.com/acme/greet@v0.0.0 (replaced by ../libs/greet): reading ../libs/greet/go.mod: open "
                + root.resolve("libs/greet/go.mod") + ": no such file or directory"),
                ProgramLoader.load(root.resolve("app"), List.of("."), Map.of("GOFLAGS", "-mod=mod"), STD::contains).errors());
        module("libs/greet", "github.com/acme/greet");
        assertEquals(List.of(), ProgramLoader.load(root.resolve("app"), List.of("."), Map.of("GOFLAGS", "-mod=mod"), STD::contains).errors());
    }

    @Test
    void requiredModulesComeFromTheModuleCacheOrSayWhy() throws IOException {
        write("app/go.mod", "module app\n\ngo 1.19\n\nrequire github.com/Sirupsen/logrus v1.9.0\n");
        write("app/main.go", "package main\n\nimport \"github.com/Sirupsen/logrus\"\n\nfunc main() { logrus.Info() }\n");
        assertEquals(List.of("main.go:3:8: missing go.sum entry for module providing package github.com/Sirupsen/logrus (imported by app); to add:\n"
                + "\tgo get app"), load("app", ".").errors());
        write("app/go.sum", "github.com/Sirupsen/logrus v1.9.0 h1:x=\ngithub.com/Sirupsen/logrus v1.9.0/go.mod h1:y=\n");
        String err = load("app", ".").errors().getFirst();
        assertTrue(err.startsWith("main.go:3:8: github.com/Sirupsen/logrus@v1.9.0: module source not in the module cache"), err);
        // go mod download put it in the cache (upper case escaped as !s)
        write("home/go/pkg/mod/github.com/!sirupsen/logrus@v1.9.0/logrus.go", "package logrus\n\nfunc Info() {}\n");
        assertEquals(List.of("github.com/Sirupsen/logrus", "app"), paths(load("app", ".")));
    }

    @Test
    void syntaxErrorsWaitForTheCompilePhase() throws IOException {
        module("m", "m");
        write("m/main.go", "package main\n\nimport \"m/lib\"\n\nfunc main() { lib.F() }\n");
        write("m/lib/lib.go", "package lib\n\nfunc F() {\n");
        LoadedProgram p = load("m", ".");
        assertEquals(List.of(), p.errors());
        assertEquals(1, p.get("m/lib").syntaxErrors().size());
        assertTrue(p.get("m/lib").syntaxErrors().getFirst().startsWith("lib/lib.go:4:1: syntax error: unexpected EOF"), p.get("m/lib").syntaxErrors().toString());
    }
}
