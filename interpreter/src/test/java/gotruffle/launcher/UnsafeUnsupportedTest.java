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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * unsafe.Pointer uses the JVM cannot represent stop the program with a Go panic that says
 * "unsupported: ..." and names the line (never a silently wrong value). Go runs these programs,
 * so they cannot be goldens.
 */
class UnsafeUnsupportedTest {
    @TempDir Path dir;

    private String run(String src, int wantCode) throws IOException {
        Files.writeString(dir.resolve("x.go"), src);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.execute(new String[] {"run", "x.go"}, ProgramRunner.GO, new ByteArrayInputStream(new byte[0]), out, err, dir);
        assertEquals(wantCode, code, err.toString(StandardCharsets.UTF_8));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aSliceHeaderViewIsRefusedAtItsLine() throws IOException {
        String err = run("""
                package main

                import (
                	"fmt"
                	"reflect"
                	"unsafe"
                )

                func main() {
                	s := []int{1, 2, 3}
                	h := (*reflect.SliceHeader)(unsafe.Pointer(&s))
                	fmt.Println(h.Len)
                }
                """, 2);
        assertTrue(err.startsWith("panic: unsupported: unsafe.Pointer conversion of a *[]int to *reflect.SliceHeader (a different memory layout)\n\ngoroutine 1 [running]:\nmain.main()\n"), err);
        assertTrue(err.contains("x.go:11 "), err);
    }

    @Test
    void anAccessThroughAMadeUpAddressIsRefused() throws IOException {
        String err = run("""
                package main

                import "unsafe"

                func main() {
                	p := (*int)(unsafe.Pointer(uintptr(0x1234)))
                	if p != nil {
                		*p = 1
                	}
                }
                """, 2);
        assertTrue(err.startsWith("panic: unsupported: access through a pointer made from the integer address 0x1234, where no Go object is known\n"), err);
        assertTrue(err.contains("x.go:8 "), err);
    }
}
