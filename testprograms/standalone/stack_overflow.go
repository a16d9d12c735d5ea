// Unbounded recursion exhausts the goroutine stack: Go stops with "fatal error: stack
// overflow" (exit 2) after the "goroutine stack exceeds 1000000000-byte limit" line.
package main

import "fmt"

type tree struct {
	left, right *tree
}

// depth has no base case for a cyclic tree.
func depth(t *tree) int {
	if t == nil {
		return 0
	}
	l, r := depth(t.left), depth(t.right)
	if l > r {
		return l + 1
	}
	return r + 1
}

func main() {
	leaf := &tree{}
	root := &tree{left: &tree{left: leaf}, right: leaf}
	fmt.Println("depth:", depth(root))
	leaf.left = root // make a cycle
	fmt.Println("depth:", depth(root))
}
