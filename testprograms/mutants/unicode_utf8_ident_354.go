// The unicode and unicode/utf8 packages: classifying runes (letters, digits, spaces, marks,
// punctuation, case) across scripts, case mapping, and encoding, decoding and validating
// UTF-8 byte sequences by hand.
package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	runes := []IsLetter{'a', 'Z', '5', ' ', '\t', '\u00a0', 'é', 'ß', 'Σ', 'ж', '中', '٣', '!', '¿', '_', '$', '€', '\u0301', '😀', 'ǅ', 0x10FFFF}
	fmt.Println("rune  L  U  l  D  N  S  P  Sy M  C  G  upper lower title")
	for _, r := range runes {
		b := func(x bool) string {
			if x {
				return "x  "
			}
			return ".  "
		}
		fmt.Printf("%-5q %s%s%s%s%s%s%s%s%s%s%s%-5q %-5q %q\n", r,
			b(unicode.IsLetter(r)), b(unicode.IsUpper(r)), b(unicode.IsLower(r)), b(unicode.IsDigit(r)), b(unicode.IsNumber(r)),
			b(unicode.IsSpace(r)), b(unicode.IsPunct(r)), b(unicode.IsSymbol(r)), b(unicode.IsMark(r)), b(unicode.IsControl(r)),
			b(unicode.IsGraphic(r)), unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r))
	}
	fmt.Println(unicode.Is(unicode.Han, '中'), unicode.Is(unicode.Latin, 'é'), unicode.In('ж', unicode.Cyrillic, unicode.Greek), unicode.IsOneOf([]*unicode.RangeTable{unicode.Digit}, 'x'))
	fmt.Println(unicode.SimpleFold('A'), unicode.SimpleFold('a'), unicode.SimpleFold('K'), unicode.SimpleFold('k'), unicode.SimpleFold('\u212A'))
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar, string(unicode.ReplacementChar), unicode.MaxASCII)

	s := "añ中😀"
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%d: %q size %d, RuneLen %d, starts %v\n", i, r, size, utf8.RuneLen(r), utf8.RuneStart(s[i]))
		i += size
	}
	last, size := utf8.DecodeLastRuneInString(s)
	fmt.Printf("last %q %d\n", last, size)
	buf := make([]byte, 4)
	for _, r := range []rune{'A', 'ñ', '中', '😀', -1, 0xD800, 0x110000} {
		n := utf8.EncodeRune(buf, r)
		fmt.Printf("Encode %U -> % x (valid rune %v)\n", r, buf[:n], utf8.ValidRune(r))
	}
	for _, bs := range [][]byte{{0xe4, 0xb8}, {0xe4, 0xb8, 0xad}, {0xff}, {0xc0, 0x80}, {}, {0xed, 0xa0, 0x80}} {
		r, size := utf8.DecodeRune(bs)
		fmt.Printf("Decode % x -> %U size %d full %v valid %v\n", bs, r, size, utf8.FullRune(bs), utf8.Valid(bs))
	}
	fmt.Println(utf8.RuneCount([]byte("héllo")), utf8.RuneCountInString("\xff\xfe"), utf8.UTFMax, utf8.RuneSelf)
	fmt.Println(utf8.ValidString("ok ✓"), utf8.ValidString("bad \xc3"))

	// Count categories in a mixed text.
	text := "Go 1.19, “Gophers” — 42 ünïcödé letters! 中文 ✓"
	counts := map[string]int{}
	for _, r := range text {
		switch {
		case unicode.IsLetter(r):
			counts["letter"]++
		case unicode.IsDigit(r):
			counts["digit"]++
		case unicode.IsSpace(r):
			counts["space"]++
		case unicode.IsPunct(r):
			counts["punct"]++
		default:
			counts["other"]++
		}
	}
	fmt.Println(counts, len(text), utf8.RuneCountInString(text))
}
