// Runaway recursion in a goroutine other than main: Go's stack limit holds for every
// goroutine, and the fatal error ends the whole program (exit 2) while main still waits.
package main

import "fmt"

type list struct {
	next *list
	val  int
}

// sum has no base case for a cyclic list.
func sum(l *list) int {
	if l == nil {
		return 0
	}
	return l.val + sum(l.next)
}

func main() {
	a := &list{val: 1}
	b := &list{val: 2, next: a}
	fmt.Println("sum:", sum(b))
	a.next = b // make a cycle
	done := make(chan int)
	go func() { done <- sum(b) }()
	fmt.Println("sum:", <-done)
}
