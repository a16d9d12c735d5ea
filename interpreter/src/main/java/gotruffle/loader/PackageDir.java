package gotruffle.loader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Go files of one package folder, as go/build sorts them: the files of the build (not
 * {@code _test.go}, not starting with {@code _} or {@code .}, constraints satisfied for
 * linux/amd64), the test files, and the files left out by build constraints. All sorted by name.
 */
public record PackageDir(Path dir, List<Path> goFiles, List<Path> testGoFiles, List<Path> ignoredGoFiles) {

    /** Whether the folder holds any .go file go/build looks at (an import of it names a package). */
    public boolean hasGoFiles() {
        return !goFiles.isEmpty() || !testGoFiles.isEmpty() || !ignoredGoFiles.isEmpty();
    }

    /** Reads the folder (an empty listing when it does not exist). */
    public static PackageDir read(Path dir) throws IOException {
        List<Path> go = new ArrayList<>();
        List<Path> test = new ArrayList<>();
        List<Path> ignored = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return new PackageDir(dir, List.of(), List.of(), List.of());
        }
        List<Path> all = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.go")) {
            for (Path p : ds) {
                String name = p.getFileName().toString();
                if (!name.startsWith("_") && !name.startsWith(".") && !Files.isDirectory(p)) {
                    all.add(p);
                }
            }
        }
        all.sort(null);
        for (Path p : all) {
            String name = p.getFileName().toString();
            boolean matches;
            if (!BuildConstraints.fileNameMatches(name)) {
                matches = false;
            } else {
                try {
                    matches = BuildConstraints.headerMatches(Files.readString(p, StandardCharsets.ISO_8859_1));
                } catch (ModFileException e) {
                    matches = false;
                }
            }
            if (!matches) {
                ignored.add(p);
            } else if (name.endsWith("_test.go")) {
                test.add(p);
            } else {
                go.add(p);
            }
        }
        return new PackageDir(dir, List.copyOf(go), List.copyOf(test), List.copyOf(ignored));
    }
}
