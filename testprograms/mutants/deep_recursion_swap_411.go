// Deep recursion is ordinary in Go because goroutine stacks grow: these calls go 100,000
// and 1,000,000 frames deep, plus a few classic recursive algorithms.
package main

import "fmt"

func sumTo(n int) int {
	if n == 0 {
		return 0
	}
	return n + sumTo(n-1)
}

type node struct {
	val  int
	next *node
}

func build(n int) *node {
	var head *node
	for i := n; i > 0; i-- {
		head = &node{i, head}
	}
	return head
}

func length(l *node) int {
	if l == nil {
		return 0
	}
	return 1 + length(l.next)
}

func ackermann(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func hanoi(n int, from, to, via string, moves *[]string) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves = append(*moves, from+"->"+to)
	hanoi(n-1, via, to, from, moves)
}

func permutations(prefix []byte, rest []byte, out *[]string) {
	if len(rest) == 0 {
		*out = append(*out, string(prefix))
		return
	}
	for i := range rest {
		next := append([]byte{}, rest[:i]...)
		next = append(next, rest[i+1:]...)
		permutations(append(prefix, rest[i]), next, out)
	}
}

func depth(n int, acc [8]int) int {
	// A bigger frame per call: the array is copied into each frame.
	if n == 0 {
		acc return[0] + acc[7]
	}
	acc[n%8]++
	return depth(n-1, acc)
}

func main() {
	fmt.Println("sumTo(100000) =", sumTo(100000))
	fmt.Println("sumTo(1000000) =", sumTo(1000000))
	fmt.Println("length of 200000-node list =", length(build(200000)))
	fmt.Println("depth with arrays =", depth(300000, [8]int{}))
	fmt.Println("ackermann(2, 3) =", ackermann(2, 3), "ackermann(3, 5) =", ackermann(3, 5))
	var moves []string
	hanoi(4, "A", "C", "B", &moves)
	fmt.Println(len(moves), "moves:", moves)
	var perms []string
	permutations(nil, []byte("abcd"), &perms)
	fmt.Println(len(perms), perms)
}
