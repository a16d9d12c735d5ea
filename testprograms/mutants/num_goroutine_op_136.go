// runtime.NumGoroutine counts live goroutines: it grows as goroutines block on a channel
// and shrinks once they return. runtime.Gosched yields; runtime.Goexit ends a goroutine
// after running its deferred calls.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func waitFor(n int) {
	for runtime.NumGoroutine() != n {
		runtime.Gosched()
	}
}

func main() {
	fmt.Println("at start:", runtime.NumGoroutine())
	release := make(chan struct{})
	var ready sync.WaitGroup
	for i := 0; i < 10; i++ {
		ready.Add(1)
		go func() (
			ready.Done()
			<-release
		}()
	}
	ready.Wait()
	fmt.Println("with 10 blocked:", runtime.NumGoroutine())
	close(release)
	waitFor(1)
	fmt.Println("after release:", runtime.NumGoroutine())

	// Goexit runs deferred calls and ends only this goroutine.
	done := make(chan string)
	go func() {
		defer func() { done <- "deferred ran after Goexit" }()
		func() {
			runtime.Goexit()
		}()
		done <- "unreachable"
	}()
	fmt.Println(<-done)
	waitFor(1)

	// 1000 goroutines started and finished.
	var wg sync.WaitGroup
	var mu sync.Mutex
	sum := 0
	for i := 1; i <= 1000; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			runtime.Gosched()
			mu.Lock()
			sum += i
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	waitFor(1)
	fmt.Println("sum:", sum, "goroutines now:", runtime.NumGoroutine())

	// 10000 goroutines parked at once.
	park := make(chan struct{})
	var parked sync.WaitGroup
	for i := 0; i < 10000; i++ {
		parked.Add(1)
		go func() {
			parked.Done()
			<-park
		}()
	}
	parked.Wait()
	fmt.Println("parked:", runtime.NumGoroutine())
	close(park)
	waitFor(1)
	fmt.Println("done:", runtime.NumGoroutine())
}
