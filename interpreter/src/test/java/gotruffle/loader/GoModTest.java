package gotruffle.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

/** go.mod and go.work parsing (the modfile syntax, directives, go's messages). */
class GoModTest {
    private static final Path MOD = Path.of("/w/app/go.mod");

    @Test
    void modulePathGoVersionRequiresAndReplaces() throws ModFileException {
        GoMod m = GoMod.parse("""
                // comment
                module "example.com/app" // quoted paths are allowed

                go 1.19

                require github.com/a/b v1.2.3
                require (
                	github.com/c/d v0.1.0 // indirect
                	rsc.io/quote v1.5.2
                )

                replace github.com/a/b => ../b
                replace (
                	rsc.io/quote v1.5.2 => example.com/fork v1.0.0
                )
                exclude github.com/x/y v0.0.1
                retract v0.1.0
                """, MOD);
        assertEquals("example.com/app", m.modulePath());
        assertEquals("1.19", m.goVersion());
        assertEquals(Path.of("/w/app"), m.dir());
        assertEquals(List.of(new GoMod.Require("github.com/a/b", "v1.2.3", false),
                new GoMod.Require("github.com/c/d", "v0.1.0", true),
                new GoMod.Require("rsc.io/quote", "v1.5.2", false)), m.requires());
        GoMod.Replace local = m.replaces().get(0);
        assertTrue(local.isLocal());
        assertTrue(local.matches("github.com/a/b", "v9.9.9"), "a replacement without version applies to all");
        GoMod.Replace fork = m.replaces().get(1);
        assertFalse(fork.isLocal());
        assertTrue(fork.matches("rsc.io/quote", "v1.5.2"));
        assertFalse(fork.matches("rsc.io/quote", "v1.5.3"));
        assertEquals("example.com/fork", fork.newPath());
        assertTrue(m.goAtLeast(1, 14));
        assertFalse(m.goAtLeast(1, 20));
    }

    @Test
    void errorsAreGosMessages() {
        ModFileException e = assertThrows(ModFileException.class, () -> GoMod.parse("module m\nfoo bar\n", MOD));
        assertEquals("go: errors parsing go.mod:\n/w/app/go.mod:2: unknown directive: foo", e.getMessage());
        e = assertThrows(ModFileException.class, () -> GoMod.parse("go 1.19\n", MOD));
        assertTrue(e.getMessage().startsWith("go: no module declaration in go.mod."), e.getMessage());
        e = assertThrows(ModFileException.class, () -> GoMod.parse("module m\nrequire (\n", MOD));
        assertEquals("go: errors parsing go.mod:\n/w/app/go.mod:3: syntax error (unterminated block started at /w/app/go.mod:2:1)",
                e.getMessage());
        e = assertThrows(ModFileException.class, () -> GoMod.parse("module m\nreplace a =>\n", MOD));
        assertTrue(e.getMessage().contains("usage: replace"), e.getMessage());
    }

    @Test
    void aGoModWithoutGoDirectiveIsOld() throws ModFileException {
        GoMod m = GoMod.parse("module m\n", MOD);
        assertNull(m.goVersion());
        assertFalse(m.goAtLeast(1, 14), "vendor/ is not used automatically then");
    }

    @Test
    void goWorkUsesAndReplaces() throws ModFileException {
        GoWork w = GoWork.parse("""
                go 1.19

                use (
                	./hello
                	../shared/strs
                )
                use .
                replace example.com/x => ./x
                """, Path.of("/w/ws/go.work"));
        assertEquals(List.of(Path.of("/w/ws/hello"), Path.of("/w/shared/strs"), Path.of("/w/ws")), w.uses());
        assertEquals("example.com/x", w.replaces().getFirst().oldPath());
        assertThrows(ModFileException.class, () -> GoWork.parse("module m\n", Path.of("/w/go.work")));
    }

    @Test
    void goSumVouchesForModuleSourcesOnly() throws Exception {
        Path dir = Files.createTempDirectory("gosum");
        try {
            Path sum = dir.resolve("go.sum");
            Files.writeString(sum, """
                    github.com/a/b v1.0.0 h1:abc=
                    github.com/a/b v1.0.0/go.mod h1:def=
                    github.com/c/d v2.0.0/go.mod h1:ghi=
                    """);
            GoSum s = GoSum.read(List.of(sum, dir.resolve("missing.sum")));
            assertTrue(s.has("github.com/a/b", "v1.0.0"));
            assertFalse(s.has("github.com/c/d", "v2.0.0"), "only the go.mod hash: the source is not vouched for");
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
