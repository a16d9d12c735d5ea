// Deadlock: main waits to receive from a channel that no goroutine will ever send to.
// Go detects that every goroutine is blocked and stops with exit code 2.
package main

import "fmt"

func worker(jobs <-chan int, results chan<- int) {
	for j := range jobs {
		results <- j * 2
	}
	// forgets to close(results)
}

func main() {
	jobs := make(chan int, 3)
	results := make(chan int, 3)
	go worker(jobs, results)
	for i := 1; i <= 3; i++ {
		jobs <- i
	}
	close(jobs)
	sum := 0
	for r := range results { // never ends: results is never closed
		sum += r
		fmt.Println("result", r, "sum", sum)
	}
	fmt.Println("unreachable")
}
