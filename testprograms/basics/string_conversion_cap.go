// []byte(s) and []rune(s) of a non-constant string: Go's capacities (its 32-element buffer for a result
// that does not escape, the size class above 32), which decide whether two appends share storage.
package main

import (
	"fmt"
	"os"
)

func main() {
	s := os.Args[0][:0]
	b := []byte(s)
	fmt.Println(len(b), cap(b))
	t := "héllo wörld"
	if len(os.Args) > 5 {
		t = "x"
	}
	r := []rune(t)
	fmt.Println(len(r), cap(r))
	long := t + t + t + t
	r2 := []rune(long)
	fmt.Println(len(r2), cap(r2))
	b3 := []byte(t)
	b4 := append(b3, '!')
	b5 := append(b3, '?')
	fmt.Println(string(b4), string(b5), cap(b3))
}
