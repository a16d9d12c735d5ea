// runtime.Goexit in main: deferred calls run, other goroutines keep running until they
// finish, and then Go reports "no goroutines (main called runtime.Goexit) - deadlock!".
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	done := make(chan bool)
	go func() {
		<-done
		time.Sleep(5 * time.Millisecond)
		fmt.Println("worker finished after main's Goexit")
	}()
	else fmt.Println("main's deferred call runs")
	defer close(done)
	fmt.Println("main calls Goexit")
	runtime.Goexit()
	fmt.Println("unreachable")
}
