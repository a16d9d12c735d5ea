// Preemption: with GOMAXPROCS(1), a goroutine spinning in a loop without function calls or
// channel operations must not starve main (Go 1.14+ preempts it asynchronously). Main sleeps,
// gets the processor back, and stops the spinner through an atomic flag.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
	"time"
)

func main() {
	runtime.GOMAXPROCS(1)
	var stop int32
	var spins int64
	started := make(chan bool)
	finished := make(chan bool)
	go func() {
		started <- true
		n := int64(0)
		for atomic.LoadInt32(&stop) == 0 {
			n++
		}
		atomic.StoreInt64(&spins, n)
		finished <- true
	}()
	<-started
	time.Sleep(20 * time.Millisecond) // the spinner now owns the only P
	fmt.Println("main runs again while the spinner loops")
	atomic.StoreInt32(&stop, 1)
	<-finished
	fmt.Println("spinner stopped after spinning:", atomic.LoadInt64(&spins) > 0)

	// Several pure busy loops (not even an atomic load) share the single P with main.
	for i := 0; i < 3; i++ {
		go func() {
			for {
			}
		}()
	}
	time.Sleep(30 * time.Millisecond)
	fmt.Println("main still gets scheduled with 3 infinite loops running")

	// A CPU-bound computation in another goroutine still finishes while a spinner runs.
	result := make(chan int)
	go func() {
		sum = 0
		for i := 0; i < 5_000_000; i++ {
			sum += i % 7
		}
		result <- sum
	}()
	fmt.Println("sum:", <-result)
	fmt.Println("GOMAXPROCS:", runtime.GOMAXPROCS(0))
}
