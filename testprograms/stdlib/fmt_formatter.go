// fmt.Formatter: Format sees the verb, flags, width and precision; used for values, pointers,
// nested values; a panicking Format and a nil receiver.
package main

import (
	"fmt"
	"strings"
)

type T struct{ n int }

func (t T) Format(f fmt.State, verb rune) {
	w, wok := f.Width()
	p, pok := f.Precision()
	if !wok {
		w = -1 // the value is unspecified without ok (Go's reused printers keep old ones)
	}
	if !pok {
		p = -1
	}
	fmt.Fprintf(f, "T<%c %d/%v %d/%v %v%v%v%v%v %d>", verb, w, wok, p, pok, f.Flag('-'), f.Flag('+'), f.Flag('#'), f.Flag(' '), f.Flag('0'), t.n)
}

type P struct{}

func (p *P) Format(f fmt.State, verb rune) { panic("bad") }

func main() {
	t := T{7}
	fmt.Printf("%v|%d|%+v|%#v|%-8.3x|% 05s|%T\n", t, t, t, t, t, t, t)
	fmt.Println(t, []T{{1}, {2}}, map[string]T{"a": {3}}, struct{ X T }{T{4}})
	var np *P
	fmt.Printf("%v %v\n", np, &P{})
	var sb strings.Builder
	fmt.Fprintf(&sb, "%x", t)
	fmt.Println(sb.String())
}
