// Binary operations where an untyped operand cannot take the other operand's type, and
// comparisons of mismatched types: Go's checker converts the untyped operand first ("cannot
// convert"), reports comparisons at their second operand and arithmetic at the first.
package main

import "unsafe"

type E interface{}

func main() {
	var ptr *int
	var ii interface{ M() }
	var e E
	var b bool
	var n int
	var s string
	var arr [2]int
	var p unsafe.Pointer
	_ = ptr + 1
	_ = ii == 1
	_ = e + 1
	_ = b && 1
	_ = ptr == (n < 2)
	_ = n < s
	_ = 1 == ptr
	_ = p + 1
	_ = arr == 1
	_ = e && true
}
