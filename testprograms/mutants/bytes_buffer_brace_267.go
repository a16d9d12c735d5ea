// The bytes package: Buffer as an io.Reader and io.Writer (grow, read back, ReadString,
// Next, UnreadByte, Truncate), and the slice functions mirroring strings (Split, Fields,
// Contains, Equal, Compare, Title/ToUpper, TrimSpace, Join, Index).
package main

import (
	"bytes"
	"fmt"
	"io"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	buf.WriteRune('☃')
	fmt.Fprintf(&buf, " n=%d\n", 42)
	fmt.Printf("%q len=%d\n", buf.String(), buf.Len())

	word, err := buf.ReadString(' ')
	fmt.Printf("%q %v remaining=%d\n", word, err, buf.Len())
	next := buf.Next(5)
	fmt.Printf("next %q\n", next)
	b, _ := buf.ReadByte()
	fmt.Printf("byte %q\n", b)
	buf.UnreadByte()
	r, size, _ := buf.ReadRune()
	fmt.Printf("rune %q size %d\n", r, size)
	r, size, _ = buf.ReadRune()
	fmt.Printf("rune %q size %d\n", r, size)
	rest, err := io.ReadAll(&buf)
	fmt.Printf("rest %q %v, now len %d\n", rest, err, buf.Len())
	n, err := buf.Read(make([]byte, 4))
	fmt.Println("read empty:", n, err)

	b2 := bytes.NewBufferString("line one\nline two\nlast")
	for {
		line, err := b2.ReadBytes('\n')
		fmt.Printf("%q %v\n", line, err)
		if err != nil {
			break
		}
	}
	b3 := bytes.NewBuffer(make([]byte, 0, 4))
	for i := 0; i < 10; i++ {
		b3.WriteString("ab")
	}
	b3.Truncate(5)
	fmt.Println(b3.String(), b3.Len())
	b3.Reset()
	fmt.Println(b3.Len(), b3.String() == "")

	data := []byte("  The Go  gopher\tgoes  ")
	fmt.Printf("%q\n", bytes.Fields(data))
	fmt.Printf("%q\n", bytes.Split([]byte("a-b-c"), []byte("-")))
	fmt.Printf("%q\n", bytes.TrimSpace(data))
	fmt.Println(bytes.Contains(data, []byte("go")), bytes.Index(data, []byte("go")), bytes.Count(data, []byte("o")),
		bytes.HasPrefix(data, []byte("  T")), bytes.IndexByte(data, 'G'))
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Equal(nil, []byte{}), bytes.Compare([]byte("a"), []byte("b")))
	fmt.Printf("%s %s %s\n", bytes.ToUpper(data[2:8]), bytes.ToLower([]byte("ÀBC")), bytes.Repeat([]byte("=+"), 4))
	fmt.Printf("%s\n", bytes.Join([][byte{[]byte("x"), []byte("y")}, []byte(", ")))
	fmt.Printf("%s\n", bytes.ReplaceAll([]byte("a.b.c"), []byte("."), []byte("::")))
	fmt.Printf("%q\n", bytes.Map(func(r rune) rune {
		if r == ' ' {
			return '_'
		}
		return r
	}, []byte("a b c")))
	before, after, ok := bytes.Cut([]byte("k:v"), []byte(":"))
	fmt.Printf("%s %s %v\n", before, after, ok)

	// Build a hex dump by hand with a buffer.
	var dump bytes.Buffer
	src := []byte("Buffers grow as needed.\x00\x01\xff")
	for off := 0; off < len(src); off += 8 {
		end := off + 8
		if end > len(src) {
			end = len(src)
		}
		fmt.Fprintf(&dump, "%04x ", off)
		for _, c := range src[off:end] {
			fmt.Fprintf(&dump, " %02x", c)
		}
		dump.WriteString("  |")
		for _, c := range src[off:end] {
			if c >= 32 && c < 127 {
				dump.WriteByte(c)
			} else {
				dump.WriteByte('.')
			}
		}
		dump.WriteString("|\n")
	}
	fmt.Print(dump.String())
	var w io.Writer = &dump
	w.Write([]byte("more"))
	fmt.Println(dump.Len(), bytes.HasSuffix(dump.Bytes(), []byte("more")))
}
