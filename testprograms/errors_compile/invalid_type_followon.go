package main

// After a first error, types2 does not report messages that name an invalid type (follow-on
// errors of a type that failed to resolve).

type Node struct{ Next *Node }

func third(n *Nod) {}

func wait(ch chan Missing) {}

type Crawler struct{ seen map[_]bool }

func main() {
	var list *Node
	third(list)
	wait(make(chan int))
	_ = Crawler{seen: map[string]bool{}}
}
