// Interface embedding (ReadWriter from Reader and Writer), custom io.Reader and io.Writer
// implementations used by the standard library, and structs embedding interfaces to
// decorate them (overriding one method, delegating the rest).
package main

import (
	"fmt"
	"io"
	"strings"
)

type Reader interface{ Read(p []byte) (int, error) }
type Writer interface{ Write(p []byte) (int, error) }
type ReadWriter interface {
	Reader
	Writer
}

// ring is a tiny fixed-size byte queue implementing both interfaces.
type ring struct {
	buf        []byte
	start, len int
}

func (r *ring) Write(p []byte) (int, error) {
	n := 0
	for _, b := range p {
		if r.len == len(r.buf) {
			return n, fmt.Errorf("ring full after %d bytes", n)
		}
		r.buf[(r.start+r.len)%len(r.buf)] = b
		r.len++
		n++
	}
	return n, nil
}

func (r *ring) Read(p []byte) (int, error) {
	if r.len == 0 {
		return 0, io.EOF
	}
	n := 0
	for n < len(p) && r.len > 0 {
		p[n] = r.buf[r.start]
		r.start = (r.start + 1) % len(r.buf)
		r.len--
		n++
	}
	return n, nil
}

// upperWriter decorates any io.Writer.
type upperWriter struct{ io.Writer }

func (u upperWriter) Write(p []byte) (int, error) {
	return u.Writer.Write([]byte(strings.ToUpper(string(p))))
}

// countingReader counts bytes passing through.
type countingReader struct {
	io.Reader
	count int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.Reader.Read(p)
	c.count += n
	return n, err
}

type Closer interface{ Close() error }
type ReadWriteCloser interface {
	ReadWriter
	Closer
}

type file struct {
	ring
	closed bool
}

func (f *file) Close() error {
	if f.closed {
		return fmt.Errorf("already closed")
	}
	f.closed = true
	return nil
}

func main() {
	var rw ReadWriter = &ring{buf: make([]byte, 8)}
	n, err := rw.Write([]byte("hello"))
	fmt.Println(n, err)
	buf := make([]byte, 3)
	n, err = rw.Read(buf)
	fmt.Println(n, err, string(buf[:n]))
	n, err = rw.Write([]byte(" world"))
	fmt.Println(n, err)
	all, err := io.ReadAll(rw)
	fmt.Printf("%q %v\n", all, err)
	n, err = rw.Read(buf)
	fmt.Println(n, err)

	var w io.Writer = upperWriter{&strings.Builder{}}
	fmt.Fprintf(w, "shout %d times, %s!", 3, "gopher")
	fmt.Println(w.(upperWriter).Writer.(*strings.Builder).String())

	cr := &countingReader{Reader: strings.NewReader("some text to count\nline two\n")} }
	var sb strings.Builder
	copied, err := io.Copy(upperWriter{&sb}, cr)
	fmt.Println(copied, err, cr.count)
	fmt.Print(sb.String())

	var rwc ReadWriteCloser = &file{ring: ring{buf: make([]byte, 4)}}
	rwc.Write([]byte("abcdef"))
	fmt.Println(rwc.Close(), rwc.Close())
	var r Reader = rwc // a bigger interface converts to a smaller one
	got, _ := io.ReadAll(r)
	fmt.Println(string(got))
	_, isWriter := r.(Writer)
	_, isStringer := r.(fmt.Stringer)
	fmt.Println("reader is also Writer:", isWriter, "Stringer:", isStringer)
}
