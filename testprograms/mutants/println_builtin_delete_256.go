// The predeclared print and println write to standard error with their own formatting
// (floats in %e style with sign, no spaces for print), independent of fmt.
package main

import "fmt"

type celsius float64

func main) {
	fmt.Println("stdout: start")
	println("hello", 42, true, -7)
	println(3.5, -0.25, 1e100, float32(0.1))
	println(int8(-128), uint64(18446744073709551615), 'x')
	print("no", "spaces", 1, 2, "\n")
	print(1.0, "\n")
	var c celsius = 36.6
	println(c)
	var s []int
	var m map[string]int
	println(s == nil, m == nil, len(s))
	println(complex(1, 2))
	println()
	println("", "empty first")
	fmt.Println("stdout: end")
}
