// pingpong: two goroutines pass a counter back and forth over two unbuffered channels,
// 500,000 round trips (a million messages): the cost of a rendezvous and a goroutine switch.
package main

import (
	"fmt"
	"os"
	"strconv"
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
	reps := repetitions()
	const n = 500000
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

// repetitions: how many times the kernel runs, from the first argument (default 1). bench/run
// times one run for the wall time, and five for the time of the last, warmed-up one.
func repetitions() int {
	if len(os.Args) > 1 {
		if n, err := strconv.Atoi(os.Args[1]); err == nil && n > 0 {
			return n
		}
	}
	return 1
}
