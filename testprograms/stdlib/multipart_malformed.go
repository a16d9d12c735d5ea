// mime/multipart on malformed bodies: the errors Go 1.19 returns (empty boundary, stray lines,
// a missing delimiter, truncated bodies and headers, bad header lines, a line too long for the
// buffer, failing input) and what the parts read before them hold.
package main

import (
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"strings"
)

type failing struct {
	data string
	err  error
}

func (f *failing) Read(p []byte) (int, error) {
	if f.data == "" {
		return 0, f.err
	}
	n := copy(p, f.data)
	f.data = f.data[n:]
	return n, nil
}

func walk(title string, r *multipart.Reader) {
	fmt.Println("==", title)
	for i := 0; i < 5; i++ {
		p, err := r.NextPart()
		if err != nil {
			fmt.Printf("  next: %v (EOF=%v)\n", err, err == io.EOF)
			return
		}
		data, err := io.ReadAll(p)
		if len(data) > 100 {
			data = append(data[:20], fmt.Sprintf("...(%d bytes)", len(data))...)
		}
		fmt.Printf("  part %q body=%q err=%v\n", p.Header.Get("Name"), data, err)
	}
}

func run(title, body, boundary string) {
	walk(title, multipart.NewReader(strings.NewReader(body), boundary))
}

func main() {
	run("empty boundary", "----\r\n\r\nx\r\n------\r\n", "")
	run("no delimiter at all", "just text\r\nmore text\r\n", "b")
	run("no closing delimiter", "--b\r\nName: one\r\n\r\nbody\r\n", "b")
	run("truncated in a body", "--b\r\nName: one\r\n\r\nbody", "b")
	run("truncated before body", "--b\r\nName: one\r\n", "b")
	run("truncated in header", "--b\r\nName: o", "b")
	run("stray line after a part", "--b\r\nName: one\r\n\r\nx\r\n--b--\r\n", "b")
	run("junk after part", "--b\r\nName: one\r\n\r\nx\r\n--b\r\nName: two\r\n\r\ny\r\n--bX\r\n", "b")
	run("expecting new part", "--b\r\nName: one\r\n\r\nx\r\n\r\n\r\n--b--\r\n", "b")
	run("unexpected line", "--b\r\nName: one\r\n\r\nx\r\n--b\r\nName: two\r\n\r\ny\r\n--b-- \r\n", "b")
	run("header without colon", "--b\r\nName one\r\n\r\nx\r\n--b--\r\n", "b")
	run("header starting with a blank", "--b\r\n Name: one\r\n\r\nx\r\n--b--\r\n", "b")
	run("bad header key", "--b\r\nNa me: one\r\n\r\nx\r\n--b--\r\n", "b")
	run("long preamble line", strings.Repeat("p", 5000)+"\r\n--b\r\n\r\nx\r\n--b--\r\n", "b")
	run("long body line", "--b\r\nName: one\r\n\r\n"+strings.Repeat("q", 9000)+"\r\n--b--\r\n", "b")
	run("mixed line ends", "--b\nName: one\n\nx\r\n--b\r\nName: two\r\n\r\ny\r\n--b--\r\n", "b")
	run("crlf then lf", "--b\r\nName: one\r\n\r\nx\n--b\nName: two\n\ny\n--b--\n", "b")
	walk("input fails in a body", multipart.NewReader(&failing{"--b\r\nName: one\r\n\r\nsome", errors.New("wire cut")}, "b"))
	walk("input fails between parts", multipart.NewReader(&failing{"--b\r\nName: one\r\n\r\nx\r\n--b", errors.New("wire cut")}, "b"))

	// ReadForm passes the errors on.
	for _, body := range []string{
		"--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n--b\r\nbroken\r\n\r\n",
		"--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx",
		"nothing here",
	} {
		f, err := multipart.NewReader(strings.NewReader(body), "b").ReadForm(1 << 20)
		fmt.Printf("readform: %v %v\n", f, err)
	}
}
