// Array lengths: types2's own messages for a name that is not a constant, an
// undeclared name, a non-integer, a negative or too large constant, a variable.
package main

import "fmt"

var n = 3

const big = 1 << 70

func main() {
	var a [n]int
	var b [1.5]int
	var c [-1]int
	var d [undef]int
	var e [big]int
	var f ["s"]int
	x := 2
	var g [x + 1]int
	var h [2.0]int // an integral float is a valid length
	fmt.Println(a, b, c, d, e, f, g, h)
}
