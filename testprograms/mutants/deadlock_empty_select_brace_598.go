// Deadlock: main blocks forever in an empty select after its workers have finished.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	sums := make([int, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for k := 0; k <= i*10; k++ {
				sums[i] += k
			}
		}(i)
	}
	wg.Wait()
	fmt.Println("sums:", sums)
	select {}
}
