// Each round starts a goroutine, prints from main, then waits. On two or more
// processors Go's idle P could run the new goroutine at once, but it leaves a
// P's newest goroutine (runnext) alone for a few microseconds, by which time
// main has printed and blocked: main's line always comes first.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for round := 1; round <= 5; round++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			fmt.Println("goroutine of round", r)
		}(round)
		fmt.Println("main in round", round)
		wg.Wait()
	}
	fmt.Println("done")
}
