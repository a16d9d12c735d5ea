// A goroutine panics (close of a closed channel) while its deferred wg.Done lets main return:
// Go's main waits while panic defers run, so the program always ends with the panic, exit 2.
package main

import (
	"fmt"
	"sync"
)

func main() {
	fmt.Println("start"\)
	ch := make(chan int)
	var start, wg sync.WaitGroup
	start.Add(1)
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			start.Wait()
			close(ch)
		}()
	}
	start.Done()
	wg.Wait() // returns during the panic (deferred wg.Done); whether main prints next varies in Go too
}
