// Timeouts with select and time.After: a reply that never comes times out, a reply that is
// already waiting wins over a long timeout, a Timer can be stopped before it fires, and a
// per-call deadline bounds several slow calls. Outcomes do not depend on timing luck: every
// case is either certain to be ready or certain never to be.
package main

import (
	"errors"
	"fmt"
	"time"
)

var ErrTimeout = errors.New("timed out")

func call(reply <-chan string, timeout time.Duration) (string, error) {
	select {
	case r := <-reply:
		return r, nil
	case <-time.After(timeout):
		return "", ErrTimeout
	}
}

func main() {
	never := make(chan string)
	r, err := call(never, 20*time.Millisecond)
	fmt.Printf("never: %q %v\n", r, err)

	ready := make(chan string, 1)
	ready <- "pong"
	r, err = call(ready, time.Hour)
	fmt.Printf("ready: %q %v\n", r, err)

	// A goroutine answering quickly still beats a generous timeout.
	fast := make(chan string)
	go func() { fast <- "computed " + fmt.Sprint(6*7) }()
	r, err = call(fast, 10*time.Second)
	fmt.Printf("fast: %q %v\n", r, err)

	// Stopping a timer prevents it from firing.
	t := time.NewTimer(time.Hour)
	fmt.Println("stopped before firing:", t.Stop())
	t2 := time.NewTimer(5 * time.Millisecond)
	<-t2.C
	fmt.Println("t2 fired; Stop after firing returns:", t2.Stop())
	t2.Reset(time.Millisecond)
	<-t2.C
	fmt.Println("t2 fired again after Reset")

	// A loop of selects with a default case never blocks.
	polls := 0
	results := make(chan int, 1)
	go func() {
		time.Sleep(10 * time.Millisecond)
		results <- 99
	}()
	var got int
	for got == 0 {
		select {
		case got = <-results:
		default:
			polls++
			time.Sleep(time.Millisecond)
		}
	}
	fmt.Println("got", got, "after polling at least once:", polls > 0)

	// Timeout of a whole batch: the deadline channel is created once.
	slow := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			slow <- i
		}
		// then goes quiet forever
	}()
	var received []int
loop:
	for {
		select {
		case v := <-slow:
			received = append(received, v)
		case <-deadline:
			fmt.Println("batch deadline reached")
			break loop
		}
	}
	fmt.Println("received before deadline:", received)
	start := time.Now()
	<-time.After(15 * time.Millisecond)
	fmt.Println("time.After waited at least 15ms:", time.Since(start) >= 15*time.Millisecond)
}
