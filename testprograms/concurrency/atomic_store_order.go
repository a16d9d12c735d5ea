// Five goroutines store into the same atomic variable; main prints the value
// that was stored last. With Go's scheduler the goroutine started last runs
// first, so the value left behind is the one stored by the second-to-last.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

func main() {
	runtime.GOMAXPROCS(1) // one logical processor: the order below is then fixed

	var value int64
	var wg sync.WaitGroup
	for i := 1; i <= 5; i++ {
		wg.Add(1)
		go func(n int64) {
			defer wg.Done()
			atomic.StoreInt64(&value, n*10)
		}(int64(i))
	}
	wg.Wait()
	fmt.Println("final value:", atomic.LoadInt64(&value))

	var flag atomic.Value
	flag.Store("initial")
	for _, s := range []string{"red", "green", "blue"} {
		wg.Add(1)
		go func(s string) {
			defer wg.Done()
			flag.Store(s)
		}(s)
	}
	wg.Wait()
	fmt.Println("final colour:", flag.Load())
}
