// close wakes the goroutines blocked on a channel in Go's order: closechan pushes them on a
// list and readies them last-in first (each readied one takes runnext, the one before goes to
// the run queue), so with one P the order they run in is fixed. Receivers and, with recover,
// senders.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

// waitAll starts n goroutines that block on c (receiving, or sending when send), closes c once
// all have blocked, and returns the order in which they got past the operation.
func waitAll(n int, send bool) []int {
	c := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	order := []int{}
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			defer func() {
				recover() // a sender's "send on closed channel"
				mu.Lock()
				order = append(order, i)
				mu.Unlock()
			}()
			if send {
				c <- i
			} else {
				<-c
			}
		}(i)
	}
	for runtime.NumGoroutine() < n+1 {
		runtime.Gosched()
	}
	runtime.Gosched()
	close(c)
	wg.Wait()
	return order
}

func main() {
	runtime.GOMAXPROCS(1)
	fmt.Println("receivers:", waitAll(5, false))
	fmt.Println("senders:", waitAll(5, true))
	fmt.Println("40 receivers:", waitAll(40, false))
}
