package gotruffle.testprograms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import gotruffle.launcher.ProgramRunner;
import gotruffle.launcher.RunRequest;

/**
 * A module run the ways a new user runs it: from the module folder, from inside the command's
 * folder, as named files, and from outside the module (where go itself would need a go.mod in
 * the working directory; GoTruffle finds the one above the program). modules/layout_cmd's root
 * main and its cmd/todo are the same thin wrapper around internal/app, so every way must print
 * what real Go printed for {@code go run .} (layout_cmd.out).
 */
class ModuleLayoutsTest {

    private static Path modules() {
        String basedir = System.getProperty("basedir");
        return (basedir != null ? Path.of(basedir) : Path.of("")).toAbsolutePath().resolve("modules");
    }

    @TestFactory
    Stream<DynamicTest> everyWayToRunTheCommandPrintsTheGolden() throws IOException {
        Path mod = modules().resolve("layout_cmd");
        String golden = Files.readString(modules().resolve("layout_cmd.out"));
        record Way(String name, Path cwd, String target) {}
        List<Way> ways = List.of(
                new Way("go run ./cmd/todo from the module root", mod, "./cmd/todo"),
                new Way("go run . inside cmd/todo", mod.resolve("cmd/todo"), "."),
                new Way("go run main.go inside cmd/todo", mod.resolve("cmd/todo"), "main.go"),
                new Way("from outside the module", modules().getParent(), "modules/layout_cmd/cmd/todo"),
                new Way("the module root from outside", modules(), "layout_cmd"),
                new Way("an absolute path", Path.of("/"), mod.resolve("cmd/todo").toString()));
        return ways.stream().map(w -> DynamicTest.dynamicTest(w.name(), () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = ProgramRunner.GO.run(new RunRequest(List.of(w.target()), w.cwd(), List.of(),
                    new ByteArrayInputStream(new byte[0]), out, err, Map.copyOf(System.getenv()), false));
            assertEquals("", err.toString(StandardCharsets.UTF_8));
            assertEquals(golden, out.toString(StandardCharsets.UTF_8));
            assertEquals(0, code);
        }));
    }
}
