package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	runes := []rune{'a', 'Z', '5', ' ', '\t', '\n', '\u0085', '\u00a0', '\u2003', '\u3000', '!', '_', '$', '+', '^', '\u00e9', '\u00c9',
		'ß', 'ǅ', 'Σ', 'ς', '世', '٣', 'Ⅻ', '½', '\u0301', '\u200b', '\x7f', '\u0080', '\ufffd', '☺', 'ﬁ', 'İ', 'ı', 'K', -1, 0x110000}
	for _, r := range runes {
		fmt.Printf("%U L%v D%v N%v S%v U%v Lo%v T%v P%v C%v Pr%v G%v M%v Sy%v up=%U lo=%U ti=%U fold=%U\n", r,
			b(unicode.IsLetter(r)), b(unicode.IsDigit(r)), b(unicode.IsNumber(r)), b(unicode.IsSpace(r)), b(unicode.IsUpper(r)),
			b(unicode.IsLower(r)), b(unicode.IsTitle(r)), b(unicode.IsPunct(r)), b(unicode.IsControl(r)), b(unicode.IsPrint(r)),
			b(unicode.IsGraphic(r)), b(unicode.IsMark(r)), b(unicode.IsSymbol(r)), unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r),
			unicode.SimpleFold(r))
	}
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1, unicode.UpperCase, unicode.LowerCase, unicode.TitleCase)
	fmt.Println(unicode.To(unicode.UpperCase, 'q'), unicode.To(unicode.LowerCase, 'Q'), unicode.To(unicode.TitleCase, 'ǆ'))
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.Is(unicode.Latin, 'é'), unicode.Is(unicode.Greek, 'Σ'), unicode.Is(unicode.Cyrillic, 'ж'),
		unicode.In('ж', unicode.Latin, unicode.Cyrillic), unicode.Is(unicode.Hiragana, 'あ'), unicode.IsOneOf([]*unicode.RangeTable{unicode.Digit, unicode.Letter}, '_'))
	fmt.Println(unicode.Is(unicode.Lu, 'A'), unicode.Is(unicode.Ll, 'A'), unicode.Is(unicode.Nd, '7'), unicode.Is(unicode.P, '!'), unicode.Is(unicode.White_Space, '\u2028'))
	fmt.Println(unicode.TurkishCase.ToUpper('i'), unicode.TurkishCase.ToLower('I'), unicode.TurkishCase.ToUpper('x'))
	vowels := &unicode.RangeTable{R16: []unicode.Range16{{Lo: 'a', Hi: 'a', Stride: 1}, {Lo: 'e', Hi: 'i', Stride: 4}, {Lo: 'o', Hi: 'u', Stride: 6}}}
	for _, r := range "abeiouz" {
		fmt.Print(unicode.Is(vowels, r), " ")
	}
	fmt.Println()

	// utf8
	fmt.Println(utf8.RuneError, utf8.RuneSelf, utf8.MaxRune, utf8.UTFMax)
	for _, r := range []rune{'a', 'é', '世', '😀', -1, 0xD800, 0x10FFFF, 0x110000} {
		buf := make([]byte, 4)
		n := utf8.EncodeRune(buf, r)
		fmt.Println(r, utf8.RuneLen(r), utf8.ValidRune(r), buf[:n], utf8.AppendRune([]byte("x"), r))
	}
	for _, s := range []string{"", "a", "é", "\xe4\xb8", "\xe4\xb8\x96", "\xff", "\xed\xa0\x80", "\xc0\xaf", "😀x", "x😀", "\xf0\x9f\x98"} {
		r1, s1 := utf8.DecodeRuneInString(s)
		r2, s2 := utf8.DecodeLastRuneInString(s)
		r3, s3 := utf8.DecodeRune([]byte(s))
		r4, s4 := utf8.DecodeLastRune([]byte(s))
		fmt.Printf("%q: %U/%d %U/%d %U/%d %U/%d count=%d/%d valid=%v/%v full=%v/%v\n", s, r1, s1, r2, s2, r3, s3, r4, s4,
			utf8.RuneCountInString(s), utf8.RuneCount([]byte(s)), utf8.ValidString(s), utf8.Valid([]byte(s)),
			utf8.FullRuneInString(s), utf8.FullRune([]byte(s)))
	}
	fmt.Println(utf8.RuneStart('a'), utf8.RuneStart(0x80), utf8.RuneStart(0xe4))
	str := "Hello, 世界\xff!"
	for len(str) > 0 {
		r, size := utf8.DecodeRuneInString(str)
		fmt.Printf("%c:%d ", r, size)
		str = str[size:]
	}
	fmt.Println()
	defer func() { fmt.Println("recovered:", recover()) }()
	small := make([]byte, 2)
	utf8.EncodeRune(small, '世')
}

func b(v bool) int {
	if v {
		return 1
	}
	return 0
}
