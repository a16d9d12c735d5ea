// Compile errors: more than ten mistakes in one file; Go reports the first ten in position
// order and then "too many errors".
package main

import (
	"fmt"
	"os"
)

func compute(a int, b string) int {
	c := a + b
	d := undefinedFunc(a)
	var e int = "text"
	f := 1
	return c
}

func other() string {
	x := y
	var s string = 5
	t := s * 2
	u := missing.Field
	return 42
}

func main() {
	var unused int
	g := compute(1)
	h := other(1, 2)
	fmt.Println(g + h)
}
