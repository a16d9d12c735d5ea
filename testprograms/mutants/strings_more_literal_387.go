package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
)

func main() {
	// searching
	s := "héllo, wörld! héllo\xff again"
	fmt.Println(strings.Index(s, "llo"), strings.LastIndex(s, "llo"), strings.Index(s, ""), strings.LastIndex(s, ""))
	fmt.Println(strings.IndexByte(s, 'w'), strings.LastIndexByte(s, 'o'), strings.IndexRune(s, 'ö'), strings.IndexRune(s, 'z'))
	fmt.Println(strings.IndexRune(s, '\uFFFD'), strings.IndexRune("a\uFFFDb", '\uFFFD'), strings.IndexRune(s, -1), strings.IndexRune(s, 0x110000))
	fmt.Println(strings.IndexAny(s, "öw"), strings.LastIndexAny(s, "éo"), strings.IndexAny(s, ""), strings.IndexAny(s, "\uFFFD"))
	fmt.Println(strings.Contains(s, "wörld"), strings.ContainsAny(s, "xyz"), strings.ContainsRune(s, 'é'), strings.Contains("", ""))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Count("aaaa", "aa"), strings.Count("héllo", ""))
	fmt.Println(strings.HasPrefix(s, "hé"), strings.HasSuffix(s, "again"), strings.HasPrefix("", ""), strings.HasSuffix("a", "ab"))
	fmt.Println(strings.IndexFunc(s, unicode.IsPunct), strings.LastIndexFunc(s, unicode.IsPunct), strings.IndexFunc("abc", unicode.IsDigit))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"), strings.Compare("\xff", "a"))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Gopher", "gOPHER"), strings.EqualFold("k", "\u212a"), strings.EqualFold("σ", "ς"), strings.EqualFold("a", "ab"))

	// cutting and splitting
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
	before, after, found = strings.Cut("novalue", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
	fmt.Printf("%q\n", strings.Split("a,b,,c,", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.Split("héllo\xffx", ""))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 0) == nil)
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", -1))
	fmt.Printf("%q\n", strings.SplitN("héllo", "", 3))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.SplitAfterN("a,b,c", ",", 2))
	parts := strings.Split("x y z", " ")
	fmt.Println(len(parts), cap(parts))
	fmt.Printf("%q\n", strings.Fields("  foo bar\tbaz\n\u00a0qux\u2003end  "))
	fmt.Printf("%q %d\n", strings.Fields(""), len(strings.Fields("   ")))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b22c333", unicode.IsDigit))
	ff := strings.FieldsFunc(";;a;b;;", func(r rune) bool { return r == ';' })
	fmt.Printf("%q %d %d\n", ff, len(ff), cap(ff))
	fmt.Println(strings.Join([]string{"a", "b", "c"}, "-"), strings.Join(nil, ","), strings.Join([]string{"solo"}, ", "))

	// building
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("", 5), len(strings.Repeat("x", 0)))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.Replace("oink oink oink", "oink", "moo", -1))
	fmt.Println(strings.Replace("abc", "", "-", -1), strings.Replace("héllo", "", "|", 3), strings.ReplaceAll("aaa", "a", "b"))
	fmt.Println(strings.Replace("abc", "x", "y", -1), strings.Replace("abc", "b", "b", -1), strings.Replace("abc", "b", "x", 0))
	fmt.Println(strings.ToUpper("hello ß ǆ ÿ"), strings.ToLower("HÉLLO İ Σ"), strings.ToTitle("ǆemal loud"))
	fmt.Println(strings.Title("hello wide-world o'neil_x 3rd élan"))
	fmt.Printf("%q\n", strings.ToUpper("bad\xffbyte"))
	fmt.Printf("%q\n", strings.ToValidUTF8("a\xff\xfeb\xc0c", "?"))
	fmt.Println(strings.Map(func(r rune) rune {
		switch {
		case r == 'a':
			return 'A'
		case r == 'x':
			return -1
		}
		return r
	}, "banana xylophone"))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune { return r }, "ok\xff"))
	rot13 := func(r rune) rune {
		switch {
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "'Twas brillig and the slithy gopher..."))

	// trimming
	fmt.Printf("[%s] [%s] [%s]\n", strings.TrimSpace(" \t\n Hello, Gophers \n\t\r\n"), strings.TrimSpace("\u2003x\u3000"), strings.TrimSpace("   "))
	fmt.Printf("[%s] [%s] [%s]\n", strings.Trim("¡¡¡Hello, Gophers!!!", "!¡"), strings.TrimLeft("¡¡¡Hello, Gophers!!!", "!¡"), strings.TrimRight("¡¡¡Hello, Gophers!!!", "!¡"))
	fmt.Printf("[%s] [%s] [%s]\n", strings.Trim("xxhixx", "x"), strings.Trim("abc", ""), strings.Trim("", "x"))
	fmt.Printf("[%s] [%s]\n", strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("body.go", ".go"))
	fmt.Printf("[%s] [%s]\n", strings.TrimPrefix("body", "x"), strings.TrimSuffix("body", "x"))
	fmt.Printf("[%s] [%s] [%s]\n", strings.TrimFunc("123abc456", unicode.IsDigit), strings.TrimLeftFunc("  x  ", unicode.IsSpace), strings.TrimRightFunc("  x  ", unicode.IsSpace))
	fmt.Printf("[%s]\n", strings.TrimFunc("¡¡¡Hello, Gophers!!!", func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) }))

	// Builder
	var b strings.Builder
	fmt.Println(b.Len(), b.Cap(), b.String() == "")
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&b, "%d...", i)
	}
	b.WriteString("ignition")
	fmt.Println(b.String(), b.Len(), b.Cap())
	n, err := b.WriteRune('世')
	fmt.Println(n, err, b.Len(), b.Cap())
	b.WriteByte('!')
	n, err = b.Write([]byte(" ok"))
	fmt.Println(n, err, b.String())
	b.Reset()
	fmt.Println(b.Len(), b.Cap(), b.String() == "")
	b.Grow(100)
	fmt.Println(b.Len(), b.Cap())
	for i := 0; i < 200; i++ {
		b.WriteByte(byte('a' + i%26))
	}
	fmt.Println(b.Len(), b.Cap())
	var w io.Writer = &b
	io.WriteString(w, "!")
	fmt.Println(b.Len())
	var caps []int
	var c strings.Builder
	last := -1
	for i := 0; i < 3000; i++ {
		c.WriteString("xy")
		if c.Cap() != last {
			last = c.Cap()
			caps = append(caps, last)
		}
	}
	fmt.Println(caps)

	// Reader
	r := strings.NewReader("Hello, Reader! ünï")
	fmt.Println(r.Len(), r.Size())
	buf := make([]byte, 8)
	for {
		n, err := r.Read(buf)
		fmt.Printf("n = %v err = %v b = %q\n", n, err, buf[:n])
		if err == io.EOF {
			break
		}
	}
	r.Reset(1 << 70)
	for {
		ch, size, err := r.ReadRune()
		if err != nil {
			fmt.Println("end:", err)
			break
		}
		fmt.Println(string(ch), size, r.Len())
	}
	fmt.Println(r.UnreadRune(), r.UnreadRune())
	r2 := strings.NewReader("abc")
	c1, _ := r2.ReadByte()
	fmt.Println(string(c1), r2.UnreadByte(), r2.UnreadByte())
	pos, err := r2.Seek(-1, 2)
	fmt.Println(pos, err)
	_, err = r2.Seek(-10, 1)
	fmt.Println(err)
	rest, _ := io.ReadAll(r2)
	fmt.Printf("%q\n", rest)
	r3 := strings.NewReader("copy me to stdout\n")
	nn, err := r3.WriteTo(os.Stdout)
	fmt.Println(nn, err)
	rb := make([]byte, 4)
	k, err := strings.NewReader("abcdef").ReadAt(rb, 4)
	fmt.Printf("%d %v %q\n", k, err, rb[:k])

	// Replacer
	rep := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(rep.Replace("a < b && c > d"))
	fmt.Println(strings.NewReplacer("a", "1", "aa", "2", "aaa", "3").Replace("aaaa"))
	fmt.Println(strings.NewReplacer("aaa", "3", "aa", "2", "a", "1").Replace("aaaa"))
	fmt.Println(strings.NewReplacer("", "X").Replace("abc"))
	fmt.Println(strings.NewReplacer("a", "A", "", "-").Replace("banana"))
	fmt.Println(strings.NewReplacer("hello", "HI", "world", "EARTH").Replace("hello world, hello!"))
	fmt.Println(strings.NewReplacer("a", "b", "b", "a").Replace("abba"))
	fmt.Println(strings.NewReplacer("abc", "x").Replace("ababcabc"))
	fmt.Println(strings.NewReplacer().Replace("unchanged"))
	rep.WriteString(os.Stdout, "<p>fish & chips</p>\n")

	// Repeat panic
	defer func() { fmt.Println("recovered:", recover()) }()
	strings.Repeat("x", -1)
}
