// Deadlock: a WaitGroup that is never done because one path forgets to call Done.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 1; i <= 5; i++ {
		wg.Add(1)
		go func(n int) {
			if n == 3 {
				return // bug: returns without wg.Done()
			defer wg.Done()
			mu.Lock()
			total += n
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println("total:", total)
}
