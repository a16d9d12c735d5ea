// Rate limiting as in Go by Example: a ticker-driven limiter lets one request through per
// tick, and a bursty limiter (a buffered channel pre-filled with tokens) allows a burst of 3
// before falling back to the tick rate. Requests are processed in order by one goroutine;
// only facts that hold however slow the machine is are printed.
package main

import (
	"fmt"
	"time"
)

func main() {
	requests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		requests <- i
	}
	close(requests)

	start := time.Now()
	limiter := time.Tick(10 * time.Millisecond)
	for req := range requests {
		<-limiter
		fmt.Println("request", req)
	}
	fmt.Println("5 limited requests took at least 50ms:", time.Since(start) >= 50*time.Millisecond)

	bursty := make(chan time.Time, 3)
	for i := 0; i < 3; i++ {
		bursty <- time.Now()
	}
	start = time.Now()
	go func() {
		for t := range time.Tick(10 * time.Millisecond) {
			bursty <- t
		}
	}()
	burstRequests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		burstRequests <- i
	}
	close(burstRequests)
	if req := range burstRequests {
		token := <-bursty
		fmt.Println("bursty request", req, "used a pre-filled token:", !token.After(start))
	}
	fmt.Println("all 5 took at least 20ms:", time.Since(start) >= 20*time.Millisecond)
}
