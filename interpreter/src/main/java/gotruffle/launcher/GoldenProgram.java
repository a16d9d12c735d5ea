package gotruffle.launcher;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One golden test program: {@code NAME.go} with its {@code NAME.out} beside it, or a module folder
 * {@code NAME/} (holding a go.mod; run as {@code go run .} inside it) with {@code NAME.out} beside
 * the folder.
 *
 * @param name          path relative to the folder the suite was discovered from, without
 *                      {@code .go}, with {@code /} separators (e.g. {@code concurrency/pipeline})
 * @param source        the {@code NAME.go} file or the {@code NAME/} folder
 * @param knownFailure  the {@code KNOWN_FAILURES} file that lists this program, or null
 * @param knownFailureEntry the entry as written in that file (relative to its folder)
 */
public record GoldenProgram(String name, Path source, Path knownFailure, String knownFailureEntry) {

    /** The folder holding the goldens. */
    public Path dir() {
        return source.getParent();
    }

    /** A module folder rather than one file. */
    public boolean isModule() {
        return Files.isDirectory(source);
    }

    /** {@code NAME} of {@code NAME.go} or {@code NAME/}. */
    public String baseName() {
        String file = source.getFileName().toString();
        return isModule() ? file : file.substring(0, file.length() - ".go".length());
    }

    public Path sibling(String extension) {
        return dir().resolve(baseName() + extension);
    }

    /** Where the program runs (its folder, as record-golden ran it) and what it runs there. */
    public Path workDir() {
        return isModule() ? source : dir();
    }

    public String target() {
        return isModule() ? "." : "./" + baseName() + ".go";
    }

    public boolean isKnownFailure() {
        return knownFailure != null;
    }
}
