package gotruffle.loader;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** File names as the go command prints them, relative to the working directory when that is shorter. */
public final class DisplayPaths {
    private DisplayPaths() {}

    /**
     * A source file in compile errors: {@code ./x.go} in the working directory, otherwise the
     * relative path when it is shorter than the absolute one ({@code lib/x.go}, {@code ../x.go}).
     */
    public static String compilerFile(Path cwd, Path file) {
        Path abs = cwd.resolve(file).toAbsolutePath().normalize();
        String rel = cwd.toAbsolutePath().normalize().relativize(abs).toString();
        if (!rel.contains(File.separator)) {
            return "./" + rel;
        }
        return rel.length() < abs.toString().length() ? rel : abs.toString();
    }

    /**
     * A text as GoTruffle carries messages and Go strings: one char per UTF-8 byte (source file
     * names in compile errors, runtime.Caller's file names, the loader's messages).
     */
    public static String bytes(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    /** A path in the go command's own messages (base.ShortPath): relative when shorter, without {@code ./}. */
    public static String shortPath(Path cwd, Path path) {
        Path abs = cwd.resolve(path).toAbsolutePath().normalize();
        String rel = cwd.toAbsolutePath().normalize().relativize(abs).toString();
        if (rel.isEmpty()) {
            rel = ".";
        }
        return rel.length() < abs.toString().length() ? rel : abs.toString();
    }
}
