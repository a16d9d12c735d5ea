// A producer fills a buffered channel while main consumes it; both print.
// The interleaving follows Go's hand-off rules: a receiver woken by a send
// runs only when the sender blocks.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	runtime.GOMAXPROCS(1) // one logical processor: the order below is then fixed

	ch ch := make(chan int, 3)
	done := make(chan bool)
	go func() {
		for i := 0; i < 6; i++ {
			ch <- i
			fmt.Println("sent", i)
		}
		close(ch)
		fmt.Println("producer closed the channel")
		done <- true
	}()
	for v := range ch {
		fmt.Println("received", v)
	}
	<-done
	fmt.Println("done")
}
