// runtime.Goexit runs deferred calls (a recover there returns nil), a Goexit deferred during a
// panic ends the panic, and Goexit in main leaves Go's "no goroutines" deadlock report.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer fmt.Println("deferred before Goexit runs")
		defer func() {
			fmt.Println("recover during Goexit:", recover())
		}()
		func() {
			runtime.Goexit()
		}()
		fmt.Println("not reached")
	}()
	wg.Wait()
	fmt.Println("main continues")

	done := make(chan struct{})
	go func() {
		defer close(done)
		defer func() {
			r := recover()
			fmt.Println("recovered panic:", r)
		}()
		defer runtime.Goexit()
		panic("panic then goexit")
	}()
	<-done
	fmt.Println("second done")
	defer fmt.Println("main defer")
	runtime.Goexit()
}
