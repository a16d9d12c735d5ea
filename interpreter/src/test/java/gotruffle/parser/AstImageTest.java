package gotruffle.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import gotruffle.parser.ast.ConstDecl;
import gotruffle.parser.ast.ConstSpec;
import gotruffle.parser.ast.SourceFile;

/** Syntax trees survive the binary image exactly (records compare structurally). */
class AstImageTest {
    private static SourceFile parse(String src) {
        return GoParserFacade.parse(src.getBytes(StandardCharsets.ISO_8859_1), "x.go");
    }

    private static List<SourceFile> roundTrip(List<SourceFile> files) throws Exception {
        AstImage.Writer w = new AstImage.Writer();
        List<byte[]> trees = new ArrayList<>();
        for (SourceFile f : files) {
            trees.add(w.encode(f));
        }
        AstImage.Reader r = new AstImage.Reader(w.schema());
        List<SourceFile> out = new ArrayList<>();
        for (byte[] t : trees) {
            out.add(r.decode(t));
        }
        return out;
    }

    @Test
    void everyPreludeFileDecodesToTheTreeItWasParsedAs() throws Exception {
        Path root = Path.of(AstImageTest.class.getResource("/gotruffle/stdlib/go").toURI());
        List<SourceFile> parsed = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".go")).sorted().toList()) {
                parsed.add(GoParserFacade.parse(Files.readAllBytes(p), p.toString()));
            }
        }
        assertTrue(parsed.size() > 30);
        List<SourceFile> decoded = roundTrip(parsed);
        for (int i = 0; i < parsed.size(); i++) {
            assertEquals(parsed.get(i), decoded.get(i), parsed.get(i).path());
        }
    }

    @Test
    void everyKindOfNodeRoundTrips() throws Exception {
        SourceFile f = parse("""
                package p

                import (
                	"fmt"
                	str "strings"
                )

                type T[K comparable, V any] struct {
                	a, b int `json:"a"`
                	*fmt.Stringer
                	m map[K]V
                	c <-chan []V
                	f func(...int) (x int, err error)
                }

                type I interface {
                	~int | ~string
                	M(int) bool
                }

                const (
                	A = iota * 'x'
                	B
                	C = 1.5i
                )

                var v, w = [...]int{1: 2, 3}, "s\\n" + `raw`

                func (t *T[K, V]) m(x ...int) (r int) {
                	defer fmt.Println(x[1:2:3], x[:])
                	go func() {}()
                	var y any = t
                	switch z := y.(type) {
                	case int, nil:
                		_ = z
                		fallthrough
                	default:
                	}
                	select {
                	case c <- 1:
                	case q, ok := <-c:
                		_, _ = q, ok
                	default:
                	}
                L:
                	for i := 0; i < 10; i++ {
                		if i&1 == 0 {
                			continue L
                		} else if !(i > 3) {
                			break
                		}
                		r += -i
                		r++
                	}
                	for k, v := range x {
                		_, _ = k, v
                	}
                	goto L
                	return *&r
                }
                """);
        assertEquals(f, roundTrip(List.of(f)).get(0));
    }

    @Test
    void identifiersBeyondLatin1RoundTrip() throws Exception {
        // the file is UTF-8 bytes; identifiers are decoded letters, literals stay byte strings
        SourceFile f = GoParserFacade.parse("package p\n\nfunc f(θ float64, 名前 string) string { return \"é\" }\n"
                .getBytes(StandardCharsets.UTF_8), "x.go");
        assertEquals(f, roundTrip(List.of(f)).get(0));
    }

    @Test
    void sharedSubtreesStayShared() throws Exception {
        // B repeats A's expression: the parser reuses its nodes, and so does the image
        SourceFile f = parse("package p\n\nconst (\n\tA = iota + 1\n\tB\n)\n");
        ConstDecl before = (ConstDecl) f.decls().get(0);
        ConstDecl after = (ConstDecl) roundTrip(List.of(f)).get(0).decls().get(0);
        ConstSpec a = after.specs().get(0), b = after.specs().get(1);
        assertEquals(before, after);
        if (before.specs().get(0).values().get(0) == before.specs().get(1).values().get(0)) {
            assertSame(a.values().get(0), b.values().get(0));
        }
    }

    @Test
    void anImageOfOtherClassesIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        AstImage.writeVar(out, 1);
        out.writeUTF("gotruffle.parser.ast.Ident(line:int,col:int,)"); // a component less than today's Ident
        out.flush();
        assertThrows(AstImage.Mismatch.class, () -> new AstImage.Reader(bytes.toByteArray()));
    }
}
