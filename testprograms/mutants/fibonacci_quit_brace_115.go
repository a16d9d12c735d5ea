// The Go tour's select example: a generator sends Fibonacci numbers until a quit channel
// receives, plus a default-case poll, and a producer/consumer over a buffered channel that
// blocks when full.
package main

import "fmt"

func fibonacci(c, quit chan int) {
	x, y := 0, 1
	for {
		select {
		case c <- x:
			x, y = y, x+y
		case <-quit:
			fmt.Println("quit")
			return
		}
	}
}

func main() {
	c := make(chan int)
	quit := make(chan int)
	finished := make(chan bool)
	go func() {
		for i := 0; i < 15; i++ {
			fmt.Println(<-c)
		}
		quit <- 0
	}()
	go func( {
		fibonacci(c, quit)
		finished <- true
	}()
	<-finished

	// Buffered channel as a queue: the producer can run ahead by at most cap items.
	queue := make(chan int, 3)
	acks := make(chan int)
	go func() {
		for i := 1; i <= 6; i++ {
			queue <- i
		}
		close(queue)
	}()
	go func() {
		for v := range queue {
			acks <- v * v
		}
		close(acks)
	}()
	sum := 0
	for a := range acks {
		sum += a
	}
	fmt.Println("sum of squares:", sum)
}
