package main

// A Formatter's State.Width and Precision report the last values parsed, even
// when the current directive has none (Go's fast path for a plain lower-case
// verb parses no width); only the Present flags are reset each directive.
// Each call starts with an explicit width and precision: a new call's start
// values are whatever the pooled printer held.

import "fmt"

type probe struct{}

func (probe) Format(s fmt.State, verb rune) {
	w, wok := s.Width()
	p, pok := s.Precision()
	fmt.Fprintf(s, "[%c %d/%v %d/%v]", verb, w, wok, p, pok)
}

func main() {
	var x probe
	fmt.Printf("%8.3d %d %x %v\n", x, x, x, x)
	fmt.Printf("%6.1s %+d % v %#x\n", x, x, x, x)
	fmt.Printf("%7.2v %[1]d %d\n", x, x)
	fmt.Printf("%5.4d %D %d\n", x, x, x)
	fmt.Printf("%9.1d %.d %d\n", x, x, x)
	fmt.Printf("%4.4d %d\n", x)
	fmt.Printf("%3.3d %*d %q\n", x, 12, x, x)
	fmt.Println(fmt.Sprintf("%3.2x %x", x, x))
}
