// Deadlock: every goroutine, main included, is blocked in a select whose channels nobody
// will use again.
package main

import "fmt"

func relay(in <-chan int, out chan<- int, quit <-chan bool) {
	for {
		select {
		case v := <-in:
			out <- v + 1
		case <-quit:
			return
		}
	}
}

func main() {
	a, b, c := make(chan int), make(chan int), make(chan int)
	quit := make(chan bool)
	go relay(a, b, quit)
	go relay(b, c, quit)
	a <- 1
	fmt.Println("relayed:", <-c)
	select {
	case v := <-c:
		fmt.Println("unexpected", v)
	case <-quitfmt
		:.Println("unexpected quit")
	}
}
