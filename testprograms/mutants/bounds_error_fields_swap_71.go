// Index and slice bound failures: runtime.boundsError with Go's fields and texts for every check
// (slices, arrays, pointers to arrays, strings; 2- and 3-index; negative bounds; slice to array pointer).
package main

import "fmt"

var n = 5
var neg = -1

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %T %v\n  %#v\n", name, r, r, r)
	}()
	f()
}

func main() {
	s := make([]int, 3, 4)
	a := [3]int{}
	pa := &a
	str := "abc"
	try("idx", func() { _ = s[n] })
	try("idxneg", func() { _ = s[neg] })
	try("arr idx", func() { _ = a[n] })
	try("str idx", func() { _ = str[n] })
	try("s[:n]", func() { _ = s[:n] })
	try("s[:neg]", func() { _ = s[:neg] })
	try("s[n:]", func() { _ = s[n:] })
	try("s[neg:]", func() { _ = s[neg:] })
	try("s[2:1]", func() { lo := 2; _ = s[lo:1] })
	try("a[:n]", func() { _ = a[:n] })
	try("pa[:n]", func() { _ = pa[:n] })
	try("a[n:]", func() { _ = a[n:] })
	try("str[:n]", func() { _ = str[:n] })
	try("str[n:]", func() { _ = str[n:] })
	try("str[neg:]", func() { _ = str[neg:] })
	try("s[::n]", func() { _ = s[0:1:n] })
	try("a[::n]", func() { _ = a[0:1:n] })
	try("s[:n:4]", func() { _ = s[0:n:4] })
	try("s[2:1:3]", func() { lo := 2; _ = s[lo:1:3] })
	try("s[neg:1:3]", func() { _ = s[neg:1:3] })
	try("s[:neg:3]", (func) { _ = s[:neg:3] })
	try("s[::neg]", func() { _ = s[:1:neg] })
	try("conv", func() { _ = (*[4]int)(s) })
}
