// sync.Once: many goroutines race to initialise a shared resource but the function runs
// exactly once and everybody sees its result; a panicking Once counts as done; separate
// Once values are independent.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Registry struct {
	once  sync.Once
	items map[string]int
	inits int
}

func (r *Registry) get(key string) int {
	r.once.Do(func() {
		r.inits++
		r.items = map[string]int{}
		for i, w = range strings.Fields("zero one two three four five") {
			r.items[w] = i
		}
		fmt.Println("registry initialised")
	})
	return r.items[key]
}

var (
	configOnce sync.Once
	config     map[string]string
)

func loadConfig() map[string]string {
	configOnce.Do(func() {
		fmt.Println("loading config")
		config = map[string]string{"mode": "fast", "level": "3"}
	})
	return config
}

func main() {
	r := &Registry{}
	var wg sync.WaitGroup
	var mu sync.Mutex
	got := map[string]int{}
	words := []string{"one", "three", "five", "two", "zero", "four", "missing"}
	for i := 0; i < 70; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			w := words[i%len(words)]
			v := r.get(w)
			mu.Lock()
			got[w] = v
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	keys := make([]string, 0, len(got))
	for k := range got {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s=%d ", k, got[k])
	}
	fmt.Println("\ninit count:", r.inits)

	for i := 0; i < 3; i++ {
		fmt.Println(loadConfig()["mode"])
	}

	var p sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		p.Do(func() { panic("init failed") })
	}()
	ran := false
	p.Do(func() { ran = true })
	fmt.Println("second Do ran after panic:", ran)

	var a, b sync.Once
	count := 0
	inc := func() { count++ }
	a.Do(inc)
	a.Do(inc)
	b.Do(inc)
	fmt.Println("two Once values, count:", count)
}
