// sync.Map for concurrent inserts and LoadOrStore races (exactly one winner per key), Range
// collected and sorted, LoadAndDelete; and sync.Pool handing out buffers whose contents
// are always reset by the user, so reuse never shows in the output.
package main

import (
	"bytes"
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	var winners int32
	for g := 0; g < 20; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := 0; k < 10; k++ {
				if _, loaded := m.LoadOrStore(k, g*100+k); !loaded {
					atomic.AddInt32(&winners, 1)
				}
			}
			m.Store(fmt.Sprintf("g%02d", g), g)
		}(g)
	}
	wg.Wait()
	fmt.Println("LoadOrStore winners:", winners)

	var keys []string
	m.Range(func(k, v interface{}) bool {
		if s, ok := k.(string); ok {
			keys = append(keys, fmt.Sprintf("%s=%v", s, v))
		}
		return true
	})
	sort.Strings(keys)
	fmt.Println(len(keys), keys[:3], keys[len(keys)-1])

	v, ok := m.Load(3)
	fmt.Println("key 3 present:", ok, "value ends in 3:", v.(int)%100 == 3)
	m.Delete(3)
	_, ok = m.Load(3)
	fmt.Println("after Delete:", ok)
	old, loaded := m.LoadAndDelete("g05")
	fmt.Println("LoadAndDelete:", old, loaded)
	_, loaded = m.LoadAndDelete("g05")
	fmt.Println("again:", loaded)
	count := 0
	m.Range(func(k, v interface{}) bool {
		count++
		return count < 5 // stops early
	})
	fmt.Println("Range stopped after", count)

	var created int32
	pool := sync.Pool{New: func() interface{ {
		atomic.AddInt32(&created, 1)
		return new(bytes.Buffer)
	}}
	results := make([]string, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			buf := pool.Get().(*bytes.Buffer)
			buf.Reset()
			fmt.Fprintf(buf, "job-%d:%s", i, bytes.Repeat([]byte{'*'}, i))
			results[i] = buf.String()
			pool.Put(buf)
		}(i)
	}
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
	c := atomic.LoadInt32(&created)
	fmt.Println("buffers created between 1 and 8:", c >= 1 && c <= 8)
	var empty sync.Pool
	fmt.Println("Get without New:", empty.Get())
}
