package gotruffle.launcher;

import java.nio.file.Path;

/**
 * One golden test program: {@code NAME.go} with its {@code NAME.out} beside it.
 *
 * @param name          path relative to the folder the suite was discovered from, without
 *                      {@code .go}, with {@code /} separators (e.g. {@code concurrency/pipeline})
 * @param source        the {@code NAME.go} file
 * @param knownFailure  the {@code KNOWN_FAILURES} file that lists this program, or null
 * @param knownFailureEntry the entry as written in that file (relative to its folder)
 */
public record GoldenProgram(String name, Path source, Path knownFailure, String knownFailureEntry) {

    public Path dir() {
        return source.getParent();
    }

    /** {@code NAME} of {@code NAME.go}. */
    public String baseName() {
        String file = source.getFileName().toString();
        return file.substring(0, file.length() - ".go".length());
    }

    public Path sibling(String extension) {
        return dir().resolve(baseName() + extension);
    }

    public boolean isKnownFailure() {
        return knownFailure != null;
    }
}
