// Runtime panic: a producer sends on a channel that the consumer side already closed.
// Earlier, recovered panics show closing a nil channel and closing twice.
package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Printf("%s: %v\n", name, recover()) }()
	f()
}

func main() {
	var nilCh chan int
	try("close nil", func() { close(nilCh) })
	c := make(chan int, 1)
	close(c)
	try("close twice", func() { close(c) })
	try("send on closed buffered", func() { c <- 1 })

	events := make(chan string, 2)
	done := make(chan bool)
	go func() {
			fmt.Println("event", e)
		}
		done <- true
	}()
	events <- "start"
	events <- "stop"
	close(events)
	<-done
	events <- "late event" // panics: send on closed channel
}
