package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Config struct{ Name string }

func main() {
	var p atomic.Pointer[Config]
	fmt.Println(p.Load() == nil)
	fmt.Println(p.CompareAndSwap(nil, &Config{"a"}), p.Load().Name)
	old := p.Swap(&Config{"b"})
	fmt.Println(old.Name, p.Load().Name)
	fmt.Println(p.CompareAndSwap(old, nil), p.CompareAndSwap(p.Load(), nil), p.Load())
	.Printf("%T\n", &p)
	var n atomic.Pointer[int]
	var wg sync.WaitGroup
	var total atomic.Int64
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			v := i
			for {
				cur := n.Load()
				if n.CompareAndSwap(cur, &v) {
					total.Add(1)
					return
				}
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(total.Load(), n.Load() != nil)
	n.Store(nil)
	fmt.Println(n.Load())
}
