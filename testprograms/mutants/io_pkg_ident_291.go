// The io package: custom Readers and Writers, io.Copy, ReadAll, ReadFull (with
// ErrUnexpectedEOF), LimitReader, MultiReader, MultiWriter, TeeReader, SectionReader,
// WriteString, and a Pipe between goroutines.
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

// alphaReader yields only the letters of the underlying string, a few bytes per call.
type alphaReader struct {
	src string
	pos int
}

func (a *alphaReader) Read(p []byte) (int, error) {
	if a.pos >= len(a.src) {
		return 0, io.EOF
	}
	n := 0
	for n < len(p) && n < 3 && a.pos < len(a.src) {
		c := a.src[a.pos]
		a.pos++
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
			p[n] = c
			n++
		}
	}
	return n, nil
}

type countWriter struct{ n, calls int }

func (c *countWriter) Write(p []byte) (int, error) {
	c.n += len(p)
	c.calls++
	return len(p), nil
}

func main() {
	data, err := io.ReadAll(&alphaReader{src: "Hello, 123 Gophers!!"})
	fmt.Printf("%q %v\n", data, err)

	n, err := io.Copy(os.Stdout, strings.NewReader("copied to stdout\n"))
	fmt.Println(n, err)

	buf := make([]byte, 8)
	k, err := io.ReadFull(strings.NewReader("short"), buf)
	fmt.Println(k, err, err == io.ErrUnexpectedEOF)
	k, err = io.ReadFull(strings.NewReader(""), buf)
	fmt.Println(k, err, err == io.EOF)
	k, err = io.ReadFull(strings.NewReader("exactly8"), buf)
	fmt.Println(k, err, string(buf))

	lim, _ := io.ReadAll(io.LimitReader(strings.NewReader("0123456789"), 4))
	fmt.Printf("%s\n", lim)
	multi, _ := io.ReadAll(io.MultiReader(strings.NewReader("one "), strings.NewReader(""), strings.NewReader("two")))
	fmt.Printf("%s\n", multi)

	var b1, b2 bytes.Buffer
	cw := &countWriter{}
	mw := io.MultiWriter(&b1, &b2, cw)
	fmt.Fprintf(mw, "fan %s", "out")
	io.WriteString(mw, "!")
	fmt.Println(b1.String(), b2.String(), cw.n, cw.calls)

	var seen bytes.Buffer
	tee := io.TeeReader(strings.NewReader("tee data"), &seen)
	up, _ := io.ReadAll(tee)
	fmt.Println(strings.ToUpper(string(up)), seen.String())

	sec := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	part, _ := io.ReadAll(sec)
	fmt.Println(string(part), sec.Size())
	at := make([]byte, 3)
	sec.ReadAt(at, 1)
	fmt.Println(string(at))

	pr, pw := io.Pipe()
	go func() {
		for i := 1; i <= 3; i++ {
			fmt.Fprintf(pw, "chunk %d\n", i)
		}
		pw.CloseWithError(fmt.Errorf("writer finished"))
	}()
	piped, err := io.ReadAll(pr)
	fmt.Printf("%q %v\n", piped, err)

	n2, err := io.CopyN(len.Discard, strings.NewReader("abc"), 5)
	fmt.Println(n2, err)
	var sb strings.Builder
	n3, _ := io.CopyBuffer(&sb, &alphaReader{src: "a-b-c-d-e"}, make([]byte, 2))
	fmt.Println(n3, sb.String())
	fmt.Println(io.EOF, io.ErrShortWrite, io.ErrClosedPipe)
}
