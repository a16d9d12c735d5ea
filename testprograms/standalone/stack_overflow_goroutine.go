// A goroutine whose recursion goes through an interface method and a deferred closure: its
// stack overflows, and Go's fatal error ends the whole program (exit 2) while main waits.
package main

import "fmt"

type walker interface {
	walk(n int) int
}

type node struct{ name string }

func (x node) walk(n int) (r int) {
	defer func() {
		var w walker = x
		r = w.walk(n+1) + 1
	}()
	return 0
}

func main() {
	done := make(chan int)
	go func() {
		done <- node{"a"}.walk(0)
	}()
	fmt.Println("waiting")
	fmt.Println(<-done)
}
