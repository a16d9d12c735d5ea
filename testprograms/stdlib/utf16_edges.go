// unicode/utf16 at its edges: the plane boundaries, lone and swapped surrogates, values
// outside Unicode, and the length and capacity of what Encode and Decode return.
package main

import (
	"fmt"
	"unicode/utf16"
)

func main() {
	runes := []rune{0, 'a', 0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xfffd, 0xffff,
		0x10000, 0x1f600, 0x10ffff, 0x110000, -1, -0x7fffffff}
	for _, r := range runes {
		hi, lo := utf16.EncodeRune(r)
		fmt.Printf("%#x surrogate=%v pair=%#x,%#x back=%#x\n", r, utf16.IsSurrogate(r), hi, lo, utf16.DecodeRune(hi, lo))
	}
	enc := utf16.Encode(runes)
	fmt.Printf("encode len %d cap %d: %x\n", len(enc), cap(enc), enc)
	dec := utf16.Decode(enc)
	fmt.Printf("decode len %d cap %d: %x\n", len(dec), cap(dec), dec)
	for _, s := range [][]uint16{
		{0xd800}, {0xdc00}, {0xdc00, 0xd800}, {0xd800, 0xd800, 0xdc00}, {0xd83d, 0xde00, 'x'},
		{0xdbff, 0xdfff}, {'a', 0xd800, 'b'}, {}, nil,
	} {
		d := utf16.Decode(s)
		fmt.Printf("%x -> %x (len %d cap %d)\n", s, d, len(d), cap(d))
	}
	fmt.Println(utf16.DecodeRune(0xdc00, 0xd800), utf16.DecodeRune('a', 0xdc00), utf16.DecodeRune(0xd800, 'b'))
	e := utf16.Encode(nil)
	fmt.Println(len(e), cap(e), e == nil)
}
