// bytes.Buffer's edges: capacities as it grows (first small write, doubling, sliding the
// unread bytes down), Grow and Truncate (and their panics), UnreadByte/UnreadRune after each
// kind of operation, Next, ReadFrom over chunked and failing readers, WriteTo over short and
// failing writers, reads of an empty buffer, and a nil *Buffer's String.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

type chunky struct {
	parts []string
	end   error
	asked []int
}

func (c *chunky) Read(p []byte) (int, error) {
	c.asked = append(c.asked, len(p))
	if len(c.parts) == 0 {
		return 0, c.end
	}
	n := copy(p, c.parts[0])
	c.parts = c.parts[1:]
	return n, nil
}

type limitedWriter struct {
	max int
	err error
	got []byte
}

func (w *limitedWriter) Write(p []byte) (int, error) {
	n := len(p)
	if n > w.max {
		n = w.max
	}
	w.got = append(w.got, p[:n]...)
	return n, w.err
}

func try(label string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(label, "panic:", r)
		}
	}()
	f()
}

func main() {
	var b bytes.Buffer
	caps := []int{b.Cap()}
	b.WriteByte('a')
	caps = append(caps, b.Cap())
	b.WriteString(strings.Repeat("b", 63))
	caps = append(caps, b.Cap())
	b.WriteByte('c')
	caps = append(caps, b.Cap())
	b.Write(make([]byte, 100))
	caps = append(caps, b.Cap(), b.Len())
	b.Next(150)
	b.WriteString(strings.Repeat("d", 10))
	caps = append(caps, b.Cap(), b.Len())
	b.Next(5)
	b.Write(make([]byte, 60))
	caps = append(caps, b.Cap(), b.Len())
	fmt.Println(caps)

	var g bytes.Buffer
	g.Grow(10)
	fmt.Println(g.Len(), g.Cap())
	g.Grow(100)
	fmt.Println(g.Len(), g.Cap())
	g.WriteString("xyz")
	g.Grow(1000)
	fmt.Println(g.Len(), g.Cap(), g.String())
	try("grow negative", func() { g.Grow(-1) })
	big := bytes.NewBuffer(make([]byte, 10, 10))
	big.WriteRune('世')
	fmt.Println(big.Len(), big.Cap())
	small := bytes.NewBuffer(make([]byte, 0, 3))
	small.WriteRune('世')
	fmt.Println(small.Len(), small.Cap())
	var r bytes.Buffer
	r.WriteRune('é')
	fmt.Println(r.Len(), r.Cap())

	t := bytes.NewBufferString("hello, world")
	t.Next(2)
	t.Truncate(5)
	fmt.Printf("%q %d\n", t.String(), t.Len())
	try("truncate 6", func() { t.Truncate(6) })
	try("truncate -1", func() { t.Truncate(-1) })
	t.Truncate(0)
	fmt.Printf("%q %d\n", t.String(), t.Len())

	u := bytes.NewBufferString("aé世z")
	fmt.Println(u.UnreadByte(), u.UnreadRune())
	fmt.Println(u.ReadRune())
	fmt.Println(u.UnreadRune(), u.UnreadRune(), u.Len())
	fmt.Println(u.ReadRune())
	fmt.Println(u.ReadRune())
	fmt.Println(u.UnreadByte(), u.Len(), u.UnreadByte())
	fmt.Println(u.ReadByte())
	fmt.Println(u.UnreadRune())
	fmt.Printf("%q\n", u.Next(2))
	fmt.Println(u.UnreadByte(), u.Len())
	fmt.Printf("%q %v\n", u.Next(0), u.UnreadByte())
	u.WriteString("!")
	fmt.Println(u.UnreadByte(), u.UnreadRune())
	p := make([]byte, 3)
	n, err := u.Read(p)
	fmt.Println(n, err, u.UnreadByte(), u.Len())
	line, err := u.ReadString('q')
	fmt.Printf("%q %v %v\n", line, err, u.UnreadByte())
	e1, e2 := u.UnreadRune(), u.UnreadRune()
	fmt.Println(e1 == e2, errors.Is(e1, e2))

	var empty bytes.Buffer
	n, err = empty.Read(nil)
	fmt.Println(n, err)
	n, err = empty.Read(p)
	fmt.Println(n, err)
	c, err := empty.ReadByte()
	fmt.Println(c, err)
	rr, sz, err := empty.ReadRune()
	fmt.Println(rr, sz, err)
	bl, err := empty.ReadBytes('\n')
	fmt.Println(bl == nil, err)
	fmt.Printf("%q\n", empty.Next(5))
	drained := bytes.NewBufferString("abc")
	io.ReadAll(drained)
	fmt.Println(drained.Len(), drained.UnreadByte())
	var nilBuf *bytes.Buffer
	fmt.Println(nilBuf.String())
	lines := bytes.NewBufferString("one\ntwo\n\nthree")
	for {
		l, err := lines.ReadBytes('\n')
		fmt.Printf("%q %v ", l, err)
		if err != nil {
			break
		}
	}
	fmt.Println()

	src := &chunky{parts: []string{"abc", strings.Repeat("x", 600), "", "tail"}, end: io.EOF}
	var rf bytes.Buffer
	rf.WriteString("start:")
	n64, err := rf.ReadFrom(src)
	fmt.Println(n64, err, rf.Len(), rf.Cap(), src.asked)
	src = &chunky{parts: []string{"abc"}, end: errors.New("broken pipe")}
	n64, err = rf.ReadFrom(src)
	fmt.Println(n64, err, rf.Len(), src.asked)

	wt := bytes.NewBufferString("0123456789")
	lw := &limitedWriter{max: 4}
	n64, err = wt.WriteTo(lw)
	fmt.Println(n64, err, wt.Len(), string(lw.got))
	lw = &limitedWriter{max: 100, err: errors.New("disk full")}
	n64, err = wt.WriteTo(lw)
	fmt.Println(n64, err, wt.Len(), string(lw.got))
	wt.WriteString("ab")
	var sink bytes.Buffer
	n64, err = wt.WriteTo(&sink)
	fmt.Println(n64, err, wt.Len(), sink.String())
	n64, err = wt.WriteTo(&sink)
	fmt.Println(n64, err, wt.Len())

	v := bytes.NewBufferString("xy")
	v.ReadByte()
	fmt.Printf("%v %+v\n", *v, *v)
}
