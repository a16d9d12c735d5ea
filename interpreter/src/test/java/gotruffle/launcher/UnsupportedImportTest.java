package gotruffle.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An import of a package GoTruffle does not have is one clear error; its uses are not checked,
 * so no follow-on "declared but not used" or "imported and not used" may appear (gopl.io's
 * ch7/xmlselect once got both). Go runs this program, so it cannot be a golden.
 */
class UnsupportedImportTest {
    @TempDir Path dir;

    @Test
    void onlyTheUnsupportedImportIsReported() throws IOException {
        Files.writeString(dir.resolve("x.go"), """
                package main

                import (
                	"encoding/xml"
                	"fmt"
                	"os"
                	"strings"
                )

                func main() {
                	dec := xml.NewDecoder(os.Stdin)
                	var stack []string
                	for {
                		tok, err := dec.Token()
                		if err != nil {
                			break
                		}
                		switch tok := tok.(type) {
                		case xml.StartElement:
                			stack = append(stack, tok.Name.Local)
                		case xml.CharData:
                			fmt.Println(strings.Join(stack, " "), string(tok))
                		}
                	}
                }
                """);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.execute(new String[] {"run", "x.go"}, ProgramRunner.GO, new ByteArrayInputStream(new byte[0]), out, err, dir);
        assertEquals("./x.go:4:2: unsupported: package encoding/xml\n", err.toString(StandardCharsets.UTF_8));
        assertEquals(1, code);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    /**
     * A name Go 1.19's standard package exports but the prelude lacks is unsupported (Go would run the program),
     * not Go's "undefined", which would say the program is wrong; a name Go lacks too stays undefined.
     */
    @Test
    void aStandardNameGoTruffleLacksIsUnsupportedNotUndefined() throws IOException {
        Files.writeString(dir.resolve("x.go"), """
                package main

                import (
                	"fmt"
                	"math"
                	"math/big"
                	"strings"
                )

                func main() {
                	var f big.Float
                	e := math.Erf(0.5)
                	fmt.Println(e, f, strings.NoSuch(""))
                	var b strings.Builder
                	fmt.Println(b.NoMethod())
                }
                """);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.execute(new String[] {"run", "x.go"}, ProgramRunner.GO, new ByteArrayInputStream(new byte[0]), out, err, dir);
        assertEquals("""
                ./x.go:11:8: unsupported: math/big.Float (in Go 1.19's standard library, not yet in GoTruffle)
                ./x.go:12:7: unsupported: math.Erf (in Go 1.19's standard library, not yet in GoTruffle)
                ./x.go:13:28: undefined: strings.NoSuch
                ./x.go:15:16: b.NoMethod undefined (type strings.Builder has no field or method NoMethod)
                """, err.toString(StandardCharsets.UTF_8));
        assertEquals(1, code);
    }
}
