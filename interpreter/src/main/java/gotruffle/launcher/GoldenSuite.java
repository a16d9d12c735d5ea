package gotruffle.launcher;

import java.nio.file.Path;
import java.util.List;

/**
 * The golden programs found under one folder, sorted by name, plus problems found while
 * reading the {@code KNOWN_FAILURES} lists (an entry naming no program is a failure of the
 * suite: the list may only name real programs, so it can only shrink honestly).
 */
public record GoldenSuite(Path root, List<GoldenProgram> programs, List<String> problems) {
}
