package gotruffle.loader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The modules a go.sum vouches for. Go refuses to use a required module whose source hash
 * ({@code path version h1:...}, not only the {@code /go.mod} line) is missing; so do we.
 */
public final class GoSum {
    private final Set<String> modules = new HashSet<>();

    private GoSum() {}

    /** The union of some go.sum files (go.sum beside each go.mod, go.work.sum); missing files add nothing. */
    public static GoSum read(List<Path> files) {
        GoSum s = new GoSum();
        for (Path file : files) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length == 3 && !f[1].endsWith("/go.mod")) {
                        s.modules.add(f[0] + " " + f[1]);
                    }
                }
            } catch (IOException e) {
                // no such file: nothing is vouched for
            }
        }
        return s;
    }

    public boolean has(String module, String version) {
        return modules.contains(module + " " + version);
    }
}
