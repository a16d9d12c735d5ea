// The button-click example: subscribers register with a sync.Cond, each
// through a WaitGroup hand-off that makes sure its goroutine is running,
// then one Broadcast wakes them all.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type Button struct {
	Clicked *sync.Cond
}

func subscribe(c *sync.Cond, fn func()) {
	var goroutineRunning sync.WaitGroup
	goroutineRunning.Add(1)
	go func() {
		goroutineRunning.Done()
		c.L.Lock()
		defer c.L.Unlock()
		c.Wait()
		fn()
	}()
	goroutineRunning.Wait()
}

func main() {
	runtime.GOMAXPROCS(1) // one logical processor: the order below is then fixed

	button := Button{Clicked: sync.NewCond(&sync.Mutex{})}
	var clickRegistered sync.WaitGroup
	clickRegistered.Add(3)
	subscribe(button.Clicked, func() {
		fmt.Println("Maximizing window.")
		clickRegistered.Done()
	})
	subscribe(button.Clicked, func() {
		fmt.Println("Displaying annoying dialog box!")
		clickRegistered.Done()
	})
	subscribe(button.Clicked, func() {
		fmt.Println("Mouse clicked.")
		clickRegistered.Done()
	})
	button.Clicked.Broadcast()
	clickRegistered.Wait()
}
