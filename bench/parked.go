// parked: 100,000 goroutines all block on one channel, then it is closed and they finish:
// the memory a parked goroutine costs (bench/run reports the peak RSS) and wake-up of many.
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
	"time"
)

func parkAll(n int) int {
	release := make(chan struct{})
	var started, done sync.WaitGroup
	var mu sync.Mutex
	sum := 0
	for i := 0; i < n; i++ {
		started.Add(1)
		done.Add(1)
		go func(i int) {
			defer done.Done()
			started.Done()
			<-release
			mu.Lock()
			sum += i
			mu.Unlock()
		}(i)
	}
	started.Wait() // all have started, and go straight to the receive
	close(release)
	done.Wait()
	return sum
}

func main() {
	reps := repetitions()
	var sum int
	var last time.Duration
	for r := 0; r < reps; r++ {
		start := time.Now()
		sum = parkAll(100000)
		last = time.Since(start)
	}
	fmt.Println("sum", sum)
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
