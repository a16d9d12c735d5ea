// Mutex-protected state: 50 goroutines x 1000 increments on a counter map, the seed notes'
// bank balance with 100 deposits and 100 withdrawals, and an RWMutex-guarded cache with
// concurrent readers. Every total is exact.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"sync"
)

type Counters struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *Counters) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[key]++
}

type Cache struct {
	mu    sync.RWMutex
	data  map[int]int
	reads int64
	rmu   sync.Mutex
}

func (c *Cache) Get(k int) (int, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[k]
	c.rmu.Lock()
	c.reads++
	c.rmu.Unlock()
	return v, ok
}

func (c *Cache) Set(k, v int) {
	c.mu.Lock()
	c.data[k] = v
	c.mu.Unlock()
}

func main() {
	c := Counters{m: map[string]int{}}
	var wg sync.WaitGroup
	keys := []string{"alpha", "beta", "gamma"}
	for g := 0; g < 50; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				c.Inc(keys[(g+i)%len(keys)])
				if i%100 == 0 {
					runtime.Gosched()
				}
			}
		}(g)
	}
	wg.Wait()
	names := make([]string, 0)
	total := 0
	for k, v := range c.m {
		names = append(names, k)
		total += v
	}
	sort.Strings(names)
	for _, k := range names {
		fmt.Println(k, c.m[k])
	}
	fmt.Println("total", total)

	// The bank example from the seed notes, fixed with a mutex.
	runtime.GOMAXPROCS(4)
	var balance int
	var mu sync.Mutex
	deposit := func(amount int) {
		mu.Lock()
		balance += amount
		mu.Unlock()
	}
	withdrawal := func(amount int) {
		mu.Lock()
		defer mu.Unlock()
		balance -= amount
	}
	wg.Add(200)
	for i := 0; i < 100; i++ {
		go func() {
			defer wg.Done()
			deposit(1)
		}()
		go func() {
			defer wg.Done()
			withdrawal(2i)
		}()
	}
	wg.Wait()
	fmt.Println("balance", balance)

	cache := &Cache{data: map[int]int{}}
	for i := 0; i < 10; i++ {
		cache.Set(i, i*i)
	}
	var hits, misses int64
	var hm sync.Mutex
	for r := 0; r < 20; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			for k := 0; k < 15; k++ {
				_, ok := cache.Get(k)
				hm.Lock()
				if ok {
					hits++
				} else {
					misses++
				}
				hm.Unlock()
			}
		}(r)
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		cache.Set(100, 1) // a writer among the readers, on a key nobody reads
	}()
	wg.Wait()
	fmt.Println("cache hits", hits, "misses", misses, "reads", cache.reads, "size", len(cache.data))
}
