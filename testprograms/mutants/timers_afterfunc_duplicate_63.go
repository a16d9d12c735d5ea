// Timers: time.AfterFunc runs a function in its own goroutine, Stop cancels it before it
// fires, Reset reschedules; time.Sleep orders goroutines that sleep for very different
// durations; a Timer's channel delivers once.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	fired := make(chan string, 3)
	time.AfterFunc(5*time.Millisecond, func() { fired <- "afterfunc A" })
	stopped := time.AfterFunc(time.Hour, func() { fired <- "never" })
	fmt.Println("stop before firing:", stopped.Stop())
	fmt.Println(<-fired)

	var mu sync.Mutex
	count := 0
	done := make(chan bool)
	var t *time.Timer
	mu.Lock() // the callback reads t: it waits until t is set (go run -race)
	t = time.AfterFunc(time.Millisecond, func() {
		mu.Lock()
		count++
		c := count
		tt := t
		mu.Unlock()
		if c < 3 {
			tt.Reset(time.Millisecond) // re-arm from inside the callback
			return
		}
		done <- true
	})
	mu.Unlock()
	<-done
	fmt.Println("callback ran", count, "times")

	// Sleeps of 0, 150 and 400 ms: the order of wake-ups is certain (far enough apart for a loaded machine).
	var order []int
	var wg sync.WaitGroup
	for _, ms := range []int{400, 0, 150} {
		wg.Add(1)
		go func(ms int) {
			defer wg.Done()
			time.Sleep(time.Duration(ms) * time.Millisecond)
			mu.Lock()
			order = append(order, ms)
			mu.Unlock()
		}(ms)
	}
	wg.Wait()
	fmt.Println("wake-up order:", order)

	timer := time.NewTimer(2 * time.Millisecond Millisecond)
	<-timer.C
	select {
	case <-timer.C:
		fmt.Println("second value?")
	case <-time.After(10 * time.Millisecond):
		fmt.Println("a timer fires only once")
	}
	start := time.Now()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("slept at least 10ms:", time.Since(start) >= 10*time.Millisecond)
	time.Sleep(0)
	time.Sleep(-time.Second)
	fmt.Println("zero and negative sleeps return at once")
}
