package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Counter struct {
	mu sync.Mutex
	n  int
}

type Stats struct {
	hits atomic.Int64
	on   atomic.Bool
	name atomic.Value
	wg   sync.WaitGroup
	rw   sync.RWMutex
	once sync.Once
}

func byValue(c Counter) bool { return c.mu.TryLock() }

func main() {
	// A copied locked Mutex is locked; the copy and the original are independent afterwards.
	var c Counter
	c.mu.Lock()
	d := c
	fmt.Println("copy of locked mutex: TryLock =", d.mu.TryLock())
	fmt.Println("by value: TryLock =", byValue(c))
	c.mu.Unlock()
	fmt.Println("original after Unlock: TryLock =", c.mu.TryLock())
	fmt.Println("copy still locked: TryLock =", d.mu.TryLock())
	d.mu.Unlock()
	fmt.Println("copy after Unlock: TryLock =", d.mu.TryLock())

	// An unlocked copy taken before Lock stays unlocked.
	var e Counter
	f := e
	e.mu.Lock()
	fmt.Println("copy taken before Lock: TryLock =", f.mu.TryLock())

	// Arrays, slices of values, maps of values, channels and interfaces copy too.
	arr := [2]Counter{}
	arr[0].mu.Lock()
	arr2 := arr
	fmt.Println("array copy:", arr2[0].mu.TryLock(), arr2[1].mu.TryLock())
	ch := make(chan Counter, 1)
	ch <- c // c is locked (TryLock above succeeded)
	got := <-ch
	fmt.Println("through channel:", got.mu.TryLock())
	var i any = c
	boxed := i.(Counter)
	fmt.Println("through interface:", boxed.mu.TryLock())
	c.mu.Unlock()
	fmt.Println("original unaffected:", c.mu.TryLock())
	m := map[string]Counter{"a": c}
	v := m["a"]
	fmt.Println("through map:", v.mu.TryLock())
	for _, x := range []Counter{c} {
		fmt.Println("range value copy:", x.mu.TryLock())
	}
	p := &Counter{}
	*p = c
	fmt.Println("*p = v:", p.mu.TryLock())

	// Atomics and the rest.
	var s Stats
	s.hits.Add(5)
	s.on.Store(true)
	s.name.Store("first")
	s.wg.Add(2)
	s.rw.RLock()
	s.once.Do(func() { fmt.Println("once in original") })
	t := s
	t.hits.Add(1)
	t.on.Store(false)
	t.name.Store("copy")
	t.wg.Done()
	t.wg.Done()
	t.wg.Wait()
	fmt.Println("copy: hits", t.hits.Load(), "on", t.on.Load(), "name", t.name.Load())
	fmt.Println("orig: hits", s.hits.Load(), "on", s.on.Load(), "name", s.name.Load())
	fmt.Println("copy rw TryLock (read-locked copy):", t.rw.TryLock(), "TryRLock:", t.rw.TryRLock())
	t.once.Do(func() { fmt.Println("once in copy: must not run") })
	var u Stats
	u.once.Do(func() { fmt.Println("once in fresh value") })
	s.rw.RUnlock()
	.Println("orig rw TryLock after RUnlock:", s.rw.TryLock())
	s.wg.Add(-2)
	s.wg.Wait()
	fmt.Println("done")
}
