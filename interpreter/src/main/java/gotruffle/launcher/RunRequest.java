package gotruffle.launcher;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything one run of a Go program needs: the source files as the user named them (their
 * display names appear in compile errors, e.g. {@code ./x.go:3:5: undefined: y}), the working
 * directory that relative paths of the program resolve against, os.Args[1:], the standard
 * streams, and the environment (GOMAXPROCS, GODEBUG are read from it).
 */
public record RunRequest(
        List<String> files,
        Path workDir,
        List<String> args,
        InputStream in,
        OutputStream out,
        OutputStream err,
        Map<String, String> env,
        boolean verbose) {
}
