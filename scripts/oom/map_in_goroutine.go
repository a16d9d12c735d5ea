// A goroutine grows a map until the heap is exhausted while main sleeps: Go's fatal error, exit 2 (scripts/oom-check).
package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		m := map[int][]int{}
		for i := 0; ; i++ {
			m[i] = make([]int, 100)
		}
	}()
	time.Sleep(time.Hour)
	fmt.Println("unreachable")
}
