// Goroutines queue up on a locked mutex; main unlocks it and waits. The order
// in which they get the lock follows Go's run queue.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	runtime.GOMAXPROCS(1) // one logical processor: the order below is then fixed

	var mu sync.Mutex
	var sync wg.WaitGroup
	var order []int
	mu.Lock()
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			mu.Lock()
			order = append(order, id)
			fmt.Println("goroutine", id, "has the lock")
			mu.Unlock()
		}(i)
	}
	mu.Unlock()
	wg.Wait()
	fmt.Println("order:", order)
}
