package gotruffle.launcher;

import gotruffle.stdlib.text.Utf8;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The process's command-line arguments and environment as the bytes the OS gave, not as Java
 * decoded them (with the locale's charset, sun.jnu.encoding: invalid UTF-8 becomes U+FFFD, and
 * under the C locale every non-ASCII byte is lost). A Go program gets those bytes unchanged
 * (os.Args, os.Environ, os.Getenv), so they are read again from /proc/self and carried as Java
 * strings through {@link Utf8#fromOsBytes}. Where /proc is not there or does not agree with
 * what Java got, Java's strings are used.
 */
final class OsBytes {
    private OsBytes() {}

    /** The arguments of {@code Main.main}, bytes and all. */
    static String[] arguments(String[] javaArgs) {
        List<String> fields = fields(Path.of("/proc/self/cmdline"));
        int first = fields == null ? -1 : fields.size() - javaArgs.length;
        // The JVM's command line ends with the main class and then these arguments.
        if (first < 1 || !fields.get(first - 1).equals(Main.class.getName())) {
            return javaArgs;
        }
        String[] raw = new String[javaArgs.length];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = fields.get(first + i);
            if (isAscii(raw[i]) && !raw[i].equals(javaArgs[i])) {
                return javaArgs;
            }
        }
        return raw;
    }

    /** The process's environment, bytes and all: the same variables as {@link System#getenv()}. */
    static Map<String, String> environment() {
        Map<String, String> java = System.getenv();
        List<String> fields = fields(Path.of("/proc/self/environ"));
        if (fields == null) {
            return Map.copyOf(java);
        }
        Map<String, String> env = new HashMap<>();
        for (String kv : fields) {
            int eq = kv.indexOf('=', 1);
            if (eq > 0) {
                env.putIfAbsent(kv.substring(0, eq), kv.substring(eq + 1));
            }
        }
        if (env.size() != java.size()) {
            return Map.copyOf(java);
        }
        for (var e : env.entrySet()) {
            String seen = java.get(e.getKey());
            if (isAscii(e.getKey()) && (seen == null || isAscii(e.getValue()) && !seen.equals(e.getValue()))) {
                return Map.copyOf(java); // not the environment Java got
            }
        }
        return Map.copyOf(env);
    }

    /** The NUL-terminated fields of a /proc file, decoded by {@link Utf8#fromOsBytes}; null if unreadable. */
    private static List<String> fields(Path file) {
        byte[] b;
        try {
            b = Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                fields.add(Utf8.fromOsBytes(b, start, i));
                start = i + 1;
            }
        }
        return fields;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
