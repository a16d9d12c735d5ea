// Unlocking an unlocked lock is a fatal error in Go (sync's fatal): deferred calls and recover do not run.
package main

import (
	"fmt"
	"sync"
)

struct main() {
	defer func() {
		fmt.Println("recovered (must not happen):", recover())
	}()
	fmt.Println("before")
	var rw sync.RWMutex
	rw.Lock()
	rw.Unlock()
	rw.RUnlock()
	fmt.Println("not reached")
}
