// parallel: counts the primes below 3,000,000 by trial division, the range split into chunks
// handed to 8 worker goroutines (run at GOMAXPROCS=1, 2 and 4): CPU-bound work that should
// scale with the number of Ps.
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
	"time"
)

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	if n%2 == 0 {
		return n == 2
	}
	for d := 3; d*d <= n; d += 2 {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func countPrimes(limit, workers int) int {
	const chunk = 10000
	next := make(chan int, workers)
	counts := make(chan int, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c := 0
			for lo := range next {
				hi := lo + chunk
				if hi > limit {
					hi = limit
				}
				for n := lo; n < hi; n++ {
					if isPrime(n) {
						c++
					}
				}
			}
			counts <- c
		}()
	}
	for lo := 0; lo < limit; lo += chunk {
		next <- lo
	}
	close(next)
	wg.Wait()
	close(counts)
	total := 0
	for c := range counts {
		total += c
	}
	return total
}

func main() {
	reps := repetitions()
	const limit = 3000000
	const workers = 8
	var primes int
	var last time.Duration
	for r := 0; r < reps; r++ {
		start := time.Now()
		primes = countPrimes(limit, workers)
		last = time.Since(start)
	}
	fmt.Println("primes below", limit, "=", primes)
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
