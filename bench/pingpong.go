// pingpong: two goroutines pass a counter back and forth over two unbuffered channels,
// 100,000 round trips: the cost of a rendezvous and a goroutine switch.
package main

import (
	"fmt"
	"os"
	"time"
)

func roundTrips(n int) int {
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	v := 0
	for i := 0; i < n; i++ {
		ping <- v
		v = <-pong
	}
	close(ping)
	<-pong // wait for the partner to finish
	return v
}

func main() {
	const reps = 5
	const n = 100000
	var v int
	var last time.Duration
	for r := 0; r < reps; r++ {
		start := time.Now()
		v = roundTrips(n)
		last = time.Since(start)
	}
	fmt.Println("round trips:", v)
	fmt.Fprintf(os.Stderr, "bench-last-rep-ms %.3f\n", float64(last.Microseconds())/1000)
}
