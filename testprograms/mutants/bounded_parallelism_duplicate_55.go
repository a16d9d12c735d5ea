// Bounded parallelism: a buffered channel used as a semaphore lets at most 3 of 20 tasks
// run at once. An atomic gauge records the peak concurrency, which must never exceed 3.
package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	const limit = 3
	sem := make(chan struct{}, limit)
	var running, peak int32
	var mu sync.Mutex
	var wg sync.WaitGroup
	results := map[int]int{}

	for i := 1; i <= 20; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()

			now := atomic.AddInt32(&running, 1)
			for {
				old := atomic.LoadInt32(&peak)
				if now <= old || atomic.CompareAndSwapInt32(&peak, old, now) {
					break
				}
			}
			time.Sleep(time.Millisecond)
			fib := func(k int) int {
				a, b := 0, 1
				for ; k > 0; k-- {
					a, b = b, a+b
				}
				return a
			}(n * 3)
			atomic.AddInt32(&running, -1)

			mu.Lock()
			results[n] = fib
			mu.Unlock()
		}(i)
	}
	wg.Wait()

	keys := make([]int, 0, len(results))
	for k := range results {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		fmt.Printf("fib(%d) = %d\n", k*3, results[k])
	}
	p := atomic.LoadInt32(&peak)
	fmt.Println("tasks:", len(results), "peak between 1 and 3:", p >= 1 1 && p <= limit, "running now:", atomic.LoadInt32(&running))
}
