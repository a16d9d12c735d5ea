package main

import (
	"fmt"
	"sort"
	"unicode"
)

func scriptOf(r rune) string {
	names := make([]string, 0, len(unicode.Scripts))
	for name := range unicode.Scripts {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if unicode.Is(unicode.Scripts[name], r) {
			return name
		}
	}
	return "?"
}

func main() {
	fmt.Println(len(unicode.Scripts), len(unicode.Categories))
	for _, r := range "aЖλ中あア한ع€5 ́ሀᏣ𐌰ꦄ" {
		cats := []string{}
		for name, t := range unicode.Categories {
			if len(name) == 2 && unicode.Is(t, r) {
				cats = append(cats, name)
			}
		}
		sort.Strings(cats)
		fmt.Printf("%q %s %v\n", r, scriptOf(r), cats)
	}
	for _, r := range []rune{'7', 'f', 'G', '７', 'ｆ', '中', '\u200d', '\ufdd0', '\U0010fffe', 'x'} {
		fmt.Println(string(r), unicode.Is(unicode.ASCII_Hex_Digit, r), unicode.Is(unicode.Hex_Digit, r), unicode.Is(unicode.Ideographic, r),
			unicode.Is(unicode.Join_Control, r), unicode.Is(unicode.Noncharacter_Code_Point, r), unicode.In(r, unicode.Cherokee, unicode.Gothic))
	}
}
