// strings.Reader and bytes.Reader at their edges, both driven by the same script: Read at
// the end (UnreadRune still works after it), ReadAt before, inside and past the data, bytes
// and runes stepped back at the start and after other calls, invalid UTF-8, every Seek
// whence (and a bad one, a negative target, a target past the end), WriteTo into writers
// that take fewer bytes or claim more than they got, Reset, Len and Size.
package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

type reader interface {
	io.Reader
	io.ReaderAt
	io.ByteScanner
	io.RuneScanner
	io.Seeker
	io.WriterTo
	Len() int
	Size() int64
}

type shortWriter struct{ max int }

func (w shortWriter) Write(p []byte) (int, error) {
	if len(p) > w.max {
		return w.max, nil
	}
	return len(p), nil
}

func (w shortWriter) WriteString(s string) (int, error) { return w.Write([]byte(s)) }

type liarWriter struct{}

func (liarWriter) Write(p []byte) (int, error)        { return len(p) + 1, nil }
func (liarWriter) WriteString(s string) (int, error) { return len(s) + 1, nil }

func run(name string, r reader, reset func()) {
	fmt.Println("==", name)
	p := func(what string, v ...any) { fmt.Printf("  %-22s %v  len=%d\n", what, fmt.Sprint(v...), r.Len()) }
	p("start size", r.Size())
	p("UnreadByte at 0", r.UnreadByte())
	p("UnreadRune at 0", r.UnreadRune())
	ch, n, err := r.ReadRune()
	p("ReadRune", ch, " ", n, " ", err)
	p("UnreadRune", r.UnreadRune())
	p("UnreadRune again", r.UnreadRune())
	b, err := r.ReadByte()
	p("ReadByte", b, " ", err)
	p("UnreadRune after byte", r.UnreadRune())
	buf := make([]byte, 4)
	n, err = r.Read(buf)
	p("Read 4", n, " ", err, " ", buf[:n])
	for i := 0; i < 4; i++ {
		ch, n, err = r.ReadRune()
		p("ReadRune", fmt.Sprintf("%q", ch), " ", n, " ", err)
	}
	n, err = r.Read(make([]byte, 100))
	p("Read the rest", n, " ", err)
	n, err = r.Read(buf)
	p("Read at end", n, " ", err)
	p("UnreadRune after Read", r.UnreadRune())
	r.Seek(-1, io.SeekEnd)
	ch, n, err = r.ReadRune()
	p("ReadRune last", fmt.Sprintf("%q", ch), " ", n, " ", err)
	n, err = r.Read(buf)
	p("Read at end", n, " ", err)
	p("UnreadRune after EOF", r.UnreadRune())
	ch, n, err = r.ReadRune()
	p("ReadRune again", fmt.Sprintf("%q", ch), " ", n, " ", err)
	ch, n, err = r.ReadRune()
	p("ReadRune at end", ch, " ", n, " ", err)
	p("UnreadRune", r.UnreadRune())
	b, err = r.ReadByte()
	p("ReadByte at end", b, " ", err)
	for _, off := range []int64{-1, 0, 3, 13, 14, 15, 100} {
		n, err = r.ReadAt(buf, off)
		p(fmt.Sprint("ReadAt ", off), n, " ", err, " ", buf[:n])
	}
	for _, s := range [][2]int64{{2, io.SeekStart}, {3, io.SeekCurrent}, {-1, io.SeekEnd}, {5, io.SeekEnd}, {-30, io.SeekCurrent}, {0, 7}} {
		pos, err := r.Seek(s[0], int(s[1]))
		p(fmt.Sprint("Seek ", s[0], " ", s[1]), pos, " ", err)
	}
	n, err = r.Read(buf)
	p("Read past end", n, " ", err)
	p("UnreadByte past end", r.UnreadByte())
	b, err = r.ReadByte()
	p("ReadByte past end", b, " ", err)
	r.Seek(1, io.SeekStart)
	var out bytes.Buffer
	m, err := r.WriteTo(&out)
	p("WriteTo", m, " ", err, " ", fmt.Sprintf("%q", out.String()))
	m, err = r.WriteTo(&out)
	p("WriteTo at end", m, " ", err)
	reset()
	m, err = r.WriteTo(shortWriter{3})
	p("WriteTo short", m, " ", err)
	reset()
	func() {
		defer func() { p("WriteTo liar", recover()) }()
		r.WriteTo(liarWriter{})
	}()
}

func main() {
	const text = "héllo, \xffwörld"
	sr := strings.NewReader(text)
	run("strings", sr, func() { sr.Reset(text) })
	br := bytes.NewReader([]byte(text))
	run("bytes", br, func() { br.Reset([]byte(text)) })
	var zero strings.Reader
	n, err := zero.Read(make([]byte, 2))
	fmt.Println(zero.Len(), zero.Size(), n, err, zero.UnreadByte())
}
