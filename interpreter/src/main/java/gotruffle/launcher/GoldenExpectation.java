package gotruffle.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What real Go 1.19 did, as recorded by {@code record-golden}: {@code NAME.out} (stdout),
 * {@code NAME.err} (stderr up to the first goroutine header; absent means empty),
 * {@code NAME.exit} (absent means 0), and the stdin it was given ({@code NAME.in}, absent means
 * empty).
 */
public record GoldenExpectation(byte[] stdout, byte[] stderr, int exitCode, byte[] stdin) {

    public static GoldenExpectation load(GoldenProgram program) throws IOException {
        byte[] out = Files.readAllBytes(program.sibling(".out"));
        byte[] err = readIfPresent(program.sibling(".err"));
        byte[] in = readIfPresent(program.sibling(".in"));
        int exit = 0;
        Path exitFile = program.sibling(".exit");
        if (Files.exists(exitFile)) {
            String text = Files.readString(exitFile).trim();
            try {
                exit = Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw new IOException(exitFile + ": not an exit code: \"" + text + "\"");
            }
        }
        return new GoldenExpectation(out, err, exit, in);
    }

    private static byte[] readIfPresent(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
    }
}
