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
}
