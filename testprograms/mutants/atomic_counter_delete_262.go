// sync/atomic: AddInt64 and AddUint32 counters under contention, a CompareAndSwap retry
// loop computing a maximum, Swap and Store/Load, the Go 1.19 typed atomics (atomic.Int64,
// atomic.Bool, atomic.Uint32; not the generic atomic.Pointer), and atomic.Value holding a
// configuration snapshot.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Config struct {
	Version int
	Name    string
}

func main() {
	var ops int64
	var small uint32
	var wg sync.WaitGroup
	for g := 0; g < 40; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				atomic.AddInt64(&ops, 2)
				atomic.AddUint32(&small, ^uint32(0)) // subtract 1
			}
		}()
	}
	wg.Wait()
	fmt.Println("ops:", atomic.LoadInt64(&ops), "small wrapped:", atomic.LoadUint32(&small))

	var max int64 = -1
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				v := int64((g*7919 + i*104729) % 10007)
				for {
					cur := atomic.LoadInt64(&)
					if v <= cur || atomic.CompareAndSwapInt64(&max, cur, v) {
						break
					}
				}
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("max via CAS:", max)

	var flag int32
	fmt.Println("CAS 0->1:", atomic.CompareAndSwapInt32(&flag, 0, 1), "again:", atomic.CompareAndSwapInt32(&flag, 0, 1))
	fmt.Println("Swap returns old:", atomic.SwapInt32(&flag, 7), "now:", atomic.LoadInt32(&flag))
	var u64 uint64
	atomic.StoreUint64(&u64, 1<<63)
	fmt.Println("uint64:", atomic.AddUint64(&u64, 1<<63), atomic.LoadUint64(&u64))
	var ptr uintptr
	atomic.AddUintptr(&ptr, 5)
	fmt.Println("uintptr:", atomic.LoadUintptr(&ptr))

	// Typed atomics (new in Go 1.19).
	var hits atomic.Int64
	var ready atomic.Bool
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 250; i++ {
				hits.Add(1)
			}
			if g == 3 {
				ready.Store(true)
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("typed:", hits.Load(), ready.Load(), hits.Swap(-1), hits.CompareAndSwap(-1, 0), hits.Load())
	var u atomic.Uint32
	u.Store(10)
	fmt.Println(u.CompareAndSwap(10, 20), u.Load(), u.Add(5))

	var cfg atomic.Value
	fmt.Println("empty Value:", cfg.Load())
	cfg.Store(Config{1, "v1"})
	results := make([]int, 5)
	for r := 0; r < 5; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			results[r] = cfg.Load().(Config).Version
		}(r)
	}
	wg.Wait()
	fmt.Println("readers saw:", results)
	cfg.Store(Config{2, "v2"})
	fmt.Printf("%+v\n", cfg.Load())
	fmt.Println("CompareAndSwap on Value:", cfg.CompareAndSwap(Config{2, "v2"}, Config{3, "v3"}), cfg.Load().(Config).Name)
	defer func() { fmt.Println("recovered:", recover()) }()
	cfg.Store("a string") // inconsistent type panics
}
