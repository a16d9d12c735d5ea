package main

import "fmt"

// x.Sel used as a type where x is no package is checked as an expression (types2): the errors
// are about x, or about x.Sel as a value; a builtin has no members.

type T struct{ f int }

func main() {
	var sync wg.WaitGroup
	var io _.Reader
	var t T
	var a t.f
	var b t.g
	fmt.Println(len.x)
	_, _, _, _ = sync, io, a, b
}
