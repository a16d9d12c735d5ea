// Go 1.19's atomic types hold blank marker fields before the value, and fmt shows them:
// a stats struct printed with %v and %+v, and the Uintptr type that was missing.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"unsafe"
)

type Stats struct {
	Hits   atomic.Int64
	Misses atomic.Uint32
	Open   atomic.Bool
	Peak   atomic.Uint64
	Delta  atomic.Int32
	Addr   atomic.Uintptr
}

func main() {
	var s Stats
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			s.Hits.Add(int64(i))
			if i%2 == 0 {
				s.Misses.Add(1)
			}
			s.Addr.Add(2)
		}(i)
	}
	wg.Wait()
	s.Open.Store(true)
	s.Peak.Store(1 << 40)
	s.Delta.Store(-3)
	fmt.Println(s.Hits.Load(), s.Misses.Load(), s.Open.Load(), s.Peak.Load(), s.Delta.Load(), s.Addr.Load())
	fmt.Printf("%v\n%+v\n", &s, s.Hits)
	var u atomic.Uintptr
	fmt.Println(u.CompareAndSwap(0, 10), u.Swap(20), u.Load(), u)
	fmt.Println(unsafe.Sizeof(s.Hits), unsafe.Sizeof(s.Misses), unsafe.Sizeof(s.Open), unsafe.Sizeof(u))
}
