package gotruffle.stdlib;

import gotruffle.compiler.Prelude;
import gotruffle.parser.ast.Decl;
import gotruffle.parser.ast.Expr;
import gotruffle.parser.ast.FuncDecl;
import gotruffle.parser.ast.Ident;
import gotruffle.parser.ast.IndexExpr;
import gotruffle.parser.ast.ParenExpr;
import gotruffle.parser.ast.SourceFile;
import gotruffle.parser.ast.StarExpr;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The natives table and the prelude agree: every bodiless function or method of every prelude
 * package (each folder with a FILES list) has a native under its qualified name, and every
 * native is declared (bodiless) in the prelude.
 */
class NativesCoverageTest {

    @Test
    void everyBodilessDeclarationHasANativeAndEveryNativeADeclaration() throws IOException, URISyntaxException {
        Path root = Path.of(Prelude.class.getResource("/gotruffle/stdlib/go/").toURI());
        Set<String> declared = new TreeSet<>();
        Set<String> packages = new TreeSet<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path files : s.filter(p -> p.getFileName().toString().equals("FILES")).toList()) {
                String pkg = root.relativize(files.getParent()).toString().replace('\\', '/');
                packages.add(pkg);
                for (SourceFile f : Prelude.load(pkg)) {
                    for (Decl d : f.decls()) {
                        if (d instanceof FuncDecl fd && fd.body() == null) {
                            declared.add(pkg + "." + (fd.recv() == null ? "" : receiverBase(fd.recv().type()) + ".") + fd.name());
                        }
                    }
                }
            }
        }
        assertTrue(packages.contains("fmt") && packages.contains("strings"), "prelude packages found: " + packages);
        Set<String> noNative = new TreeSet<>(declared);
        noNative.removeAll(Natives.names());
        Set<String> noDeclaration = new TreeSet<>(Natives.names());
        noDeclaration.removeAll(declared);
        assertEquals("", String.join("\n", noNative), "bodiless prelude declarations without a native");
        assertEquals("", String.join("\n", noDeclaration), "natives without a bodiless prelude declaration");
    }

    private static String receiverBase(Expr t) {
        while (true) {
            if (t instanceof StarExpr s) {
                t = s.x();
            } else if (t instanceof ParenExpr p) {
                t = p.x();
            } else if (t instanceof IndexExpr i) {
                t = i.x();
            } else {
                return ((Ident) t).name();
            }
        }
    }
}
