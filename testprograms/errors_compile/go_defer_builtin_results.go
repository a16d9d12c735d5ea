// go and defer of built-in functions whose result would be discarded, and of conversions:
// Go's messages, positions at the call.
package main

import "unsafe"

type T int

func main() {
	s := []int{1}
	var a [3]int
	c := 1 + 2i
	f := 1.5
	go append(s, 1)
	defer cap(s)
	go complex(1, 2)
	defer imag(c)
	go len(a)
	defer make([]int, 3)
	go new(int)
	defer real(c)
	go unsafe.Sizeof(s)
	defer T(f)
	go int(f)
}
