// io's combinators at their edges, with readers and writers that log each call: MultiReader
// over empty, failing and nested readers (and a reader returning data with EOF), MultiWriter
// with a short and a failing writer (Write and WriteString), TeeReader whose writer fails,
// CopyN short and exact, LimitReader at zero, and SectionReader reads, seeks and ReadAt
// across the section's end.
package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type logReader struct {
	name  string
	parts []string
	last  error
}

func (r *logReader) Read(p []byte) (int, error) {
	if len(r.parts) == 0 {
		fmt.Printf("  %s.Read -> 0 %v\n", r.name, r.last)
		return 0, r.last
	}
	n := copy(p, r.parts[0])
	r.parts = r.parts[1:]
	var err error
	if len(r.parts) == 0 && r.last == io.EOF {
		err = io.EOF // data and EOF together
	}
	fmt.Printf("  %s.Read -> %d %v\n", r.name, n, err)
	return n, err
}

type logWriter struct {
	name  string
	limit int
	err   error
	got   strings.Builder
}

func (w *logWriter) Write(p []byte) (int, error) {
	n := len(p)
	if w.limit >= 0 && n > w.limit {
		n = w.limit
	}
	w.got.Write(p[:n])
	fmt.Printf("  %s.Write(%q) -> %d %v\n", w.name, p, n, w.err)
	return n, w.err
}

type stringLogWriter struct{ logWriter }

func (w *stringLogWriter) WriteString(s string) (int, error) {
	fmt.Printf("  %s.WriteString(%q)\n", w.name, s)
	return w.Write([]byte(s))
}

func readAll(name string, r io.Reader, size int) {
	fmt.Println(name)
	buf := make([]byte, size)
	for i := 0; i < 12; i++ {
		n, err := r.Read(buf)
		fmt.Printf("  => %d %q %v\n", n, buf[:n], err)
		if err != nil {
			return
		}
	}
}

func main() {
	boom := errors.New("boom")
	readAll("multi", io.MultiReader(
		&logReader{name: "a", parts: []string{"ab", "c"}, last: io.EOF},
		&logReader{name: "empty", last: io.EOF},
		io.MultiReader(&logReader{name: "n1", parts: []string{"x"}, last: io.EOF}),
		io.MultiReader(io.MultiReader(&logReader{name: "n2", parts: []string{"yz"}, last: io.EOF})),
	), 4)
	readAll("multi failing", io.MultiReader(&logReader{name: "f", parts: []string{"q"}, last: boom},
		&logReader{name: "never", last: io.EOF}), 4)
	readAll("multi none", io.MultiReader(), 4)

	ok := &logWriter{name: "ok", limit: -1}
	short := &logWriter{name: "short", limit: 2}
	bad := &logWriter{name: "bad", limit: -1, err: boom}
	after := &logWriter{name: "after", limit: -1}
	for _, ws := range [][]io.Writer{{ok, after}, {ok, short, after}, {ok, bad, after}, {}} {
		n, err := io.MultiWriter(ws...).Write([]byte("hello"))
		fmt.Println("Write:", n, err)
	}
	sw := &stringLogWriter{logWriter{name: "sw", limit: -1}}
	nested := io.MultiWriter(io.MultiWriter(ok, sw), &stringLogWriter{logWriter{name: "sshort", limit: 1}}, after)
	n, err := io.WriteString(nested, "str")
	fmt.Println("WriteString:", n, err)

	tee := io.TeeReader(strings.NewReader("tee data"), &logWriter{name: "teew", limit: 3, err: boom})
	readAll("tee failing", tee, 4)
	var copied strings.Builder
	m, err := io.CopyN(&copied, strings.NewReader("0123456789"), 4)
	fmt.Println("CopyN 4:", m, err, copied.String())
	m, err = io.CopyN(&copied, strings.NewReader("01"), 4)
	fmt.Println("CopyN short:", m, err)
	m, err = io.CopyN(&copied, strings.NewReader("01"), 0)
	fmt.Println("CopyN 0:", m, err)
	readAll("limit 0", io.LimitReader(strings.NewReader("abc"), 0), 4)
	readAll("limit 5", io.LimitReader(&logReader{name: "src", parts: []string{"abcdef", "gh"}, last: io.EOF}, 5), 4)

	src := strings.NewReader("0123456789")
	sec := io.NewSectionReader(src, 2, 5)
	fmt.Println("size", sec.Size())
	readAll("section", sec, 3)
	for _, s := range [][2]int64{{1, io.SeekStart}, {2, io.SeekCurrent}, {-1, io.SeekEnd}, {3, io.SeekEnd}, {-1, io.SeekStart}, {0, 9}} {
		pos, err := sec.Seek(s[0], int(s[1]))
		fmt.Println("seek", s, pos, err)
	}
	buf := make([]byte, 4)
	for _, off := range []int64{-1, 0, 2, 4, 5, 9} {
		n, err := sec.ReadAt(buf, off)
		fmt.Printf("ReadAt %d: %d %q %v\n", off, n, buf[:n], err)
	}
	huge := io.NewSectionReader(src, 3, 1<<63-1)
	fmt.Println("huge size", huge.Size())
	n2, err := huge.ReadAt(buf, 5)
	fmt.Printf("huge ReadAt: %d %q %v\n", n2, buf[:n2], err)
}
