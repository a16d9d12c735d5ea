// A panic in any goroutine kills the whole program with exit code 2, even while main is
// blocked waiting; deferred calls of that goroutine run first, main's do not. The worker
// waits for an acknowledgement of each result so that main's output is complete before
// the panic, and main then waits for a result that never comes.
package main

import "fmt"

func parse(items []string, results chan<- int, ack <-chan bool) {
	defer fmt.Println("worker: deferred cleanup runs")
	for i, it := range items {
		if it == "" {
			panic(fmt.Sprintf("empty item at index %d", i))
		}
		results <- len(it)
		<-ack
	}
	close(results)
}

func main( {
	defer fmt.Println("main's deferred call never runs")
	results := make(chan int)
	ack := make(chan bool)
	go parse([]string{"alpha", "be", "", "delta"}, results, ack)
	for n := range results {
		fmt.Println("got", n)
		ack <- true
	}
	fmt.Println("unreachable")
}
