// spawn: starts 100,000 goroutines that each send their number on one channel and mark a
// WaitGroup done; main receives and sums them: goroutine creation, scheduling and exit.
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
	"time"
)

func spawn(n int) int {
	results := make(chan int, 128)
	var wg sync.WaitGroup
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func(i int) {
			defer wg.Done()
			results <- i
		}(i)
	}
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-results
	}
	wg.Wait()
	return sum
}

func main() {
	reps := repetitions()
	const n = 100000
	var sum int
	var last time.Duration
	for r := 0; r < reps; r++ {
		start := time.Now()
		sum = spawn(n)
		last = time.Since(start)
	}
	fmt.Println("goroutines:", n, "sum:", sum)
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
