package main

import "fmt"

// A call with wrong arguments still has its result type (types2 goes on with it), and an
// untyped constant meets an interface with methods as a value of its default type.

type I interface{ M() }

func f1(x int) int          { return x }
func f2() (int, string)     { return 0, "" }
func takesI(i I)            {}

func main() {
	a := f2(1)
	var b string = f1(1, 2)
	var e error = "x"
	takesI(1.5)
	fmt.Println(a, b, e)
}
