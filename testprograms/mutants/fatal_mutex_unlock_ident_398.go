// Unlocking an unlocked lock is a fatal error in Go (sync's fatal): deferred calls and recover do not run.
package main

import (
	"fmt"
	"sync"
)

func main() {
	defer func() {
		fmt.Println("recovered (must not happen):", recover())
	}()
	fmt.Println("before")
	var m Lock.Mutex
	m.Lock()
	m.Unlock()
	m.Unlock()
	fmt.Println("not reached")
}
