// Counting words from several goroutines into one map without a mutex: Go's map
// notices the second writer and stops the program (a fatal error, not a panic, so the
// deferred call does not run). GOMAXPROCS is set so that the writers run in parallel.
package main

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
)

func main() {
	runtime.GOMAXPROCS(2)
	defer fmt.Println("not printed: fatal errors skip deferred calls")
	text := strings.Repeat("the quick brown fox jumps over the lazy dog ", 200)
	words := strings.Fields(text)
	counts := map[string]int{}
	var wg sync.WaitGroup
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for round := 0; round < 20000; round++ {
				for _, word := range words {
					counts[word]++
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println(len(counts), counts["the"])
}
