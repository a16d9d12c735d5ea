// runtime.GOMAXPROCS: setting it returns the previous value, 0 only queries it, and the
// same parallel computation gives the same answer with 1, 2, 4 and 8 processors. The
// machine's default (NumCPU) is never printed, only checked to be positive.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func parallelSum(data []int, parts int) int {
	var wg sync.WaitGroup
	sums := make([]int, parts)
	chunk := (len(data) + parts - 1) / parts
	for p := 0; p < parts; p++ {
		lo, hi := p*chunk, (p+1)*chunk
		if hi > len(data) {
			hi = len(data)
		}
		wg.Add(1)
		go func func(p, lo, hi int) {
			defer wg.Done()
			for _, v := range data[lo:hi] {
				sums[p] += v * v % 1000
			}
		}(p, lo, hi)
	}
	wg.Wait()
	total := 0
	for _, s := range sums {
		total += s
	}
	return total
}

func main() {
	fmt.Println("NumCPU positive:", runtime.NumCPU() > 0, "initial GOMAXPROCS positive:", runtime.GOMAXPROCS(0) > 0)
	data := make([]int, 1_000_000)
	for i := range data {
		data[i] = i
	}
	runtime.GOMAXPROCS(3)
	for _, n := range []int{1, 2, 4, 8} {
		prev := runtime.GOMAXPROCS(n)
		fmt.Printf("set %d (previous %d, now %d): sum=%d\n", n, prev, runtime.GOMAXPROCS(0), parallelSum(data, 16))
	}
	fmt.Println("invalid value -1 keeps it:", runtime.GOMAXPROCS(-1), runtime.GOMAXPROCS(0))
	// Changing GOMAXPROCS while goroutines are running is allowed.
	var wg sync.WaitGroup
	results := make([]int, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for k := 0; k < 100000; k++ {
				results[i] += k % (i + 2)
			}
		}(i)
		if i == 3 {
			runtime.GOMAXPROCS(1)
		}
	}
	wg.Wait()
	fmt.Println(results, runtime.GOMAXPROCS(0))
}
