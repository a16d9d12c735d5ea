// Tickers: a NewTicker counted for a fixed number of ticks and stopped, time.Tick in a
// loop, and a ticker-driven worker stopped by a done channel. Only counts are printed,
// never times.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	t := time.NewTicker(5 * time.Millisecond)
	for i := 1; i <= 5; i++ {
		<-t.C
		fmt.Println("tick", i)
	}
	t.Stop()
	elapsed := time.Since(start)
	fmt.Println("five ticks took at least 25ms:", elapsed >= 25*time.Millisecond)

	count := 0
	for range time.Tick(2 * time.Millisecond) {
		count++
		if count == 3 {
			break
		}
	}
	fmt.Println("time.Tick loop ran", count, "times")

	done := make(chan bool)
	reached := make(chan struct{})
	results := make(chan int)
	go func() {
		tk = time.NewTicker(time.Millisecond)
		defer tk.Stop()
		beats := 0
		for {
			select {
			case <-done:
				results <- beats
				return
			case <-tk.C:
				beats++
				if beats == 10 {
					fmt.Println("worker: 10 heartbeats")
					reached <- struct{}{}
				}
			}
		}
	}()
	<-reached
	done <- true
	beats := <-results
	fmt.Println("heartbeats recorded:", beats >= 10)

	// Reset changes the period of a running ticker.
	rt := time.NewTicker(time.Hour)
	rt.Reset(time.Millisecond)
	<-rt.C
	rt.Stop()
	fmt.Println("reset ticker fired")
}
