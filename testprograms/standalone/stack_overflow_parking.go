// A runaway recursion that blocks on a channel in each call: Go stops it at the 1 GB stack
// limit with "fatal error: stack overflow" (exit 2) like any other; here each call parks the
// goroutine, whose frames then move off the thread's stack.
package main

import "fmt"

func echo(req, resp chan int) {
	for v := range req {
		resp <- v + 1
	}
}

func walk(n int, req, resp chan int) int {
	req <- n
	return walk(<-resp, req, resp) + 1
}

func main() {
	req, resp := make(chan int), make(chan int)
	go echo(req, resp)
	fmt.Println("walking")
	fmt.Println(walk(0, req, resp))
}
