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
import java.util.concurrent.atomic.AtomicLong;

/**
 * The standard library packages GoTruffle provides, written in Go (resources under
 * gotruffle/stdlib/go/PATH/), with bodiless functions bound to Java natives. Parsed once per
 * JVM: syntax trees are immutable and shared by all programs.
 */
public final class Prelude {
    private static final Map<String, List<SourceFile>> CACHE = new ConcurrentHashMap<>();
    private static final List<SourceFile> MISSING = List.of();

    /** Go 1.19's standard packages (`go list std`, without internal and vendored ones); those without a prelude are reported as unsupported. */
    private static final Set<String> STD = Set.of(
            "archive/tar", "archive/zip", "bufio", "bytes", "compress/bzip2", "compress/flate", "compress/gzip",
            "compress/lzw", "compress/zlib", "container/heap", "container/list", "container/ring", "context", "crypto",
            "crypto/aes", "crypto/cipher", "crypto/des", "crypto/dsa", "crypto/ecdsa", "crypto/ed25519",
            "crypto/elliptic", "crypto/hmac", "crypto/md5", "crypto/rand", "crypto/rc4", "crypto/rsa", "crypto/sha1",
            "crypto/sha256", "crypto/sha512", "crypto/subtle", "crypto/tls", "crypto/x509", "crypto/x509/pkix",
            "database/sql", "database/sql/driver", "debug/buildinfo", "debug/dwarf", "debug/elf", "debug/gosym",
            "debug/macho", "debug/pe", "debug/plan9obj", "embed", "encoding", "encoding/ascii85", "encoding/asn1",
            "encoding/base32", "encoding/base64", "encoding/binary", "encoding/csv", "encoding/gob", "encoding/hex",
            "encoding/json", "encoding/pem", "encoding/xml", "errors", "expvar", "flag", "fmt", "go/ast", "go/build",
            "go/build/constraint", "go/constant", "go/doc", "go/doc/comment", "go/format", "go/importer", "go/parser",
            "go/printer", "go/scanner", "go/token", "go/types", "hash", "hash/adler32", "hash/crc32", "hash/crc64",
            "hash/fnv", "hash/maphash", "html", "html/template", "image", "image/color", "image/color/palette",
            "image/draw", "image/gif", "image/jpeg", "image/png", "index/suffixarray", "io", "io/fs", "io/ioutil",
            "log", "log/syslog", "math", "math/big", "math/bits", "math/cmplx", "math/rand", "mime", "mime/multipart",
            "mime/quotedprintable", "net", "net/http", "net/http/cgi", "net/http/cookiejar", "net/http/fcgi",
            "net/http/httptest", "net/http/httptrace", "net/http/httputil", "net/http/pprof", "net/mail", "net/netip",
            "net/rpc", "net/rpc/jsonrpc", "net/smtp", "net/textproto", "net/url", "os", "os/exec", "os/signal",
            "os/user", "path", "path/filepath", "plugin", "reflect", "regexp", "regexp/syntax", "runtime",
            "runtime/cgo", "runtime/debug", "runtime/metrics", "runtime/pprof", "runtime/race", "runtime/trace", "sort",
            "strconv", "strings", "sync", "sync/atomic", "syscall", "testing", "testing/fstest", "testing/iotest",
            "testing/quick", "text/scanner", "text/tabwriter", "text/template", "text/template/parse", "time",
            "time/tzdata", "unicode", "unicode/utf16", "unicode/utf8", "unsafe");

    private Prelude() {}

    public static boolean isStdPackage(String path) {
        return STD.contains(path);
    }

    /** Go 1.19's standard package paths (with or without a prelude here). */
    public static Set<String> stdPackages() {
        return STD;
    }

    /** Whether GoTruffle provides the package, without parsing it. */
    public static boolean exists(String path) {
        List<SourceFile> r = CACHE.get(path);
        return r != null ? r != MISSING : Prelude.class.getResource("/gotruffle/stdlib/go/" + path + "/FILES") != null;
    }

    /** The parsed files of a prelude package, or null if GoTruffle has none. */
    public static List<SourceFile> load(String path) {
        List<SourceFile> r = CACHE.computeIfAbsent(path, Prelude::read);
        return r == MISSING ? null : r;
    }

    private static final AtomicLong PARSE_NANOS = new AtomicLong();

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
