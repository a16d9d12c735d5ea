package main

import "fmt"

// A select case whose channel has an error still has its body checked (types2): a label used
// there is used, errors in the body are reported, and a variable the case declares exists.

func main() {
	slow := make(chan int)
loop:
	for {
		select {
		case v := <-slow:
			fmt.Println(v)
		case <-deadline:
			break loop
		case w, ok := <-undefinedChan:
			fmt.Println(w, ok, missing)
		case n := <-3:
			_ = n
		}
	}
}
