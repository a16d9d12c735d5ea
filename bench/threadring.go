// threadring: 503 goroutines in a ring, each waiting on its own unbuffered channel, pass a
// token around 5,000,000 times (the Computer Language Benchmarks Game's thread-ring): the cost
// of a goroutine switch when exactly one goroutine can run.
package main

import (
	"fmt"
	"os"
	"strconv"
	"time"
)

const ring = 503

func passes(n int) int {
	var chans [ring]chan int
	for i := range chans {
		chans[i] = make(chan int)
	}
	done := make(chan int)
	for i := 0; i < ring; i++ {
		go func(id int, in, out chan int) {
			for t := range in {
				if t == 0 {
					done <- id
					return
				}
				out <- t - 1
			}
		}(i+1, chans[i], chans[(i+1)%ring])
	}
	chans[0] <- n
	id := <-done
	return id
}

func main() {
	reps := repetitions()
	var id int
	var last time.Duration
	for r := 0; r < reps; r++ {
		start := time.Now()
		id = passes(5000000)
		last = time.Since(start)
	}
	fmt.Println(id)
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
