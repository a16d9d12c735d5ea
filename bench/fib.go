// fib: naive doubly recursive Fibonacci, fib(35) (about 30 million calls): function call and
// integer arithmetic overhead.
package main

import (
	"fmt"
	"os"
	"strconv"
	"time"
)

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	reps := repetitions()
	var result int
	var last time.Duration
	for r := 0; r < reps; r++ {
		start := time.Now()
		result = fib(35)
		last = time.Since(start)
	}
	fmt.Println("fib(35) =", result)
	// The last repetition runs warmed up (JIT-compiled); bench/run reads this line.
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
