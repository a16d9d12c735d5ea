package main

// A type that contains itself other than through a pointer, slice, map, channel or function is
// "invalid recursive type" with its cycle; init takes no arguments and returns nothing; a
// send-only channel cannot be ranged over.
type Q Q

type A struct{ b B }
type B [2]A

type List struct {
	next *List // fine: through a pointer
	rest []List
}

type S struct{ S }

func init() int { return 1 }

func init(x int) {}

func main() {
	var so chan<- int
	for x := range so {
		_ = x
	}
	_ = List{}
}
