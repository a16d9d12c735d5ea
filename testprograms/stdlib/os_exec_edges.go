// os/exec at its edges: String with and without a path search, the "already set" and
// "after process started" errors of Output, CombinedOutput and the pipe methods, Run twice,
// a cancelled context before Start, and Output's stderr capture when the command writes
// more than 64 KiB to it (the first and last 32 KiB are kept).
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"strings"
)

func main() {
	fmt.Println(exec.Command("sh", "-c", "true").String())
	fmt.Println(exec.Command("no-such-program-xyz", "a", "b").String())
	fmt.Println(exec.Command("/bin/sh", "x").String())
	fmt.Println(exec.Command("./relative", "y").String())
	c := &exec.Cmd{}
	fmt.Println(c.Run())

	c = exec.Command("sh", "-c", "echo hi")
	c.Stdout = io.Discard
	_, err := c.Output()
	fmt.Println(err)
	_, err = c.CombinedOutput()
	fmt.Println(err)
	c = exec.Command("sh", "-c", "echo hi")
	c.Stderr = io.Discard
	_, err = c.CombinedOutput()
	fmt.Println(err)
	c = exec.Command("sh", "-c", "echo hi")
	c.Stdin = strings.NewReader("")
	_, err = c.StdinPipe()
	fmt.Println(err)
	c.Stdout = io.Discard
	_, err = c.StdoutPipe()
	fmt.Println(err)
	c.Stderr = io.Discard
	_, err = c.StderrPipe()
	fmt.Println(err)

	c = exec.Command("sh", "-c", "exit 0")
	fmt.Println(c.Run())
	fmt.Println(c.Run())
	fmt.Println(c.Wait())
	_, err = c.StdinPipe()
	fmt.Println(err)
	_, err = c.StdoutPipe()
	fmt.Println(err)
	_, err = c.StderrPipe()
	fmt.Println(err)
	fmt.Println(exec.Command("sh").Wait())

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	fmt.Println(exec.CommandContext(ctx, "sh", "-c", "echo never").Run())

	// 100000 bytes on stderr: Output keeps the first and last 32768 with a note between
	out, err := exec.Command("sh", "-c", "i=0; while [ $i -lt 10000 ]; do echo 123456789; i=$((i+1)); done >&2; echo done; exit 4").Output()
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		s := string(ee.Stderr)
		fmt.Printf("%q %v len=%d head=%q tail=%q\n", out, err, len(s), s[:12], s[len(s)-12:])
		i := strings.Index(s, "\n... omitting")
		fmt.Printf("note at %d: %q\n", i, s[i:i+30])
	}
	out, err = exec.Command("sh", "-c", "printf abc >&2; exit 1").Output()
	if errors.As(err, &ee) {
		fmt.Printf("%q %v %q\n", out, err, ee.Stderr)
	}
	var sb strings.Builder
	c = exec.Command("sh", "-c", "printf x >&2; exit 2")
	c.Stderr = &sb
	_, err = c.Output()
	if errors.As(err, &ee) {
		fmt.Printf("%v %q %q\n", err, ee.Stderr, sb.String())
	}
	_, err = exec.LookPath("sh")
	fmt.Println(err)
	_, err = exec.LookPath("/etc")
	fmt.Println(err)
	_, err = exec.LookPath("/etc/passwd")
	fmt.Println(err)
	_, err = exec.LookPath("/no/such")
	fmt.Println(err)
}
