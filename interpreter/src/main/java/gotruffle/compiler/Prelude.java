package gotruffle.compiler;

import gotruffle.parser.GoParserFacade;
import gotruffle.parser.ast.SourceFile;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The standard library packages GoTruffle provides, written in Go (resources under
 * gotruffle/stdlib/go/PATH/), with bodiless functions bound to Java natives. Parsed once per
 * JVM: syntax trees are immutable and shared by all programs.
 */
public final class Prelude {
    private static final Map<String, List<SourceFile>> CACHE = new ConcurrentHashMap<>();
    private static final List<SourceFile> MISSING = List.of();

    /** Go 1.19's standard packages that programs may name; the ones without a prelude are reported as unsupported. */
    private static final Set<String> STD = Set.of("archive/tar", "archive/zip", "bufio", "bytes", "compress/gzip", "container/heap",
            "container/list", "container/ring", "context", "crypto/md5", "crypto/rand", "crypto/sha1", "crypto/sha256", "database/sql",
            "embed", "encoding/base64", "encoding/binary", "encoding/csv", "encoding/hex", "encoding/json", "encoding/xml", "errors",
            "flag", "fmt", "hash", "hash/crc32", "hash/fnv", "html", "html/template", "io", "io/fs", "io/ioutil", "log", "math",
            "math/big", "math/bits", "math/cmplx", "math/rand", "mime", "net", "net/http", "net/url", "os", "os/exec", "os/signal",
            "path", "path/filepath", "reflect", "regexp", "runtime", "runtime/debug", "sort", "strconv", "strings", "sync",
            "sync/atomic", "syscall", "testing", "text/tabwriter", "text/template", "time", "unicode", "unicode/utf16",
            "unicode/utf8", "unsafe");

    private Prelude() {}

    public static boolean isStdPackage(String path) {
        return STD.contains(path);
    }

    /** The parsed files of a prelude package, or null if GoTruffle has none. */
    public static List<SourceFile> load(String path) {
        List<SourceFile> r = CACHE.computeIfAbsent(path, Prelude::read);
        return r == MISSING ? null : r;
    }

    private static final java.util.concurrent.atomic.AtomicLong PARSE_NANOS = new java.util.concurrent.atomic.AtomicLong();

    /** Time spent parsing prelude sources in this JVM (start-up trace). */
    public static long parseMillis() {
        return PARSE_NANOS.get() / 1_000_000;
    }

    private static List<SourceFile> read(String path) {
        long t0 = System.nanoTime();
        try {
            return readFiles(path);
        } finally {
            PARSE_NANOS.addAndGet(System.nanoTime() - t0);
        }
    }

    /** The file name of a prelude source in messages and stack traces. */
    static String displayPath(String pkg, String name) {
        return "$GOROOT/src/" + pkg + "/" + name;
    }

    private static List<SourceFile> readFiles(String path) {
        String base = "/gotruffle/stdlib/go/" + path + "/";
        List<SourceFile> files = new ArrayList<>();
        try (InputStream idx = Prelude.class.getResourceAsStream(base + "FILES")) {
            if (idx == null) {
                return MISSING;
            }
            for (String name : new String(idx.readAllBytes()).split("\\s+")) {
                if (name.isBlank()) {
                    continue;
                }
                try (InputStream in = Prelude.class.getResourceAsStream(base + name)) {
                    byte[] source = in.readAllBytes();
                    SourceFile tree = PreludeImage.lookup(path + "/" + name, source);
                    files.add(tree != null ? tree : GoParserFacade.parse(source, displayPath(path, name)));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read prelude package " + path, e);
        }
        return files;
    }
}
