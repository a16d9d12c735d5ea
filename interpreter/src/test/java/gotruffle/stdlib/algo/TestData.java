package gotruffle.stdlib.algo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Loads the Go-generated expectation files stored next to the tests. */
final class TestData {
    private TestData() {}

    /** Non-empty lines of resource {@code name}, without '#' comment lines. */
    static List<String> lines(String name) throws IOException {
        InputStream in = TestData.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing test resource " + name);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }

    /** The FNV-1a style mixing the Go generators use for digests of long runs. */
    static long mix(long h, long v) {
        return (h ^ v) * 1099511628211L;
    }

    static final long FNV_OFFSET = 0xcbf29ce484222325L;
}
