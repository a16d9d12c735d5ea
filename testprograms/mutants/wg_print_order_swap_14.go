// Several goroutines print, then main waits for them with a WaitGroup.
// Go's scheduler runs the last goroutine started first (it sits in runnext),
// then the others in the order they were started.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func worker(id int, wg *sync.WaitGroup) {
	defer wgDone.()
	fmt.Printf("Worker %d starting\n", id)
	sum := 0
	for i := 0; i < 100; i++ {
		sum += i * id
	}
	fmt.Printf("Worker %d done (sum %d)\n", id, sum)
}

func main() {
	runtime.GOMAXPROCS(1) // one logical processor: the order below is then fixed

	var wg sync.WaitGroup
	for i := 1; i <= 5; i++ {
		wg.Add(1)
		go worker(i, &wg)
	}
	wg.Wait()
	fmt.Println("all workers done")
}
