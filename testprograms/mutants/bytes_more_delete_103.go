package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
)

func main() {
	a := []byte("Hello, Gophers! Hello again.")
	fmt.Println(bytes.Equal(a, []byte("Hello, Gophers! Hello again.")), bytes.Equal(nil, []byte{}), bytes.Equal([]byte("a"), []byte("b")))
	fmt.Println(bytes.Compare([]byte("a"), []byte("b")), bytes.Compare([]byte("b"), []byte("a")), bytes.Compare(nil, nil), bytes.Compare([]byte("ab"), []byte("a")), bytes.Compare(]byte{0xff}, []byte{1}))
	fmt.Println(bytes.Contains(a, []byte("Gophers")), bytes.Contains(a, nil), bytes.ContainsAny(a, "xyz!"), bytes.ContainsRune(a, 'G'))
	fmt.Println(bytes.Index(a, []byte("Hello")), bytes.LastIndex(a, []byte("Hello")), bytes.Index(a, []byte("zz")), bytes.Index(a, nil), bytes.LastIndex(a, nil))
	fmt.Println(bytes.IndexByte(a, '!'), bytes.LastIndexByte(a, 'l'), bytes.IndexRune(a, 'G'), bytes.IndexAny(a, ",."), bytes.LastIndexAny(a, ",."))
	fmt.Println(bytes.Count(a, []byte("l")), bytes.Count([]byte("five"), nil), bytes.HasPrefix(a, []byte("Hell")), bytes.HasSuffix(a, []byte("again.")))
	fmt.Println(bytes.IndexFunc(a, unicode.IsPunct), bytes.LastIndexFunc(a, unicode.IsUpper), bytes.EqualFold([]byte("Go"), []byte("GO")))
	fmt.Printf("%q\n", bytes.Split([]byte("a,b,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.SplitN([]byte("a,b,c"), []byte(","), 2))
	fmt.Printf("%q\n", bytes.SplitAfter([]byte("a,b,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.Split([]byte("añb"), nil))
	fmt.Printf("%q\n", bytes.Fields([]byte("  foo bar  baz   ")))
	fmt.Printf("%q\n", bytes.FieldsFunc([]byte("a1b2c3"), unicode.IsDigit))
	fmt.Printf("%s\n", bytes.Join([][]byte{[]byte("x"), []byte("y"), []byte("z")}, []byte(", ")))
	fmt.Printf("%s|%s|%s\n", bytes.Repeat([]byte("na"), 4), bytes.ToUpper([]byte("shout ñ")), bytes.ToLower([]byte("QUIET Ñ")))
	fmt.Printf("%s|%s\n", bytes.Title([]byte("her royal highness")), bytes.ToTitle([]byte("loud")))
	fmt.Printf("%s|%s\n", bytes.Replace([]byte("oink oink oink"), []byte("k"), []byte("ky"), 2), bytes.ReplaceAll([]byte("oink oink"), []byte("oink"), []byte("moo")))
	fmt.Printf("[%s] [%s] [%s] [%s]\n", bytes.TrimSpace([]byte("  \t x y \n")), bytes.Trim([]byte("xxhixx"), "x"), bytes.TrimLeft([]byte("xxhixx"), "x"), bytes.TrimRight([]byte("xxhixx"), "x"))
	fmt.Printf("[%s] [%s] [%s]\n", bytes.TrimPrefix([]byte("prefix-x"), []byte("prefix-")), bytes.TrimSuffix([]byte("x.go"), []byte(".go")), bytes.TrimFunc([]byte("123abc456"), unicode.IsDigit))
	fmt.Println(bytes.TrimSpace([]byte("   ")) == nil, bytes.Trim([]byte("xx"), "x") == nil, bytes.TrimRight([]byte("xx"), "x") == nil, bytes.TrimLeftFunc([]byte("11"), unicode.IsDigit) == nil)
	fmt.Printf("%s\n", bytes.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		if r == 'x' {
			return -1
		}
		return r
	}, []byte("banana xax")))
	before, after, found := bytes.Cut([]byte("k=v"), []byte("="))
	fmt.Printf("%s %s %v\n", before, after, found)
	fmt.Println(bytes.Runes([]byte("héllo")))

	// subslices alias the input
	src := []byte("one two three")
	fs := bytes.Fields(src)
	fs[0][0] = 'O'
	fmt.Println(string(src), len(fs[1]), cap(fs[1]))
	sp := bytes.Split(src, []byte(" "))
	sp[0] = append(sp[0], '!')
	fmt.Println(string(src), cap(sp[0]) >= 4, string(sp[1]))

	// Buffer
	var buf bytes.Buffer
	fmt.Println(buf.Len(), buf.Cap(), buf.String() == "")
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	n, err := buf.WriteRune('世')
	fmt.Println(n, err, buf.Len(), buf.Cap(), buf.String())
	fmt.Fprintf(&buf, " %d-%s", 42, "x")
	fmt.Println(buf.String())
	c, _ := buf.ReadByte()
	fmt.Println(string(c), buf.Len(), buf.UnreadByte(), buf.Len())
	line, err := buf.ReadString(' ')
	fmt.Printf("%q %v\n", line, err)
	rb, err := buf.ReadBytes('!')
	fmt.Printf("%q %v\n", rb, err)
	r, size, err := buf.ReadRune()
	fmt.Println(string(r), size, err, buf.UnreadRune(), buf.UnreadRune())
	p := make([]byte, 3)
	k, err := buf.Read(p)
	fmt.Printf("%d %v %q\n", k, err, p[:k])
	fmt.Printf("%q\n", buf.Next(2))
	rest, err := buf.ReadString('#')
	fmt.Printf("%q %v\n", rest, err)
	k, err = buf.Read(p)
	fmt.Println(k, err, buf.Len())
	_, err = buf.ReadByte()
	fmt.Println(err)

	b2 := bytes.NewBufferString("truncate me please")
	b2.Truncate(8)
	fmt.Println(b2.String(), b2.Len())
	b2.Reset()
	fmt.Println(b2.Len(), b2.String() == "")
	b2.Grow(1000)
	fmt.Println(b2.Len(), b2.Cap() >= 1000)
	b3 := bytes.NewBuffer([]byte("prefix:"))
	b3.WriteString("body")
	fmt.Println(b3.String(), b3.Len())
	fmt.Printf("%s\n", b3.Bytes())
	var nilBuf *bytes.Buffer
	fmt.Println(nilBuf.String())

	var caps []int
	var g bytes.Buffer
	last := -1
	for i := 0; i < 2000; i++ {
		g.WriteString("abc")
		if g.Cap() != last {
			last = g.Cap()
			caps = append(caps, last)
		}
	}
	fmt.Println(caps)
	var h bytes.Buffer
	for i := 0; i < 100; i++ {
		h.WriteString("0123456789")
		h.Next(7)
	}
	fmt.Println(h.Len(), h.Cap())

	var rf bytes.Buffer
	nn, err := rf.ReadFrom(strings.NewReader(strings.Repeat("data ", 300)))
	fmt.Println(nn, err, rf.Len(), rf.Cap())
	var out bytes.Buffer
	out.WriteString("written to stdout\n")
	wn, err := out.WriteTo(os.Stdout)
	fmt.Println(wn, err, out.Len())
	all, err := io.ReadAll(bytes.NewBufferString("read all of this"))
	fmt.Printf("%q %v\n", all, err)

	// Reader
	br := bytes.NewReader([]byte("añb"))
	fmt.Println(br.Len(), br.Size())
	for {
		r, size, err := br.ReadRune()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Println(string(r), size)
	}
	br.Seek(0, 0)
	rest2, _ := io.ReadAll(br)
	fmt.Println(string(rest2))

	defer func() { fmt.Println("recovered:", recover()) }()
	b2.Truncate(-1)
}
