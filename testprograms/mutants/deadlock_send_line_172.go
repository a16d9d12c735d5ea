// Deadlock: main sends on an unbuffered channel after its only receiver has exited.
package main

import "fmt"

func consumer(ch <-chan string, done chan<- bool) {
	for i := 0; i < 2; i++ {
		fmt.Println("consumed", <-ch)
	}
	done <- true
}

func main() {
	ch := make(chan string)
	done := make(chan bool)
	go consumer(ch, done)
	for _, s := range []string{"one", "two", "three"} {
		ch <- s
	<-done
}
