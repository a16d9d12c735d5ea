// The strings package: searching, splitting, joining, trimming, case mapping, replacing,
// Map, Fields, Cut, EqualFold, Builder and Reader.
package main

import (
	"fmt"
	"io"
	"strings"
	"unicode"
)

func main() {
	s := "  The quick brown fox jumps over the lazy dog.  "
	t := strings.TrimSpace(s)
	fmt.Printf("%q\n", t)
	fmt.Println(strings.Contains(t, "fox"), strings.ContainsAny(t, "xyz"), strings.ContainsRune(t, 'Q'), strings.Contains(t, ""))
	fmt.Println(strings.Index(t, "o"), strings.LastIndex(t, "o"), strings.Index(t, "cat"), strings.IndexByte(t, 'q'),
		strings.IndexRune(t, 'z'), strings.IndexAny(t, "xyz"), strings.IndexFunc(t, unicode.IsUpper), strings.LastIndexAny(t, "aeiou"))
	fmt.Println(strings.HasPrefix(t, "The"), strings.HasSuffix(t, "dog."), strings.Count(t, "o"), strings.Count("five", ""))

	fmt.Printf("%q\n", strings.Split("a,b,,c,", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.Split("héllo", ""))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.Fields("  many   spaces\there\n\nand\vtabs "))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b22c333d", unicode.IsDigit))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, " | "), strings.Join(nil, ","), strings.Join([]string{"solo"}, ","))

	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("-", 0)+"|")
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.Replace("oink oink", "oink", "moo", -1), strings.ReplaceAll("aaa", "a", "bb"))
	fmt.Println(strings.Replace("abc", "", "-", -1))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("<a href=\"x&y\">"))

	fmt.Printf("%q %q %q %q\n", strings.Trim("xxhixx", "x"), strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"), strings.Trim("  \t hi \n", " \t\n"))
	fmt.Printf("%q %q %q\n", strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("file.go", ".go"), strings.TrimPrefix("body", "x"))
	fmt.Printf("%q\n", strings.TrimFunc("123abc456", unicode.IsDigit))

	fmt.Println(strings.ToUpper("hello, wörld ß"), strings.ToLower("HELLO, WÖRLD"), strings.Title("hello wide world"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("ß", "SS"), strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))

	rot13 := func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		}
		return r
	}
	enc := strings.Map(rot13, "Hello, Gopher!")
	fmt.Println(enc, strings.Map(rot13, enc))
	dropVowels := stringsMap.(func(r rune) rune {
		if strings.ContainsRune("aeiou", r) {
			return -1
		}
		return r
	}, "programming language")
	fmt.Println(dropVowels)

	before, after, found := strings.Cut("key=value=more", "=")
	fmt.Println(before, after, found)
	before, after, found = strings.Cut("novalue", "=")
	fmt.Printf("%q %q %v\n", before, after, found)

	var sb strings.Builder
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&sb, "%d,", i*i)
	}
	sb.WriteByte('[')
	sb.WriteRune('世')
	sb.WriteString("]")
	fmt.Println(sb.String(), sb.Len())
	sb.Reset()
	fmt.Printf("%q %d\n", sb.String(), sb.Len())

	rd := strings.NewReader("reader data")
	buf := make([]byte, 4)
	for {
		n, err := rd.Read(buf)
		if err == io.EOF {
			fmt.Println("EOF")
			break
		}
		fmt.Printf("%q ", buf[:n])
	}
	fmt.Println(rd.Len(), rd.Size())
	fmt.Println(strings.LastIndexByte("a/b/c", '/'), strings.IndexByte("abc", 'z'), strings.ToTitle("loud"))
}
