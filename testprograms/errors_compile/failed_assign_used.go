package main

import "fmt"

// types2 marks the variables of a failed assignment or initialization used (no follow-on
// "declared and not used"), and says which part of a struct or array makes it incomparable.

type Q struct{ f []int }
type A [2][]int
type W struct{ q Q }

func two() (int, string) { return 1, "" }

func main() {
	x := 1
	x = "s"
	a, b := 1, 2
	a, b = "s", 3
	c, d := 1, 2
	c, d = two()
	e := 1
	e, f := "s", 2
	var g int = "s"
	h, k := two(), 1
	_ = Q{} == Q{}
	_ = A{} == A{}
	_ = W{} == W{}
	fmt.Println()
}
