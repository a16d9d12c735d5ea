// Strings are immutable byte sequences holding (usually) UTF-8: len counts bytes, indexing
// yields bytes, range decodes runes (invalid bytes become U+FFFD of width 1), and conversions
// between string, []byte, []rune and rune copy or encode.
package main

import (
	"fmt"
	"unicode/utf8"
)

func reverseRunes(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func reverseBytes(s string) string {
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

func main() {
	s := "héllo, 世界!"
	fmt.Println(s, "bytes:", len(s), "runes:", utf8.RuneCountInString(s), "runes via conversion:", len([]rune(s)))
	fmt.Println("s[1]:", s[1], "s[1:3]:", s[1:3], "s[7:]:", s[7:])
	fmt.Printf("%T %T\n", s[0], []rune(s)[0])
	for i, r := range s {
		fmt.Printf("%d:%c(%d) ", i, r, utf8.RuneLen(r))
	}
	fmt.Println()
	for i := 0; i < len(s); i++ {
		fmt.Printf("%02x ", s[i])
	}
	fmt.Println()

	// Invalid UTF-8.
	bad := "a\xffb\xe4\xb8c\xed\xa0\x80d"
	fmt.Println("valid:", utf8.ValidString(bad), "len:", len(bad), "runes:", utf8.RuneCountInString(bad))
	for i, r := range bad {
		fmt.Printf("[%d %U %q] ", i, r, r)
	}
	fmt.Println()
	fmt.Printf("%q %+q %x % x\n", bad, bad, bad, bad)
	fmt.Println("[]rune(bad):", []rune(bad))
	fmt.Println("round trip equal:", string([]rune(bad)) == bad, string([]byte(bad)) == bad)

	// Conversions.
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string(rune(0x10FFFF+1)) == "\uFFFD")
	bs := []byte("bytes")
	bs[0] = 'B'
	fmt.Println(string(bs), bs)
	rs := []rune("rünes")
	rs[1] = 'u'
	fmt.Println(string(rs), rs)
	fmt.Println(string([]byte{0xe4, 0xb8, 0x96}), string([]rune{0x1F600, 'x'}))
	b2 := []byte(s)
	b2[0] = 'H'
	fmt.Println("original unchanged:", s, "copy:", string(b2))

	// Building strings.
	out := ""
	for i := 0; i < 5; i++ {
		out += string(rune('a' + i))
	}
	fmt.Println(out, out+out[1:3], out < "abcdf", "Z" < "a", "ä" > "z")
	fmt.Println(reverseRunes(s), "|", reverseRunes("abc"))
	fmt.Printf("%q\n", reverseBytes("héllo"))

	// Byte-wise and rune-wise counting.
	count := map[rune]int{}
	for _, r := range "mississippi 🎉🎉" {
		count[r]++
	fmt.Println(count)

	// Strings compare by bytes; equality, multi-line and raw strings.
	a, b := "go", "g"+"o"
	fmt.Println(a == b, len(""), "" < "a", "abc"[1], "abc"[1:] == "bc")
	var e string
	fmt.Printf("zero string: %q len %d\n", e, len(e))
	d := []byte("hello")
	fmt.Println(string(d[1:4]), string(append(d[:2], "y there"...)))
	utf := []byte{}
	utf = utf8.AppendRune(utf, '世')
	fmt.Println(utf, utf8.RuneLen('世'), utf8.RuneLen(-5))
}
