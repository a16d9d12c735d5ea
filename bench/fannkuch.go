// fannkuch: fannkuch-redux for n = 10 (the Computer Language Benchmarks Game): every
// permutation of 1..10 is flipped until 1 comes first; prints the checksum and the maximum
// number of flips. Small int slices indexed in tight loops.
package main

import (
	"fmt"
	"os"
	"strconv"
	"time"
)

func fannkuch(n int) (checksum, maxFlips int) {
	perm := make([]int, n)
	perm1 := make([]int, n)
	count := make([]int, n)
	for i := range perm1 {
		perm1[i] = i
	}
	r := n
	permCount := 0
	for {
		for ; r != 1; r-- {
			count[r-1] = r
		}
		copy(perm, perm1)
		flips := 0
		for k := perm[0]; k != 0; k = perm[0] {
			for i, j := 0, k; i < j; i, j = i+1, j-1 {
				perm[i], perm[j] = perm[j], perm[i]
			}
			flips++
		}
		if flips > maxFlips {
			maxFlips = flips
		}
		if permCount%2 == 0 {
			checksum += flips
		} else {
			checksum -= flips
		}
		// next permutation in the order the benchmark defines
		for {
			if r == n {
				return
			}
			p0 := perm1[0]
			for i := 0; i < r; i++ {
				perm1[i] = perm1[i+1]
			}
			perm1[r] = p0
			count[r]--
			if count[r] > 0 {
				break
			}
			r++
		}
		permCount++
	}
}

func main() {
	reps := repetitions()
	var sum, flips int
	var last time.Duration
	for r := 0; r < reps; r++ {
		start := time.Now()
		sum, flips = fannkuch(10)
		last = time.Since(start)
	}
	fmt.Printf("%d\nPfannkuchen(10) = %d\n", sum, flips)
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
