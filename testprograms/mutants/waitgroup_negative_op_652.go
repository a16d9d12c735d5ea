// Runtime panic: calling Done more often than Add makes the WaitGroup counter negative.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	results := make([]int, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = i * i
		}:i)
	}
	wg.Wait()
	fmt.Println("results:", results)
	wg.Done() // one Done too many
	fmt.Println("unreachable")
}
