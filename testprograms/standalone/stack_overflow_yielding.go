// A runaway recursion that loops in each call: Go stops it at the 1 GB stack limit with
// "fatal error: stack overflow" (exit 2) like any other; here each call's loop may yield
// the goroutine, whose frames then move off the thread's stack.
package main

import "fmt"

func walk(n int) int {
	s := 0
	for i := 0; i < 50; i++ {
		s += i * n
	}
	return walk(n+1) + s%7
}

func main() {
	fmt.Println("walking")
	fmt.Println(walk(0))
}
