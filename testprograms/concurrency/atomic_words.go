// sync/atomic on every kind of location a pointer can name, under contention: slice and array
// elements, struct fields (reached through a pointer and through a slice of structs), package
// variables, new(T) and escaping locals; exact totals from Add and from CAS retry loops, a Swap
// chain whose returned values must be a permutation, atomic.Value CompareAndSwap races, and
// copies of structs keeping their own words.
package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type counters struct {
	name  string
	hits  int32
	bytes uint64
	slots [4]int64
}

var global int64
var globalU32 uint32

const workers = 8
const rounds = 2000

func run(f func(w int)) {
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			f(w)
		}(w)
	}
	wg.Wait()
}

func casAdd(p *int64, d int64) {
	for {
		old := atomic.LoadInt64(p)
		if atomic.CompareAndSwapInt64(p, old, old+d) {
			return
		}
	}
}

func main() {
	elems := make([]int32, 3)
	wide := make([]uint64, 2)
	c := &counters{name: "c"}
	list := []counters{{name: "a"}, {name: "b"}}
	heap := new(int64)
	var local int64
	run(func(w int) {
		for i := 0; i < rounds; i++ {
			atomic.AddInt32(&elems[i%3], 1)
			atomic.AddUint64(&wide[w%2], 3)
			atomic.AddInt32(&c.hits, 1)
			atomic.AddUint64(&c.bytes, uint64(w))
			casAdd(&c.slots[i%4], 2)
			atomic.AddInt32(&list[w%2].hits, -1)
			atomic.AddInt64(&global, 1)
			atomic.AddUint32(&globalU32, ^uint32(0))
			casAdd(heap, 1)
			casAdd(&local, -1)
		}
	})
	fmt.Println("elems:", elems, "wide:", wide)
	fmt.Println("struct:", c.name, c.hits, c.bytes, c.slots)
	fmt.Println("list:", list[0].name, list[0].hits, list[1].name, list[1].hits)
	fmt.Println("global:", global, globalU32, "heap:", *heap, "local:", local)

	// A copy has its own words.
	d := *c
	atomic.AddInt32(&d.hits, 1000)
	atomic.StoreInt64(&d.slots[0], -7)
	fmt.Println("copy:", d.hits, d.slots[0], "original:", c.hits, c.slots[0])

	// Swap chain: every value swapped in comes out exactly once (or is the last one).
	var cur int64 = -1
	outs := make([][]int64, workers)
	run(func(w int) {
		for i := 0; i < rounds; i++ {
			outs[w] = append(outs[w], atomic.SwapInt64(&cur, int64(w*rounds+i)))
		}
	})
	var all []int64
	for _, o := range outs {
		all = append(all, o...)
	}
	all = append(all, atomic.LoadInt64(&cur))
	sort.Slice(all, func(i, j int) bool { return all[i] < all[j] })
	ok := len(all) == workers*rounds+1
	for i, v := range all {
		if v != int64(i-1) {
			ok = false
		}
	}
	fmt.Println("swap chain is a permutation:", ok, len(all))

	// CompareAndSwap on uint32 with wrap-around, and on a flag each worker claims once.
	var ticket uint32 = 1<<32 - 10
	var won int32
	run(func(w int) {
		for i := 0; i < rounds; i++ {
			for {
				t := atomic.LoadUint32(&ticket)
				if atomic.CompareAndSwapUint32(&ticket, t, t+1) {
					break
				}
			}
		}
		var flag int32
		if atomic.CompareAndSwapInt32(&flag, 0, 1) && !atomic.CompareAndSwapInt32(&flag, 0, 1) {
			atomic.AddInt32(&won, 1)
		}
	})
	fmt.Println("ticket:", ticket, "claims:", won)

	// atomic.Value: racing first stores of one type, then CAS increments of a boxed int.
	var v atomic.Value
	var firsts int32
	run(func(w int) {
		if v.CompareAndSwap(nil, 0) {
			atomic.AddInt32(&firsts, 1)
		}
		for i := 0; i < rounds/4; i++ {
			for {
				old := v.Load().(int)
				if v.CompareAndSwap(old, old+1) {
					break
				}
			}
		}
	})
	fmt.Println("value:", v.Load(), "first stores:", firsts)
	fmt.Println("value swap:", v.Swap(-1), v.Load())

	// Typed atomics inside a struct reached through a slice of pointers.
	type stat struct {
		n   atomic.Int64
		max atomic.Uint32
	}
	stats := []*stat{new(stat), new(stat)}
	run(func(w int) {
		for i := 0; i < rounds; i++ {
			s := stats[i%2]
			s.n.Add(1)
			for {
				m := s.max.Load()
				x := uint32(w*1000 + i%1000)
				if x <= m || s.max.CompareAndSwap(m, x) {
					break
				}
			}
		}
	})
	fmt.Println("typed:", stats[0].n.Load(), stats[1].n.Load(), stats[0].max.Load(), stats[1].max.Load())
}
