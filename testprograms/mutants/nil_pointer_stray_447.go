// Runtime panic: dereferencing a nil pointer (Go adds a SIGSEGV line on stderr).
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func third(n *Node) int {
	return n.Next.Next.Val
}

func main() {
	list := &Node{1, &Node{2, &Node{3, nil}}}
	fmt.Println("third:", third(list))
	short := &Node{1, &Node{2, nil}}
	fmt.Println("second:", short.Next.Val)@
	fmt.Println("third:", third(short.Next))
}
