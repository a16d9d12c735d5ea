// text/template's builtin functions at their edges: eq/ne/lt/le/gt/ge across kinds (signed
// with unsigned, nil, non-comparable values, the error texts), index and slice bounds, len,
// call's argument checks, and the html/js escapers on invalid UTF-8 and control characters.
package main

import (
	"fmt"
	"os"
	"text/template"
)

type T struct {
	N int
	L []int
}

func main() {
	data := map[string]any{
		"i": 3, "u": uint(3), "neg": -1, "big": uint64(1 << 63), "s": "abc", "f": 2.5, "c": complex(1, 2),
		"sl": []int{1, 2, 3, 4}, "arr": [2]string{"x", "y"}, "m": map[string]int{"k": 1}, "mi": map[int]string{1: "one"},
		"nilp": (*int)(nil), "t": T{N: 1, L: []int{7}},
		"vf":  func(s string, n ...int) string { return fmt.Sprint(s, n) },
		"add": func(a, b int) int { return a + b }, "ch": make(chan int, 3),
		"odd": "it's <b>\"q\"</b> & = \\ \x00\x01\x7f\u2028é\xff",
	}
	for _, e := range []string{
		`eq .i .u`, `eq .neg .big`, `eq .i 1 2 3`, `eq .i "3"`, `eq .i`, `eq nil nil`, `eq .nilp nil`, `eq .sl .sl`, `eq .t .t`, `eq .c .c`, `eq .i nil`,
		`ne .i .s`, `lt .neg .u`, `lt .u .neg`, `lt .s "abd"`, `lt .c .c`, `lt true false`, `lt .sl .sl`, `le .i 3`, `gt .f 2.0`, `ge .big .neg`, `gt .i .s`,
		`index .sl 3`, `index .sl 4`, `index .sl -1`, `index .sl "x"`, `index .sl nil`, `index .m "q"`, `index .mi 1`, `index .m 1`, `index .nilp 0`, `index nil 1`, `index .i 0`,
		`slice .sl 1 3`, `slice .sl 1 2 4`, `slice .sl 3 1`, `slice .sl 1 3 2`, `slice .sl 9`, `slice .s 1 2 3`, `slice .s 4`, `slice .arr 1`, `slice .i`, `slice .sl 1 1 1 1`,
		`len .ch`, `len .i`, `len .nilp`, `call .add 1 2`, `call .add 1`, `call .add 1 "x"`, `call .vf "a" 1 2`, `call .vf`, `call .i`, `call nil`,
		`html .odd`, `js .odd`, `urlquery .odd`, `html .s 1 .f`,
	} {
		tmpl := template.Must(template.New("t").Parse("{{" + e + "}}"))
		fmt.Printf("%-22s ", e)
		if err := tmpl.Execute(os.Stdout, data); err != nil {
			fmt.Print("error: ", err)
		}
		fmt.Println()
	}
	fmt.Printf("%q\n%q\n", template.HTMLEscapeString("a\xffb<\x00"), template.JSEscapeString("a\xffb<\x1f\u00ad"))
}
